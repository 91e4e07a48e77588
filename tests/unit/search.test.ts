import { describe, expect, it } from 'vitest';
import { isGenuineMatch, searchFromUrl, searchToUrl } from '../../src/lib/search.ts';

describe('telling real matches from look-alikes', () => {
  it('accepts a marked word that is the query word, or its stem', () => {
    expect(isGenuineMatch('in <mark>Columbus,</mark> Ohio', 'Columbus')).toBe(true);
    expect(isGenuineMatch('voted to <mark>divest</mark> from', 'divesting')).toBe(true);
    expect(isGenuineMatch('the <mark>NSO</mark> Group', 'nso')).toBe(true);
    expect(isGenuineMatch('<mark>Bogotá</mark> and more', 'bogota')).toBe(true);
  });

  it('rejects the short stubs Pagefind falls back to when a word is in no page', () => {
    expect(isGenuineMatch('[OR CATEGORY] <mark>(b</mark>) held', 'Boise')).toBe(false);
    expect(isGenuineMatch('Boulder, <mark>CO.</mark> Level', 'Columbus')).toBe(false);
    expect(isGenuineMatch('no marks at all', 'Boise')).toBe(false);
  });

  it('counts a query as matched when any of its words is', () => {
    expect(isGenuineMatch('in Columbus, <mark>Ohio.</mark>', 'Columbus Ohio')).toBe(true);
  });
});

describe('searches in the address', () => {
  it('round-trips the words, the filters and the order', () => {
    const query = searchFromUrl('?q=nso&state=OR&sort=newest&type=');
    expect(query).toEqual({ q: 'nso', filters: { state: 'OR' }, sort: 'newest' });
    expect(searchToUrl(query)).toBe('?q=nso&state=OR&sort=newest');
  });

  it('writes filters in the site-wide order, not the order the search page shows its menus', () => {
    const query = searchFromUrl('?company=hp&status=won&issue=divestment&level=city&state=OR&type=campaign&q=x');
    expect(searchToUrl(query)).toBe('?q=x&type=campaign&issue=divestment&status=won&level=city&state=OR&company=hp');
  });

  it('leaves relevance, the default order, out of the address and reads anything else as relevance', () => {
    expect(searchToUrl({ q: 'nso', filters: {}, sort: 'relevance' })).toBe('?q=nso');
    expect(searchFromUrl('?q=nso&sort=oldest').sort).toBe('relevance');
    expect(searchFromUrl('').q).toBe('');
  });
});
