#!/usr/bin/env node
// `npm start` (after bootstrap): build the content and the site, then serve the site and run the
// LINE bot in local mode with its simulator. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SITE_PORT = process.env.SITE_PORT ?? '4321';
const BOT_PORT = process.env.PORT ?? '8787';
const SIMULATOR_PORT = process.env.SIMULATOR_PORT ?? '8788';
const SITE_URL = process.env.SITE_URL ?? `http://localhost:${SITE_PORT}`;
// Live seminars: the site is built to call the local bot, and the bot accepts this instructor key.
const LIVE_API_URL = process.env.LIVE_API_URL ?? `http://127.0.0.1:${BOT_PORT}`;
const LIVE_KEY =
  process.env.LIVE_INSTRUCTOR_KEYS?.split(',')[0]?.trim() || `local-${randomBytes(12).toString('base64url')}`;
const LIVE_DECK = 'owner-60';
// The privacy notice (/privacy/) names who runs the bot: npm start shows clear placeholders, which an
// operator replaces with OPERATOR_NAME, OPERATOR_CONTACT and PRIVACY_NOTICE_DATE.
const OPERATOR = {
  OPERATOR_NAME: process.env.OPERATOR_NAME ?? '（見本）まもる商工会　※運営する団体の名前に置きかえてください',
  OPERATOR_CONTACT: process.env.OPERATOR_CONTACT ?? '（見本）問い合わせ先をここに書きます',
  PRIVACY_NOTICE_DATE: process.env.PRIVACY_NOTICE_DATE ?? new Date().toISOString().slice(0, 10),
};

const hasSite =
  existsSync(join(root, 'apps/site/astro.config.mjs')) || existsSync(join(root, 'apps/site/astro.config.ts'));
const hasBot = existsSync(join(root, 'apps/line-bot/src/local.ts'));

const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LIVE_API_URL, ...OPERATOR },
});
if (build.status !== 0) {
  console.error('\nビルドに失敗しました (build failed): see the messages above.');
  process.exit(build.status ?? 1);
}

const children = [];
function startChild(name, args, env = {}) {
  const child = spawn('pnpm', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_URL, ...OPERATOR, ...env },
    detached: true, // own process group, so stopping it also stops what it started
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the rest.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(exitCode), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const urls = [];
if (hasSite) {
  startChild('site', [
    '--filter',
    '@mamoru/site',
    'exec',
    'astro',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    SITE_PORT,
  ]);
  urls.push(`  サイト (site):                 http://localhost:${SITE_PORT}/`);
}
if (hasBot) {
  startChild('line-bot', ['--filter', '@mamoru/line-bot', 'run', 'local'], {
    PORT: BOT_PORT,
    SIMULATOR_PORT,
    LIVE_INSTRUCTOR_KEYS: process.env.LIVE_INSTRUCTOR_KEYS || LIVE_KEY,
  });
  urls.push(`  LINE シミュレーター (simulator): http://localhost:${SIMULATOR_PORT}/`);
  urls.push(`  LINE bot webhook:              http://localhost:${BOT_PORT}/webhook`);
  if (hasSite)
    urls.push(
      `  ライブ発表者画面 (live presenter): ${SITE_URL}/decks/${LIVE_DECK}/presenter/?live-key=${encodeURIComponent(LIVE_KEY)}`,
    );
}
if (urls.length === 0) {
  console.log('No app to serve yet: the content was built into content/dist/content.json.');
  process.exit(0);
}
console.log(
  `\nまもる (Mamoru) is running:\n${urls.join('\n')}\nCtrl-C で止まります (Ctrl-C stops everything).\n`,
);
