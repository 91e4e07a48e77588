/**
 * The test server compresses as hosts do: text gzipped for a browser that accepts it, files that are compressed
 * already (Pagefind's index) and browsers that don't ask sent as they are.
 */
import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir } from '../../scripts/lib/project.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';

const PAGE = '<!doctype html><title>Page</title><p>Hello</p>'.repeat(20);
let server: StaticServer;

beforeAll(async () => {
  const root = tempDir('c4p-serve-');
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'index.pf_fragment'), 'already compressed');
  server = await serveStatic(root);
});
afterAll(() => server?.close());

function fetchRaw(path: string, acceptEncoding?: string) {
  return new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
    get(`${server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

it('gzips a page for a browser that accepts gzip', async () => {
  const { encoding, body } = await fetchRaw('/', 'gzip, deflate, br');
  expect(encoding).toBe('gzip');
  expect(gunzipSync(body).toString()).toBe(PAGE);
  expect(body.length).toBeLessThan(PAGE.length);
});

it('sends the page as it is to a browser that does not ask for gzip', async () => {
  const { encoding, body } = await fetchRaw('/');
  expect(encoding).toBeUndefined();
  expect(body.toString()).toBe(PAGE);
});

it('leaves files that are not text as they are', async () => {
  const { encoding, body } = await fetchRaw('/index.pf_fragment', 'gzip');
  expect(encoding).toBeUndefined();
  expect(body.toString()).toBe('already compressed');
});
