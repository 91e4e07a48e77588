/**
 * Long work in small pieces. A task that holds the main thread for more than 50 ms delays the next tap or key
 * press; on a mid-range phone, drawing the map's hundreds of markers in one go held it for most of a second.
 */

/** How long one piece of work may run before the browser gets the main thread back. */
const SLICE_MS = 30;

/** Gives the main thread back to the browser (to paint, or to answer input), and resumes after. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` on every item, yielding to the browser whenever a slice of time is used up. */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
