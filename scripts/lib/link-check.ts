/**
 * Checking the sources the site cites: which addresses the content holds and where, what each answers when asked,
 * the closest copy in the Wayback Machine for one that is gone, and how to add that copy to a file. The command is
 * scripts/check-sources.ts; these pieces are separate so that tests can run them against local servers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../../src/lib/content-files.ts';

/** One address cited in content, and where. */
export interface CitedLink {
  url: string;
  /** The file, relative to the project root, and the line of the address in it. */
  file: string;
  line: number;
  /** The entry's slug and collection, for `--only`. */
  slug: string;
  collection: string;
  /** A source's date and its archived copy, when the link is a source in the front-matter. */
  date?: string | undefined;
  archive?: string | undefined;
  /** Whether it is a source in the front-matter (which can take an `archive:` line) or a link in a body. */
  kind: 'source' | 'link';
}

interface SourceLike {
  url?: unknown;
  date?: unknown;
  archive?: unknown;
}

/** Every source address in the front-matter, and every link to another site in a body, with its line. */
export function citedLinks(entries: readonly ContentFile[]): CitedLink[] {
  const links: CitedLink[] = [];
  for (const entry of entries) {
    const sources = (entry.data as { sources?: unknown }).sources;
    if (Array.isArray(sources))
      sources.forEach((source: SourceLike, index) => {
        if (typeof source?.url !== 'string') return;
        const date = source.date instanceof Date ? source.date.toISOString().slice(0, 10) : source.date;
        links.push({
          url: source.url,
          file: entry.file,
          line: entry.locate(['sources', index, 'url'])?.line ?? 1,
          slug: entry.slug,
          collection: entry.collection,
          date: date === undefined ? undefined : String(date),
          archive: typeof source.archive === 'string' ? source.archive : undefined,
          kind: 'source',
        });
      });
    for (const link of entry.links ?? [])
      if (/^https?:\/\//i.test(link.url))
        links.push({
          url: link.url,
          file: entry.file,
          line: link.line,
          slug: entry.slug,
          collection: entry.collection,
          kind: 'link',
        });
  }
  return links;
}

/** Whether a link belongs to the entries `--only` names: a slug, or a glob over slugs and file paths (`*` any run). */
export function matchesOnly(link: Pick<CitedLink, 'slug' | 'file'>, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return true;
  return patterns.some((pattern) => {
    const regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    return regex.test(link.slug) || regex.test(link.file);
  });
}

/** What asking for an address gave. */
export interface LinkResult {
  outcome: 'ok' | 'moved' | 'dead' | 'error' | 'timeout' | 'unreachable';
  /** The last HTTP status seen, where there was one. */
  status?: number | undefined;
  /** Each address the request was sent on to, in order. */
  redirects: string[];
  /** When the result was found, ISO 8601. */
  checkedAt: string;
}

/** Dead for good: the page is not there (404) or was removed on purpose (410), or no server answers for it. */
export function isDead(result: Pick<LinkResult, 'outcome'>): boolean {
  return result.outcome === 'dead' || result.outcome === 'unreachable';
}

/** Asks for an address with GET, following at most five redirects itself so that each one is on record. */
export async function checkLink(url: string, { timeout }: { timeout: number }): Promise<LinkResult> {
  const redirects: string[] = [];
  const checkedAt = new Date().toISOString();
  let current = url;
  try {
    for (let hop = 0; hop <= 5; hop++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeout),
        headers: { 'user-agent': 'cities-for-palestine source check (+https://github.com/cities-for-palestine)' },
      });
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).toString();
        redirects.push(current);
        continue;
      }
      const status = response.status;
      if (status >= 200 && status < 300)
        return { outcome: redirects.length ? 'moved' : 'ok', status, redirects, checkedAt };
      if (status === 404 || status === 410) return { outcome: 'dead', status, redirects, checkedAt };
      return { outcome: 'error', status, redirects, checkedAt };
    }
    return { outcome: 'error', redirects, checkedAt };
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { outcome: 'timeout', redirects, checkedAt };
    return { outcome: 'unreachable', redirects, checkedAt };
  }
}

/** The words a line of output uses for a result. */
export function describe(result: LinkResult): string {
  switch (result.outcome) {
    case 'ok':
      return 'fine';
    case 'moved':
      return `moved to ${result.redirects.at(-1)}`;
    case 'dead':
      return result.status === 410 ? 'gone (410)' : `not found (${result.status})`;
    case 'error':
      return result.status ? `answers with an error (${result.status})` : 'redirects too many times';
    case 'timeout':
      return 'timed out';
    case 'unreachable':
      return 'no server answers';
  }
}

/**
 * Runs `task` over `items`, at most `concurrency` at a time, and never two requests to one host closer together
 * than `delay` ms, so the check is polite to the sites it cites.
 */
export async function politely<T, R>(
  items: readonly T[],
  hostOf: (item: T) => string,
  task: (item: T) => Promise<R>,
  { concurrency, delay, onDone }: { concurrency: number; delay: number; onDone?: (done: number) => void },
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const nextAt = new Map<string, number>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const host = hostOf(items[index]!);
      const at = Math.max(nextAt.get(host) ?? 0, Date.now());
      nextAt.set(host, at + delay);
      if (at > Date.now()) await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
      results[index] = await task(items[index]!);
      onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** The Wayback Machine's closest snapshot of an address, from its availability API, or undefined. */
export async function closestSnapshot(
  endpoint: string,
  url: string,
  date: string | undefined,
  timeout: number,
): Promise<string | undefined> {
  const query = new URL(endpoint);
  query.searchParams.set('url', url);
  if (date) query.searchParams.set('timestamp', date.replaceAll('-', ''));
  try {
    const response = await fetch(query, { signal: AbortSignal.timeout(timeout) });
    if (!response.ok) return undefined;
    const body = (await response.json()) as {
      archived_snapshots?: { closest?: { available?: boolean; url?: string } };
    };
    const closest = body.archived_snapshots?.closest;
    return closest?.available && closest.url
      ? closest.url.replace(/^http:\/\/web\.archive\.org\//, 'https://web.archive.org/')
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks the Wayback Machine's Save Page Now to keep a copy of an address, and returns the copy's address. The
 * service answers with the snapshot's location; a refusal (rate limit, blocked site) returns undefined.
 */
export async function saveSnapshot(endpoint: string, url: string, timeout: number): Promise<string | undefined> {
  try {
    const response = await fetch(`${endpoint}${url}`, { method: 'POST', signal: AbortSignal.timeout(timeout) });
    await response.body?.cancel();
    const location = response.headers.get('content-location') ?? response.headers.get('location');
    if (!response.ok && !location) return undefined;
    return location
      ? new URL(location, endpoint).toString().replace(/^http:\/\/web\.archive\.org\//, 'https://web.archive.org/')
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds `archive: <copy>` to a source in a content file, right below its `url:` line and indented like the source's
 * other fields. Lines are counted from 1; several additions to one file are made from the bottom up.
 */
export function addArchiveLines(root: string, file: string, additions: readonly { line: number; archive: string }[]) {
  const path = join(root, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const { line, archive } of [...additions].sort((a, b) => b.line - a.line)) {
    const urlLine = lines[line - 1] ?? '';
    const match = /^(\s*)(- )?url:/.exec(urlLine);
    if (!match) continue;
    const indent = match[1]! + (match[2] ? '  ' : '');
    lines.splice(line, 0, `${indent}archive: ${archive}`);
  }
  writeFileSync(path, lines.join('\n'));
}
