/**
 * The search index's vocabulary, shared by the pages that feed it and the search page that reads it: the kinds
 * of page, how dates sort, and how a search is written in the address (`/search/?q=nso&type=campaign`).
 */

/** The kinds of page the index holds, as filter values. */
export const SEARCH_TYPES = ['campaign', 'win', 'company', 'guide', 'issue', 'state', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filters the search page offers, in the order it shows them. */
export const SEARCH_FILTERS = ['type', 'state', 'level', 'issue', 'status', 'company'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchQuery {
  q: string;
  filters: Partial<Record<SearchFilter, string>>;
  /** Best match first, or newest first. */
  sort: 'relevance' | 'newest';
}

/** A partial date as a key that sorts as text: `2018` → `2018-00-00`, before any day of 2018. */
export function sortableDate(date: string): string {
  const [year, month = '00', day = '00'] = date.split('-');
  return `${year}-${month}-${day}`;
}

export function searchFromUrl(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: SearchQuery['filters'] = {};
  for (const key of SEARCH_FILTERS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: params.get('q')?.trim() ?? '', filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' };
}

export function searchToUrl(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of SEARCH_FILTERS) if (query.filters[key]) params.set(key, query.filters[key]);
  if (query.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Lowercase letters and digits only, accents dropped: how a marked word and a query word are compared. */
const bare = (text: string) =>
  text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a result's excerpt really contains the words searched for. When a word is in no page, Pagefind falls back
 * to pages with words that merely start like it ("Boise" finds a lone "b", "Columbus" finds "CO"); those results
 * mark only a short stub. A marked word counts when it begins with most of the query word (stems differ in their
 * last letters: "divesting" marks "divest").
 */
export function isGenuineMatch(excerpt: string, query: string): boolean {
  const marked = [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map(([, word]) => bare(word!));
  const words = query.split(/\s+/).map(bare).filter(Boolean);
  return words.some((word) => {
    const stem = word.slice(0, Math.max(3, word.length - 3));
    return marked.some((mark) => mark.startsWith(stem));
  });
}
