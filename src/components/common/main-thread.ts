/**
 * Long work in small pieces. A task that holds the main thread for more than 50 ms delays the next tap or key
 * press; on a mid-range phone, drawing the map's hundreds of markers in one go held it for most of a second.
 */

/**
 * How long one piece of work may run before the browser gets the main thread back. A phone four times slower than a
 * laptop (as Lighthouse reckons it) stretches a 10 ms slice to 40, still under the 50 ms that counts as blocking.
 * 30 ms slices became 120 ms tasks there, and cost the map its Lighthouse 100 at 634 campaigns: blocking 107-160 ms,
 * 7-43 ms with 10 ms slices.
 */
export const SLICE_MS = 10;

/** When the main thread was last given back: pieces of work in a row share one slice, whoever runs them. */
let sliceStart = performance.now();

/** Gives the main thread back to the browser (to paint, or to answer input), and resumes after. */
export async function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  await (scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
  sliceStart = performance.now();
}

/** Runs `work` on every item, yielding to the browser whenever the current slice of time is used up. */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void): Promise<void> {
  for (const item of items) {
    work(item);
    if (performance.now() - sliceStart > SLICE_MS) await yieldToMain();
  }
}
