/**
 * Every page of the built site is conforming HTML, checked with html-validate's recommended rules: what a browser
 * would repair silently (a script after the end of the document, an empty form action, a landmark without a name)
 * fails here instead. Three rules are set to fit the site, each for the reason beside it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A page's title is the campaign's or toolkit's own name and the site's; a long name is a real one.
    'long-title': 'off',
    // HTML allows any id without spaces; headings in Arabic get Arabic ids for their anchors.
    'valid-id': ['error', { relaxed: true }],
    // The filter forms apply each choice as it is made, without leaving the page (WCAG 3.2.2 allows that), so
    // they have no submit button; the search and contribute forms have one.
    'wcag/h32': 'off',
  },
});

describe('the built pages', () => {
  it('are conforming HTML, every one of them', async () => {
    expect(pages.length).toBeGreaterThan(500);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(
            `${page.slice(dist.length)}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`,
          );
    }
    expect(problems.slice(0, 20)).toEqual([]);
  }, 120_000);
});
