import type { APIRoute, GetStaticPaths } from 'astro';
import { feed } from '../../../../data/feeds.ts';
import { inEveryLocale, toLocale } from '../../../../i18n/locales.ts';
import { ISSUES } from '../../../../schemas/constants.ts';

export const getStaticPaths = (() =>
  inEveryLocale(ISSUES.map((issue) => ({ params: { issue } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => feed({ issue: params.issue! }, toLocale(params.lang));
