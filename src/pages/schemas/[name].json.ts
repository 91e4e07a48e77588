/** JSON Schemas of the content files' front-matter: /schemas/campaign.json, /schemas/win.json and so on. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentJsonSchema, SCHEMA_NAMES, type SchemaName } from '../../lib/json-schemas.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const getStaticPaths = (() =>
  Object.keys(SCHEMA_NAMES).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params.name as SchemaName;
  const schema = contentJsonSchema(name, absoluteUrl(`/schemas/${name}.json`));
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
