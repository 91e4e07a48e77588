import { fix, quote } from '../../schemas/error-text.ts';
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES } from '../../i18n/locales.ts';
import { TRANSLATED_FIELDS } from '../../schemas/translation.ts';
import { closest, type Problem } from '../problems.ts';
import { field, fileProblem, problemAt, type CheckedEntry, type SiteRule } from './rule.ts';

export const translations: SiteRule = {
  id: 'translations',
  description:
    'A translation sits at translations/<language>/<collection>/<file name of the original>, in a language the site has, and translates a page that exists, with the fields that page shows in its language.',
  check(entries, { contentDir }) {
    const problems: Problem[] = [];
    const originals = new Map(entries.map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
    const languages = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);
    const example = `${contentDir}/translations/es/toolkits/start-a-municipal-campaign.mdx`;
    for (const entry of entries) {
      if (entry.collection !== 'translations') continue;
      const [language = '', collection = '', ...rest] = entry.slug.split('/');
      const slug = rest.join('/');
      if (!isLocale(language) || language === DEFAULT_LOCALE) {
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `is in a folder for a language the site does not have (${quote(language)})`,
              `put it under ${languages.map((code) => `${contentDir}/translations/${code}/`).join(' or ')}, as in ${example}`,
            ),
          ),
        );
        continue;
      }
      if (!(collection in TRANSLATED_FIELDS) || !slug) {
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `is not in a folder of pages the site translates (${quote(collection)})`,
              `put it in ${Object.keys(TRANSLATED_FIELDS).join(', ')} under its language folder, as in ${example}`,
            ),
          ),
        );
        continue;
      }
      const original = originals.get(`${collection}/${slug}`);
      if (!original) {
        const known = entries.filter((other) => other.collection === collection).map((other) => other.slug);
        const suggestion = closest(slug, known);
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `has no English original: ${contentDir}/${collection}/${slug}.mdx does not exist`,
              `give it the file name of the page it translates${suggestion ? ` (did you mean ${quote(suggestion)}?)` : ''}`,
            ),
          ),
        );
        continue;
      }
      for (const name of TRANSLATED_FIELDS[collection as keyof typeof TRANSLATED_FIELDS])
        if (field(entry, name) === undefined)
          problems.push(
            problemAt(entry, [name], fix('is missing', `write the ${name} of the English original in this language`)),
          );
      // A caveat translates the original's; one with nothing to translate would tell readers of one language only.
      if (field(entry, 'caveat') !== undefined && field(original, 'caveat') === undefined)
        problems.push(
          problemAt(
            entry,
            ['caveat'],
            fix(
              'translates a caveat the English original does not have',
              `remove it here, or add the caveat to ${contentDir}/${collection}/${slug}.mdx first`,
            ),
          ),
        );
    }
    return problems;
  },
};

/** The collections whose every entry should be translated: their pages are what most readers open. */
const ALWAYS_TRANSLATED = ['campaigns', 'wins'] as const;

/**
 * The campaigns and wins that lack a translation of their title and story into one of the site's other languages,
 * with the translation files they are waiting for. Not a problem: an English-only contribution still lands, and its
 * Spanish and Arabic pages show the English, marked as such, until someone translates it.
 */
export function untranslatedEntries(
  entries: readonly CheckedEntry[],
  contentDir = 'content',
): { file: string; missing: string[] }[] {
  const translated = new Set(entries.filter((entry) => entry.collection === 'translations').map((entry) => entry.slug));
  const languages = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);
  return entries
    .filter((entry) => (ALWAYS_TRANSLATED as readonly string[]).includes(entry.collection))
    .map((entry) => ({
      file: entry.file,
      missing: languages
        .map((code) => `${code}/${entry.collection}/${entry.slug}`)
        .filter((name) => !translated.has(name))
        .map((name) => `${contentDir}/translations/${name}.mdx`),
    }))
    .filter(({ missing }) => missing.length > 0);
}
