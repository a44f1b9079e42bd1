/**
 * A filled response workbook's grids → responses and the cells that are wrong. Pure: the grids come
 * from the import domain's one guarded reader, the known activity ids from the caller. A row is a
 * response when it has an ID and at least one answer or a next step; the pre-filled rows a
 * participant left empty are not responses. Every cell that cannot be read is an issue, never skipped.
 */
import { UserError } from '../errors';
import type { FileIssue } from '../../src-shared/model';
import { columnLetter, type CellValue, type Grid } from '../import';
import { headerBottleneck, NOT_APPLICABLE, parseScore, ROUND_KEY, sameHeader, SURVEY_HEADER, SURVEY_SHEET } from './survey-format';

export type Lang = 'nl' | 'en';

export interface ParsedResponse {
  activityId: number;
  /** The row as the spreadsheet numbers it. */
  row: number;
  nextStep: string | null;
  /** Score 1–5, or null for n.v.t. */
  answers: { bottleneck: string; score: number | null }[];
}

export interface ParsedWorkbook {
  /** The round the Toelichting sheet names, if any. */
  round: string | null;
  responses: ParsedResponse[];
  issues: FileIssue[];
}

const text = (cell: CellValue | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

function findGrid(grids: readonly Grid[], name: string): Grid | undefined {
  return grids.find((g) => sameHeader(g.name, name));
}

function roundOf(grids: readonly Grid[]): string | null {
  const sheet = findGrid(grids, SURVEY_SHEET.explanation);
  const row = sheet?.rows.find((r) => sameHeader(text(r[0]), ROUND_KEY));
  const value = text(row?.[1]);
  return value === '' ? null : value;
}

type Column = { kind: 'id' | 'initiative' | 'activity' | 'next' } | { kind: 'bottleneck'; code: string };

export function readResponses(grids: readonly Grid[], fileName: string, activityExists: (id: number) => boolean, lang: Lang): ParsedWorkbook {
  // A questionnaire saved as CSV (or re-saved under another sheet name) has one sheet whose header starts with ID.
  const sheet = findGrid(grids, SURVEY_SHEET.answers) ?? (grids.length === 1 && sameHeader(text(grids[0]!.rows[0]?.[0]), SURVEY_HEADER.id) ? grids[0] : undefined);
  if (!sheet) {
    throw new UserError('survey-refused', {
      nl: `"${fileName}" heeft geen blad ${SURVEY_SHEET.answers} (of één blad dat met de kolom ${SURVEY_HEADER.id} begint); maak de vragenlijst met 'regioscan survey create'.`,
      en: `"${fileName}" has no sheet ${SURVEY_SHEET.answers} (or a single sheet starting with an ${SURVEY_HEADER.id} column); make the questionnaire with 'regioscan survey create'.`,
    });
  }
  const issues: FileIssue[] = [];
  const say = (nl: string, en: string) => (lang === 'nl' ? nl : en);
  const issue = (row: number | null, col: number | null, value: string | null, nl: string, en: string) =>
    issues.push({ severity: 'error', sheet: sheet.name, row, column: col === null ? null : `${columnLetter(col)} (${text(sheet.rows[0]?.[col]) || '—'})`, value, message: say(nl, en) });

  const columns = new Map<number, Column>();
  const seen = new Set<string>();
  (sheet.rows[0] ?? []).forEach((cell, c) => {
    const header = text(cell);
    if (header === '') return;
    const code = headerBottleneck(header);
    const fixed: Column | undefined =
      sameHeader(header, SURVEY_HEADER.id) ? { kind: 'id' }
      : sameHeader(header, SURVEY_HEADER.initiative) ? { kind: 'initiative' }
      : sameHeader(header, SURVEY_HEADER.activity) ? { kind: 'activity' }
      : sameHeader(header, SURVEY_HEADER.nextStep) ? { kind: 'next' }
      : code !== undefined ? { kind: 'bottleneck', code }
      : undefined;
    const key = fixed ? (fixed.kind === 'bottleneck' ? `k${fixed.code}` : fixed.kind) : '';
    if (!fixed || seen.has(key)) {
      issue(1, c, header, `De kolomkop "${header}" is gewijzigd of dubbel; gebruik de koppen van de vragenlijst (bijvoorbeeld "6. Interne kennis").`, `The column header "${header}" was changed or appears twice; use the questionnaire's headers (for example "6. Interne kennis").`);
      return;
    }
    seen.add(key);
    columns.set(c, fixed);
  });
  if (!seen.has('id')) issue(1, null, null, `Het blad ${SURVEY_SHEET.answers} heeft geen kolom ${SURVEY_HEADER.id}.`, `Sheet ${SURVEY_SHEET.answers} has no ${SURVEY_HEADER.id} column.`);

  const responses: ParsedResponse[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const row = r + 1;
    let idCell: CellValue | undefined;
    let nextStep: string | null = null;
    const answers: ParsedResponse['answers'] = [];
    let bad = false;
    // Cells under a changed header are reported by the header issue, so they are not silently lost.
    for (const [c, column] of columns) {
      const cell = cells[c];
      if (column.kind === 'id') idCell = cell;
      else if (column.kind === 'next') nextStep = text(cell) || null;
      else if (column.kind === 'bottleneck') {
        const score = parseScore(cell);
        if (score === 'empty') continue;
        if (score === 'bad') {
          bad = true;
          issue(row, c, text(cell), `Een antwoord is 1 tot en met 5 of ${NOT_APPLICABLE}, niet "${text(cell)}".`, `An answer is 1 to 5 or ${NOT_APPLICABLE}, not "${text(cell)}".`);
        } else answers.push({ bottleneck: column.code, score });
      }
    }
    const idText = text(idCell);
    const filled = answers.length > 0 || nextStep !== null || bad;
    if (!filled) continue;
    const idColumn = [...columns].find(([, k]) => k.kind === 'id')?.[0] ?? null;
    const id = Number(idText);
    if (idText === '') {
      issue(row, idColumn, null, 'Deze rij heeft antwoorden maar geen ID.', 'This row has answers but no ID.');
      continue;
    }
    if (!/^\d+$/.test(idText) || !activityExists(id)) {
      issue(row, idColumn, idText, `Er is geen activiteit met ID ${idText}.`, `There is no activity with ID ${idText}.`);
      continue;
    }
    if (!bad) responses.push({ activityId: id, row, nextStep, answers });
  }
  return { round: roundOf(grids), responses, issues };
}
