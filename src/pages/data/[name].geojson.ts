/** The campaigns as GeoJSON, written at build time (see exportFileRoute in src/data/exports.ts). */
import { exportFileRoute } from '../../data/exports.ts';

export const { getStaticPaths, GET } = exportFileRoute('.geojson');
