import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../data/directory.ts';
import { feed } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => {
  const { states } = await getDirectory();
  return states.map((code) => ({ params: { code: code.toLowerCase() }, props: { code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => feed({ state: props.code as string });
