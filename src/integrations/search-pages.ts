/**
 * The link between the pages Astro renders and the search index. During `npm run build` the search-index
 * integration sets a page writer (`setSearchPageWriter`), and the site's middleware hands it every page as soon as
 * it is rendered. Outside such a build there is no writer and the middleware passes pages through.
 */

/** Keeps what Pagefind needs of one rendered page: its address as Astro saw it, and its HTML. */
export type SearchPageWriter = (address: string, html: string) => Promise<void>;

// The middleware is bundled into Astro's prerender code, a separate copy of this module in the same process, so
// the writer is kept under a global symbol rather than in a module variable.
const WRITER = Symbol.for('cities-for-palestine.search-page-writer');
type WithWriter = typeof globalThis & { [WRITER]?: SearchPageWriter };

/** The writer, or undefined outside `npm run build`. */
export function searchPageWriter(): SearchPageWriter | undefined {
  return (globalThis as WithWriter)[WRITER];
}

export function setSearchPageWriter(writer: SearchPageWriter | undefined): void {
  if (writer) (globalThis as WithWriter)[WRITER] = writer;
  else delete (globalThis as WithWriter)[WRITER];
}
