/** A database with the Noord-Nederland scan, and response workbooks filled with the raw OOXML writer (not SheetJS). */
import { readFileSync } from 'node:fs';
import type { Db } from '../../src-main/db/open';
import { readWorkbook } from '../../src-main/import';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { memoryDb } from './db';
import { SAMPLE_WORKBOOK } from './sample-db';
import { writeXlsx, type Cell } from './ooxml';

/** The bundled sample workbook (sample-db.ts's SAMPLE_WORKBOOK). */
export const NOORD_NEDERLAND = SAMPLE_WORKBOOK;

export async function dbWithScan(): Promise<{ db: Db; scanId: number }> {
  const db = await memoryDb();
  const prepared = await prepareImport(db, readFileSync(NOORD_NEDERLAND), 'regioscan-noord-nederland-2022.xlsx');
  const scanId = commitImport(db, prepared, () => 'keep-both')[0]!.scanId;
  return { db, scanId };
}

/** The template's Antwoorden sheet as read back: its header and its pre-filled rows. */
export async function templateRows(bytes: Buffer): Promise<{ header: string[]; rows: (string | number | boolean | null)[][] }> {
  const grids = (await readWorkbook(bytes, 'template.xlsx')).grids;
  const sheet = grids.find((g) => g.name === 'Antwoorden')!;
  return { header: (sheet.rows[0] ?? []).map((c) => String(c)), rows: sheet.rows.slice(1) };
}

/** A participant's row: an activity id, scores by knelpunt code, and an optional next step. */
export interface FilledRow {
  id: number | string;
  scores: Record<string, number | string>;
  next?: string;
}

/** The filled workbook as a participant's spreadsheet would write it: the template's header, the given rows. */
export function fillSurvey(header: readonly string[], rows: readonly FilledRow[], options: { round?: string; headerEdit?: (h: string) => string } = {}): Buffer {
  const codeAt = header.map((h) => /^(\d+)\./.exec(h)?.[1]);
  const sheetRows: Cell[][] = [header.map((h) => (options.headerEdit ? options.headerEdit(h) : h))];
  for (const r of rows) {
    sheetRows.push(header.map((h, c) => (h === 'ID' ? r.id : h === 'Volgende stap' ? (r.next ?? null) : codeAt[c] !== undefined ? (r.scores[codeAt[c]!] ?? null) : null)));
  }
  const sheets = [{ name: 'Antwoorden', rows: sheetRows }];
  if (options.round) sheets.push({ name: 'Toelichting', rows: [['Ronde', options.round]] });
  return writeXlsx(sheets, { sharedStrings: true });
}
