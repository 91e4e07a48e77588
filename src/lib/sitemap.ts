/**
 * The sitemap (sitemaps.org): the address of every page, in files of at most 50,000 addresses (the protocol's
 * limit), and an index of those files, which robots.txt names. src/integrations/sitemap.ts writes it after the build.
 */

/** The index's file name, at the root of the site. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);

/**
 * The sitemap's files by name: `sitemap-0.xml` onwards with the addresses in `urls` (absolute, sorted, each once),
 * then the index. `urlOf` gives a file's address from its name.
 */
export function sitemapFiles(
  urls: readonly string[],
  urlOf: (file: string) => string,
  perFile = 50_000,
): Map<string, string> {
  const sorted = [...new Set(urls)].sort();
  const files = new Map<string, string>();
  for (let start = 0; start === 0 || start < sorted.length; start += perFile) {
    const entries = sorted.slice(start, start + perFile).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
    files.set(`sitemap-${files.size}.xml`, `${HEADER}<urlset xmlns="${NAMESPACE}">${entries.join('')}</urlset>\n`);
  }
  const index = [...files.keys()].map((file) => `<sitemap><loc>${escapeXml(urlOf(file))}</loc></sitemap>`);
  files.set(SITEMAP_INDEX, `${HEADER}<sitemapindex xmlns="${NAMESPACE}">${index.join('')}</sitemapindex>\n`);
  return files;
}
