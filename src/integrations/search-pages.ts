/**
 * The link between the pages Astro renders and the search index built beside them. During `astro build` the
 * search-index integration opens a page queue (`openSearchQueue`), and the site's middleware hands it each page
 * as soon as it is rendered, so Pagefind parses pages on the second core while Astro renders the rest, instead
 * of reading 15,000 files back from disk once Astro is done. Outside a build there is no queue and the middleware
 * does nothing.
 *
 * Pages reach the index in the order Astro starts rendering them, whatever order they finish in, so that the
 * same site builds the same index files.
 */

/** A place in the queue, taken when a page starts rendering and filled when it has rendered. */
export interface SearchTicket {
  /** The page's address and its HTML; nothing for anything but a page. */
  done(page?: { path: string; html: string }): void;
}

export interface SearchQueue {
  take(): SearchTicket;
}

// The middleware is bundled into Astro's prerender code, a separate copy of this module in the same process, so
// the queue is kept under a global symbol rather than in a module variable.
const QUEUE = Symbol.for('cities-for-palestine.search-queue');
type WithQueue = typeof globalThis & { [QUEUE]?: SearchQueue };

/** The open queue, or undefined outside `astro build`. */
export function searchQueue(): SearchQueue | undefined {
  return (globalThis as WithQueue)[QUEUE];
}

/**
 * Opens the queue. `add` receives each page with `data-pagefind-body` in order; the returned function closes the
 * queue once every page has been handed over.
 */
export function openSearchQueue(add: (path: string, html: string) => void): () => void {
  const waiting = new Map<number, { path: string; html: string } | undefined>();
  let taken = 0;
  let next = 0;
  const flush = () => {
    while (waiting.has(next)) {
      const page = waiting.get(next);
      waiting.delete(next++);
      if (page) add(page.path, page.html);
    }
  };
  (globalThis as WithQueue)[QUEUE] = {
    take() {
      const place = taken++;
      let filled = false;
      return {
        done(page) {
          if (filled) return;
          filled = true;
          waiting.set(place, page);
          flush();
        },
      };
    },
  };
  return () => {
    delete (globalThis as WithQueue)[QUEUE];
    if (next !== taken) throw new Error(`${taken - next} pages never finished rendering for the search index.`);
  };
}
