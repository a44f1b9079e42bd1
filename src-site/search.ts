/**
 * The free-text search, as the app's (FTS5, unicode61 with diacritics removed, every word a prefix):
 * text is folded — accents off, lower case — and cut into words; a search matches when every word
 * of it begins a word of the activity (its name and description, its initiative's, and the extra
 * columns that were published).
 */

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words of some texts, each preceded by a space: a word prefix is then a substring " prefix". */
export function searchableText(texts: readonly (string | null | undefined)[]): string {
  return ' ' + texts.flatMap((t) => (t ? words(t) : [])).join(' ');
}

export function matchesSearch(searchable: string, query: readonly string[]): boolean {
  return query.every((q) => searchable.includes(' ' + q));
}
