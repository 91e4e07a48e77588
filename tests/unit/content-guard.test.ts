import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS } from '../../src/lib/content-guard.ts';
import { guardProblems } from '../../src/lib/validate.ts';
import { PROJECT_ROOT } from '../helpers/temp-site.ts';

function check(body: string, extension: '.mdx' | '.md' = '.mdx') {
  const source = `---\ntitle: Example\n---\n\n${body}\n`;
  return guardProblems({ file: `content/campaigns/example${extension}`, source, extension }, PROJECT_ROOT).map(
    (problem) => `${problem.line}:${problem.column} ${problem.message}`,
  );
}

describe('the content guard', () => {
  it('lets Markdown and the allowed components through', () => {
    const body = [
      '## Heading',
      '',
      'Text with a [link](https://example.org), *emphasis* and a <kbd>key</kbd>.',
      '',
      '<Callout type="tip" title="A tip">',
      '',
      'Inside a callout.',
      '',
      '</Callout>',
      '',
      '{/* a comment is fine */}',
      '',
      '```js',
      'const braces = { in: "code" };',
      '```',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('rejects import and export, naming the line', () => {
    expect(check("import fs from 'node:fs'\n\nexport const x = 1")).toEqual([
      "5:1 uses import or export, which would run code when the site is built — remove the line; the site's components are available without importing them",
      "7:1 uses import or export, which would run code when the site is built — remove the line; the site's components are available without importing them",
    ]);
  });

  it('rejects expressions and non-literal attributes', () => {
    expect(check('Host: {process.env.HOME}\n\n<Callout title={secret} {...props}>x</Callout>')).toEqual([
      '5:7 uses {process.env.HOME}, which would run as code — remove the braces; to show a brace, write \\{',
      '7:1 sets title={secret} on <Callout>, which would run as code — write it as title="text"',
      '7:1 passes {...props} to <Callout>, which would run as code — write each attribute as name="text"',
    ]);
  });

  it('rejects unknown components and dangerous elements', () => {
    const lines = check(
      '<Map />\n\n<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>\n\n<style>{"a{}"}</style>\n\n<object />\n\n<embed />',
    );
    expect(lines[0]).toBe(
      "5:1 uses <Map>, which is not one of the site's components — use Markdown, or one of: <Callout>, <Checklist>, <RecordCounts>, <Steps>, <Template>",
    );
    for (const element of ['script', 'iframe', 'style', 'object', 'embed'])
      expect(
        lines.some((line) => line.includes(`a <${element}> element, which could load or run code`)),
        element,
      ).toBe(true);
  });

  it('rejects event handlers and javascript: or data: links', () => {
    expect(
      check('<span onClick="steal()">x</span>\n\n[x](javascript:alert(1)) and ![a map](data:image/png;base64,AAAA)'),
    ).toEqual([
      '5:1 sets the event handler onClick on <span>, which would run code — remove the attribute',
      '7:1 links to "javascript:alert(1)", a kind of link that can run code — link to a web page starting with https://',
      '7:30 links to "data:image/png;base64,AAAA", a kind of link that can run code — link to a web page starting with https://',
    ]);
  });

  it('asks for alt text on images', () => {
    expect(check('![](https://example.org/photo.jpg)')).toEqual([
      '5:1 has an image without alt text — describe the image inside the brackets: ![what the image shows](...)',
    ]);
  });

  it('rejects raw HTML in plain Markdown files', () => {
    expect(check('Hello <script>alert(1)</script>', '.md')).toEqual([
      "5:7 contains raw HTML, which could run code in readers' browsers — write it in Markdown instead",
    ]);
  });

  it('says when a file is not valid MDX at all', () => {
    const [problem] = check('<Callout>never closed');
    expect(problem).toMatch(/cannot be read as MDX/);
  });

  it('allows exactly the components that src/components/content/ provides', () => {
    const files = readdirSync(`${PROJECT_ROOT}/src/components/content`)
      .filter((name) => name.endsWith('.astro'))
      .map((name) => name.replace('.astro', ''));
    expect(files.sort()).toEqual([...ALLOWED_COMPONENTS].sort());
  });
});
