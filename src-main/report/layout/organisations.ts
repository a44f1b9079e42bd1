/** The organisations in the most initiatives, per role (providers × role with every organisation). */
import type { Content, TableCell } from '../pdf-types';
import type { FactsheetData } from '../model';
import { INK } from '../palette';
import { fill, num, WORDS } from '../words';
import { headCell, intro, numCell, table } from './common';

export const TOP_PER_ROLE = 8;

/** Per role: its organisations by the number of initiatives in which they hold it, most first (ties by name). */
export function topPerRole(data: FactsheetData): { role: string; rows: { organisation: string; initiatives: number }[] }[] {
  const p = data.overview.providers;
  return p.roles.map((role, i) => ({
    role: role.label,
    rows: p.rows
      .filter((r) => (r.roles[i] ?? 0) > 0)
      .map((r) => ({ organisation: r.organisation, initiatives: r.roles[i]! }))
      .sort((a, b) => b.initiatives - a.initiatives || a.organisation.localeCompare(b.organisation, 'nl'))
      .slice(0, TOP_PER_ROLE),
  }));
}

function roleTable(data: FactsheetData, role: string, rows: { organisation: string; initiatives: number }[]): Content {
  const w = WORDS[data.lang];
  const body: TableCell[][] = [
    [headCell(role), headCell(w.inInitiatives, 'right')],
    ...(rows.length > 0 ? rows.map((r) => [{ text: r.organisation }, numCell(num(r.initiatives, data.lang), { bold: true })]) : [[{ text: w.noneInRole, color: INK.muted, colSpan: 2 } as TableCell, {}]]),
  ];
  return { ...table(['*', 52], body, 1), margin: [0, 0, 0, 8] };
}

export function organisationsPerRole(data: FactsheetData): Content[] {
  const w = WORDS[data.lang];
  const roles = topPerRole(data);
  if (data.overview.total === 0 || roles.length === 0) return [intro(w.noActivities)];
  const pairs: Content[] = [];
  for (let i = 0; i < roles.length; i += 2) {
    const left = roles[i]!;
    const right = roles[i + 1];
    pairs.push({ columns: [roleTable(data, left.role, left.rows), right ? roleTable(data, right.role, right.rows) : { text: '' }], columnGap: 14, unbreakable: true });
  }
  return [intro(fill(w.orgIntro, { n: TOP_PER_ROLE })), ...pairs];
}
