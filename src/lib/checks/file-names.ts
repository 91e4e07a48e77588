import { fix, quote } from '../../schemas/error-text.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { SLUG_PATTERN, slugify } from '../../schemas/constants.ts';
import { closest, type Problem } from '../problems.ts';
import { RESERVED_PAGE_NAMES } from '../routes.ts';
import { fileProblem, type CheckedEntry, type SiteRule } from './rule.ts';

export function isCollection(name: string): name is CollectionName {
  return (COLLECTION_NAMES as string[]).includes(name);
}

export const fileNames: SiteRule = {
  id: 'file-names',
  description:
    'File names are the stable IDs and URLs: they must be slugs, in a known folder, of a type the folder reads, and used once.',
  check(entries) {
    const problems: Problem[] = [];
    const seen = new Map<string, CheckedEntry>();
    for (const entry of entries) {
      if (!isCollection(entry.collection)) {
        const suggestion = closest(entry.collection, COLLECTION_NAMES);
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `is in content/${entry.collection}/, which the site does not read`,
              suggestion
                ? `move it to content/${suggestion}/`
                : `move it to one of: ${COLLECTION_NAMES.map((name) => `content/${name}/`).join(', ')}`,
            ),
          ),
        );
        continue;
      }
      const definition = COLLECTIONS[entry.collection];
      if (!(definition.extensions as readonly string[]).includes(entry.extension)) {
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `is a ${entry.extension} file, which content/${entry.collection}/ does not read`,
              `rename it to ${entry.slug}${definition.extensions[0]}`,
            ),
          ),
        );
        continue;
      }
      // A translation's name is a path (es/toolkits/start-a-municipal-campaign), checked by the translations rule.
      if (entry.collection !== 'translations' && !SLUG_PATTERN.test(entry.slug)) {
        const suggested = slugify(entry.slug);
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `has a name that can't be a web address: ${quote(entry.slug)}`,
              `rename it to ${suggested || 'your-campaign'}${entry.extension} (lowercase letters, digits and hyphens, no folders)`,
            ),
          ),
        );
        continue;
      }
      if (entry.collection === 'pages' && RESERVED_PAGE_NAMES.includes(entry.slug)) {
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `would be the page /${entry.slug}/, an address the site already uses`,
              `rename it: ${RESERVED_PAGE_NAMES.map((name) => `"${name}"`).join(', ')} are taken`,
            ),
          ),
        );
        continue;
      }
      const key = `${entry.collection}/${entry.slug}`;
      const first = seen.get(key);
      if (first) {
        problems.push(
          fileProblem(
            entry.file,
            fix(
              `has the same name as ${first.file}, so both would be ${key}`,
              'keep one file: merge the two, or rename this one',
            ),
          ),
        );
      } else seen.set(key, entry);
    }
    return problems;
  },
};
