import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../../../data/site-content.ts';
import { feed } from '../../../../data/feeds.ts';
import { inEveryLocale, toLocale } from '../../../../i18n/locales.ts';

export const getStaticPaths = (async () => {
  const { states } = await getSiteContent();
  return inEveryLocale(states.map((code) => ({ params: { code: code.toLowerCase() }, props: { code } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => feed({ state: props.code as string }, toLocale(params.lang));
