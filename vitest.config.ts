import { defineConfig } from 'vitest/config';

/**
 * Two tiers, run in this order by `npm test` so that the fast one fails first:
 * - `unit`: schemas, rules and the validator on small fixtures, in seconds, no build;
 * - `site`: the real site, built once by the global setup, read from dist/ and driven in headless Chromium, plus
 *   the few tests that need a build of their own.
 */
export default defineConfig({
  test: {
    // Two test files at a time (Vitest's default on two cores is one): a browser test spends most of its time
    // waiting on Chromium, which runs in processes of its own, so both cores stay busy.
    maxWorkers: 2,
    // Browser tests wait for what a page does after a fetch; with two cores shared by builds and browsers, that can
    // take more than the default second.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: ['tests/remove-temp-dirs.ts'],
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'site',
          setupFiles: ['tests/remove-temp-dirs.ts'],
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // axe reads every element of a page, and the directory and map pages list every campaign.
          testTimeout: 60_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
