import { describe, expect, it } from 'vitest';
import { contactHref, siteContactHref } from '../../src/lib/urls.ts';

describe('a group’s contact as a link', () => {
  it('writes an e-mail address as mailto, once, and leaves an https page as it is', () => {
    expect(contactHref('info@group.org')).toBe('mailto:info@group.org');
    expect(contactHref('mailto:info@group.org')).toBe('mailto:info@group.org');
    expect(contactHref('https://group.org/contact')).toBe('https://group.org/contact');
    expect(contactHref('https://group.org/?to=info@group.org')).toBe('https://group.org/?to=info@group.org');
  });
});

describe('the site’s own contact', () => {
  const repository = 'https://github.com/example/site';

  it('prefers the form, then the e-mail address, then an issue in the repository', () => {
    const form = 'https://example.org/contact';
    expect(siteContactHref({ email: 'hello@example.org', form }, repository)).toBe(form);
    expect(siteContactHref({ email: 'hello@example.org' }, repository)).toBe('mailto:hello@example.org');
    expect(siteContactHref({}, repository)).toBe('https://github.com/example/site/issues/new');
  });
});
