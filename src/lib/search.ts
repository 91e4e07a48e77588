/**
 * The search index's vocabulary, shared by the pages that feed it and the search page that reads it: the kinds
 * of page, how dates sort, and how a search is written in the address (`/search/?q=nso&type=campaign`, by
 * src/lib/url-state.ts like every other page's filters).
 */
import { readUrlState, writeUrlState, type UrlState } from './url-state.ts';

/** The kinds of page the index holds, as filter values. */
export const SEARCH_TYPES = ['campaign', 'win', 'company', 'toolkit', 'issue', 'state', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filters the search page offers, in the order it shows them. */
export const SEARCH_FILTERS = ['type', 'state', 'level', 'issue', 'status', 'company'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchQuery {
  q: string;
  filters: UrlState<SearchFilter>;
  /** Best match first, or newest first. */
  sort: 'relevance' | 'newest';
}

/** A partial date as a key that sorts as text: `2018` → `2018-00-00`, before any day of 2018. */
export function sortableDate(date: string): string {
  const [year, month = '00', day = '00'] = date.split('-');
  return `${year}-${month}-${day}`;
}

export function searchFromUrl(search: string): SearchQuery {
  const { q = '', sort, ...filters } = readUrlState(search, ['q', ...SEARCH_FILTERS, 'sort']);
  return { q, filters, sort: sort === 'newest' ? 'newest' : 'relevance' };
}

export function searchToUrl({ q, filters, sort }: SearchQuery): string {
  return writeUrlState({ q, ...filters, sort: sort === 'newest' ? sort : undefined });
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
