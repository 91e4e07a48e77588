/**
 * A link-preview image per state: the state's outline with every campaign in it, marked by status, under the
 * site's wordmark. Campaign, win and state pages share it. Drawn at build time from shapes only (the wordmark is a
 * committed image), so the build needs no fonts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getSiteContent, type SiteCampaign } from '../../../data/site-content.ts';
import { STATUS_SHAPES } from '../../../lib/status-shapes.ts';
import { stateMap } from '../../../lib/svg-maps.ts';
import type { StateCode } from '../../../schemas/constants.ts';

export const getStaticPaths = (async () => {
  const { states, campaignsByState } = await getSiteContent();
  return states.map((code) => ({
    params: { code: code.toLowerCase() },
    props: { code, campaigns: campaignsByState.get(code) ?? [] },
  }));
}) satisfies GetStaticPaths;

const COLOURS: Record<string, string> = {
  won: '#00703c',
  partial: '#00703c',
  active: '#161616',
  lost: '#b3141c',
  paused: '#5f6368',
};

export const GET: APIRoute = async ({ props }) => {
  const { code, campaigns } = props as { code: StateCode; campaigns: SiteCampaign[] };
  const map = stateMap(code, 460, 8);
  const points = campaigns
    .map((campaign) => {
      const [x, y] = map.project(campaign.coordinates);
      const colour = COLOURS[campaign.data.status];
      return `<g transform="translate(${x - 14} ${y - 14}) scale(1.75)" color="${colour}" stroke="#fff" stroke-width="1.2">${STATUS_SHAPES[campaign.data.status]}</g>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}"><path d="${map.path}" fill="#f4f5f2" stroke="#4d514d" stroke-width="2"/>${points}</svg>`;
  const drawing = await sharp(Buffer.from(svg)).png().toBuffer();
  // Builds run from the project's root; bundling moves this module, so a path relative to it would break.
  const wordmark = readFileSync(join(process.cwd(), 'public/social/wordmark.png'));
  const image = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#ffffff' } })
    .composite([
      { input: wordmark, top: 0, left: 0 },
      { input: drawing, top: 110 + Math.round((500 - map.height) / 2), left: Math.round((1200 - map.width) / 2) },
      { input: { create: { width: 1200, height: 20, channels: 3, background: '#00703c' } }, top: 610, left: 0 },
    ])
    .png({ compressionLevel: 6 })
    .toBuffer();
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
