/**
 * JSON Schemas of the content contract, generated from the Zod schemas with `z.toJSONSchema`, for editors and
 * other tools that check front-matter. Zod can't express "a date at year, month or day precision" in JSON
 * Schema (it is a preprocessing step), so date fields get their pattern here, and every field gets the help text
 * the scaffolder and the form show.
 */
import { z } from 'zod';
import { t } from '../i18n/t.ts';
import { dictionaries, type UiKey } from '../i18n/ui.ts';
import { COLLECTIONS } from '../schemas/collections.ts';
import { PARTIAL_DATE_PATTERN } from '../schemas/constants.ts';

export const SCHEMA_NAMES = { campaign: 'campaigns', win: 'wins', toolkit: 'toolkits', company: 'companies' } as const;
export type SchemaName = keyof typeof SCHEMA_NAMES;

const DATE_FIELDS = new Set(['started', 'date', 'updated']);

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; [key: string]: unknown };

function helpFor(name: SchemaName, field: string): string | undefined {
  const key = [`field.${name}.${field}.help`, `field.${name}.${field}`].find(
    (candidate) => candidate in dictionaries.en,
  );
  return key ? t(key as UiKey) : undefined;
}

export function contentJsonSchema(name: SchemaName, url: string): JsonSchema {
  const collection = COLLECTIONS[SCHEMA_NAMES[name]];
  const schema = z.toJSONSchema(collection.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  // YAML reads a bare year such as `started: 2018` as a number; the schema accepts both, as the site does. A date
  // that sources disagree on is a list of reported values, whose `value` is itself a date.
  const dateForms = () => [
    { type: 'string', pattern: PARTIAL_DATE_PATTERN.source },
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ];
  const walk = (node: JsonSchema | undefined, isDate = false) => {
    if (!node) return;
    if (isDate) {
      const lists = ((node.anyOf as JsonSchema[] | undefined) ?? []).filter((branch) => branch.type === 'array');
      for (const key of Object.keys(node)) delete node[key];
      node.anyOf = [...dateForms(), ...lists];
      for (const list of lists) {
        const value = list.items?.properties?.['value'];
        if (value) walk(value, true);
      }
      return;
    }
    for (const [field, property] of Object.entries(node.properties ?? {})) walk(property, DATE_FIELDS.has(field));
    walk(node.items);
    for (const branch of (node.anyOf as JsonSchema[] | undefined) ?? []) walk(branch);
  };
  walk(schema);
  for (const [field, property] of Object.entries(schema.properties ?? {})) {
    const help = helpFor(name, field);
    if (help) property.description = help;
  }
  return { ...schema, $id: url, title: `Cities for Palestine: ${collection.singular} front-matter` };
}
