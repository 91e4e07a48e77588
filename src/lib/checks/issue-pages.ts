import { fix } from '../../schemas/error-text.ts';
import { ISSUES } from '../../schemas/constants.ts';
import type { Problem } from '../problems.ts';
import { fileProblem, type SiteRule } from './rule.ts';

export const issuePages: SiteRule = {
  id: 'issue-pages',
  description: 'Every issue in the list has an explainer page, and every explainer page is for an issue in the list.',
  check(entries, { contentDir }) {
    const problems: Problem[] = [];
    const pages = entries.filter((entry) => entry.collection === 'issues');
    const written = new Set(pages.map((entry) => entry.slug));
    for (const issue of ISSUES)
      if (!written.has(issue))
        problems.push(
          fileProblem(
            `${contentDir}/issues/${issue}.mdx`,
            fix('is missing', `write the explainer page for the issue "${issue}"`),
          ),
        );
    for (const page of pages)
      if (!(ISSUES as readonly string[]).includes(page.slug))
        problems.push(
          fileProblem(
            page.file,
            fix(
              `is not one of the site's issues`,
              `rename it to one of ${ISSUES.join(', ')}, or add the issue to src/schemas/issue.ts`,
            ),
          ),
        );
    return problems;
  },
};
