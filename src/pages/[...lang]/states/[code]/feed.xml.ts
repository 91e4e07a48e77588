import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../../data/directory.ts';
import { feed } from '../../../../data/feeds.ts';
import { inEveryLocale, toLocale } from '../../../../i18n/locales.ts';

export const getStaticPaths = (async () => {
  const { states } = await getDirectory();
  return inEveryLocale(states.map((code) => ({ params: { code: code.toLowerCase() }, props: { code } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => feed({ state: props.code as string }, toLocale(params.lang));
