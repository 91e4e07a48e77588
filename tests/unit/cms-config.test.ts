/**
 * The editor at /admin/ offers exactly the fields of the content contract: every schema field has an editor field
 * with the same required-ness and choices, and the editor has no field the validator would reject as unknown.
 * The expectations come from the Zod schemas themselves (their shapes, and what they accept), not from the JSON
 * Schema the generator walks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { editorConfig } from '../../src/integrations/cms-editor.ts';
import { PAGE_TEXT, readContentFile, writeContentFile } from '../../src/lib/cms-format.ts';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';
import { cmsCollections, cmsConfig, repositoryName, type CmsField } from '../../src/lib/cms-config.ts';
import { site } from '../../src/config.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../src/i18n/locales.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/schemas/collections.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { timelineEventSchema } from '../../src/schemas/timeline.ts';
import { TRANSLATED_FIELDS, translatedSummariesSchema, translationSchema } from '../../src/schemas/translation.ts';

const collections = cmsCollections();
const collection = (name: string) => {
  const found = collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no editor collection ${name}`);
  return found;
};
const frontMatter = (fields: CmsField[]) => fields.filter((field) => field.name !== PAGE_TEXT);
const names = (fields: CmsField[] = []) => frontMatter(fields).map((field) => field.name);
const fieldOf = (fields: CmsField[] = [], name: string) => {
  const found = fields.find((field) => field.name === name);
  if (!found) throw new Error(`no editor field ${name}`);
  return found;
};
const shapeOf = (schema: z.ZodType) => (schema as unknown as { shape: Record<string, z.ZodType> }).shape;

describe('the editor configuration', () => {
  it.each(COLLECTION_NAMES.filter((name) => name !== 'translations'))(
    'has one editor field per schema field of %s, and no other',
    (name) => {
      expect(names(collection(name).fields).sort()).toEqual([...COLLECTIONS[name].fields].sort());
      expect(collection(name).folder).toBe(`${site.contentDir}/${name}`);
    },
  );

  it('has a collection per language and translated collection, in the folders the site reads', () => {
    const translations = collections.filter((candidate) => candidate.name.startsWith('translations-'));
    const expected = ['es', 'ar'].flatMap((language) =>
      Object.keys(TRANSLATED_FIELDS).map((original) => `content/translations/${language}/${original}`),
    );
    expect(translations.map((candidate) => candidate.folder).sort()).toEqual(expected.sort());
    const schemaFields = Object.keys(translationSchema.shape);
    const offered = new Set(translations.flatMap((candidate) => names(candidate.fields)));
    expect([...offered].sort()).toEqual([...schemaFields].sort());
    for (const candidate of translations) {
      const original = candidate.folder.split('/').at(-1) as keyof typeof TRANSLATED_FIELDS;
      expect(names(candidate.fields)).toEqual(expect.arrayContaining([...TRANSLATED_FIELDS[original], 'updated']));
    }
  });

  it('marks a field required exactly when the schema needs it', () => {
    for (const name of COLLECTION_NAMES.filter((candidate) => candidate !== 'translations')) {
      const shape = shapeOf(COLLECTIONS[name].schema);
      for (const field of frontMatter(collection(name).fields)) {
        const optional = shape[field.name]!.safeParse(undefined).success;
        expect(field.required, `${name}.${field.name}`).toBe(!optional);
      }
    }
  });

  it('offers every choice an enum allows, and only those', () => {
    let checked = 0;
    for (const name of COLLECTION_NAMES.filter((candidate) => candidate !== 'translations')) {
      const shape = shapeOf(COLLECTIONS[name].schema);
      for (const field of frontMatter(collection(name).fields).filter((candidate) => candidate.widget === 'select')) {
        const schema = shape[field.name]!;
        const wrap = (value: unknown) => (field.multiple ? [value] : value);
        for (const option of field.options ?? []) expect(schema.safeParse(wrap(option)).success).toBe(true);
        expect(schema.safeParse(wrap('not-a-choice')).success, `${name}.${field.name}`).toBe(false);
        checked += 1;
      }
    }
    // state, level, issues and status of campaigns; kind and outcome of wins; stage, topics, issues, readingLevel.
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('gives lists and objects the fields of their items', () => {
    const campaign = collection('campaigns').fields;
    expect(names(fieldOf(campaign, 'sources').fields).sort()).toEqual(Object.keys(sourceSchema.shape).sort());
    expect(names(fieldOf(campaign, 'timeline').fields).sort()).toEqual(Object.keys(timelineEventSchema.shape).sort());
    const summaries = fieldOf(campaign, 'translations').fields ?? [];
    for (const language of names(summaries)) {
      expect(translatedSummariesSchema.safeParse({ [language]: 'Un resumen.' }).success, language).toBe(true);
    }
    expect(names(summaries).sort()).toEqual(LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE).sort());
    expect(fieldOf(campaign, 'targets')).toMatchObject({ widget: 'list', min: 1 });
    expect(fieldOf(campaign, 'coordinates')).toMatchObject({ widget: 'list', min: 2, max: 2 });
  });

  it('keeps each date at the precision the schema allows', () => {
    const campaign = collection('campaigns').fields;
    expect(fieldOf(campaign, 'updated')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    const started = fieldOf(campaign, 'started');
    const pattern = new RegExp(started.pattern![0]);
    for (const date of ['2018', '2018-04', '2018-04-16']) {
      expect(pattern.test(date)).toBe(true);
      expect(shapeOf(COLLECTIONS.campaigns.schema)['started']!.safeParse(date).success).toBe(true);
    }
    expect(pattern.test('April 2018')).toBe(false);
  });

  it('gives every field, nested ones too, a hint: the form’s help, or else the comment on the schema field', () => {
    const unexplained = (fields: CmsField[] = [], path: string): string[] =>
      frontMatter(fields).flatMap((field) => [
        ...(field.hint ? [] : [`${path}.${field.name}`]),
        ...unexplained(field.fields, `${path}.${field.name}`),
      ]);
    expect(collections.flatMap((candidate) => unexplained(candidate.fields, candidate.name))).toEqual([]);
    expect(fieldOf(collection('campaigns').fields, 'opposing').hint).toMatch(/^True when the campaign asks a body not/);
    expect(fieldOf(fieldOf(collection('toolkits').fields, 'templates').fields, 'file').hint).toBe(
      'The file in public/templates/ that readers download.',
    );
  });

  it('takes its labels and hints from the form’s help text', () => {
    expect(fieldOf(collection('campaigns').fields, 'city')).toMatchObject({ label: 'City or town' });
    expect(fieldOf(collection('wins').fields, 'vote').hint).toMatch(/as reported/);
  });

  it('edits through pull requests, from forks for people without write access, in the configured repository', () => {
    const config = cmsConfig();
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', open_authoring: true, branch: site.branch });
    expect(`https://github.com/${config.backend.repo}`).toBe(site.repository);
    expect(yaml.load(editorConfig())).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it('says how to fix a repository address the editor cannot use', () => {
    expect(() => repositoryName('https://gitlab.com/someone/somewhere')).toThrow(/set REPOSITORY_URL/);
  });
});

describe('the editor’s file format', () => {
  const yamlFunctions = {
    load: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }),
    dump: (value: unknown, options: Record<string, unknown>) =>
      yaml.dump(value, { ...options, schema: yaml.CORE_SCHEMA }),
  };
  const schemaProblems = (collection: 'wins' | 'campaigns', source: string) => {
    const file = `content/${collection}/example.mdx`;
    const { entry, problems } = parseContentFile(source, { collection, slug: 'example', extension: '.mdx', file });
    if (!entry) return problems;
    const result = COLLECTIONS[collection].schema.safeParse(entry.data);
    return result.success ? [] : result.error.issues;
  };

  it('keeps a win’s own `body` field apart from its text, and writes back a file that still validates', () => {
    const original = readFileSync(join(PROJECT_ROOT, 'content/wins/akron-ceasefire-2023.mdx'), 'utf8');
    const fields = readContentFile(original, yamlFunctions);
    expect(fields['body']).toBe('Akron City Council');
    expect(String(fields[PAGE_TEXT])).toMatch(/^Wikipedia's table/);
    const order = names(collection('wins').fields);
    const written = writeContentFile({ ...fields, vote: '7-0' }, order, yamlFunctions);
    expect(schemaProblems('wins', written)).toEqual([]);
    expect(written).toMatch(/\nbody: Akron City Council\n/);
    expect(written).toMatch(/\nvote: 7-0\n/);
    expect(written).toMatch(/\nupdated: 2026-12-04\n/);
    expect(written.split('---\n')[2]).toMatch(/^\nWikipedia's table/);
  });

  it('leaves out the fields nobody filled', () => {
    const written = writeContentFile(
      {
        title: 'Divest Shelbyville',
        summary: 'A made-up campaign asking the council of Shelbyville to divest.',
        city: 'Shelbyville',
        county: '',
        state: 'IL',
        issues: ['divestment'],
        status: 'active',
        targets: ['Shelbyville City Council'],
        translations: { es: '', ar: '' },
        coordinates: [],
        timeline: [{ event: 'introduced', date: '2026-01', sources: [] }],
        sources: [],
        updated: '2026-01-02',
        [PAGE_TEXT]: '',
      },
      names(collection('campaigns').fields),
      yamlFunctions,
    );
    expect(written).not.toMatch(/county|translations|coordinates|sources|''/);
    expect(schemaProblems('campaigns', written)).toEqual([]);
  });
});
