/**
 * Headless Chromium for tests, benchmarks and Lighthouse, with nothing to install beyond npm: on Linux x64 the
 * browser comes from the `@sparticuz/chromium` package; elsewhere set CHROME_PATH, or a system Chromium is used.
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

/** A Chromium executable and the flags to run it headless with, for Playwright or any other launcher. */
export interface Chromium {
  executablePath: string;
  args: string[];
}

/** Finds the Chromium to run: CHROME_PATH, else the packaged one on Linux x64, else a system Chromium. */
export async function findChromium(): Promise<Chromium> {
  if (process.env.CHROME_PATH) return { executablePath: process.env.CHROME_PATH, args: [...QUIET] };
  if (platform() === 'linux' && arch() === 'x64') {
    const { default: packaged } = await import('@sparticuz/chromium');
    // The package runs Chromium as a single process for serverless hosts; tests open and close many pages, and
    // Lighthouse opens a tab per page it audits.
    const args = packaged.args.filter((flag) => flag !== '--single-process');
    return { executablePath: await packaged.executablePath(), args };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (!system) throw new Error('No Chromium found: set CHROME_PATH to a Chromium or Chrome executable.');
  return { executablePath: system, args: [...QUIET] };
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args, headless: true });
}
