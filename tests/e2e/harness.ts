/**
 * The one way browser tests open the site: the built dist/ on 127.0.0.1, in headless Chromium, with every
 * console error and Content-Security-Policy violation collected so a test can insist there were none.
 */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import { searchBundle } from '../../src/lib/search-bundles.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

export interface Site {
  server: StaticServer;
  browser: Browser;
  open: (path: string, options?: OpenOptions) => Promise<OpenPage>;
  close: () => Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Errors the test provokes on purpose (a missing file's 404, say); any other error still fails it. */
  allowErrors?: RegExp;
}

export interface OpenPage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  errors: string[];
  /** Every URL the page (and its frames and workers) requested so far, in order. */
  requests: string[];
  /** Closes the page, and fails the test if the page logged an error it didn't allow. */
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
    open: async (path, { allowErrors, ...options } = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
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
      return {
        page,
        errors,
        requests,
        close: async () => {
          await context.close();
          const unexpected = errors.filter((error) => !allowErrors?.test(error));
          if (unexpected.length) throw new Error(`${path} logged errors:\n${unexpected.join('\n')}`);
        },
      };
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Runs code in the page that imports Pagefind (the English bundle unless told); passed as text so the test runner
 * doesn't rewrite the import.
 */
export function withPagefind<T>(
  page: Page,
  body: string,
  argument: unknown = null,
  bundle = `/${searchBundle('en')}`,
): Promise<T> {
  return page.evaluate(
    `(async (argument) => { const pagefind = await import('${bundle}pagefind.js'); ${body} })(${JSON.stringify(argument)})`,
  ) as Promise<T>;
}
