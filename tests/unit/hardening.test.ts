/**
 * The ways a contribution once slipped past the checks, each tried again: personal details in disguise, a value
 * that could write its own line into a CI log, links that leave the site, and text from the form that the content
 * guard would have refused.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExternalLink } from '../../src/lib/content-links.ts';
import { findPersonalDetails } from '../../src/lib/privacy.ts';
import { campaignFile as scaffoldCampaign, escapeMdx } from '../../src/lib/scaffold.ts';
import { headersFile } from '../../src/lib/security.ts';
import { guardProblems, validateContent } from '../../src/lib/validate.ts';
import { quote } from '../../src/schemas/error-text.ts';
import { t } from '../../src/i18n/t.ts';
import { campaignFile, makeSite, PROJECT_ROOT } from '../helpers/temp-site.ts';

describe('personal details in disguise', () => {
  it.each([
    ['an international number without spaces', 'Call +19195550123 today.', '+19195550123'],
    ['en dashes between the digits', 'Call 919–555–0123.', '919–555–0123'],
    ['a number with an extension', 'Call 919-555-0123 ext. 42.', '919-555-0123 ext. 42'],
    ['fullwidth digits', 'Call ９１９-５５５-０１２３.', '９１９-５５５-０１２３'],
    ['zero-width spaces between the digits', 'Call 919\u200b555\u200b0123.', '919\u200b555\u200b0123'],
    ['an address with [at] and [dot]', 'Write maria [at] gmail [dot] com.', 'maria [at] gmail [dot] com'],
    ['an address with (at) and (dot)', 'Write maria(at)gmail(dot)com.', 'maria(at)gmail(dot)com'],
    ['an address spelled out', 'Write maria at gmail dot com.', 'maria at gmail dot com'],
  ])('are found: %s', (_case, text, quoted) => {
    const findings = findPersonalDetails(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(`"${quoted}"`);
    expect(findings[0]!.index).toBe(text.indexOf(quoted));
  });

  it.each([
    ['votes and years', 'The council voted 5-2 on 2024-01-09; in 2023-2024 it voted 1,411-749.'],
    ['a role address', 'Write to info@group.org.'],
    ['a link', 'See https://example.org/919-555-0123.'],
    ['the word "at" in a sentence', 'They met at city hall at noon, and at the library.'],
  ])('leave ordinary text alone: %s', (_case, text) => {
    expect(findPersonalDetails(text)).toEqual([]);
  });
});

describe('values in messages', () => {
  it('never carry a line break, so a value cannot write a line of its own in a log', () => {
    expect(quote('a\n::stop-commands::x')).toBe('"a\\n::stop-commands::x"');
    expect(quote('tab\there')).toBe('"tab\\there"');
  });

  it('reach GitHub annotations escaped, so a value cannot end the command and start another', () => {
    const file = campaignFile({ title: '"Shelbyville\\n::stop-commands::token\\nend"', website: 'http://example.org' });
    const root = makeSite({ 'campaigns/a,b:c.mdx': file });
    const { stdout } = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/validate.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    });
    const lines = stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::stop-commands'))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('::')).length).toBeGreaterThan(0);
    expect(stdout).toContain('::error file=content/campaigns/a%2Cb%3Ac.mdx,');
  });
});

describe('links that leave the site', () => {
  it.each([
    'https://example.org',
    'http://example.org',
    '//example.org/a',
    'ftp://example.org/a',
    'mailto:info@group.org',
  ])('%s gets rel="noopener noreferrer"', (href) => expect(isExternalLink(href)).toBe(true));

  it.each(['/toolkits/a/', '#steps'])('%s stays a link within the site', (href) => {
    expect(isExternalLink(href)).toBe(false);
  });
});

describe('text from the form', () => {
  const nasty = [
    'See [the plan](javascript:alert(1)) and ![a picture](data:image/svg+xml,x).',
    '<!-- a --><meta http-equiv="refresh" content="0"><!-- b -->',
    '{process.env.HOME} and <script>alert(1)</script> and [ref]: /no-page/',
    'A back\\slash \\{ and a closing \\]',
  ].join('\n\n');

  it('is written as plain text that the content guard has nothing to refuse in', () => {
    expect(escapeMdx('a [b](c) {d} <e> \\f')).toBe('a \\[b\\](c) \\{d\\} \\<e\\> \\\\f');
    const text = scaffoldCampaign(
      {
        title: 'Divest Shelbyville',
        summary: 'Asks the council to divest.',
        city: 'Shelbyville',
        state: 'IL',
        level: 'city',
        issues: ['divestment'],
        status: 'active',
        targets: ['Shelbyville City Council'],
        companies: [],
        sources: [],
        body: { asks: nasty, happened: nasty },
      },
      '2026-01-01',
      t,
    );
    expect(guardProblems({ file: 'content/campaigns/x.mdx', source: text, extension: '.mdx' }, PROJECT_ROOT)).toEqual(
      [],
    );
    expect(validateContent({ root: makeSite({ 'campaigns/form.mdx': text }) }).problems).toEqual([]);
  });

  it('leaves out a section the contributor left empty, rather than writing help text into the file', () => {
    const text = scaffoldCampaign(
      {
        title: 'T',
        summary: 'S',
        city: 'Shelbyville',
        state: 'IL',
        level: 'city',
        issues: ['divestment'],
        status: 'active',
        targets: ['Council'],
        companies: [],
        sources: [],
        body: { asks: 'What we ask.' },
      },
      '2026-01-01',
      t,
    );
    const body = text.slice(text.lastIndexOf('---') + 3).trim();
    expect(body).toBe('## What the campaign asks\n\nWhat we ask.');
  });
});

describe('the _headers file', () => {
  it('lets other sites frame the embedded map in every language, and nothing else', () => {
    const headers = headersFile('/');
    expect(headers).toContain('/*\n  Referrer-Policy');
    for (const path of ['/embed/*', '/es/embed/*', '/ar/embed/*'])
      expect(headers).toContain(
        `${path}\n  ! Content-Security-Policy\n  ! X-Frame-Options\n  Content-Security-Policy: frame-ancestors *`,
      );
    expect(headersFile('/sub/')).toContain('/sub/ar/embed/*\n');
  });
});
