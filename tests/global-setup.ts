/**
 * Builds the real site once before the tests that read `dist/`, the same way `npm run build` does. A build that
 * fails here fails the whole run, with Astro's output, because every page test depends on it.
 */
import { findChromium } from '../scripts/lib/browser.ts';
import { buildProject, PROJECT_ROOT } from './helpers/temp-site.ts';

export default async function setup() {
  // The packaged Chromium unpacks itself on first use; two test files doing that at once can run a half-written
  // binary (ETXTBSY), so it is unpacked here, once, before any of them start.
  await findChromium();
  const started = performance.now();
  const { status, output } = buildProject(PROJECT_ROOT);
  if (status !== 0) throw new Error(`astro build failed before the tests could run:\n${output}`);
  console.log(`Built the site for the tests in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
