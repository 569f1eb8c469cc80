import { defineConfig } from 'vitest/config';
import { HANG_MS } from './test/support/hang-limit';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'packages/*/test/**/*.test.ts'],
    environment: 'node',
    // Limits catch a hang; they are not speed checks. Every test waits on state (a locator, a poll, an
    // event), and a Chromium test that signs in twice needs over 20 s when it shares 2 cores with others.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s unless told otherwise: a speed check in disguise. Here it only catches hangs.
    expect: { poll: { timeout: HANG_MS } },
    pool: 'forks',
    // Each test gets its own emulator and data dir, so files may run in parallel.
    fileParallelism: true,
    reporters: ['default'],
    // Temporary folders go under one folder per run and per file, removed after each file (test/support/temp-root.ts).
    globalSetup: ['test/support/temp-root.ts'],
    setupFiles: ['test/support/temp-per-file.ts'],
  },
});
