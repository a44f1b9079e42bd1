/**
 * Saved filters: named, with a note, stored in SQLite; exported as a small `.regioscan-filter.json`
 * file that a colleague can import. Scans travel by region and year (ids differ per database), and a
 * filter that names values this database does not have says so instead of failing.
 */
import { foldKey } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { filterSchema } from '../../src-shared/filter-schema';
import { valueLabel } from '../../src-shared/filter-words';
import type { SavedFilter } from '../../src-shared/model';
import type { Db } from '../db/open';
import { UserError } from '../errors';

export const FILTER_FILE_FORMAT = 'regioscan-filter';

interface Row {
  id: number;
  name: string;
  note: string | null;
  filter: string;
  created_at: string;
  updated_at: string;
}

/** What the filter names that the database does not have (in Dutch words, for the user). */
export function missingValues(db: Db, filter: Filter): string[] {
  const missing: string[] = [];
  const code = db.prepare('SELECT 1 FROM dimension_value WHERE dimension = ? AND code = ?');
  const unmapped = db.prepare('SELECT 1 FROM dimension_value WHERE dimension = ? AND code IS NULL AND match_key = ?');
  const organisation = db.prepare('SELECT 1 FROM organisation WHERE match_key = ?');
  for (const c of filter.conditions) {
    for (const v of c.values) {
      const text = typeof v === 'string' ? v : v.unmapped;
      const found =
        c.dimension === 'organisation' ? organisation.get(foldKey(text))
        : c.dimension === 'scan' ? db.prepare('SELECT 1 FROM scan WHERE id = ?').get(Number(text))
        : c.dimension === 'role' ? true
        : typeof v === 'string' ? code.get(c.dimension, v)
        : unmapped.get(c.dimension, foldKey(text) || text);
      if (!found) missing.push(valueLabel(c.dimension, v, 'nl'));
    }
  }
  for (const id of filter.scans) if (!db.prepare('SELECT 1 FROM scan WHERE id = ?').get(id)) missing.push(`scan ${id}`);
  return missing;
}

function parseStored(text: string): Filter {
  const parsed = filterSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new UserError('filter-unreadable', { nl: 'Dit opgeslagen filter is beschadigd.', en: 'This saved filter is damaged.' });
  return parsed.data as Filter;
}

function toSaved(db: Db, r: Row): SavedFilter {
  const filter = parseStored(r.filter);
  return { id: r.id, name: r.name, note: r.note, filter, createdAt: r.created_at, updatedAt: r.updated_at, missing: missingValues(db, filter) };
}

function get(db: Db, id: number): SavedFilter {
  const r = db.prepare('SELECT * FROM saved_filter WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new UserError('not-found', { nl: `Opgeslagen filter ${id} bestaat niet (meer).`, en: `Saved filter ${id} does not exist (any more).` });
  return toSaved(db, r);
}

export function listSavedFilters(db: Db): SavedFilter[] {
  return (db.prepare('SELECT * FROM saved_filter ORDER BY name COLLATE NOCASE').all() as Row[]).map((r) => toSaved(db, r));
}

function freeName(db: Db, wanted: string, exceptId?: number): string {
  const taken = (name: string) => db.prepare('SELECT 1 FROM saved_filter WHERE name = ? AND id IS NOT ?').get(name, exceptId ?? null);
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

export function saveFilter(db: Db, input: { id?: number | undefined; name: string; note?: string | null | undefined; filter: Filter }): SavedFilter {
  const now = new Date().toISOString();
  return db.transaction(() => {
    if (input.id !== undefined) {
      const existing = get(db, input.id);
      const clash = db.prepare('SELECT 1 FROM saved_filter WHERE name = ? AND id != ?').get(input.name, input.id);
      if (clash) throw new UserError('name-taken', { nl: `Er is al een filter met de naam "${input.name}".`, en: `There is already a filter named "${input.name}".` });
      db.prepare('UPDATE saved_filter SET name = ?, note = ?, filter = ?, updated_at = ? WHERE id = ?').run(input.name, input.note === undefined ? existing.note : input.note, JSON.stringify(input.filter), now, input.id);
      return get(db, input.id);
    }
    const clash = db.prepare('SELECT 1 FROM saved_filter WHERE name = ?').get(input.name);
    if (clash) throw new UserError('name-taken', { nl: `Er is al een filter met de naam "${input.name}".`, en: `There is already a filter named "${input.name}".` });
    const id = Number(db.prepare('INSERT INTO saved_filter (name, note, filter, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.name, input.note ?? null, JSON.stringify(input.filter), now, now).lastInsertRowid);
    return get(db, id);
  })();
}

export function duplicateFilter(db: Db, id: number): SavedFilter {
  const source = get(db, id);
  return saveFilter(db, { name: freeName(db, `${source.name} (kopie)`), note: source.note, filter: source.filter as Filter });
}

export function deleteFilter(db: Db, id: number): number {
  get(db, id);
  return db.prepare('DELETE FROM saved_filter WHERE id = ?').run(id).changes;
}

/** The file a colleague can import: the filter, with its scans named by region and year. */
export function filterFile(db: Db, id: number): { fileName: string; text: string } {
  const saved = get(db, id);
  const filter = saved.filter as Filter;
  const scans = filter.scans.map((scanId) => db.prepare('SELECT region, year FROM scan WHERE id = ?').get(scanId) as { region: string; year: number | null } | undefined).filter((s) => s !== undefined);
  const text = JSON.stringify({ format: FILTER_FILE_FORMAT, version: 1, name: saved.name, note: saved.note, scans, filter: { ...filter, scans: [] } }, null, 2);
  const slug = saved.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'filter';
  return { fileName: `${slug}.regioscan-filter.json`, text };
}

export function importFilterFile(db: Db, text: string): SavedFilter {
  const refuse = (): never => {
    throw new UserError('filter-file-unreadable', {
      nl: 'Dit is geen leesbaar Regioscan-filterbestand (.regioscan-filter.json).',
      en: 'This is not a readable Regioscan filter file (.regioscan-filter.json).',
    });
  };
  let raw: { format?: unknown; name?: unknown; note?: unknown; scans?: unknown; filter?: unknown };
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch {
    return refuse();
  }
  if (raw === null || typeof raw !== 'object' || raw.format !== FILTER_FILE_FORMAT) return refuse();
  const parsed = filterSchema.safeParse(raw.filter);
  if (!parsed.success || typeof raw.name !== 'string' || raw.name.trim() === '') return refuse();
  const scanRefs = Array.isArray(raw.scans) ? (raw.scans as { region?: unknown; year?: unknown }[]) : [];
  const ids: number[] = [];
  const absent: string[] = [];
  for (const ref of scanRefs) {
    const region = String(ref.region ?? '');
    const year = typeof ref.year === 'number' ? ref.year : null;
    const found = db.prepare('SELECT id FROM scan WHERE lower(region) = lower(?) AND year IS ? ORDER BY id DESC LIMIT 1').get(region, year) as { id: number } | undefined;
    if (found) ids.push(found.id);
    else absent.push(`${region}${year ? ` ${year}` : ''}`);
  }
  const baseNote = typeof raw.note === 'string' ? raw.note : null;
  const note = absent.length > 0 ? `${baseNote ? `${baseNote}\n` : ''}Let op: scan ${absent.join(', ')} uit het oorspronkelijke filter staat niet in deze database.` : baseNote;
  return saveFilter(db, { name: freeName(db, raw.name.trim().slice(0, 200)), note, filter: { ...(parsed.data as Filter), scans: ids } });
}
