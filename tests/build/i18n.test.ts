/**
 * The site in Spanish and Arabic (dist/, from tests/global-setup.ts): every page says its language and direction,
 * the switcher leads to the same page in the others, translations are used where they exist, and English words
 * that remain are marked as English.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, LOCALES, localizePath, splitLocale, type Locale } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/ui.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { untranslatedEntries } from '../../src/lib/integrity.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { searchBundle } from '../../src/lib/search-bundles.ts';
import { elements, escapeHtml, htmlFiles, markupOnly } from '../helpers/html.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const pages = htmlFiles(dist).filter((file) => file.endsWith('/index.html') || file === 'index.html');
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const { entries } = readContentFiles(PROJECT_ROOT);
const translations = entries.filter((entry) => entry.collection === 'translations');
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const text = (locale: Locale, key: keyof typeof dictionaries.en) => dictionaries[locale][key] as string;

describe('the site in every language', () => {
  it('builds every page once per language', () => {
    // The editor at /admin/ is one page: Decap's interface has languages of its own, and the content it edits is
    // in every language already.
    const english = pages.map(pathOf).filter((path) => splitLocale(path).locale === 'en' && path !== '/admin/');
    expect(english.length).toBeGreaterThan(150);
    const missing = english.flatMap((path) =>
      LOCALE_CODES.map((locale) => localizePath(path, locale)).filter(
        (path) => !existsSync(join(dist, path, 'index.html')),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('gives every page the lang and dir of its language', () => {
    const wrong = pages.flatMap((file) => {
      const { locale } = splitLocale(pathOf(file));
      const [html] = elements(readFileSync(join(dist, file), 'utf8'), 'html');
      return html?.lang === locale && html.dir === LOCALES[locale].dir ? [] : [`${file}: ${JSON.stringify(html)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('links every page to itself in the other languages, from the switcher and for search engines', () => {
    for (const path of ['/', '/map/', '/toolkits/start-a-municipal-campaign/', '/campaigns/durham-police-exchange/'])
      for (const locale of LOCALE_CODES) {
        const html = read(localizePath(path, locale));
        const switcher = /<nav class="languages"[\s\S]*?<\/nav>/.exec(markupOnly(html))?.[0] ?? '';
        const links = elements(switcher, 'a');
        expect(
          links.map((link) => link.href),
          `${locale} ${path}`,
        ).toEqual(LOCALE_CODES.map((code) => localizePath(path, code)));
        expect(links.find((link) => link['aria-current'] === 'page')?.hreflang).toBe(locale);
        const alternates = elements(html, 'link').filter((link) => link.rel === 'alternate' && link.hreflang);
        expect(alternates.map((link) => link.hreflang)).toEqual([...LOCALE_CODES, 'x-default']);
      }
  });

  it('keeps the header and footer of English and Spanish pages in Latin-1, so their pages build as one-byte strings', () => {
    // See src/lib/latin1.ts: one character beyond Latin-1 in the frame doubles the size of every page's HTML in
    // memory while the site builds. Write such a character in the dictionaries as Latin-1 where there is one (a
    // straight quote, a hyphen), or pass the text through latin1Html.
    for (const locale of ['en', 'es'] as const)
      for (const path of ['/', '/campaigns/durham-police-exchange/']) {
        const html = read(localizePath(path, locale));
        const frame = [/<header class="site-header[\s\S]*?<\/header>/, /<footer[\s\S]*?<\/footer>/].map(
          (part) => part.exec(html)?.[0] ?? '',
        );
        expect(frame.every((part) => part.length > 0)).toBe(true);
        for (const part of frame)
          expect(
            [...part].find((character) => character.codePointAt(0)! > 0xff),
            `${locale} ${path}`,
          ).toBeUndefined();
      }
  });

  it('shows every translation on its page, in its language, with links that stay in it', () => {
    expect(translations.length).toBeGreaterThanOrEqual(2 * (12 + 2 + 3));
    for (const translation of translations) {
      const path = entryPath('translations', translation.slug);
      const locale = splitLocale(path).locale;
      const html = read(path);
      const data = translation.data as { title?: string; summary?: string };
      expect(html, translation.file).toContain(escapeHtml((data.title ?? data.summary)!));
      expect(html, translation.file).not.toContain(escapeHtml(text(locale, 'lang.notTranslated')));
      // A translation older than its original links to the English on purpose (hreflang="en"), and only there.
      const bodyLinks = elements(/<(?:article|main)\b[\s\S]*<\/(?:article|main)>/.exec(markupOnly(html))![0], 'a')
        .filter((link) => link.hreflang !== 'en')
        .map((link) => link.href!)
        .filter((href) => /^\/(campaigns|toolkits|issues|wins)\//.test(href));
      expect(bodyLinks, translation.file).toEqual([]);
    }
  });

  it('translates every campaign and win: title, story and caveat in the page’s language, facts too', () => {
    expect(untranslatedEntries(entries)).toEqual([]);
    const wrong: string[] = [];
    for (const translation of translations) {
      const [locale, collection] = translation.slug.split('/') as [Locale, string];
      if (collection !== 'campaigns' && collection !== 'wins') continue;
      const html = read(entryPath('translations', translation.slug));
      const heading = elements(html, 'h1')[0];
      if (heading?.lang === 'en') wrong.push(`${translation.file}: the heading is marked English`);
      if (html.includes(escapeHtml(text(locale, 'lang.entryInEnglish'))))
        wrong.push(`${translation.file}: the page says its story is in English`);
      const { caveat } = translation.data as { caveat?: string };
      if (
        caveat &&
        (!html.includes(escapeHtml(caveat)) ||
          new RegExp(`lang="en"[^>]*>${escapeRegExp(escapeHtml(caveat))}`).test(html))
      )
        wrong.push(`${translation.file}: the translated caveat is not shown, or is marked English`);
      if (
        /<div class="prose" lang="en"|<section aria-labelledby="story"[^>]*><h2[^>]*>[^<]*<\/h2><div lang="en">/.test(
          html,
        )
      )
        wrong.push(`${translation.file}: the story is marked English`);
    }
    expect(wrong).toEqual([]);
    const html = read('/ar/campaigns/durham-police-exchange/');
    expect(html).toContain(text('ar', 'status.won'));
    expect(html).toContain(text('ar', 'campaign.place'));
  });

  it('shows a campaign’s or win’s summary in the page’s language where the file has one', () => {
    const translated = entries.filter(
      (entry) =>
        (entry.collection === 'campaigns' || entry.collection === 'wins') && 'translations' in (entry.data as object),
    );
    expect(translated.length).toBeGreaterThan(0);
    for (const entry of translated)
      for (const [locale, summary] of Object.entries(
        (entry.data as { translations: Record<string, string> }).translations,
      )) {
        const html = read(localizePath(`/${entry.collection}/${entry.slug}/`, locale as Locale));
        expect(html, `${locale} ${entry.file}`).toContain(`<p class="lead">${escapeHtml(summary)}</p>`);
      }
  });

  it('builds a search bundle for each language, with every page of it', () => {
    const counts = LOCALE_CODES.map((locale) => {
      const entry = JSON.parse(readFileSync(join(dist, searchBundle(locale), 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages)).toEqual([locale]);
      return entry.languages[locale]!.page_count;
    });
    expect(counts[0]).toBeGreaterThan(10);
    expect(new Set(counts).size).toBe(1);
  });
});
