import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The tests run against the real question bank: build content/dist/content.json first. */
export default function setup() {
  const script = fileURLToPath(new URL('../../../content/src/cli/build-json.ts', import.meta.url));
  execFileSync(process.execPath, [script], {
    cwd: fileURLToPath(new URL('../../../content/', import.meta.url)),
    stdio: 'ignore',
  });
}
