import { describe, expect, it } from 'vitest';
import { untranslatedEntries } from '../../src/lib/integrity.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { campaignFile, makeSite } from '../helpers/temp-site.ts';

function problemsIn(files: Record<string, string | null>) {
  const { problems } = validateContent({ root: makeSite(files) });
  return problems.map(formatProblem);
}

describe('the minimal fixture site', () => {
  it('has no problems, so every problem below comes from the one change', () => {
    expect(problemsIn({})).toEqual([]);
  });
});

describe('integrity checks', () => {
  it('reports a win that names a missing campaign, and suggests the closest one', () => {
    const win = `---
title: A win
date: 2025-06
campaign: springfield-divestmnt
body: Springfield City Council
kind: resolution
summary: A made-up win.
sources:
  - url: https://example.org/a
    publisher: Example News
updated: 2026-01-01
---
`;
    expect(problemsIn({ 'wins/broken-reference.mdx': win })).toEqual([
      'content/wins/broken-reference.mdx:4:1  campaign  "springfield-divestmnt" is not a campaign on the site — use the file name of a campaign in content/campaigns/, without .mdx (did you mean "springfield-divestment"?); if the campaign is new, add its file too',
    ]);
  });

  it('reports a campaign that names a missing company, at the line of the list item', () => {
    const file = campaignFile({ companies: '\n  - example-corp\n  - acme-weapons' });
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': file })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:12:5  companies[1]  "acme-weapons" is not a company on the site — use the file name of a company in content/companies/; if it is new, add content/companies/acme-weapons.md with its sources',
    ]);
  });

  it('reports two files that would have the same address', () => {
    const problems = problemsIn({ 'campaigns/springfield-divestment.md': campaignFile({}) });
    expect(problems).toEqual([
      'content/campaigns/springfield-divestment.mdx:1:1  (file)  has the same name as content/campaigns/springfield-divestment.md, so both would be campaigns/springfield-divestment — keep one file: merge the two, or rename this one',
    ]);
  });

  it('reports a file name that is not a slug', () => {
    expect(problemsIn({ 'campaigns/Shelbyville Divestment.mdx': campaignFile({}) })).toEqual([
      'content/campaigns/Shelbyville Divestment.mdx:1:1  (file)  has a name that can\'t be a web address: "Shelbyville Divestment" — rename it to shelbyville-divestment.mdx (lowercase letters, digits and hyphens, no folders)',
    ]);
  });

  it('reports a date in the future', () => {
    const problems = problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ started: '2999-01' }) });
    expect(problems).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:1  started  "2999-01" is in the future — use the date something already happened; leave planned dates out of the front-matter and mention them in the text',
    ]);
  });

  it('reports a website that is not https, a source that is not http(s), and a javascript: contact', () => {
    const file = campaignFile({
      website: 'http://example.org',
      contact: 'javascript:alert(1)',
      sources: '\n  - url: ftp://example.org/story\n    title: A story',
    });
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': file })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:1  website  "http://example.org" is not an https link — use the full address starting with https://',
      'content/campaigns/shelbyville-divestment.mdx:11:1  contact  "javascript:alert(1)" is a javascript: link, which can run code in a reader\'s browser — link to a web page instead, starting with https://',
      'content/campaigns/shelbyville-divestment.mdx:13:5  sources[0].url  "ftp://example.org/story" is not an http or https link — use the full address of the article or page, starting with https:// or http://',
    ]);
  });

  it('reports coordinates out of range, and coordinates outside the state', () => {
    const outOfRange = problemsIn({
      'campaigns/shelbyville-divestment.mdx': campaignFile({ coordinates: '[95, -89.6]' }),
    });
    expect(outOfRange).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:15  coordinates[0]  latitude 95 is out of range — a latitude lies between -90 and 90',
    ]);
    const swapped = problemsIn({
      'campaigns/shelbyville-divestment.mdx': campaignFile({ coordinates: '[-89.6, 39.4]' }),
    });
    expect(swapped).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:10:1  coordinates  [-89.6, 39.4] is not in Illinois — write [latitude, longitude] in that order (in the US the latitude is the positive one, the longitude negative), or correct the state',
    ]);
  });

  it('reports an unknown state code, suggesting the code for a state written out', () => {
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ state: 'Illinois' }) })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:5:1  state  "Illinois" is not a US state or territory code — write the two-letter postal code: IL',
    ]);
  });

  it('reports a won or lost campaign without a source', () => {
    for (const status of ['won', 'lost']) {
      expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ status }) })).toEqual([
        `content/campaigns/shelbyville-divestment.mdx:1:1  sources  are missing, and a campaign marked ${status} needs at least one — add a news story or public record that reports the decision, with its url and title`,
      ]);
    }
  });

  it('reports a city the gazetteer does not know, and accepts it once coordinates are given', () => {
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': campaignFile({ city: 'Nowhereville' }) })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:4:1  city  "Nowhereville" is not in the offline gazetteer for IL — check the spelling, or add coordinates: [latitude, longitude] of the city centre, for example [35.99, -78.90]',
    ]);
    const located = campaignFile({ city: 'Nowhereville', coordinates: '[39.41, -88.8]' });
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': located })).toEqual([]);
  });

  it('reports a missing issue page and a page for an issue that does not exist', () => {
    expect(problemsIn({ 'issues/ceasefire.mdx': null })).toEqual([
      'content/issues/ceasefire.mdx:1:1  (file)  is missing — write the explainer page for the issue "ceasefire"',
    ]);
    const extra = '---\nsummary: Something else.\nupdated: 2026-01-01\n---\n';
    expect(problemsIn({ 'issues/housing.mdx': extra })).toEqual([
      "content/issues/housing.mdx:1:1  (file)  is not one of the site's issues — rename it to one of divestment, no-buy, police-exchange, demilitarization, surveillance, skip-the-trip, end-weapons, refugees, right-to-boycott, sister-city, ceasefire, other, or add the issue to src/schemas/issue.ts",
    ]);
  });

  it('reports a missing page that every page links to', () => {
    expect(problemsIn({ 'pages/contribute.mdx': null })).toEqual([
      'content/pages/contribute.mdx:1:1  (file)  is missing — write the contribute page: every page of the site links to it',
    ]);
  });

  it('reports a link to a page of the site that does not exist', () => {
    const file = campaignFile(
      {},
      'See [the win](/wins/springfield-divests-2024/) and [the issue](/issues/divestment/).',
    );
    expect(problemsIn({ 'campaigns/shelbyville-divestment.mdx': file })).toEqual([
      'content/campaigns/shelbyville-divestment.mdx:12:5  (body)  links to /wins/springfield-divests-2024/, which is not a page on the site — did you mean /wins/springfield-divests-2025/? Check the file name of the page you mean',
    ]);
  });

  it('reports a file in a folder the site does not read', () => {
    expect(problemsIn({ 'campaign/shelbyville-divestment.mdx': campaignFile({}) })).toEqual([
      'content/campaign/shelbyville-divestment.mdx:1:1  (file)  is in content/campaign/, which the site does not read — move it to content/campaigns/',
    ]);
  });

  it('reports every problem in a file at once', () => {
    const file = campaignFile({
      title: '',
      state: 'XX',
      issues: '[divest]',
      updated: '2999-01-01',
      citty: 'Shelbyville',
    });
    const fields = problemsIn({ 'campaigns/shelbyville-divestment.mdx': file }).map((line) => line.split('  ')[1]);
    expect(fields).toEqual(['title', 'state', 'issues[0]', 'updated', 'citty']);
  });
});

describe('entries waiting for a translation', () => {
  const untranslatedIn = (files: Record<string, string | null>) =>
    untranslatedEntries(validateContent({ root: makeSite(files) }).entries);
  const translation = '---\ntitle: Springfield desinvierte\nupdated: 2026-01-01\n---\n\nLa historia.\n';

  it('lists every campaign and win with the translation files it lacks, without calling it a problem', () => {
    expect(untranslatedIn({})).toEqual([
      {
        file: 'content/campaigns/springfield-divestment.mdx',
        missing: [
          'content/translations/es/campaigns/springfield-divestment.mdx',
          'content/translations/ar/campaigns/springfield-divestment.mdx',
        ],
      },
      {
        file: 'content/wins/springfield-divests-2025.mdx',
        missing: [
          'content/translations/es/wins/springfield-divests-2025.mdx',
          'content/translations/ar/wins/springfield-divests-2025.mdx',
        ],
      },
    ]);
  });

  it('drops a language once its translation file exists, and the entry once both do', () => {
    const untranslated = untranslatedIn({
      'translations/es/campaigns/springfield-divestment.mdx': translation,
      'translations/ar/campaigns/springfield-divestment.mdx': translation,
      'translations/es/wins/springfield-divests-2025.mdx': translation,
    });
    expect(untranslated).toEqual([
      {
        file: 'content/wins/springfield-divests-2025.mdx',
        missing: ['content/translations/ar/wins/springfield-divests-2025.mdx'],
      },
    ]);
  });

  it('accepts a campaign translation with a title and a story, and reports one without a title', () => {
    expect(problemsIn({ 'translations/es/campaigns/springfield-divestment.mdx': translation })).toEqual([]);
    expect(
      problemsIn({
        'translations/es/campaigns/springfield-divestment.mdx': '---\nupdated: 2026-01-01\n---\n\nTexto.\n',
      }),
    ).toEqual([
      'content/translations/es/campaigns/springfield-divestment.mdx:1:1  title  is missing — write the title of the English original in this language',
    ]);
  });
});

describe('a translated caveat', () => {
  it('is refused when the English original has no caveat to translate', () => {
    const translation = '---\ntitle: Desinvertir\ncaveat: Una sola fuente.\nupdated: 2026-01-01\n---\n\nTexto.\n';
    expect(problemsIn({ 'translations/es/campaigns/springfield-divestment.mdx': translation })).toEqual([
      'content/translations/es/campaigns/springfield-divestment.mdx:3:1  caveat  translates a caveat the English original does not have — remove it here, or add the caveat to content/campaigns/springfield-divestment.mdx first',
    ]);
  });
});
