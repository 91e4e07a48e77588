import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // The build tests run `astro build` several times; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 300_000,
    // Browser tests wait for what a page does after a fetch; with two cores shared by parallel builds and browsers,
    // that can take more than the default second.
    expect: { poll: { timeout: 10_000 } },
  },
});
