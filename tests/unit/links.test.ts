import { describe, expect, it } from 'vitest';
import { contactSchema, httpsUrlSchema, isUnsafeLink, sourceUrlSchema } from '../../src/schemas/link.ts';

describe('links', () => {
  it('spot javascript: and data: however they are written', () => {
    for (const link of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
    ])
      expect(isUnsafeLink(link), link).toBe(true);
    for (const link of ['https://example.org', '/campaigns/', 'mailto:info@example.org', '#sources'])
      expect(isUnsafeLink(link), link).toBe(false);
  });

  it('allow only https for websites, and http or https for sources', () => {
    expect(httpsUrlSchema.safeParse('https://example.org').success).toBe(true);
    expect(httpsUrlSchema.safeParse('http://example.org').success).toBe(false);
    expect(sourceUrlSchema.safeParse('http://example.org/old-story').success).toBe(true);
    expect(sourceUrlSchema.safeParse('ftp://example.org').success).toBe(false);
    expect(sourceUrlSchema.safeParse('data:text/html,hi').success).toBe(false);
  });

  it('take a contact page or a role address, never a script', () => {
    expect(contactSchema.safeParse('https://example.org/contact').success).toBe(true);
    expect(contactSchema.safeParse('info@example.org').success).toBe(true);
    expect(contactSchema.safeParse('http://example.org/contact').success).toBe(false);
    expect(contactSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });
});
