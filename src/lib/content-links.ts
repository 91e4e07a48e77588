/**
 * Links written in content files, made right for where the site is served: a link to another site opens with
 * `rel="noopener noreferrer external"` (readers' visits aren't reported to the sites we cite), and a link to a
 * page of this site (`/toolkits/…/`) gets the base path when the site lives under one (a GitHub project page).
 * A Sätteri hast plugin, so Markdown and MDX content share it.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

export const EXTERNAL_REL = ['noopener', 'noreferrer', 'external'];

export function contentLinks(base: string): HastPluginDefinition {
  const prefix = base.replace(/\/+$/, '');
  return defineHastPlugin({
    name: 'cities-for-palestine:content-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties.href;
        if (typeof href !== 'string') return;
        if (/^https?:\/\//i.test(href)) context.setProperty(node, 'rel', EXTERNAL_REL);
        else if (prefix && href.startsWith('/') && !href.startsWith('//'))
          context.setProperty(node, 'href', `${prefix}${href}`);
      },
    },
  });
}
