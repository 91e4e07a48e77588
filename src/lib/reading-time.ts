/** Minutes to read a Markdown text at an unhurried 200 words a minute, counting code and templates too. */
export function readingMinutes(markdown: string, wordsPerMinute = 200): number {
  const words = markdown
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
