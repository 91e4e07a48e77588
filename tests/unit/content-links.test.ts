import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentLinks } from '../../src/lib/content-links.ts';

const MARKDOWN =
  'See [the report](https://example.org/report), [a toolkit](/toolkits/a-toolkit/#steps) and [a step](#steps).';

describe('links in content', () => {
  it('marks links to other sites, and leaves this site’s links alone at the root', async () => {
    const { html } = await markdownToHtml(MARKDOWN, { hastPlugins: [contentLinks('/')] });
    expect(html).toContain('<a href="https://example.org/report" rel="noopener noreferrer external">');
    expect(html).toContain('<a href="/toolkits/a-toolkit/#steps">');
    expect(html).toContain('<a href="#steps">');
  });

  it('puts the base path in front of this site’s links, in Markdown and in MDX', async () => {
    const { html } = await markdownToHtml(MARKDOWN, { hastPlugins: [contentLinks('/cities-for-palestine/')] });
    expect(html).toContain('<a href="/cities-for-palestine/toolkits/a-toolkit/#steps">');
    expect(html).toContain('<a href="#steps">');
    const { code } = await mdxToJs(MARKDOWN, { hastPlugins: [contentLinks('/cities-for-palestine/')] });
    expect(code).toContain('"/cities-for-palestine/toolkits/a-toolkit/#steps"');
    expect(code).toMatch(/rel: \[?"noopener/);
  });

  it('keeps a translation’s links in its language, but not its links to files', async () => {
    const source = `${MARKDOWN} [The data](/data/campaigns.csv).`;
    const fileURL = new URL('file:///site/content/translations/ar/toolkits/a-toolkit.mdx');
    const { html } = await markdownToHtml(source, { hastPlugins: [contentLinks('/sub/')], fileURL });
    expect(html).toContain('<a href="/sub/ar/toolkits/a-toolkit/#steps">');
    expect(html).toContain('<a href="/sub/data/campaigns.csv">');
    expect(html).toContain('<a href="#steps">');
    const english = new URL('file:///site/content/toolkits/a-toolkit.mdx');
    const { html: original } = await markdownToHtml(source, { hastPlugins: [contentLinks('/')], fileURL: english });
    expect(original).toContain('<a href="/toolkits/a-toolkit/#steps">');
  });
});
