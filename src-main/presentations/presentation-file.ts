/**
 * The `.regioscan-presentation.json` file: a presentation to hand to a colleague, as a saved filter is
 * handed over in its `.regioscan-filter.json` (src-main/filters/filter-file.ts): scans travel by region
 * and year (ids differ per database), and the whole file is read against one schema: anything of the
 * wrong kind anywhere is refused with one sentence, and nothing is stored. A scan the receiving
 * database lacks is said in the slide's note, never silently dropped.
 */
import { z } from 'zod';
import { filterSchema } from '../../src-shared/filter-schema';
import { newSlideSchema, presentationTitleSchema, slideOptionsSchema, SLIDES_MAX, SLIDE_NOTE_MAX, type NewSlide } from '../../src-shared/presentations';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { fileSlug } from '../rpc/deliver';
import { newestScanOf, scanRow } from '../scans';
import { issueSentence, parseRegioscanFile } from '../validation';
import { createPresentation, getPresentation, type Written } from './presentations';

export const PRESENTATION_FILE_FORMAT = 'regioscan-presentation';
export const PRESENTATION_FILE_MAX = 5_000_000;

const scanRef = z.object({ region: z.string().max(200), year: z.number().int().nullable() }).strict();

const fileSlideSchema = newSlideSchema
  .omit({ options: true })
  .extend({
    scans: z.array(scanRef).max(1000),
    options: slideOptionsSchema.omit({ compare: true }).extend({ compare: scanRef.optional() }).strict().optional(),
  })
  .strict();

const presentationFileSchema = z
  .object({
    format: z.literal(PRESENTATION_FILE_FORMAT),
    version: z.literal(1),
    title: presentationTitleSchema,
    slides: z.array(fileSlideSchema).max(SLIDES_MAX),
  })
  .strict();

type ScanRef = z.output<typeof scanRef>;

/** The file for presentation `id`: its slides with their filters' scans named by region and year. */
export function presentationFile(db: Db, id: number): { fileName: string; text: string } {
  const p = getPresentation(db, id);
  const ref = (scanId: number): ScanRef[] => {
    const scan = scanRow(db, scanId);
    return scan ? [{ region: scan.region, year: scan.year }] : [];
  };
  const slides = p.slides.map((s) => {
    const { compare, ...options } = s.options;
    const earlier = compare !== undefined ? ref(compare)[0] : undefined;
    return {
      title: s.title,
      note: s.note,
      view: s.view,
      filterName: s.filterName,
      scans: s.filter.scans.flatMap(ref),
      filter: { ...s.filter, scans: [] },
      options: { ...options, ...(earlier ? { compare: earlier } : {}) },
    };
  });
  const text = JSON.stringify({ format: PRESENTATION_FILE_FORMAT, version: 1, title: p.title, slides }, null, 2);
  return { fileName: `${fileSlug(p.title) || 'presentatie'}.regioscan-presentation.json`, text };
}

function refuse(problem: { nl: string; en: string }): never {
  throw new UserError('presentation-file-unreadable', {
    nl: `Dit presentatiebestand is niet ingelezen: ${problem.nl}. Er is niets opgeslagen.`,
    en: `This presentation file was not read: ${problem.en}. Nothing was saved.`,
  });
}

const scanName = (r: ScanRef) => `${r.region}${r.year ? ` ${r.year}` : ''}`;

/** Reads a presentation file into a new presentation (one change group). */
export function importPresentationFile(db: Db, text: string): Written {
  if (text.length > PRESENTATION_FILE_MAX) refuse({ nl: `het is groter dan ${PRESENTATION_FILE_MAX.toLocaleString('nl-NL')} tekens`, en: `it is larger than ${PRESENTATION_FILE_MAX.toLocaleString('en-GB')} characters` });
  const raw = parseRegioscanFile(text, { code: 'presentation', nl: 'presentatie', en: 'presentation', extension: '.regioscan-presentation.json' });
  const parsed = presentationFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) refuse(issueSentence(parsed.error.issues[0]!));
  const file = parsed.data;
  const slides: NewSlide[] = file.slides.map((s, i) => {
    const absent: string[] = [];
    const ids: number[] = [];
    for (const r of s.scans) {
      const found = newestScanOf(db, r.region, r.year);
      if (found) ids.push(found.id);
      else absent.push(scanName(r));
    }
    const { compare, ...options } = s.options ?? {};
    const earlier = compare ? newestScanOf(db, compare.region, compare.year) : undefined;
    if (compare && !earlier) absent.push(scanName(compare));
    const notice = absent.length > 0 ? `Let op: scan ${absent.join(', ')} uit het oorspronkelijke bestand staat niet in deze database.` : null;
    const note = notice ? `${s.note ? `${s.note}\n` : ''}${notice}` : (s.note ?? '');
    if (note.length > SLIDE_NOTE_MAX) {
      refuse({ nl: `de notitie van dia ${i + 1} wordt met de melding over ontbrekende scans te lang; maak die notitie in het bestand korter`, en: `with the notice about missing scans the note of slide ${i + 1} would be too long; shorten that note in the file` });
    }
    return {
      title: s.title,
      note,
      view: s.view,
      filterName: s.filterName ?? null,
      filter: filterSchema.parse({ ...s.filter, scans: ids }),
      options: { ...options, ...(earlier ? { compare: earlier.id } : {}) },
    };
  });
  return createPresentation(db, file.title, slides);
}
