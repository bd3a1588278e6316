import { existsSync } from 'node:fs';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's chromium; playwright's own browser download does not work on these machines. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with "apt-get install chromium" or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

// Without these flags chromium tries to reach Google's hosts at start, which a closed network refuses.
const QUIET_NETWORK_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--no-sandbox',
];

/** Starts headless Debian chromium for a browser test. */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    ...options,
    args: [...QUIET_NETWORK_FLAGS, ...(options.args ?? [])],
  });
}
