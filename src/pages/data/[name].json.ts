/** The open-data files in JSON and the JSON Schemas of every file, written at build time (see exportFileRoute in src/data/exports.ts). */
import { exportFileRoute } from '../../data/exports.ts';

export const { getStaticPaths, GET } = exportFileRoute('.json');
