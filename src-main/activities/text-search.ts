/**
 * The free-text search: a user's words become an FTS5 query of prefix terms, all required, each
 * quoted so that nothing a user types is FTS5 syntax (`NEAR(`, `*`, `AND`… are searched as words).
 */
import type { Db } from '../db/open';
import * as B from './bitsets';
import { textMatches } from './repository';

/** Free text → an FTS5 query of prefix terms, all required; quotes keep user text from being syntax. */
export function ftsQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => `"${term.replace(/"/g, '""')}"*`)
    .join(' ');
}

/** The activity positions whose text matches `text` (trimmed, non-empty), as a bitset over `n` positions. */
export function textBits(db: Db, text: string, n: number, position: ReadonlyMap<number, number>): B.Bits {
  const hits = B.empty(n);
  for (const id of textMatches(db, ftsQuery(text))) {
    const p = position.get(id);
    if (p !== undefined) B.set(hits, p);
  }
  return hits;
}
