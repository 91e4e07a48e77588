/**
 * Links between entries written in Markdown bodies: which campaigns and wins a toolkit or explainer draws on.
 */

/** The slugs of entries of one kind that a Markdown text links to, in order of first mention. */
export function linkedSlugs(markdown: string, section: 'campaigns' | 'wins' | 'companies' | 'toolkits'): string[] {
  const pattern = new RegExp(`\\]\\((?:[a-z]+://[^)\\s]*?)?/${section}/([a-z0-9-]+)/?(?:#[^)\\s]*)?\\)`, 'g');
  return [...new Set([...markdown.matchAll(pattern)].map((match) => match[1]!))];
}
