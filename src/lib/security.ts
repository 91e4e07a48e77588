/**
 * The site's security policy in one place: the Content-Security-Policy every page carries (as a `<meta>` element,
 * through Astro's CSP support, which adds the hashes of its own scripts and styles), and the HTTP headers written
 * to `_headers` for hosts that read one (Netlify, Cloudflare Pages).
 *
 * Nothing on the site comes from another host, except map tiles when a tile server is configured. Pagefind runs
 * WebAssembly ('wasm-unsafe-eval') and a worker. Only /embed/ pages may be framed by other sites.
 */

/** The origin of the configured tile server, or undefined when tiles are off. */
export function tileOrigin(tileUrl: string): string | undefined {
  if (!tileUrl || tileUrl === 'none') return undefined;
  const template = tileUrl.replace(/\{s\}/g, 'a');
  const origin = new URL(template.replace(/\{[^}]+\}/g, '0')).origin;
  // Leaflet spreads requests over subdomains a, b and c when the template has {s}.
  return tileUrl.includes('{s}') ? origin.replace('//a.', '//*.') : origin;
}

type DirectiveName =
  | 'default-src'
  | 'img-src'
  | 'connect-src'
  | 'font-src'
  | 'worker-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action';

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

/** The `security.csp` option for astro.config.mjs. */
export function contentSecurityPolicy(tileUrl: string) {
  return {
    algorithm: 'SHA-256' as const,
    directives: policyDirectives(tileUrl),
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  };
}

/** Headers for every response. frame-ancestors only works as a header, so framing is governed here. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * A `_headers` file: the site's headers and policy for every path (framing refused), and for /embed/ the same
 * policy with framing allowed from anywhere. `!` lines remove a header a broader rule set, as Cloudflare reads them.
 */
export function headersFile(policy: string): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '/*',
    ...lines({ ...SECURITY_HEADERS, 'Content-Security-Policy': `${policy}; frame-ancestors 'none'`, 'X-Frame-Options': 'DENY' }),
    '',
    '/embed/*',
    '  ! Content-Security-Policy',
    '  ! X-Frame-Options',
    ...lines({ 'Content-Security-Policy': `${policy}; frame-ancestors *` }),
    '',
  ].join('\n');
}

/** The union of the policies in several pages' `<meta>` elements: one policy that allows every page's hashes. */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies)
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((source) => set.add(source));
      merged.set(name, set);
    }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
