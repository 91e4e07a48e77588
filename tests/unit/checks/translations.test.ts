import { describe, expect, it } from 'vitest';
import { untranslatedEntries } from '../../../src/lib/checks/translations.ts';
import { validateContent } from '../../../src/lib/validate.ts';
import { makeSite } from '../../helpers/temp-site.ts';
import { problemsIn } from './problems-in.ts';

const translation = '---\ntitle: Springfield desinvierte\nupdated: 2026-01-01\n---\n\nLa historia.\n';

describe('entries waiting for a translation', () => {
  const untranslatedIn = (files: Record<string, string | null>) =>
    untranslatedEntries(validateContent({ root: makeSite(files) }).entries);

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
});

describe('translations', () => {
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

  it('refuses a translated caveat when the English original has no caveat to translate', () => {
    const withCaveat = '---\ntitle: Desinvertir\ncaveat: Una sola fuente.\nupdated: 2026-01-01\n---\n\nTexto.\n';
    expect(problemsIn({ 'translations/es/campaigns/springfield-divestment.mdx': withCaveat })).toEqual([
      'content/translations/es/campaigns/springfield-divestment.mdx:3:1  caveat  translates a caveat the English original does not have — remove it here, or add the caveat to content/campaigns/springfield-divestment.mdx first',
    ]);
  });
});
