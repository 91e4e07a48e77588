/**
 * The one way browser tests open the site: the built dist/ on 127.0.0.1, in headless Chromium, with every
 * console error and Content-Security-Policy violation collected so a test can insist there were none.
 */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

export interface Site {
  server: StaticServer;
  browser: Browser;
  open: (path: string, options?: BrowserContextOptions) => Promise<OpenPage>;
  close: () => Promise<void>;
}

export interface OpenPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

export async function openSite(
  root = join(PROJECT_ROOT, 'dist'),
  serving: Parameters<typeof serveStatic>[1] = {},
): Promise<Site> {
  const [server, browser] = await Promise.all([serveStatic(root, serving), launchBrowser()]);
  return {
    server,
    browser,
    open: async (path, options = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await page.goto(`${server.url}${path}`);
      return { page, errors, close: () => context.close() };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
