/** The open-data files and their JSON Schemas, written at build time (see src/data/exports.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_FILES, getRecords } from '../../data/exports.ts';

export const getStaticPaths = (() =>
  EXPORT_FILES.map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: (typeof EXPORT_FILES)[number] };
  return new Response(file.body(await getRecords()), { headers: { 'Content-Type': file.type } });
};
