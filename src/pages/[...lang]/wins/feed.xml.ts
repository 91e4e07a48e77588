import type { APIRoute } from 'astro';
import { feed } from '../../../data/feeds.ts';
import { inEveryLocale, toLocale } from '../../../i18n/locales.ts';

export const getStaticPaths = () => inEveryLocale();

export const GET: APIRoute = ({ params }) => feed('wins', toLocale(params.lang));
