/**
 * Links written in content files, made right for where the site is served: a link to another site opens with
 * `rel="noopener noreferrer external"` (readers' visits aren't reported to the sites we cite), and a link to a
 * page of this site (`/toolkits/…/`) gets the base path when the site lives under one (a GitHub project page).
 * In a translation (content/translations/es/…), a link to a page goes to that page in the same language, so
 * translators write the same paths as the English original.
 * A Sätteri hast plugin, so Markdown and MDX content share it.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { isLocale, localizePath, type Locale } from '../i18n/locales.ts';

/** The language of a translation file, from its path: content/translations/<language>/… */
function translationLocale(file: URL | undefined): Locale | undefined {
  const language = /\/translations\/([^/]+)\//.exec(file?.pathname ?? '')?.[1];
  return isLocale(language) ? language : undefined;
}

export const EXTERNAL_REL = ['noopener', 'noreferrer', 'external'];

/** A link that leaves the site: any scheme (`https:`, `ftp:`, `mailto:`), or an address that starts with `//`. */
export function isExternalLink(href: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href);
}

export function contentLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/+$/, '');
  return defineHastPlugin({
    name: 'cities-for-palestine:content-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties.href;
        if (typeof href !== 'string') return;
        if (isExternalLink(href)) context.setProperty(node, 'rel', EXTERNAL_REL);
        else if (href.startsWith('/') && !href.startsWith('//')) {
          const locale = translationLocale(context.fileURL);
          const path = locale ? localizePath(href, locale) : href;
          if (prefix || path !== href) context.setProperty(node, 'href', `${prefix}${path}`);
        }
      },
    },
  });
}
