import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a script of this package with Node 24 and a clean environment (no LINE secrets). */
function run(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [script], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function output(child: ChildProcess): { text: () => string } {
  let text = '';
  child.stdout?.on('data', (chunk) => {
    text += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    text += String(chunk);
  });
  return { text: () => text };
}

const exit = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('the commands', () => {
  it('`start` refuses to run without the LINE secrets and says what to set', async () => {
    const child = run('src/index.ts', { DATA_DIR: '/nonexistent' });
    const out = output(child);
    expect(await exit(child)).toBe(1);
    expect(out.text()).toMatch(/Set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN/);
  });

  it('`local` starts the simulator with no secrets, prints its URL, serves the page, and stops on SIGTERM', async () => {
    const child = run('src/local.ts', { PORT: '0', SIMULATOR_PORT: '0', SITE_URL: 'http://localhost:4321' });
    const out = output(child);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out.text()}`)), 20_000);
      child.stdout?.on('data', () => {
        const match = /LINE simulator: (http:\/\/\S+)/.exec(out.text());
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('まもる LINE シミュレーター');
    // An open simulator page holds a long poll; stopping must not wait for it.
    const longPoll = fetch(new URL('/sim/transcript?chat=U0&after=0', url)).catch(() => 'closed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    expect(await exit(child)).toBe(0);
    expect(await longPoll).toBe('closed');
  });
});
