/**
 * The search index integration's two parts that need no Astro build: the prerenderer that hands Astro the pages
 * language by language and says when each language is rendered, and the indexes that wait for a language's pages
 * to be on disk in full before Pagefind reads them.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../scripts/lib/project.ts';
import { inLanguageOrderPrerenderer, LanguageIndexes } from '../../src/integrations/search-index.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page Pagefind indexes: its language and a body to index. */
const page = (lang: string, words: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words}</p></main></body></html>`;

describe('the language-order prerenderer', () => {
  it('renders files, then each language in turn, and tells when each language but the last is rendered', async () => {
    const events: string[] = [];
    const paths = ['/es/', '/ar/', '/data/x.csv', '/', '/es/map/', '/map/'];
    const standard: AstroPrerenderer = {
      name: 'fake',
      getStaticPaths: async () => paths.map((pathname) => ({ pathname, route: {} as never })),
      async render(request) {
        const { pathname } = new URL(request.url);
        // The English home page is slow, as it is on the real site: Spanish pages start before it ends.
        await pause(pathname === '/base/' ? 60 : 5);
        events.push(`rendered ${pathname}`);
        return new Response(`page ${pathname}`);
      },
    };
    const prerenderer = inLanguageOrderPrerenderer(
      standard,
      { site: '/site', base: '/base/' },
      (locale: Locale, pages) =>
        events.push(
          `${locale} done: ${[...pages]
            .map(([file, size]) => `${file} ${size}`)
            .sort()
            .join(', ')}`,
        ),
      async () => {
        events.push('teardown');
      },
    );
    const ordered = (await prerenderer.getStaticPaths()).map(({ pathname }) => pathname);
    expect(ordered).toEqual(['/data/x.csv', '/', '/map/', '/es/', '/es/map/', '/ar/']);
    // Two at a time, in order, as Astro renders them.
    const queue = [...ordered];
    const worker = async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const response = (await prerenderer.render(new Request(`http://site/base${path}`), {
          routeData: {} as never,
        })) as Response;
        // As Astro reads a page before it writes it.
        expect(new TextDecoder().decode(await response.arrayBuffer())).toBe(`page /base${path}`);
      }
    };
    await Promise.all([worker(), worker()]);
    await prerenderer.teardown!();
    const at = (event: string) => events.findIndex((line) => line.startsWith(event));
    expect(at('en done')).toBeGreaterThan(at('rendered /base/'));
    expect(at('en done')).toBeGreaterThan(at('rendered /base/map/'));
    expect(events[at('en done')]).toBe('en done: /site/index.html 11, /site/map/index.html 15');
    expect(at('es done')).toBeGreaterThan(at('rendered /base/es/map/'));
    expect(events[at('es done')]).toBe('es done: /site/es/index.html 14, /site/es/map/index.html 18');
    expect(at('ar done')).toBe(-1);
    expect(events.at(-1)).toBe('teardown');
  });

  it("counts a page as rendering until Astro has read it, so a language's last page is known with its size", async () => {
    const done: string[] = [];
    const standard: AstroPrerenderer = {
      name: 'fake',
      getStaticPaths: async () => [],
      render: async (request) => new Response(`page ${new URL(request.url).pathname}`),
    };
    const prerenderer = inLanguageOrderPrerenderer(
      standard,
      { site: '/site', base: '/' },
      (locale, pages) => done.push(`${locale}: ${[...pages].map(([file, size]) => `${file} ${size}`).join(', ')}`),
      async () => {},
    );
    const render = async (path: string) =>
      (await prerenderer.render(new Request(`http://site${path}`), { routeData: {} as never })) as Response;
    const lastEnglish = await render('/map/');
    const firstSpanish = await render('/es/');
    expect(done).toEqual([]);
    await lastEnglish.arrayBuffer();
    expect(done).toEqual(['en: /site/map/index.html 10']);
    await firstSpanish.arrayBuffer();
  });
});

describe('the language indexes', () => {
  it('wait until a language’s pages are written in full before indexing them, and index one at a time', async () => {
    const site = tempDir('c4p-search-');
    mkdirSync(join(site, 'es/late'), { recursive: true });
    writeFileSync(join(site, 'index.html'), page('en', 'home'));
    writeFileSync(join(site, 'es/index.html'), page('es', 'inicio'));
    const late = page('es', 'tarde');
    // Half written, as a page is while Astro's event loop is busy with the next one.
    writeFileSync(join(site, 'es/late/index.html'), late.slice(0, 40));
    const indexes = new LanguageIndexes(site);
    indexes.start('es', new Map([[join(site, 'es/late/index.html'), Buffer.byteLength(late)]]));
    // English has nothing to wait for, but waits for the Spanish index, so that only one runs beside Astro.
    indexes.start('en');
    await pause(300);
    writeFileSync(join(site, 'es/late/index.html'), late);
    expect(await indexes.results()).toEqual({
      ok: true,
      message: 'Indexed 2 es, 1 en pages for search.',
    });
    const entry = (locale: string) =>
      Object.keys(JSON.parse(readFileSync(join(site, 'pagefind', locale, 'pagefind-entry.json'), 'utf8')).languages);
    expect(entry('es')).toEqual(['es']);
    expect(entry('en')).toEqual(['en']);
    const finished = (locale: string) => statSync(join(site, 'pagefind', locale, 'pagefind-entry.json')).mtimeMs;
    expect(finished('es')).toBeLessThanOrEqual(finished('en'));
  });
});
