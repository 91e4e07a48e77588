/**
 * `node scripts/make-social-images.ts` (run through `npm run social-images`): draws the site's default link-preview
 * image and the wordmark that the per-state images are built on, into public/social/. They are committed, because
 * drawing text needs fonts that a build machine may not have; the build itself only draws shapes.
 *
 * Run it again after changing the site's name or tagline.
 */
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { site } from '../src/config.ts';
import { t } from '../src/i18n/t.ts';

const GREEN = '#00703c';
const RED = '#b3141c';
const INK = '#161616';
const FONT = "DejaVu Sans, 'Noto Sans', Arial, sans-serif";

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

mkdirSync('public/social', { recursive: true });

const flag = `<rect width="1200" height="630" fill="#ffffff"/><rect y="600" width="1200" height="30" fill="${GREEN}"/><path d="M0 0h90l60 315-60 315H0z" fill="${RED}"/>`;

const defaultImage = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">${flag}
  <text x="200" y="270" font-family="${FONT}" font-weight="700" font-size="84" fill="${INK}">${site.name}</text>
  ${wrap(t('site.tagline').replace(/\.$/, ''), 44)
    .map(
      (line, index) =>
        `<text x="200" y="${350 + index * 50}" font-family="${FONT}" font-size="38" fill="#4d514d">${line}</text>`,
    )
    .join('')}
  <text x="200" y="500" font-family="${FONT}" font-size="32" fill="${GREEN}">${t('nav.campaigns')} · ${t('nav.map')} · ${t('nav.wins')} · ${t('nav.toolkits')}</text>
</svg>`;
await sharp(Buffer.from(defaultImage)).png({ compressionLevel: 9 }).toFile('public/social/default.png');

// The band across the top of every state's image: the name and a thin flag stripe.
const wordmark = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="110">
  <rect width="1200" height="110" fill="#ffffff"/><rect width="14" height="110" fill="${RED}"/>
  <text x="48" y="72" font-family="${FONT}" font-weight="700" font-size="52" fill="${INK}">${site.name}</text>
</svg>`;
await sharp(Buffer.from(wordmark)).png({ compressionLevel: 9 }).toFile('public/social/wordmark.png');
console.log('Wrote public/social/default.png and public/social/wordmark.png');
