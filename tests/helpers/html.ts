/**
 * Just enough HTML reading for tests over the built site: Astro writes well-formed HTML with double-quoted
 * attributes, so elements and attributes can be found with patterns once scripts, styles and comments (whose
 * text may look like markup) are taken out.
 */
import { filesUnder } from './files.ts';

/** Every HTML file under `dist`, as paths relative to it with forward slashes. */
export function htmlFiles(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.endsWith('.html'));
}

/** The page's markup without the insides of scripts, styles and comments. */
export function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>');
}

/** What a browser makes of escaped text: the named escapes Astro writes, and numeric character references. */
export const decode = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** Text as Astro writes it into a page, to look for it there. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The attributes of every `<tag>` in the markup, decoded. */
export function elements(html: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const [, attributes] of markupOnly(html).matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const record: Record<string, string> = {};
    for (const [, name, value] of attributes!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g))
      record[name!.toLowerCase()] = decode(value ?? '');
    found.push(record);
  }
  return found;
}

/** Every id (and `name` on anchors) a `#fragment` can point to. */
export function anchors(html: string): Set<string> {
  const markup = markupOnly(html);
  return new Set([...markup.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decode(match[1]!)));
}
