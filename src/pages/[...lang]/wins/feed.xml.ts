import type { APIRoute } from 'astro';
import { feed } from '../../data/feeds.ts';

export const GET: APIRoute = () => feed('wins');
