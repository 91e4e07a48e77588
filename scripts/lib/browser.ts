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

/** A mid-range phone's screen, for tests and measurements that load pages as organizers do. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A Chromium executable and the flags to run it headless with, for Playwright or any other launcher. */
export interface Chromium {
  executablePath: string;
  args: string[];
}

/**
 * Finds the Chromium to run: CHROME_PATH, else the packaged one on Linux x64, else a system Chromium. Of the
 * packaged one only the binary is used: the package's flags suit a serverless host (one process, a GPU emulated in
 * software, web security off), which here cost a fifth more CPU in every browser test and would hide a page's CORS
 * and mixed-content problems from them.
 */
export async function findChromium(): Promise<Chromium> {
  return { executablePath: await executablePath(), args: [...QUIET] };
}

async function executablePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (platform() === 'linux' && arch() === 'x64') return (await import('@sparticuz/chromium')).default.executablePath();
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (!system) throw new Error('No Chromium found: set CHROME_PATH to a Chromium or Chrome executable.');
  return system;
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args, headless: true });
}
