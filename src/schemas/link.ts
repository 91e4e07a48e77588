import { z } from 'zod';
import { fix, quote } from './error-text.ts';

/** Schemes that can run code or smuggle content into a page. They are refused everywhere on the site. */
export const UNSAFE_SCHEMES = ['javascript:', 'data:', 'vbscript:'] as const;

/** The scheme of a link as a browser would read it: case and leading spaces don't hide `javascript:`. */
export function schemeOf(link: string): string | undefined {
  const match = /^\s*([a-z][a-z0-9+.-]*:)/i.exec(link);
  return match?.[1]?.toLowerCase();
}

export function isUnsafeLink(link: string): boolean {
  // Browsers skip control characters inside a URL's scheme, so "java\tscript:" must count as "javascript:".
  // eslint-disable-next-line no-control-regex
  const scheme = schemeOf(link.replace(/[\u0000-\u001f]/g, ''));
  return scheme !== undefined && (UNSAFE_SCHEMES as readonly string[]).includes(scheme);
}

function parsesAsUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

const unsafe = (value: unknown) =>
  fix(
    `${quote(value)} is a ${schemeOf(String(value))} link, which can run code in a reader's browser`,
    'link to a web page instead, starting with https://',
  );

/**
 * A page read through another site that fetches pages for you puts the page's own address in its path
 * (`https://proxy.example/https/patch.com/story` or `.../http/...`). A reader should get the publisher's address, and
 * the proxy may be gone tomorrow. Archives are different (`web.archive.org/web/2024.../https://...`): cite those
 * as `archive`.
 */
const PROXIED = /^https?:\/\/[^/]+\/(https?)\/([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#].*)?)$/i;

/** The page's own address, for an address read through a proxy; none for any other address. */
export function unproxiedUrl(text: string): string | undefined {
  const match = PROXIED.exec(text);
  return match ? `${match[1]!.toLowerCase()}://${match[2]!}` : undefined;
}

/** Longer addresses than this don't work in every browser, and no news story needs one. */
const MAX_URL = 2000;

function webLink(schemes: readonly string[], advice: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? fix('is missing', advice) : fix(`${quote(issue.input)} is not a link`, advice),
    })
    .trim()
    .max(MAX_URL, {
      error: (issue) =>
        fix(
          `is ${String(issue.input).length} characters long`,
          `use the page's own address, under ${MAX_URL} characters`,
        ),
    })
    .superRefine((text, context) => {
      const own = unproxiedUrl(text);
      if (isUnsafeLink(text)) context.addIssue({ code: 'custom', message: unsafe(text) });
      else if (!parsesAsUrl(text) || !schemes.includes(new URL(text).protocol))
        context.addIssue({
          code: 'custom',
          message: fix(`${quote(text)} is not an ${schemes.join(' or ').replaceAll(':', '')} link`, advice),
        });
      else if (own)
        context.addIssue({
          code: 'custom',
          message: fix(
            `${quote(text)} is the address of a page read through another site`,
            `use the page's own address: ${own}`,
          ),
        });
    });
}

/** A link to a group's own site. Only https, because organizers' visitors deserve an encrypted connection. */
export const httpsUrlSchema = webLink(['https:'], 'use the full address starting with https://');

/** A link to a source. Old news pages are often only on http, so http is allowed here. */
export const sourceUrlSchema = webLink(
  ['http:', 'https:'],
  'use the full address of the article or page, starting with https:// or http://',
);

const EMAIL_PATTERN = /^(?:mailto:)?[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;

/**
 * How to reach a group: an https page (a contact form, a sign-up page) or a role e-mail address such as
 * `info@group.org` (with or without `mailto:`). Never a person's own address.
 */
export const contactSchema = z
  .string({ error: () => fix('is not text', 'write an https:// link or an e-mail address such as info@yourgroup.org') })
  .trim()
  .superRefine((text, context) => {
    if (isUnsafeLink(text)) context.addIssue({ code: 'custom', message: unsafe(text) });
    else if (!EMAIL_PATTERN.test(text) && !(parsesAsUrl(text) && new URL(text).protocol === 'https:'))
      context.addIssue({
        code: 'custom',
        message: fix(
          `${quote(text)} is neither an https:// link nor an e-mail address`,
          "give your group's public contact page (https://...) or a role address such as info@yourgroup.org",
        ),
      });
  });
