/**
 * The `.regioscan-filter.json` file: a saved filter to hand to a colleague. Scans travel by region and
 * year (ids differ per database). A file is read against one schema for the whole file: anything of
 * the wrong kind anywhere in it (a number as text, an unknown dimension or field, a note over the cap…)
 * is refused with one sentence naming what is wrong, and nothing is stored.
 */
import { z } from 'zod';
import { NOTE_MAX } from '../../src-shared/filter';
import { filterSchema } from '../../src-shared/filter-schema';
import type { SavedFilter } from '../../src-shared/model';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { fileSlug } from '../rpc/deliver';
import { newestScanOf, scanRow } from '../scans';
import { filterFileIssue, parseRegioscanFile } from '../validation';
import { freeName, getSavedFilter, saveFilter } from './saved-filters';

export const FILTER_FILE_FORMAT = 'regioscan-filter';

const filterFileSchema = z
  .object({
    format: z.literal(FILTER_FILE_FORMAT),
    version: z.literal(1).optional(),
    name: z.string().trim().min(1).max(200),
    note: z.string().max(NOTE_MAX).nullable().optional(),
    scans: z
      .array(z.object({ region: z.string().max(200), year: z.number().int().nullable() }).strict())
      .max(1000)
      .optional(),
    filter: filterSchema,
  })
  .strict();

/** The file a colleague can import: the filter, with its scans named by region and year. */
export function filterFile(db: Db, id: number): { fileName: string; text: string } {
  const saved = getSavedFilter(db, id);
  const filter = saved.filter;
  const scans = filter.scans.flatMap((scanId) => {
    const scan = scanRow(db, scanId);
    return scan ? [{ region: scan.region, year: scan.year }] : [];
  });
  const text = JSON.stringify({ format: FILTER_FILE_FORMAT, version: 1, name: saved.name, note: saved.note, scans, filter: { ...filter, scans: [] } }, null, 2);
  const slug = fileSlug(saved.name) || 'filter';
  return { fileName: `${slug}.regioscan-filter.json`, text };
}

function refuse(problem: { nl: string; en: string }): never {
  throw new UserError('filter-file-unreadable', {
    nl: `Dit filterbestand is niet ingelezen: ${problem.nl}. Er is niets opgeslagen.`,
    en: `This filter file was not read: ${problem.en}. Nothing was saved.`,
  });
}

export function importFilterFile(db: Db, text: string): SavedFilter {
  const raw = parseRegioscanFile(text, { code: 'filter', nl: 'filter', en: 'filter', extension: '.regioscan-filter.json' });
  const parsed = filterFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) refuse(filterFileIssue(parsed.error.issues[0]!));
  const file = parsed.data;
  const ids: number[] = [];
  const absent: string[] = [];
  for (const ref of file.scans ?? []) {
    const found = newestScanOf(db, ref.region, ref.year);
    if (found) ids.push(found.id);
    else absent.push(`${ref.region}${ref.year ? ` ${ref.year}` : ''}`);
  }
  const baseNote = file.note ?? null;
  const note = absent.length > 0 ? `${baseNote ? `${baseNote}\n` : ''}Let op: scan ${absent.join(', ')} uit het oorspronkelijke filter staat niet in deze database.` : baseNote;
  if (note && note.length > NOTE_MAX) {
    refuse({
      nl: `de notitie wordt met de melding over ${absent.length} ontbrekende scan(s) langer dan ${NOTE_MAX.toLocaleString('nl-NL')} tekens; maak de notitie in het bestand korter`,
      en: `with the notice about ${absent.length} missing scan(s) the note would exceed ${NOTE_MAX.toLocaleString('en-GB')} characters; shorten the note in the file`,
    });
  }
  return saveFilter(db, { name: freeName(db, file.name), note, filter: { ...file.filter, scans: ids } });
}
