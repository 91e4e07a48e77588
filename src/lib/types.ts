/**
 * Shapes that several lib/ modules share, kept apart from any of them so that none has to import another just for
 * a type (which is how import circles start).
 */

/** An entry of a content collection as lib/ reads it: Astro's collection entries fit, and so do tests' fixtures. */
export interface Entry<Data> {
  id: string;
  data: Data;
  filePath?: string | undefined;
}
