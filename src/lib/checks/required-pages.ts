import { fix } from '../../schemas/error-text.ts';
import { fileProblem, type SiteRule } from './rule.ts';

/** Pages the navigation and footer link to on every page of the site. */
export const REQUIRED_PAGES = ['about', 'contribute'] as const;

export const requiredPages: SiteRule = {
  id: 'required-pages',
  description: 'The pages every page of the site links to (about, contribute) exist.',
  check(entries, { contentDir }) {
    const written = new Set(entries.filter((entry) => entry.collection === 'pages').map((entry) => entry.slug));
    return REQUIRED_PAGES.filter((page) => !written.has(page)).map((page) =>
      fileProblem(
        `${contentDir}/pages/${page}.mdx`,
        fix('is missing', `write the ${page} page: every page of the site links to it`),
      ),
    );
  },
};
