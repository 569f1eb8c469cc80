import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each test gets its own emulator and data dir, so files may run in parallel.
    fileParallelism: true,
    reporters: ['default'],
  },
});
