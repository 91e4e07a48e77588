import { describe, expect, it } from 'vitest';
import { characters } from '../../../src/lib/checks/characters.ts';

describe('characters', () => {
  it('finds each control character and direction mark in a body, at its line and column', () => {
    const source = '---\ntitle: x\n---\n\nPlain.\nA\u202Emark and a\u0007bell.\n';
    const problems = characters.check({
      file: 'content/campaigns/x.mdx',
      source,
      body: source.slice(source.indexOf('\n\n') + 1),
    });
    expect(problems.map(({ field, line, column }) => [field, line, column])).toEqual([
      ['(body)', 6, 2],
      ['(body)', 6, 13],
    ]);
    expect(characters.check({ file: 'x', body: 'Nothing hidden.' })).toEqual([]);
  });
});
