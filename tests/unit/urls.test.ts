import { describe, expect, it } from 'vitest';
import { contactHref } from '../../src/lib/urls.ts';

describe('a group’s contact as a link', () => {
  it('writes an e-mail address as mailto, once, and leaves an https page as it is', () => {
    expect(contactHref('info@group.org')).toBe('mailto:info@group.org');
    expect(contactHref('mailto:info@group.org')).toBe('mailto:info@group.org');
    expect(contactHref('https://group.org/contact')).toBe('https://group.org/contact');
    expect(contactHref('https://group.org/?to=info@group.org')).toBe('https://group.org/?to=info@group.org');
  });
});
