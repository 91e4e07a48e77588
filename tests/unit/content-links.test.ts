import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentLinks } from '../../src/lib/content-links.ts';

const MARKDOWN =
  'See [the report](https://example.org/report), [a guide](/toolkits/a-guide/#steps) and [a step](#steps).';

describe('links in content', () => {
  it('marks links to other sites, and leaves this site’s links alone at the root', async () => {
    const { html } = await markdownToHtml(MARKDOWN, { hastPlugins: [contentLinks('/')] });
    expect(html).toContain('<a href="https://example.org/report" rel="noopener noreferrer external">');
    expect(html).toContain('<a href="/toolkits/a-guide/#steps">');
    expect(html).toContain('<a href="#steps">');
  });

  it('puts the base path in front of this site’s links, in Markdown and in MDX', async () => {
    const { html } = await markdownToHtml(MARKDOWN, { hastPlugins: [contentLinks('/cities-for-palestine/')] });
    expect(html).toContain('<a href="/cities-for-palestine/toolkits/a-guide/#steps">');
    expect(html).toContain('<a href="#steps">');
    const { code } = await mdxToJs(MARKDOWN, { hastPlugins: [contentLinks('/cities-for-palestine/')] });
    expect(code).toContain('"/cities-for-palestine/toolkits/a-guide/#steps"');
    expect(code).toMatch(/rel: \[?"noopener/);
  });
});
