/**
 * The part of a built page that Pagefind reads. The site marks what a reader searches with `data-pagefind-body`,
 * and Pagefind ignores the rest of such a page: the stylesheet, header, footer and lists of other entries, which
 * are most of its bytes. Handing Pagefind only the `<html>` tag (its language), the `<title>` and the marked
 * elements gives it the same words, filters and metadata to index for a fifth of the parsing.
 */

/** Where an element that opens at `start` ends (just after its closing tag), counting nested elements of the same
 * name; undefined when it is never closed. */
function elementEnd(html: string, start: number, name: string): number | undefined {
  const tags = new RegExp(`<(/?)${name}[\\s>/]`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', tag.index);
      return close < 0 ? undefined : close + 1;
    }
  }
  return undefined;
}

/**
 * The searchable document of a page: `<html …><head><title>…</title></head><body>` and every element marked
 * `data-pagefind-body`, or undefined when the page has none (Pagefind leaves such pages out of a site that marks
 * any). Where the markup can't be followed, the whole page, so that nothing is lost from the index.
 */
export function searchableHtml(html: string): string | undefined {
  const marker = / data-pagefind-body[\s>=/]/g;
  const parts: string[] = [];
  for (let found = marker.exec(html); found; found = marker.exec(html)) {
    const start = html.lastIndexOf('<', found.index);
    // Words in the text, not an attribute: the nearest tag closes before them.
    if (html.indexOf('>', start) < found.index) continue;
    const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(start, start + 40))?.[1];
    const end = name === undefined ? undefined : elementEnd(html, start, name);
    if (end === undefined) return html;
    parts.push(html.slice(start, end));
    // The search goes on after the element, so a marker inside it is not taken twice.
    marker.lastIndex = end;
  }
  if (parts.length === 0) return undefined;
  const root = /<html[\s>][^>]*>|<html>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return `${root}<head>${title}</head><body>${parts.join('')}</body></html>`;
}
