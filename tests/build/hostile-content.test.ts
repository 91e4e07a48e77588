/**
 * Every hostile file in tests/fixtures/hostile/ is stopped twice: by `npm run validate` (which runs the content
 * guard through Sätteri directly) and by `astro build` (which runs it as Astro's Markdown processor), and nothing
 * it tried to put on the site reaches dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validate.ts';
import { buildProjectAsync, makeProject, makeSite, PROJECT_ROOT } from '../helpers/temp-site.ts';

const HOSTILE = join(PROJECT_ROOT, 'tests/fixtures/hostile');
const files = readdirSync(HOSTILE).filter((name) => /\.mdx?$/.test(name) && name !== 'README.md');

function everyFile(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('hostile content', () => {
  it('has a corpus of at least twenty files', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('npm run validate rejects %s, naming the file and line', (name) => {
    const root = makeSite({ [`campaigns/${name}`]: readFileSync(join(HOSTILE, name), 'utf8') });
    const problems = validateContent({ root }).problems.filter((problem) => problem.severity === 'error');
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file).toBe(`content/campaigns/${name}`);
      expect(problem.field).toBe('(body)');
      expect(problem.line).toBeGreaterThan(10);
    }
  });

  describe.concurrent('the build', () => {
    it.each(files)(
      'stops on %s, and nothing of it reaches dist/',
      async (name) => {
        const root = makeProject({ [`campaigns/${name}`]: readFileSync(join(HOSTILE, name), 'utf8') });
        const { status, output } = await buildProjectAsync(root);
        expect(status, output).not.toBe(0);
        expect(output).toContain(`content/campaigns/${name}`);
        const leaked = everyFile(join(root, 'dist')).filter((file) => readFileSync(file, 'utf8').includes('PWNED'));
        expect(leaked).toEqual([]);
      },
      120_000,
    );
  });
});
