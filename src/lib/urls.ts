/**
 * Links inside the site and to its repository. Every internal link goes through `href`, so the site works when
 * it is served under a sub-path (see `site.base`).
 */
import { site } from '../config.ts';

/** An internal path with the base prepended: `href('/campaigns/')` → `/campaigns/` or `/sub/campaigns/`. */
export function href(path: string, base: string = site.base): string {
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute URL of a page, for canonical links, feeds and sharing. */
export function absoluteUrl(path: string): string {
  return `${site.url}${href(path)}`;
}

/** Where a content file can be edited on the repository's website. */
export function editUrl(file: string): string {
  return `${site.repository}/edit/${site.branch}/${file}`;
}

/** A new issue on the repository, pre-filled to suggest a correction to a page. */
export function correctionUrl(title: string, pageUrl: string, file: string): string {
  const body = [
    `Page: ${pageUrl}`,
    `File: ${file}`,
    '',
    'What is wrong, and what should it say?',
    '',
    'A source that shows it (a link):',
  ].join('\n');
  const query = new URLSearchParams({ title: `Correction: ${title}`, body, labels: 'correction' });
  return `${site.repository}/issues/new?${query.toString()}`;
}
