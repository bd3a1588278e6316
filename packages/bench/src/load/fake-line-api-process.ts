import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';

const SERVER = fileURLToPath(new URL('./fake-line-api-server.ts', import.meta.url));

/** Starts fake-line-api-server.ts as a child process; resolves with its URL. */
export async function startFakeLineApiProcess(): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { PATH: config.path },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.trim());
    });
    child.once('exit', (code) => reject(new Error(`fake LINE API exited (${code})`)));
  });
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
