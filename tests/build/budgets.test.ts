/**
 * Page weight budgets, for readers on old phones and slow connections. Sizes are gzipped, as a server sends them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';
import { elements, htmlFiles } from '../helpers/html.ts';
import { LOCALE_CODES, splitLocale } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/ui.ts';

const dist = join(PROJECT_ROOT, 'dist');
const pages = htmlFiles(dist);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
const KB = 1024;

/** The directory and its table, in every language: the pages whose job is to list every campaign. */
const listsWholeRecord = (page: string) =>
  /^campaigns\/(table\/)?index\.html$/.test(splitLocale(`/${page}`).path.slice(1));

/** The scripts a page loads as it opens: inline ones, and module files with everything they import statically. */
function scripts(page: string): string[] {
  const html = read(page);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes!))
    .map(([, , body]) => body!);
  const files = new Set<string>();
  const follow = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // Static imports only: what loads later on demand (Leaflet on the map) is not part of the page's cost.
    for (const [, imported] of read(file).matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g))
      follow(`_astro/${imported}`);
  };
  for (const script of elements(html, 'script')) if (script.src) follow(script.src.replace(/^\//, ''));
  return [...inline, ...[...files].map(read)];
}

/** The gzipped size of a page's JavaScript, as it opens. */
function javaScript(page: string): number {
  return scripts(page).reduce((sum, script) => sum + gzipped(script), 0);
}

function htmlAndCss(page: string): number {
  const html = read(page);
  const styles = elements(html, 'link')
    .filter((link) => link.rel === 'stylesheet')
    .map((link) => gzipped(read(link.href!.replace(/^\//, ''))));
  return gzipped(html) + styles.reduce((sum, size) => sum + size, 0);
}

describe('budgets', () => {
  it('campaign, win, company, issue and state pages ship no JavaScript', () => {
    const plain = pages.filter((page) =>
      /^(campaigns|wins|companies|issues|states)\/(?!table\/)[^/]+\/index\.html$/.test(page),
    );
    expect(plain.length).toBeGreaterThan(150);
    for (const page of plain) expect(javaScript(page), page).toBe(0);
  });

  it('the home page ships only its near-me finder, under 15 KB', () => {
    for (const page of ['index.html', 'es/index.html', 'ar/index.html']) {
      expect(javaScript(page), page).toBeLessThan(15 * KB);
      expect(javaScript(page), `${page} has its finder`).toBeGreaterThan(0);
    }
  });

  it('a toolkit ships only its checklist and copy buttons, under 5 KB', () => {
    const toolkits = pages.filter((page) => /^toolkits\/[^/]+\/index\.html$/.test(page));
    expect(toolkits.length).toBeGreaterThan(10);
    for (const page of toolkits) expect(javaScript(page), page).toBeLessThan(5 * KB);
    expect(Math.max(...toolkits.map(javaScript)), 'some toolkit has its enhancements').toBeGreaterThan(0);
  });

  it('the contribute page opens with under 25 KB, and no language’s interface text in its scripts', () => {
    // Its words come in the page, in its own language; the schema loads when the reader first changes a field.
    const words = LOCALE_CODES.map((locale) => dictionaries[locale]['form.ready']);
    for (const page of ['contribute/index.html', 'es/contribute/index.html', 'ar/contribute/index.html']) {
      expect(javaScript(page), page).toBeLessThan(25 * KB);
      const text = scripts(page).join('\n');
      for (const word of words) expect(text, page).not.toContain(word);
    }
  });

  it('every page’s HTML and CSS together stay under 50 KB, but for the two that list the whole record', () => {
    const heavy = pages
      .filter((page) => !listsWholeRecord(page))
      .map((page) => ({ page, size: htmlAndCss(page) }))
      .filter(({ size }) => size >= 50 * KB);
    expect(heavy).toEqual([]);
  });

  it('the directory and its table stay under 16 KB plus 80 bytes for each campaign they list', () => {
    // They list every campaign in the HTML, so that they work, filter and print without JavaScript (DESIGN.md), and
    // grow with the record: a campaign's line (title, place, status, date, vote) costs ~50-60 bytes gzipped. The
    // allowance catches markup that grows per campaign, like a summary on each card (~4 times that).
    const lists = pages.filter(listsWholeRecord);
    expect(lists).toHaveLength(2 * LOCALE_CODES.length);
    for (const page of lists) {
      const html = read(page);
      const rows = [...elements(html, 'li'), ...elements(html, 'tr')];
      const listed = rows.filter((row) => 'data-filter-item' in row).length;
      expect(listed, page).toBeGreaterThan(0);
      expect(htmlAndCss(page), `${page}, ${listed} campaigns`).toBeLessThan(16 * KB + 80 * listed);
    }
  });

  it('uses no web fonts', () => {
    const files = readdirSync(dist, { recursive: true }).map(String);
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    const css = [...files.filter((file) => file.endsWith('.css')).map(read), ...pages.map(read)];
    expect(css.filter((text) => /@font-face|fonts\.googleapis|use\.typekit/i.test(text))).toEqual([]);
  });

  it('gives every image its width and height, no larger than it is shown', () => {
    for (const page of pages)
      for (const image of elements(read(page), 'img')) {
        expect(image.width && image.height, `${page}: <img src="${image.src}"> needs width and height`).toBeTruthy();
        const file = join(dist, image.src!.replace(/^\//, ''));
        if (image.src!.endsWith('.png') && existsSync(file))
          expect(readFileSync(file).readUInt32BE(16), `${page}: ${image.src}`).toBeLessThanOrEqual(
            2 * Number(image.width),
          );
      }
  });
});
