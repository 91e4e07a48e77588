/**
 * Reproducible builds: building the same commit again, in another folder, gives the same files byte for byte, so
 * a reviewer can rebuild a deployed site and compare, and a diff of two builds shows only what changed. Nothing
 * built depends on the clock or on where the project sits on disk: dates shown come from the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { filesUnder as files } from '../helpers/files.ts';
import { buildProjectAsync, copyProject, PROJECT_ROOT } from '../helpers/temp-site.ts';

let again: string;
beforeAll(async () => {
  const root = copyProject();
  const { status, output } = await buildProjectAsync(root);
  if (status !== 0) throw new Error(`The second build failed:\n${output.slice(-3000)}`);
  again = join(root, 'dist');
});

it('builds the same site twice, byte for byte', () => {
  const first = join(PROJECT_ROOT, 'dist');
  const names = files(first);
  expect(files(again)).toEqual(names);
  expect(names.length).toBeGreaterThan(500);
  const differ = names.filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(again, name))));
  expect(differ).toEqual([]);
});
