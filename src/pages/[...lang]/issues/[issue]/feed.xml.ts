import type { APIRoute, GetStaticPaths } from 'astro';
import { feed } from '../../../data/feeds.ts';
import { ISSUES } from '../../../schemas/constants.ts';

export const getStaticPaths = (() => ISSUES.map((issue) => ({ params: { issue } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feed({ issue: params.issue! });
