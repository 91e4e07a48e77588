/**
 * The layers of src/, from the bottom: interface text (i18n/: locales, dictionaries, the translator), the content
 * contract (schemas/), plain rules (lib/), and the views above them (data/, components/, layouts/, pages/,
 * integrations/). A file may import its own layer or a lower one, never a higher one, and no chain of imports may
 * come back to where it started. These tests read every import in src/ to hold that.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

const SOURCE = /\.(?:ts|mts|js|mjs|astro)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Every module a file names: `import … from`, `import type … from`, `export … from`, `import '…'` and
 * `import('…')` with a literal path. Only relative paths lead to other files of src/.
 */
const IMPORT =
  /(?:^|[^\w$.])(?:import|export)\s+(?:type\s+)?(?:[\w$*{][^'";]*?\s+from\s+)?['"]([^'"]+)['"]|(?:^|[^\w$.])import\s*\(\s*(?:\/\*[^]*?\*\/\s*)?['"]([^'"]+)['"]\s*\)/gm;

export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => (match[1] ?? match[2])!);
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier.replace(/[?#].*$/, ''));
  const candidates = [path, `${path}.ts`, `${path}.js`, join(path, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const files = sourceFiles(src);
const graph = new Map(
  files.map((file) => [
    file,
    [
      ...new Set(importsOf(readFileSync(file, 'utf8')).flatMap((specifier) => resolveImport(file, specifier) ?? [])),
    ].filter((target) => target.startsWith(`${src}/`)),
  ]),
);

const name = (file: string) => relative(root, file);
const under = (file: string, ...folders: string[]) => folders.some((folder) => file.startsWith(`${src}/${folder}/`));

/** Views: they read content and render it, so nothing below may depend on them (data/localized.ts among them). */
const VIEWS = ['data', 'components', 'layouts', 'pages', 'integrations'];

function imports(rule: (file: string, target: string) => boolean): string[] {
  return [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => rule(file, target)).map((target) => `${name(file)} → ${name(target)}`),
  );
}

/** Groups of files that import each other, directly or through others (Tarjan's strongly connected components). */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || edges.get(node)?.includes(node)) found.push(group.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('reading imports', () => {
  it('finds static, type-only, re-exported, side-effect and dynamic imports, across lines', () => {
    const text = [
      "import { a, type B } from './a.ts';",
      "import type {\n  C,\n  D,\n} from '../c.ts';",
      "export { e } from './e.ts';",
      "export * from './f.ts';",
      "import './g.css';",
      "const h = await import('./h.ts');",
      'const i = await import(/* @vite-ignore */ `${base}i.js`);',
      "import j from 'zod';",
      "const k = 'import nothing from here';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../c.ts', './e.ts', './f.ts', './g.css', './h.ts', 'zod']);
  });

  it('finds a cycle through several files, and none in a chain', () => {
    const ring = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(cycles(ring)).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([...ring, ['c', ['d']]]))).toEqual([]);
  });

  it('finds the file of every relative import, so no import goes unchecked', () => {
    const unresolved = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.') && !resolveImport(file, specifier))
        .map((specifier) => `${name(file)} → ${specifier}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('sees the files of every layer', () => {
    for (const folder of ['i18n', 'schemas', 'lib', ...VIEWS])
      expect(
        files.some((file) => under(file, folder)),
        folder,
      ).toBe(true);
    expect([...graph.values()].flat().length).toBeGreaterThan(500);
  });
});

describe('the layers of src/', () => {
  it('keep interface text, schemas and lib below the views', () => {
    const upward = imports((file, target) => under(file, 'i18n', 'schemas', 'lib') && under(target, ...VIEWS));
    expect(upward, 'move the code the lower file needs down, or the lower file up into the views').toEqual([]);
  });

  it('keep interface text at the bottom: i18n imports neither lib nor schemas', () => {
    const upward = imports((file, target) => under(file, 'i18n') && under(target, 'lib', 'schemas'));
    expect(upward, 'i18n/ holds only locales, dictionaries and the translator; move the rest up').toEqual([]);
  });

  it('have no import cycles', () => {
    const found = cycles(graph).map((group) => group.map(name).join(' ↔ '));
    expect(found, 'move what the files share into a module both import').toEqual([]);
  });
});
