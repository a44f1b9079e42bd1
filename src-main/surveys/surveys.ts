/**
 * Survey create and import: the response workbook for a scan (or one initiative), and filled
 * workbooks read back through the import domain's guarded reader. A file is known by the SHA-256 of
 * its bytes, so importing the same content again changes nothing; rows are never merged by ID.
 * A batch with any bad cell writes nothing: the report lists every bad cell, the database is as it was.
 */
import { createHash } from 'node:crypto';
import { activityIndex, activityNames, B, codesByPosition, initiativeRows } from '../activities';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { readWorkbook } from '../import';
import { scanLabel, scanRow } from '../scans';
import { readResponses, type Lang } from './read-responses';
import type { SurveyFileReport, SurveyImportReport } from '../../src-shared/surveys-model';
import { deleteSurveyFile, insertSurveyFile, surveyFileByHash, type NewResponse } from './repository';
import type { ResourceContext } from '../resources';
import { renderSurveyPages } from './survey-pdf';
import { writeSurveyWorkbook, type SurveyActivity } from './template';

export const ROUND_MAX = 100;
/** Files one import reads (the contract's limit too). */
export const FILES_MAX = 50;

export function checkRound(round: string | undefined): string | null {
  if (round === undefined) return null;
  const text = round.trim();
  if (text === '' || text.length > ROUND_MAX) {
    throw new UserError('invalid-round', { nl: `Een ronde is een naam van 1 tot ${ROUND_MAX} tekens, zoals vooraf, achteraf of 2025-06.`, en: `A round is a name of 1 to ${ROUND_MAX} characters, such as vooraf, achteraf or 2025-06.` });
  }
  return text;
}

/** The activities of a scan, or of one of its initiatives, with the knelpunten each targets. */
export function surveyActivities(db: Db, scanId: number, initiativeId?: number): { title: string; activities: SurveyActivity[] } {
  const scan = scanRow(db, scanId);
  if (!scan) throw new UserError('not-found', { nl: `Er is geen scan met id ${scanId} (zie 'regioscan scans').`, en: `There is no scan with id ${scanId} (see 'regioscan scans').` });
  const index = activityIndex(db);
  const bits = index.scanBits.get(scanId);
  const bottlenecks = codesByPosition(index, 'bottleneck');
  const positions: number[] = [];
  for (let p = 0; p < index.n; p++) if (bits && B.has(bits, p) && (initiativeId === undefined || index.initiative[p] === initiativeId)) positions.push(p);
  if (initiativeId !== undefined && positions.length === 0) {
    throw new UserError('not-found', { nl: `Scan ${scanId} heeft geen initiatief met id ${initiativeId} (of het heeft geen activiteiten).`, en: `Scan ${scanId} has no initiative with id ${initiativeId} (or it has no activities).` });
  }
  const ids = positions.map((p) => index.ids[p]!);
  const names = activityNames(db, ids);
  const initiatives = new Map(initiativeRows(db, [...new Set(positions.map((p) => index.initiative[p]!))]).map((i) => [i.id, i.name]));
  const activities = positions.map((p) => ({ id: index.ids[p]!, initiative: initiatives.get(index.initiative[p]!) ?? '', name: names.get(index.ids[p]!) ?? '', bottlenecks: bottlenecks[p]! }));
  activities.sort((a, b) => a.initiative.localeCompare(b.initiative, 'nl') || a.name.localeCompare(b.name, 'nl') || a.id - b.id);
  const title = initiativeId === undefined ? scan.title || scanLabel(scan.region, scan.year) : `${scanLabel(scan.region, scan.year)} — ${initiatives.get(initiativeId) ?? ''}`;
  return { title, activities };
}

export function createSurvey(db: Db, options: { scan: number; initiative?: number; round: string | null }): { bytes: Buffer; activities: number } {
  const { title, activities } = surveyActivities(db, options.scan, options.initiative);
  return { bytes: writeSurveyWorkbook(activities, { scanTitle: title, round: options.round }), activities: activities.length };
}

/** The questionnaire as printable A4 pages, one per activity (survey-pdf.ts). */
export async function createSurveyPages(db: Db, options: { scan: number; initiative?: number; round: string | null; lang: Lang; date: Date; resources?: ResourceContext | undefined }): Promise<{ bytes: Buffer; pages: number; activities: number }> {
  const { title, activities } = surveyActivities(db, options.scan, options.initiative);
  if (activities.length === 0) throw new UserError('not-found', { nl: `Scan ${options.scan} heeft geen activiteiten om een vragenlijst voor te printen.`, en: `Scan ${options.scan} has no activities to print a questionnaire for.` });
  const { bytes, pages } = await renderSurveyPages(activities, { lang: options.lang, round: options.round, title, date: options.date, resources: options.resources });
  return { bytes, pages, activities: activities.length };
}

interface Prepared {
  report: SurveyFileReport;
  sha256: string;
  responses: NewResponse[];
  /** The earlier import of this content, whose responses a deleted scan partly took along. */
  replaces?: number;
}

/** Reads every file, then writes all new ones in one transaction — or, if any has a bad cell, none. */
export async function importSurveys(db: Db, files: readonly { fileName: string; bytes: Buffer }[], options: { round: string | null; lang: Lang; dryRun?: boolean; beforeWrite?: () => Promise<unknown> }): Promise<SurveyImportReport> {
  const index = activityIndex(db);
  const prepared: Prepared[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const sha256 = createHash('sha256').update(f.bytes).digest('hex');
    const found = surveyFileByHash(db, sha256);
    // A file whose responses went with a deleted or replaced scan is read again (and replaces what is left of it).
    const stale = found !== undefined && found.remaining < found.responses ? found.id : undefined;
    const before = stale === undefined ? found : undefined;
    if (before || seen.has(sha256)) {
      prepared.push({ sha256, responses: [], report: { file: f.fileName, status: 'unchanged', round: before ? before.round : options.round, responses: 0, answers: 0, issues: [] } });
      continue;
    }
    seen.add(sha256);
    const grids = (await readWorkbook(f.bytes, f.fileName)).grids;
    const parsed = readResponses(grids, f.fileName, (id) => index.position.has(id), options.lang);
    const round = options.round ?? parsed.round;
    if (round !== null && round.length > ROUND_MAX) {
      parsed.issues.push({ severity: 'error', sheet: 'Toelichting', row: null, column: null, value: round.slice(0, 60), message: options.lang === 'nl' ? `De ronde op het blad Toelichting is langer dan ${ROUND_MAX} tekens.` : `The round on the Toelichting sheet is longer than ${ROUND_MAX} characters.` });
    }
    prepared.push({
      sha256,
      ...(stale !== undefined ? { replaces: stale } : {}),
      responses: parsed.responses,
      report: { file: f.fileName, status: parsed.issues.length > 0 ? 'refused' : 'checked', round, responses: parsed.responses.length, answers: parsed.responses.reduce((n, r) => n + r.answers.length, 0), issues: parsed.issues },
    });
  }
  const ok = prepared.every((p) => p.report.status !== 'refused');
  if (ok && !options.dryRun && prepared.some((p) => p.report.status === 'checked')) {
    await options.beforeWrite?.();
    const at = new Date().toISOString();
    db.transaction(() => {
      for (const p of prepared) {
        if (p.report.status !== 'checked') continue;
        if (p.replaces !== undefined) deleteSurveyFile(db, p.replaces);
        insertSurveyFile(db, { sha256: p.sha256, fileName: p.report.file, round: p.report.round, at }, p.responses);
        p.report.status = 'imported';
      }
    }).immediate();
  }
  return { written: ok && !options.dryRun && prepared.some((p) => p.report.status === 'imported'), files: prepared.map((p) => p.report) };
}
