/**
 * The site's security policy in one place: the Content-Security-Policy every page carries (as a `<meta>` element,
 * through Astro's CSP support, which adds the hashes of its own scripts and styles), and the HTTP headers written
 * to `_headers` for hosts that read one (Netlify, Cloudflare Pages; GitHub Pages doesn't).
 *
 * Nothing on the site comes from another host, except map tiles when a tile server is configured. Pagefind runs
 * WebAssembly ('wasm-unsafe-eval') and a worker. Only /embed/ pages may be framed by other sites.
 */
import { DEFAULT_LOCALE, LOCALE_CODES } from '../i18n/locales.ts';

/** The origin of the configured tile server, or undefined when tiles are off. */
export function tileOrigin(tileUrl: string): string | undefined {
  if (!tileUrl || tileUrl === 'none') return undefined;
  const template = tileUrl.replace(/\{s\}/g, 'a');
  const origin = new URL(template.replace(/\{[^}]+\}/g, '0')).origin;
  // Leaflet spreads requests over subdomains a, b and c when the template has {s}.
  return tileUrl.includes('{s}') ? origin.replace('//a.', '//*.') : origin;
}

type DirectiveName =
  'default-src' | 'img-src' | 'connect-src' | 'font-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action';

/** One directive, typed the way Astro's `security.csp.directives` option wants it. */
export type PolicyDirective = `${DirectiveName} ${string}`;

/** The policy's directives besides script-src and style-src, which Astro writes with its hashes. */
export function policyDirectives(tileUrl: string): PolicyDirective[] {
  const tiles = tileOrigin(tileUrl);
  return [
    "default-src 'self'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "connect-src 'self'",
    "font-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/**
 * The policy of the editor at /admin/ only (src/integrations/cms-editor.ts): the site's policy, relaxed where the
 * editor needs it and nowhere else.
 */
export function adminPolicy(): string[] {
  return [
    ...policyDirectives('none').filter(
      (directive) => !directive.startsWith('img-src') && !directive.startsWith('connect-src'),
    ),
    // Decap checks its configuration with Ajv, which compiles each JSON Schema into a function with new Function().
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    // Decap styles its interface with Emotion, which writes <style> elements as it renders; they can't be hashed.
    "style-src 'self' 'unsafe-inline'",
    // Signed-in people's avatars come from GitHub; images picked for upload are previewed as blob: and data: URLs.
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    // The GitHub API holds the content; decap-server, the local backend, listens on port 8081, and the editor only
    // asks for it when the page itself was opened from localhost.
    "connect-src 'self' https://api.github.com http://localhost:8081",
  ];
}

/** The `security.csp` option for astro.config.mjs. */
export function contentSecurityPolicy(tileUrl: string) {
  return {
    algorithm: 'SHA-256' as const,
    directives: policyDirectives(tileUrl),
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  };
}

/** Headers for every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * A `_headers` file (Netlify, Cloudflare Pages) for a site served under `base`. The strict policy, with its hashes,
 * is in every page's `<meta>`; the header adds what a `<meta>` policy can't say: who may frame the page. Nobody
 * may frame a page except the embedded map, /embed/ in every language (/es/embed/, /ar/embed/), which anyone may. Browsers enforce both policies, so the header needs nothing
 * else, and it stays short (Cloudflare reads lines up to 2,000 characters). `!` removes a header a broader rule set.
 */
export function headersFile(base: string): string {
  const lines = (headers: Record<string, string>) =>
    Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  const root = base.endsWith('/') ? base : `${base}/`;
  const embeds = LOCALE_CODES.map((code) => `${root}${code === DEFAULT_LOCALE ? '' : `${code}/`}embed/*`);
  return [
    `${root}*`,
    ...lines({ ...SECURITY_HEADERS, 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' }),
    '',
    ...embeds.flatMap((embed) => [
      embed,
      '  ! Content-Security-Policy',
      '  ! X-Frame-Options',
      ...lines({ 'Content-Security-Policy': 'frame-ancestors *' }),
      '',
    ]),
  ].join('\n');
}
