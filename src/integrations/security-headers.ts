/**
 * Writes dist/_headers after the build, with the security headers and one Content-Security-Policy that allows
 * the hashes of every page's scripts and styles (collected from the pages' `<meta>` policies).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/security.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'cities-for-palestine:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const policies = readdirSync(site, { withFileTypes: true, recursive: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .flatMap((entry) => META.exec(readFileSync(join(entry.parentPath, entry.name), 'utf8'))?.[1] ?? []);
        writeFileSync(join(site, '_headers'), headersFile(mergePolicies(policies)));
        logger.info(`Wrote _headers with the policy of ${policies.length} pages.`);
      },
    },
  };
}
