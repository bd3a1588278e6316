import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // Drills start real servers (the bot as a child process, PostgreSQL) and wait for them with
    // bounded loops; these limits only stop a hung run.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    // Two files at a time: the fault drill mostly waits for the bot's retry lease.
    maxWorkers: 2,
  },
});
