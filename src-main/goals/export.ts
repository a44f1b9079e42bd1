/**
 * The goals as .xlsx for a meeting: a sheet Doelen (each goal with its filter in words, target,
 * minimum reach, what the selected scans hold and whether it is met), a sheet Per scan (each goal in
 * each scan on its own), a sheet of the activities that serve each goal, and an About sheet (scans,
 * date, version). Every text is a string cell (never a formula; see safe-cells.ts), headers bold.
 */
import * as XLSX from 'xlsx';
import { describeFilter } from '../../src-shared/filter-words';
import type { GoalComparison } from '../../src-shared/goals-model';
import type { GoalResult } from '../../src-shared/surveys-model';
import { activityIndex, activityNames, B, filterMasks, initiativeRows } from '../activities';
import type { Db } from '../db/open';
import { workbookToXlsx } from '../workbook/canonical-writer';
import { tableSheet, type Cell } from '../workbook/sheets';

type Lang = 'nl' | 'en';

export function metWords(met: boolean | null, lang: Lang): string {
  if (met === null) return lang === 'nl' ? 'geen doel gesteld' : 'no target set';
  return met ? (lang === 'nl' ? 'gehaald' : 'met') : lang === 'nl' ? 'niet gehaald' : 'not met';
}

/** The activities each goal's filter selects in the given scans: [goal, id, activity, initiative]. */
function servingRows(db: Db, goals: readonly GoalResult[], scans: readonly number[]): Cell[][] {
  const index = activityIndex(db);
  const perGoal = goals.map((g) => {
    const { all } = filterMasks(db, index, scans.length > 0 ? { ...g.filter, scans: [...scans] } : g.filter);
    const positions: number[] = [];
    B.forEachAnd(all, all, (p) => void positions.push(p));
    return { goal: g, positions };
  });
  const ids = [...new Set(perGoal.flatMap((g) => g.positions.map((p) => index.ids[p]!)))];
  const names = activityNames(db, ids);
  const initiatives = new Map(initiativeRows(db, [...new Set(perGoal.flatMap((g) => g.positions.map((p) => index.initiative[p]!)))]).map((i) => [i.id, i.name]));
  return perGoal.flatMap(({ goal, positions }) =>
    positions
      .map((p) => [goal.name, index.ids[p]!, names.get(index.ids[p]!) ?? '', initiatives.get(index.initiative[p]!) ?? ''] as Cell[])
      .sort((a, b) => String(a[3]).localeCompare(String(b[3]), 'nl') || String(a[2]).localeCompare(String(b[2]), 'nl')),
  );
}

export function goalsXlsx(db: Db, goals: readonly GoalResult[], comparison: GoalComparison, meta: { version: string; date: Date; lang: Lang; scanLabel: (id: number) => string }): Buffer {
  const nl = meta.lang === 'nl';
  const scans = comparison.scans.map((s) => s.id);
  const wb = XLSX.utils.book_new();
  const words = (g: GoalResult) => describeFilter({ ...g.filter, scans: [] }, { lang: meta.lang, scanLabel: meta.scanLabel });

  const goalsName = nl ? 'Doelen' : 'Goals';
  const goalHeader: Cell[] = nl
    ? ['Doel', 'Filter', 'Streefaantal activiteiten', 'Minimaal bereik', 'Activiteiten', 'Initiatieven', 'Bereik (bekend)', 'Gehaald']
    : ['Goal', 'Filter', 'Target activities', 'Minimum reach', 'Activities', 'Initiatives', 'Reach (known)', 'Met'];
  const goalRows: Cell[][] = goals.map((g) => [g.name, words(g), g.target, g.minReach, g.count, g.initiatives, g.reach, metWords(g.met, meta.lang)]);
  XLSX.utils.book_append_sheet(wb, tableSheet(goalHeader, goalRows, [40, 70, 14, 14, 12, 12, 14, 16]), goalsName);

  const perScanName = nl ? 'Per scan' : 'Per scan';
  const perScanHeader: Cell[] = nl ? ['Doel', 'Scan', 'Activiteiten', 'Initiatieven', 'Bereik (bekend)', 'Gehaald'] : ['Goal', 'Scan', 'Activities', 'Initiatives', 'Reach (known)', 'Met'];
  const perScanRows: Cell[][] = comparison.goals.flatMap((g) => g.perScan.map((s) => [g.name, meta.scanLabel(s.scan), s.count, s.initiatives, s.reach, metWords(s.met, meta.lang)]));
  XLSX.utils.book_append_sheet(wb, tableSheet(perScanHeader, perScanRows, [40, 30, 12, 12, 14, 16]), perScanName);

  const servingName = nl ? 'Activiteiten per doel' : 'Activities per goal';
  const servingHeader: Cell[] = nl ? ['Doel', 'ID', 'Activiteit', 'Initiatief'] : ['Goal', 'ID', 'Activity', 'Initiative'];
  XLSX.utils.book_append_sheet(wb, tableSheet(servingHeader, servingRows(db, goals, scans), [40, 8, 50, 40]), servingName);

  const about: Cell[][] = [
    [nl ? 'Onderdeel' : 'Item', nl ? 'Waarde' : 'Value'],
    ['Scans', comparison.scans.map((s) => s.label).join(', ')],
    [nl ? 'Telling' : 'Counting', nl ? 'Gehaald: aantal activiteiten ≥ streefaantal en bekend bereik ≥ minimaal bereik (voor wat gesteld is). Onbekend bereik telt niet mee.' : 'Met: activities ≥ target and known reach ≥ minimum reach (for those set). Unknown reach is not counted.'],
    [nl ? 'Datum' : 'Date', meta.date.toISOString().slice(0, 16).replace('T', ' ')],
    [nl ? 'Versie Regioscan' : 'Regioscan version', meta.version],
  ];
  const aboutSheet = XLSX.utils.aoa_to_sheet(about);
  aboutSheet['!cols'] = [{ wch: 24 }, { wch: 100 }];
  const aboutName = nl ? 'Over' : 'About';
  XLSX.utils.book_append_sheet(wb, aboutSheet, aboutName);
  return workbookToXlsx(wb, false, [goalsName, perScanName, servingName], [goalsName, perScanName, servingName, aboutName]);
}
