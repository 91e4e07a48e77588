/** The open-data tables in CSV, written at build time (see exportFileRoute in src/data/exports.ts). */
import { exportFileRoute } from '../../data/exports.ts';

export const { getStaticPaths, GET } = exportFileRoute('.csv');
