import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // A 2-core CI machine runs the files in parallel: give the heavier property tests room.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          // One Chromium at a time on a 2-core machine; each file starts its own server and browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits 1 s by default: a loaded 2-core machine answers a screen's query slower
          // than that (the Overzicht's providers table missed it). A poll still fails when the UI
          // never gets there.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
