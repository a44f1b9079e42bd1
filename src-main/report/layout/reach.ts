/**
 * Reach and effort per type: the report's reach × effort grid with what the filter puts in each cell,
 * and per type its class, its activities, how many have a known reach and the contacts they count.
 */
import type { Content, TableCell } from '../pdf-types';
import type { FactsheetData } from '../model';
import { INK } from '../palette';
import { fill, num, WORDS } from '../words';
import { CONTENT_WIDTH, headCell, intro, note, numCell, table } from './common';
import { typesByCount } from './tables';

/** High reach on top, low effort on the left: the grid as the report draws it. */
const REACH_ROWS = ['hoog', 'middel', 'laag'];
const EFFORT_COLUMNS = ['laag', 'middel', 'hoog'];

function grid(data: FactsheetData): Content {
  const w = WORDS[data.lang];
  const q = data.overview.quadrant;
  const level = (code: string) => q.levels.find((l) => l.code === code)?.label ?? code;
  const axis = 70;
  const each = (CONTENT_WIDTH - axis - 4 * 8) / 3;
  const cell = (reach: string, effort: string): TableCell => {
    const c = q.cells.find((x) => x.reachClass === reach && x.effort === effort);
    const entries = q.entries.filter((e) => e.reachClass === reach && e.effort === effort && e.type.count > 0);
    if (!c || c.types.length === 0) return { text: '', fillColor: '#ffffff' } as TableCell;
    const summary = c.known > 0 ? fill(w.cellSummary, { n: num(c.count, data.lang), contacts: num(c.sum ?? 0, data.lang), known: num(c.known, data.lang) }) : fill(w.cellSummaryNone, { n: num(c.count, data.lang) });
    return {
      stack: [
        ...entries.map((e) => ({ text: [{ text: e.type.label }, { text: `  ${num(e.type.count, data.lang)}`, bold: true }], fontSize: 7.6 })),
        { text: summary, fontSize: 6.6, color: INK.muted, margin: [0, 2, 0, 0] },
      ],
      fillColor: c.count > 0 ? INK.headFill : INK.zebra,
      margin: [2, 3, 2, 3],
    } as TableCell;
  };
  const body: TableCell[][] = [
    [{ text: '' }, { text: w.effortAxis, colSpan: 3, style: 'th', alignment: 'center' } as TableCell, {}, {}],
    [headCell(w.reachAxis), ...EFFORT_COLUMNS.map((e) => headCell(level(e), 'center'))],
    ...REACH_ROWS.map((r) => [{ text: level(r), bold: true, color: INK.heading, margin: [0, 6, 0, 0] } as TableCell, ...EFFORT_COLUMNS.map((e) => cell(r, e))]),
  ];
  return {
    table: { widths: [axis, each, each, each], body, headerRows: 2, dontBreakRows: true },
    layout: {
      hLineWidth: (i) => (i >= 2 ? 2 : 0),
      vLineWidth: (i) => (i >= 1 ? 2 : 0),
      hLineColor: () => '#ffffff',
      vLineColor: () => '#ffffff',
      fillColor: (row) => (row < 2 ? null : undefined) as string | null,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
    style: 'td',
    margin: [0, 2, 0, 8],
  };
}

function perType(data: FactsheetData): Content[] {
  const w = WORDS[data.lang];
  const o = data.overview;
  const level = (code: string) => o.quadrant.levels.find((l) => l.code === code)?.label ?? code;
  const body: TableCell[][] = [
    [headCell(w.type), headCell(w.reachClass), headCell(w.effort), headCell(w.activitiesHead, 'right'), headCell(w.known, 'right'), headCell(w.contactsCol, 'right')],
    ...typesByCount(data).map((t) => {
      const entry = o.quadrant.entries.find((e) => e.type.code === t.code && e.type.label === t.label);
      const reach = o.reach.rows.find((r) => r.type.code === t.code && r.type.label === t.label);
      return [
        { text: t.label },
        { text: entry ? level(entry.reachClass) : '–' },
        { text: entry ? level(entry.effort) : '–' },
        numCell(num(t.count, data.lang), { bold: true }),
        numCell(fill(w.knownOf, { known: num(reach?.known ?? 0, data.lang), total: num(t.count, data.lang) })),
        numCell(reach?.sum === null || reach?.sum === undefined ? '–' : num(reach.sum, data.lang)),
      ];
    }),
    [
      { text: w.total, bold: true },
      { text: '' },
      { text: '' },
      numCell(num(o.total, data.lang), { bold: true }),
      numCell(fill(w.knownOf, { known: num(o.reach.known, data.lang), total: num(o.total, data.lang) }), { bold: true }),
      numCell(o.reach.known === 0 ? '–' : num(o.reach.rows.reduce((s, r) => s + (r.sum ?? 0), 0), data.lang), { bold: true }),
    ],
  ];
  // Reach given in other units than enterprises (a knowledge platform's visitors) is named apart.
  const others = o.reach.rows.flatMap((r) => r.byUnit.filter((u) => u.unit !== null && u.unit !== 'ondernemingen').map((u) => `${num(u.sum, data.lang)} ${u.label} (${r.type.label})`));
  return [table([150, 50, 58, 62, 70, '*'], body, 1, 1), ...(others.length > 0 ? [note(`${w.contactsCol}: ${fill(w.unitNote, { list: others.join(', ') })}.`)] : [])];
}

export function reachAndEffort(data: FactsheetData): Content[] {
  const w = WORDS[data.lang];
  if (data.overview.total === 0) return [intro(w.noActivities)];
  return [intro(w.reachIntro), grid(data), ...perType(data)];
}
