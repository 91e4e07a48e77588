/**
 * Headless Chromium for tests and benchmarks, with nothing to install beyond npm: on Linux x64 the browser comes
 * from the `@sparticuz/chromium` package; elsewhere set CHROME_PATH, or a system Chromium is used.
 */
import { existsSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a quiet, offline, sandbox-free run; without them Chromium phones home on a closed network. */
const QUIET = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (process.env.CHROME_PATH) return chromium.launch({ executablePath: process.env.CHROME_PATH, args: QUIET });
  if (platform() === 'linux' && arch() === 'x64') {
    const { default: packaged } = await import('@sparticuz/chromium');
    // The package runs Chromium as a single process for serverless hosts; tests open and close many pages.
    const args = packaged.args.filter((flag) => flag !== '--single-process');
    return chromium.launch({ executablePath: await packaged.executablePath(), args, headless: true });
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (!system) throw new Error('No Chromium found: set CHROME_PATH to a Chromium or Chrome executable.');
  return chromium.launch({ executablePath: system, args: QUIET });
}
