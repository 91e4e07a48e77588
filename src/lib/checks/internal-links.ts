import { fix, quote } from '../../schemas/error-text.ts';
import { ISSUES } from '../../schemas/constants.ts';
import { isUnsafeLink } from '../../schemas/link.ts';
import { isExternalLink } from '../content-links.ts';
import { closest, type Problem } from '../problems.ts';
import { entryPath, FIXED_PAGES, normalizePath, statePath } from '../routes.ts';
import { isCollection } from './file-names.ts';
import { field, type SiteRule } from './rule.ts';

/**
 * The links are the ones the content guard found while reading each body, so every way Markdown writes a link
 * counts: `[x](/a/)`, `[x]( /a/ )`, `[x](</a/>)`, a reference definition, or a component's `href`.
 */
export const internalLinks: SiteRule = {
  id: 'internal-links',
  description: 'Every link from a content file to a page of the site leads to a page that exists.',
  check(entries) {
    const pages = new Set<string>(FIXED_PAGES);
    for (const entry of entries) {
      if (isCollection(entry.collection) && entry.collection !== 'translations')
        pages.add(entryPath(entry.collection, entry.slug));
      const state = entry.collection === 'campaigns' ? field(entry, 'state') : undefined;
      if (typeof state === 'string') pages.add(statePath(state));
    }
    for (const issue of ISSUES) pages.add(entryPath('issues', issue));
    const problems: Problem[] = [];
    for (const entry of entries)
      for (const link of entry.links ?? []) {
        // Links that can run code are refused by the content guard already.
        if (isExternalLink(link.url) || isUnsafeLink(link.url) || link.url.startsWith('#')) continue;
        const at = {
          file: entry.file,
          line: link.line,
          column: link.column,
          field: '(body)',
          severity: 'error' as const,
        };
        if (!link.url.startsWith('/')) {
          problems.push({
            ...at,
            message: fix(
              `links to ${quote(link.url)}, an address relative to the page, which breaks when the page moves`,
              "write it from the site's root, such as /toolkits/start-a-municipal-campaign/",
            ),
          });
          continue;
        }
        const target = normalizePath(link.url);
        if (pages.has(target)) continue;
        const section = target.slice(0, target.indexOf('/', 1) + 1);
        const siblings = [...pages].filter((page) => page.startsWith(section) && page !== section);
        const slug = closest(
          target.slice(section.length),
          siblings.map((page) => page.slice(section.length)),
        );
        const suggestion = slug ? `${section}${slug}` : closest(target, FIXED_PAGES);
        problems.push({
          ...at,
          message: fix(
            `links to ${target}, which is not a page on the site`,
            suggestion
              ? `did you mean ${suggestion}? Check the file name of the page you mean`
              : 'check the address against the page you mean',
          ),
        });
      }
    return problems;
  },
};
