import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, LOCALES } from '../../src/i18n/locales.ts';
import { latin1Html } from '../../src/lib/latin1.ts';
import { decode } from '../helpers/html.ts';

const isLatin1 = (text: string) => [...text].every((character) => character.codePointAt(0)! <= 0xff);

describe('latin1Html', () => {
  it('writes characters beyond Latin-1 as character references and leaves Latin-1 as it is', () => {
    expect(latin1Html('العربية')).toBe('&#1575;&#1604;&#1593;&#1585;&#1576;&#1610;&#1577;');
    expect(latin1Html('Español')).toBe('Español');
    expect(latin1Html('Gaza — “now”')).toBe('Gaza &#8212; &#8220;now&#8221;');
  });

  it('escapes what HTML would read as markup', () => {
    expect(latin1Html('<b>Fish & chips</b>')).toBe('&lt;b&gt;Fish &amp; chips&lt;/b&gt;');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(latin1Html('🇵🇸')).toBe('&#127477;&#127480;');
  });

  it('gives every language name as Latin-1 HTML that reads back as the name', () => {
    for (const code of LOCALE_CODES) {
      const html = latin1Html(LOCALES[code].name);
      expect(isLatin1(html)).toBe(true);
      expect(decode(html)).toBe(LOCALES[code].name);
    }
  });
});
