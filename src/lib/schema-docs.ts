/**
 * The comments on the content contract's fields, read from the source of src/schemas/: JSDoc is gone once the code
 * runs, and it is the one place every field is explained. Each comment is keyed by the variable that holds the
 * object and the field's name (`campaignShape.title`, `sourceSchema.url`); a field of an object written inline in
 * another's field adds that field's name (`toolkitShape.templates.title`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type ts from 'typescript';

let typescript: typeof ts | undefined;

/**
 * TypeScript's compiler, loaded on first use: importing it takes about half a second, which every `astro build`,
 * `astro dev` and test build would pay at start-up, since the config imports the editor's integration.
 */
export function loadTypeScript(): typeof ts {
  typescript ??= createRequire(import.meta.url)('typescript') as typeof ts;
  return typescript;
}

function commentBefore(node: ts.Node, text: string): string | undefined {
  const ranges = loadTypeScript().getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const doc = ranges.filter((range) => text.startsWith('/**', range.pos)).at(-1);
  if (!doc) return undefined;
  return text
    .slice(doc.pos + 3, doc.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Every documented field in the schema files under `folder`. */
export function schemaDocs(folder: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const tsc = loadTypeScript();
    const source = tsc.createSourceFile(name, text, tsc.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (tsc.isPropertyAssignment(node) && tsc.isIdentifier(node.name)) {
        const comment = commentBefore(node, text);
        const path = [node.name.text];
        for (let parent: ts.Node | undefined = node.parent; parent; parent = parent.parent) {
          if (tsc.isPropertyAssignment(parent) && tsc.isIdentifier(parent.name)) path.unshift(parent.name.text);
          if (tsc.isVariableDeclaration(parent) && tsc.isIdentifier(parent.name)) {
            path.unshift(parent.name.text);
            break;
          }
        }
        if (comment) docs.set(path.join('.'), comment);
      }
      tsc.forEachChild(node, visit);
    };
    visit(source);
  }
  return docs;
}
