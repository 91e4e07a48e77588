/**
 * Writes dist/_headers after the build: the security headers, and which pages other sites may frame.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'cities-for-palestine:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
