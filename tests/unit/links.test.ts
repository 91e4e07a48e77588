import { describe, expect, it } from 'vitest';
import { contactSchema, httpsUrlSchema, isUnsafeLink, sourceUrlSchema, unproxiedUrl } from '../../src/schemas/link.ts';

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

  it("refuse a page read through another site, and give the page's own address", () => {
    const proxied = 'https://1.800.gay:443/https/patch.com/new-jersey/eastbrunswick/story?page=2';
    expect(unproxiedUrl(proxied)).toBe('https://patch.com/new-jersey/eastbrunswick/story?page=2');
    expect(unproxiedUrl('https://proxy.example/http/old-news.example.org/1999/story.html')).toBe(
      'http://old-news.example.org/1999/story.html',
    );
    const result = sourceUrlSchema.safeParse(proxied);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '"https://1.800.gay:443/https/patch.com/new-jersey/eastbrun..." is the address of a page read through another site — use the page\'s own address: https://patch.com/new-jersey/eastbrunswick/story?page=2',
    ]);
    // Archived copies, and pages whose own path happens to start with a word like "https", are not proxies.
    for (const link of [
      'https://web.archive.org/web/20240301000000/https://patch.com/story',
      'https://archive.ph/2024.03.01-000000/https://patch.com/story',
      'https://example.org/https/',
      'https://example.org/https/guide-to-tls',
      'https://patch.com/new-jersey/eastbrunswick/story',
    ]) {
      expect(unproxiedUrl(link), link).toBeUndefined();
      expect(sourceUrlSchema.safeParse(link).success, link).toBe(true);
    }
  });

  it('take a contact page or a role address, never a script', () => {
    expect(contactSchema.safeParse('https://example.org/contact').success).toBe(true);
    expect(contactSchema.safeParse('info@example.org').success).toBe(true);
    expect(contactSchema.safeParse('http://example.org/contact').success).toBe(false);
    expect(contactSchema.safeParse('javascript:alert(1)').success).toBe(false);
  });
});
