/**
 * Saved filters: named, with a note, stored in SQLite. The `.regioscan-filter.json` file that a
 * colleague can import is in filter-file.ts. A filter that names values this database does not have
 * says so instead of failing.
 */
import { foldKey } from '../../src-shared/codebook';
import { z } from 'zod';
import { NOTE_MAX, type Filter } from '../../src-shared/filter';
import { filterSchema } from '../../src-shared/filter-schema';
import { valueLabel } from '../../src-shared/filter-words';
import type { SavedFilter } from '../../src-shared/model';
import { hasCode, hasOrganisation, hasUnmapped } from '../activities';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { scanRow } from '../scans';
import { deleteSavedFilterRow, insertSavedFilter, nameTaken, savedFilterRow, savedFilterRows, updateSavedFilter, type SavedFilterRow as Row } from './repository';

/** What the filter names that the database does not have (in Dutch words, for the user). */
export function missingValues(db: Db, filter: Filter): string[] {
  const missing: string[] = [];
  for (const c of filter.conditions) {
    for (const v of c.values) {
      const text = typeof v === 'string' ? v : v.unmapped;
      const found =
        c.dimension === 'organisation' ? hasOrganisation(db, foldKey(text))
        : c.dimension === 'scan' ? scanRow(db, Number(text)) !== undefined
        : c.dimension === 'role' ? true
        : typeof v === 'string' ? hasCode(db, c.dimension, v)
        : hasUnmapped(db, c.dimension, foldKey(text) || text);
      if (!found) missing.push(valueLabel(c.dimension, v, 'nl'));
    }
  }
  for (const id of filter.scans) if (scanRow(db, id) === undefined) missing.push(`scan ${id}`);
  return missing;
}

/**
 * A stored filter as earlier versions could store it: their search text could hold up to 500
 * characters. It is listed as stored; applying it meets the search cap with its sentence.
 */
const storedFilterSchema = filterSchema.extend({ text: z.string().max(500) });

function parseStored(text: string): Filter {
  const parsed = storedFilterSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UserError('filter-unreadable', { nl: 'Dit opgeslagen filter is beschadigd.', en: 'This saved filter is damaged.' });
  return parsed.data;
}

function toSaved(db: Db, r: Row): SavedFilter {
  const filter = parseStored(r.filter);
  return { id: r.id, name: r.name, note: r.note, filter, createdAt: r.created_at, updatedAt: r.updated_at, missing: missingValues(db, filter) };
}

export function getSavedFilter(db: Db, id: number): SavedFilter {
  const r = savedFilterRow(db, id);
  if (!r) throw new UserError('not-found', { nl: `Opgeslagen filter ${id} bestaat niet (meer).`, en: `Saved filter ${id} does not exist (any more).` });
  return toSaved(db, r);
}

export function listSavedFilters(db: Db): SavedFilter[] {
  return savedFilterRows(db).map((r) => toSaved(db, r));
}

export function freeName(db: Db, wanted: string, exceptId?: number): string {
  const taken = (name: string) => nameTaken(db, name, exceptId);
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

/** A note over the cap is refused on every path that stores one (save, rename, duplicate, file import). */
export function assertNoteFits(note: string | null | undefined): void {
  if (note && note.length > NOTE_MAX) {
    throw new UserError('note-too-long', {
      nl: `De notitie is te lang: hoogstens ${NOTE_MAX.toLocaleString('nl-NL')} tekens, deze heeft er ${note.length.toLocaleString('nl-NL')}. Er is niets opgeslagen.`,
      en: `The note is too long: at most ${NOTE_MAX.toLocaleString('en-GB')} characters, this one has ${note.length.toLocaleString('en-GB')}. Nothing was saved.`,
    });
  }
}

export function saveFilter(db: Db, input: { id?: number | undefined; name: string; note?: string | null | undefined; filter: Filter }): SavedFilter {
  const now = new Date().toISOString();
  return db.transaction(() => {
    if (input.id !== undefined) {
      const existing = getSavedFilter(db, input.id);
      assertNoteFits(input.note === undefined ? existing.note : input.note);
      if (nameTaken(db, input.name, input.id)) throw new UserError('name-taken', { nl: `Er is al een filter met de naam "${input.name}".`, en: `There is already a filter named "${input.name}".` });
      updateSavedFilter(db, input.id, input.name, input.note === undefined ? existing.note : input.note, JSON.stringify(input.filter), now);
      return getSavedFilter(db, input.id);
    }
    assertNoteFits(input.note);
    if (nameTaken(db, input.name)) throw new UserError('name-taken', { nl: `Er is al een filter met de naam "${input.name}".`, en: `There is already a filter named "${input.name}".` });
    const id = insertSavedFilter(db, input.name, input.note ?? null, JSON.stringify(input.filter), now);
    return getSavedFilter(db, id);
  })();
}

export function duplicateFilter(db: Db, id: number): SavedFilter {
  const source = getSavedFilter(db, id);
  return saveFilter(db, { name: freeName(db, `${source.name} (kopie)`), note: source.note, filter: source.filter });
}

export function deleteFilter(db: Db, id: number): number {
  getSavedFilter(db, id);
  return deleteSavedFilterRow(db, id);
}
