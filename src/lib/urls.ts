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

/** The repository's "correct an entry" issue form (.github/ISSUE_TEMPLATE/), with the page filled in. */
export function correctionUrl(title: string, pageUrl: string, file: string): string {
  const query = new URLSearchParams({
    template: 'correct-an-entry.yml',
    title: `Correction: ${title}`,
    page: `${pageUrl} (${file})`,
  });
  return `${site.repository}/issues/new?${query.toString()}`;
}

/** A link for a campaign's `contact`: an https page as it is, an e-mail address (with or without `mailto:`) as mailto. */
export function contactHref(contact: string): string {
  return contact.includes('@') && !contact.startsWith('https:') ? `mailto:${contact.replace(/^mailto:/, '')}` : contact;
}

/**
 * Where readers reach the people running the site: its contact form, else its e-mail address, else a new issue in
 * its repository, so there is always somewhere to write.
 */
export function siteContactHref(contact: { email?: string; form?: string }, repository: string): string {
  if (contact.form) return contact.form;
  if (contact.email) return contactHref(contact.email);
  return `${repository}/issues/new`;
}
