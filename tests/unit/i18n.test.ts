import { describe, expect, it } from 'vitest';
import { t, tParts, translator } from '../../src/i18n/t.ts';
import { dictionaries } from '../../src/i18n/ui.ts';
import { ISSUES } from '../../src/schemas/issue.ts';
import { STATUSES } from '../../src/schemas/campaign.ts';

describe('interface text', () => {
  it('fills placeholders and picks plural forms', () => {
    expect(t('count.campaigns', { count: 1 })).toBe('1 campaign');
    expect(t('count.campaigns', { count: 1234 })).toBe('1,234 campaigns');
    expect(t('meta.lastChecked', { date: 'November 29, 2026' })).toBe('Last checked November 29, 2026');
  });

  it('leaves a placeholder it was not given, for the browser to fill', () => {
    expect(t('filters.showing', { total: 67 })).toBe('Showing {count} of 67 campaigns');
  });

  it('splits text around placeholders that become links', () => {
    expect(tParts('footer.license')).toEqual([
      'Code under the ',
      '{code}',
      ' license. Content under ',
      '{content}',
      ': share and adapt it with credit.',
    ]);
  });

  it('has a name for every issue and status', () => {
    for (const issue of ISSUES) expect(t(`issue.${issue}`)).not.toBe('');
    for (const status of STATUSES) expect(t(`status.${status}`)).not.toBe('');
  });

  it('has no empty strings in any language', () => {
    for (const [locale, dictionary] of Object.entries(dictionaries))
      for (const [key, value] of Object.entries(dictionary))
        for (const text of typeof value === 'string' ? [value] : Object.values(value))
          expect(text.trim(), `${locale} ${key}`).not.toBe('');
    expect(translator('en')('nav.campaigns')).toBe('Campaigns');
  });
});
