/**
 * The near-me finder's gazetteer, in small files: `zip-97.json` holds every ZIP code starting 97, `city-du.json`
 * every city whose name starts "du". The browser fetches only the file a search needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cityChunks, zipChunks } from '../../../lib/gazetteer.ts';

export const getStaticPaths = (() => [
  ...[...zipChunks()].map(([prefix, zips]) => ({ params: { chunk: `zip-${prefix}` }, props: { rows: zips } })),
  ...[...cityChunks()].map(([key, cities]) => ({ params: { chunk: key }, props: { rows: cities } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.rows), { headers: { 'Content-Type': 'application/json' } });
