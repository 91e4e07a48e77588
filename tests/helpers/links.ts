/**
 * A link checker for a built site: every link, asset and `#anchor` a page points to on this site must exist in
 * `dist`, under the base path. Feeds and the sitemap are checked the same way. Links to other sites are not
 * followed (the machines running the tests are offline), only checked for their `rel`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { anchors, elements, htmlFiles } from './html.ts';

interface Options {
  /** The site's URL without the base path, as in astro.config's `site`. */
  site: string;
  /** The base path, with slashes at both ends. */
  base: string;
}

const LINKING = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  iframe: 'src',
  source: 'src',
  use: 'href',
  form: 'action',
};

export function checkLinks(dist: string, { site, base }: Options) {
  const origin = new URL(site).origin;
  const anchorCache = new Map<string, Set<string>>();
  const problems: string[] = [];
  let checked = 0;

  /** The file a path of this site is served from, or undefined. */
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const file = join(dist, decodeURIComponent(pathname.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory())
      return pathname.endsWith('/') && existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
    return existsSync(file) ? file : undefined;
  };

  const check = (from: string, pageUrl: URL, value: string) => {
    const url = new URL(value, pageUrl);
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return;
    checked++;
    if (!url.pathname.startsWith(base)) {
      problems.push(`${from}: ${value} is outside the base path ${base}`);
      return;
    }
    const target = fileFor(url.pathname);
    if (!target) {
      problems.push(`${from}: ${value} leads nowhere (no file for ${url.pathname})`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!fragment || !target.endsWith('.html')) return;
    if (!anchorCache.has(target)) anchorCache.set(target, anchors(readFileSync(target, 'utf8')));
    if (!anchorCache.get(target)!.has(fragment))
      problems.push(`${from}: ${value} points to #${fragment}, which isn't on that page`);
  };

  const pages = htmlFiles(dist);
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    for (const [tag, attribute] of Object.entries(LINKING))
      for (const element of elements(html, tag)) {
        const value = element[attribute];
        if (value !== undefined && value !== '' && value !== '#') check(page, pageUrl, value);
      }
    for (const meta of elements(html, 'meta'))
      if (meta.content?.startsWith(origin))
        check(`${page} (meta ${meta.property ?? meta.name})`, pageUrl, meta.content);
  }
  const xmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of xmlFiles)
    for (const [, value] of readFileSync(file, 'utf8').matchAll(/(?:<loc>|<link>|href=")(https?:\/\/[^<"]+)/g))
      check(file.slice(dist.length + 1), new URL(origin), value!.replaceAll('&amp;', '&'));

  return { pages: pages.length, checked, problems };
}

/** Links to other sites that don't keep the reader's visit to themselves (`rel` lacks noopener or noreferrer). */
export function leakyExternalLinks(dist: string, site: string): string[] {
  const origin = new URL(site).origin;
  const leaks: string[] = [];
  for (const page of htmlFiles(dist))
    for (const link of elements(readFileSync(join(dist, page), 'utf8'), 'a')) {
      if (!link.href || !/^https?:\/\//.test(link.href) || new URL(link.href).origin === origin) continue;
      const rel = (link.rel ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        leaks.push(`${page}: ${link.href} (rel="${link.rel ?? ''}")`);
    }
  return leaks;
}
