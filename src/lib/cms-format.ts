/**
 * How the editor at /admin/ reads and writes a content file. Decap's own front-matter format keeps the Markdown
 * text under the field name `body`, but a win's front-matter has a `body` of its own (who decided), which Decap
 * would overwrite with the text. This format keeps the text under PAGE_TEXT instead, and leaves out what the
 * editor holds for a field nobody filled (`""`, `[]`, `{}`), which the schemas would reject or publish as empty.
 *
 * It runs in the browser, so it imports nothing: the YAML functions are passed in (js-yaml, served beside the
 * editor), and the build strips the types from this file to serve it as /admin/formats.js.
 */

/** The editor's name for a file's Markdown text, which no schema uses for a front-matter field. */
export const PAGE_TEXT = 'page_text';

type Yaml = {
  load: (text: string) => unknown;
  dump: (value: unknown, options: Record<string, unknown>) => string;
};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/;

/** A content file as the editor's fields: its front-matter, and its text under PAGE_TEXT. */
export function readContentFile(file: string, yaml: Yaml): Record<string, unknown> {
  const match = FRONT_MATTER.exec(file);
  if (!match) return { [PAGE_TEXT]: file };
  const data = yaml.load(match[1] ?? '');
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const text = (match[2] ?? '').replace(/^\r?\n/, '');
  return { ...fields, ...(text.trim() ? { [PAGE_TEXT]: text } : {}) };
}

/** A value with nothing in it: an empty string, list or object, all the way down. */
function withoutEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined && item !== null);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The editor's fields as a content file, front-matter in the order of `order` (the collection's fields). */
export function writeContentFile(fields: Record<string, unknown>, order: readonly string[], yaml: Yaml): string {
  const { [PAGE_TEXT]: text, ...rest } = fields;
  const data = (withoutEmpty(rest) ?? {}) as Record<string, unknown>;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const sorted = Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
  const frontMatter = yaml.dump(sorted, { lineWidth: -1, noRefs: true });
  const body = typeof text === 'string' ? text.trim() : '';
  return `---\n${frontMatter}---\n${body ? `\n${body}\n` : ''}`;
}
