/**
 * The Pagefind search index, one bundle per language (src/lib/search-bundles.ts), made by `npm run build`.
 *
 * Astro renders pages on one thread, and leaves the machine's other core mostly idle. So Astro is given the pages language
 * by language, and as soon as the first language's pages are written, Pagefind's command line indexes them on that
 * core while Astro renders the others. scripts/build.ts indexes the others side by side once Astro has exited, so
 * that Astro's memory and theirs are not held at once. `astro build` on its own makes no index, and says so.
 *
 * Pagefind reads only what the pages mark `data-pagefind-body`. Handing it those parts while Astro rendered (cut
 * out of each page by a middleware) made Pagefind faster but Astro slower by more.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import { inLanguageOrder, languageGlob, pageLocale, searchBundle } from '../lib/search-bundles.ts';
import { SEARCH_INDEX_FOLLOWS } from './build-flags.ts';

/**
 * Labels in fact lists ("Place", "Level") are interface words on every page, and Pagefind would run each into the
 * value beside it ("PlaceBrunswick"), so a search for the place would miss it.
 */
const SEARCH_EXCLUDED = ['dl.fact-list dt'];

/** Pagefind's own way of finding its program for this machine, from the package installed beside the site. */
const RESOLVER = new URL('../../node_modules/pagefind/lib/resolveBinary.js', import.meta.url).href;

/**
 * Pagefind's allocator (jemalloc) hands freed memory back at once: its peak falls by a quarter (450 to 350 MB for
 * 5,000 Spanish pages), which matters while Astro's memory is held beside it. A value the caller sets wins.
 */
const PAGEFIND_ENV = { _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0' };

interface IndexRun {
  ok: boolean;
  /** How many pages Pagefind indexed. */
  pages: number;
  /** What Pagefind printed, for an error message. */
  log: string;
}

/**
 * Runs Pagefind's command line over one language's pages of a built site, into that language's bundle; in the
 * background (beside Astro) at the lowest priority.
 */
async function indexLanguage(site: string, locale: Locale, background = false): Promise<IndexRun> {
  let program: string;
  try {
    // The program itself, not the npm wrapper, which would hold a Node process's memory for nothing.
    const { resolveBinaryPath } = (await import(RESOLVER)) as { resolveBinaryPath: (names: string[]) => string };
    program = resolveBinaryPath(['pagefind_extended', 'pagefind']);
  } catch (error) {
    return { ok: false, pages: 0, log: `Pagefind is not installed (${String(error)}). Run npm install.` };
  }
  const glob = languageGlob(locale, topFolders(site));
  const args = ['--site', site, '--output-path', join(site, searchBundle(locale)), '--glob', glob];
  args.push('--exclude-selectors', SEARCH_EXCLUDED.join(', '));
  return new Promise((resolve) => {
    const child = spawn(program, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...PAGEFIND_ENV, ...process.env },
    });
    // Beside Astro, Pagefind takes only the time Astro leaves: Astro's rendering is the longer task.
    if (background && child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    // A failed build must not leave Pagefind writing into the folder it is about to delete.
    const stop = () => child.kill();
    process.once('exit', stop);
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk));
    child.on('error', (error) => resolve({ ok: false, pages: 0, log: String(error) }));
    child.on('close', (status) => {
      process.off('exit', stop);
      const pages = Number([...log.matchAll(/Indexed (\d+) pages?/g)].at(-1)?.[1] ?? 0);
      resolve({ ok: status === 0, pages, log });
    });
  });
}

function topFolders(site: string): string[] {
  return readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sizeOf = (file: string) => statSync(file, { throwIfNoEntry: false })?.size ?? -1;

/** Each language's index, begun once its pages are on disk, while Astro renders the next language. */
export class LanguageIndexes {
  private readonly runs = new Map<Locale, Promise<IndexRun>>();
  /**
   * The index begun last while Astro renders: those run one at a time, so no more than one Pagefind's memory is held
   * beside Astro's. Once rendering is over, indexes run side by side.
   */
  private last: Promise<unknown> = Promise.resolve();
  /** Once Astro has rendered every page, every page is written and nothing need be waited for. */
  private rendered = false;

  private readonly site: string;

  constructor(site: string) {
    this.site = site;
  }

  /**
   * Indexes a language once each of its pages (file → size in bytes) is written in full. Astro writes a page after
   * rendering it, a large one over several turns of its event loop, so a rendered page may not be on disk yet.
   */
  start(locale: Locale, pages: ReadonlyMap<string, number> = new Map()) {
    if (this.runs.has(locale)) return;
    const waiting = new Map(pages);
    const written = async () => {
      while (!this.rendered) {
        for (const [file, size] of waiting) if (sizeOf(file) === size) waiting.delete(file);
        if (waiting.size === 0) return;
        await pause(20);
      }
    };
    const run = Promise.all([written(), this.rendered || this.last]).then(() =>
      indexLanguage(this.site, locale, !this.rendered),
    );
    if (!this.rendered) this.last = run;
    this.runs.set(locale, run);
  }

  /**
   * Rendering is over, so every page is on disk: indexes the given languages not yet begun, waits for every index
   * begun, and says how they went.
   */
  async results(locales: readonly Locale[] = []): Promise<{ ok: boolean; message: string }> {
    this.rendered = true;
    for (const locale of locales) this.start(locale);
    const runs = await Promise.all([...this.runs].map(async ([locale, run]) => [locale, await run] as const));
    const failed = runs.filter(([, run]) => !run.ok);
    if (failed.length)
      return {
        ok: false,
        message: failed.map(([locale, run]) => `Pagefind could not index the ${locale} pages:\n${run.log}`).join('\n'),
      };
    const counts = runs.map(([locale, run]) => `${run.pages.toLocaleString('en-US')} ${locale}`);
    return { ok: true, message: `Indexed ${counts.join(', ')} pages for search.` };
  }
}

/** The languages whose search bundle a built site lacks. */
export const unindexedLanguages = (site: string) =>
  LOCALE_CODES.filter((locale) => !existsSync(join(site, searchBundle(locale), 'pagefind-entry.json')));

/** The file Astro writes a page's path to (`/es/map/` → es/map/index.html); none for a path without the slash. */
const pageFile = (site: string, path: string) => (path.endsWith('/') ? join(site, path, 'index.html') : undefined);

/**
 * Astro's own prerenderer, given the pages in language order. Once a page of the next language has been asked
 * for and no page of a language is still rendering (or waiting for Astro to read it), `rendered` is told that
 * language's pages and their sizes.
 */
export function inLanguageOrderPrerenderer(
  standard: AstroPrerenderer,
  { site, base }: { site: string; base: string },
  rendered: (locale: Locale, pages: ReadonlyMap<string, number>) => void,
  done: () => Promise<void>,
): AstroPrerenderer {
  let current: Locale | undefined;
  const rendering = new Map<Locale, number>();
  const pages = new Map<Locale, Map<string, number>>();
  const passed = new Set<Locale>();
  const count = (locale: Locale, change: number) => {
    rendering.set(locale, (rendering.get(locale) ?? 0) + change);
    if (passed.has(locale) && rendering.get(locale) === 0) {
      passed.delete(locale);
      rendered(locale, pages.get(locale) ?? new Map());
    }
  };
  return {
    ...standard,
    name: 'cities-for-palestine:language-order',
    getStaticPaths: async () => inLanguageOrder(await standard.getStaticPaths()),
    async render(request, options) {
      const path = `/${new URL(request.url).pathname.slice(base.length)}`;
      const locale = pageLocale(path);
      if (!locale) return standard.render(request, options);
      count(locale, 1);
      if (locale !== current) {
        const before = current;
        current = locale;
        if (before) {
          passed.add(before);
          count(before, 0);
        }
      }
      let result: Awaited<ReturnType<AstroPrerenderer['render']>>;
      try {
        result = await standard.render(request, options);
      } catch (error) {
        count(locale, -1);
        throw error;
      }
      const response = result instanceof Response ? result : result.response;
      const file = pageFile(site, path);
      if (!file || response.status !== 200 || !response.body) {
        count(locale, -1);
        return result;
      }
      // Astro reads a page's body once, to write it: its size then is the size the file will have on disk, which
      // the index waits for. So the page counts as rendering until Astro has read it. (Reading it here instead
      // cost a copy of every page.)
      const read = response.arrayBuffer.bind(response);
      response.arrayBuffer = async () => {
        try {
          const body = await read();
          if (!pages.has(locale)) pages.set(locale, new Map());
          pages.get(locale)!.set(file, body.byteLength);
          return body;
        } finally {
          count(locale, -1);
        }
      };
      return result;
    },
    async teardown() {
      await standard.teardown?.();
      await done();
    },
  };
}

export function searchIndex(): AstroIntegration {
  let site = '';
  let base = '/';
  let indexes: LanguageIndexes | undefined;
  return {
    name: 'cities-for-palestine:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': ({ logger, setPrerenderer }) => {
        if (!process.env[SEARCH_INDEX_FOLLOWS]) {
          logger.warn('This build has no search index: build with npm run build, which makes one.');
          return;
        }
        const languages = new LanguageIndexes(site);
        indexes = languages;
        let besideAstro: Locale | undefined;
        setPrerenderer((standard) =>
          inLanguageOrderPrerenderer(
            standard,
            { site, base },
            // Only the first language is indexed beside Astro. Astro holds more memory as it renders, and at 5,000
            // campaigns a later language's index beside it took the build's peak to 1.28-1.38x the floor's.
            (locale, pages) => {
              if (!besideAstro) languages.start((besideAstro = locale), pages);
            },
            // Other integrations move pages once rendering is over (not-found-pages.ts): Pagefind must be done.
            () => languages.results().then(() => undefined),
          ),
        );
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexes) return;
        const { ok, message } = await indexes.results();
        if (!ok) throw new Error(message);
        logger.info(message);
      },
    },
  };
}
