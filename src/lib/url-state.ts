/**
 * The choices a reader makes on a page, in its address: `/map/?q=portland&issue=divestment&state=OR`,
 * `/search/?q=nso&type=campaign&sort=newest`. The map, the directory's filtered lists and search all read and write
 * their addresses here, so the same choices give the same link everywhere and a link made on one page opens the
 * same filters on another.
 */

/**
 * Every key a page writes, in the one order it writes them: the words, what kind of page, the campaign filters,
 * the wins' filters, then the order of results. Reading doesn't depend on the order, so older links still work.
 */
export const URL_KEYS = ['q', 'type', 'issue', 'status', 'level', 'state', 'company', 'year', 'kind', 'sort'] as const;
export type UrlKey = (typeof URL_KEYS)[number];
export type UrlState<Key extends UrlKey = UrlKey> = Partial<Record<Key, string>>;

/** Reads `keys` from a query string, trimmed, ignoring other keys and empty values. */
export function readUrlState<Key extends UrlKey>(search: string, keys: readonly Key[]): UrlState<Key> {
  const params = new URLSearchParams(search);
  const state: UrlState<Key> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  return state;
}

/** The query string (`?q=…&state=OR`, or nothing) for the values that are set, keys in the order of URL_KEYS. */
export function writeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of URL_KEYS) {
    const value = state[key]?.trim();
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
