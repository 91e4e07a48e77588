/**
 * A small static file server for a built site, on 127.0.0.1 and a free port: what the browser tests and the
 * benchmarks load pages from. Like the static hosts the site is deployed to, it serves `index.html` for
 * directories, the nearest `404.html` up the folder tree (with status 404) for anything missing, as Cloudflare
 * Pages does, so /es/no-such-page/ gets the Spanish one; the headers the site's `_headers` file asks
 * for, and the site under its base path when it has one. Text goes out gzipped to a browser that accepts it, as
 * every host compresses it: Lighthouse scores an uncompressed page as a slow one.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // The editor's configuration, /admin/config.yml: Decap warns about any other type.
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing; images, fonts and Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg\+xml)/;

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Every path requested, in order, for tests that check what a page loads. */
  requests: string[];
}

interface HeaderRule {
  matches: RegExp;
  set: [string, string][];
  remove: string[];
}

/** Reads a `_headers` file the way Netlify and Cloudflare Pages do: a path pattern, then indented headers. */
function readHeaderRules(file: string): HeaderRule[] {
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ matches: new RegExp(`^${pattern}$`), set: [], remove: [] });
      continue;
    }
    const rule = rules.at(-1);
    const removed = /^\s*!\s*(.+)$/.exec(line);
    if (removed) rule?.remove.push(removed[1]!.trim());
    else {
      const colon = line.indexOf(':');
      rule?.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => candidate.matches.test(path))) {
    rule.remove.forEach((name) => delete headers[name]);
    for (const [name, value] of rule.set) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** The 404.html in the missing file's folder or the closest folder above it, up to the site's root. */
function nearestNotFoundPage(root: string, missingFile: string): string {
  for (
    let folder = dirname(missingFile);
    folder.startsWith(root) && folder !== dirname(root);
    folder = dirname(folder)
  ) {
    const page = join(folder, '404.html');
    if (existsSync(page)) return page;
  }
  return join(root, '404.html');
}

/**
 * Serves `root` at `base` (a path such as `/cities-for-palestine/`; anything outside it is missing). `headers` are
 * added to every response; paths starting with one of `missing` answer 404, to try the site without some of its
 * files (the search index, say).
 */
export async function serveStatic(
  root: string,
  {
    headers = {},
    missing = [],
    base = '/',
  }: { headers?: Record<string, string>; missing?: string[]; base?: string } = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const rules = readHeaderRules(join(root, '_headers'));
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const inside = path.startsWith(base) || `${path}/` === base;
    let file = normalize(join(root, inside ? path.slice(base.length - 1) : '/missing-outside-the-base-path'));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile() && !missing.some((prefix) => path.startsWith(prefix));
    const served = found ? file : nearestNotFoundPage(root, file);
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      ...(gzip && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }),
      ...headersFor(rules, path),
      ...headers,
    });
    const contents = createReadStream(served);
    if (gzip) contents.pipe(createGzip()).pipe(response);
    else contents.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
