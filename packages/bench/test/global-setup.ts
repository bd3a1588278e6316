import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The drills use the real question bank: build content/dist/content.json first (as the bot's tests do). */
export default function setup() {
  const content = fileURLToPath(new URL('../../../content/', import.meta.url));
  execFileSync(process.execPath, ['src/cli/build-json.ts'], { cwd: content, stdio: 'ignore' });
}
