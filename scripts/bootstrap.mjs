#!/usr/bin/env node
// Entry point for `npm start` and `npm test` on a fresh clone.
// Runs on whatever Node the machine has (20 or newer): it gets pnpm from the npm registry,
// installs the workspace (which brings Node 24 as the `node` devDependency), then hands over
// to pnpm, whose scripts find Node 24 first on PATH.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.8';
const jobs = {
  start: ['run', 'dev'],
  test: ['run', 'test:all'],
};

const job = process.argv[2];
const pnpmArgs = job ? jobs[job] : undefined;
if (!pnpmArgs) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(jobs).join('|')}>`);
  process.exit(2);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function hasPnpm() {
  const result = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().startsWith('10.');
}

// A machine-wide pnpm 10 is used as is; otherwise npx fetches the pinned one from the registry.
const pnpm = hasPnpm() ? ['pnpm'] : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
const pnpmRun = (args) => run(pnpm[0], [...pnpm.slice(1), ...args]);

const installed = existsSync(join(root, 'node_modules', '.modules.yaml'));
const installStatus = pnpmRun([
  'install',
  '--frozen-lockfile',
  '--reporter=default',
  ...(installed ? ['--prefer-offline'] : []),
]);
if (installStatus !== 0) process.exit(installStatus);

process.exit(pnpmRun(pnpmArgs));
