/** Activities per type, type × geography and type × knelpunt, as the pilot report prints them. */
import type { Content, TableCell } from '../pdf-types';
import { BOTTLENECK_GROUPS, BOTTLENECKS } from '../../../src-shared/codebook';
import type { OverviewCross, OverviewValue } from '../../../src-shared/model';
import type { FactsheetData } from '../model';
import { heat, INK } from '../palette';
import { FONT_FAMILY } from '../pdf';
import { textWidth } from '../map-svg';
import { num, WORDS } from '../words';
import { bar, CONTENT_WIDTH, fitWidths, headCell, intro, note, numCell, table } from './common';
import { escapeMarkup } from '../../../src-shared/escape-markup';

/** Types with activities, most first (ties in codebook order), as the report lists them. */
export function typesByCount(data: FactsheetData): OverviewValue[] {
  const type = data.overview.dimensions.find((d) => d.key === 'type');
  return (type?.values ?? [])
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.count > 0)
    .sort((a, b) => b.v.count - a.v.count || a.i - b.i)
    .map(({ v }) => v);
}

export function activitiesPerType(data: FactsheetData): Content[] {
  const w = WORDS[data.lang];
  const types = typesByCount(data);
  if (types.length === 0) return [intro(w.noActivities)];
  const max = Math.max(...types.map((t) => t.count));
  const { fixed, each } = fitWidths(CONTENT_WIDTH, [150, 34], 1);
  const body: TableCell[][] = [
    [headCell(w.type), headCell(w.count, 'right'), headCell('')],
    ...types.map((t) => [{ text: t.label }, numCell(num(t.count, data.lang), { bold: true }), bar(t.count, max, each - 4) as TableCell]),
    [{ text: w.total, bold: true }, numCell(num(data.overview.total, data.lang), { bold: true }), { text: '' }],
  ];
  const absent = (data.overview.dimensions.find((d) => d.key === 'type')?.values ?? []).filter((v) => v.count === 0 && v.code !== null);
  return [
    intro(w.typesIntro),
    table([...fixed, each], body, 1, 1),
    ...(absent.length > 0 ? [note(`${data.lang === 'nl' ? 'Geen activiteiten van het type' : 'No activities of type'}: ${absent.map((v) => v.label).join(', ')}.`)] : []),
  ];
}

/** Rows of a cross table in the order of `types` (most activities first). */
function ordered(cross: OverviewCross, types: OverviewValue[]): { row: OverviewValue; cells: number[] }[] {
  const rank = new Map(types.map((t, i) => [`${t.code}\u0000${t.label}`, i]));
  return cross.rows
    .map((row, i) => ({ row, cells: cross.cells[i]!, i }))
    .sort((a, b) => (rank.get(`${a.row.code}\u0000${a.row.label}`) ?? 1e9) - (rank.get(`${b.row.code}\u0000${b.row.label}`) ?? 1e9) || a.i - b.i)
    .map(({ row, cells }) => ({ row, cells }));
}

/** A type × dimension table's rows in the order of the types by count, and its largest cell (the top of the heat scale, at least 1). */
function heatRows(data: FactsheetData, cross: OverviewCross): { rows: { row: OverviewValue; cells: number[] }[]; max: number } {
  const rows = ordered(cross, typesByCount(data));
  return { rows, max: Math.max(1, ...rows.flatMap((r) => r.cells)) };
}

function heatCell(value: number, max: number): TableCell {
  const h = heat(value, max);
  return { text: String(value), alignment: 'center', color: h.color, ...(h.fill ? { fillColor: h.fill } : {}) } as TableCell;
}

/** A column head turned a quarter, as an SVG whose text pdfmake writes in the embedded font. */
function turnedHead(text: string, width: number, height: number): TableCell {
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><text transform="translate(${width / 2 + 2.5},${height - 1}) rotate(-90)" font-family="${FONT_FAMILY}" font-size="${TURNED_HEAD.fontSize}" fill="${INK.text}">${escapeMarkup(text)}</text></svg>`,
    width,
  } as TableCell;
}

/** Widths of the fixed columns, in points. */
const COLUMN_WIDTH = { type: 134, total: 30, activities: 54 } as const;
/** Most geography columns side by side; more go to a continued table. */
const MAX_GEO_COLUMNS = 14;
/** The turned column heads: their longest length (longer text is cut) and font size, in points. */
const TURNED_HEAD = { maxLength: 120, fontSize: 6.8 } as const;

function clipHead(text: string): string {
  if (textWidth(text, TURNED_HEAD.fontSize) <= TURNED_HEAD.maxLength) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, TURNED_HEAD.fontSize) > TURNED_HEAD.maxLength) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function typeGeography(data: FactsheetData): Content[] {
  const w = WORDS[data.lang];
  const x = data.overview.typeGeography;
  if (x.rows.length === 0) return [intro(w.noActivities)];
  const { rows, max } = heatRows(data, x);
  const parts: Content[] = [intro(w.geoIntro)];
  for (let start = 0; start < x.columns.length; start += MAX_GEO_COLUMNS) {
    const columns = x.columns.slice(start, start + MAX_GEO_COLUMNS);
    const last = start + MAX_GEO_COLUMNS >= x.columns.length;
    const { fixed, each } = fitWidths(CONTENT_WIDTH, [COLUMN_WIDTH.type, COLUMN_WIDTH.total], columns.length);
    const heads = columns.map((c) => clipHead(c.label));
    const headHeight = Math.min(TURNED_HEAD.maxLength, Math.max(...heads.map((h) => textWidth(h, TURNED_HEAD.fontSize)), textWidth(w.total, TURNED_HEAD.fontSize))) + 4;
    const body: TableCell[][] = [
      [{ ...headCell(w.type), margin: [0, headHeight - 10, 0, 0] } as TableCell, ...heads.map((h) => turnedHead(h, each, headHeight)), last ? turnedHead(w.total, COLUMN_WIDTH.total, headHeight) : { text: '' }],
      ...rows.map(({ row, cells }) => [{ text: row.label }, ...cells.slice(start, start + columns.length).map((v) => heatCell(v, max)), last ? numCell(row.count, { bold: true }) : { text: '' }]),
      [{ text: w.total, bold: true }, ...columns.map((c) => ({ text: String(c.count), alignment: 'center', bold: true }) as TableCell), last ? numCell(data.overview.total, { bold: true }) : { text: '' }],
    ];
    parts.push({ ...table([fixed[0]!, ...columns.map(() => each), fixed[1]!], body, 1, 1), margin: [0, start === 0 ? 0 : 8, 0, 0], unbreakable: true });
  }
  return parts;
}

export function typeBottleneck(data: FactsheetData): Content[] {
  const w = WORDS[data.lang];
  const x = data.overview.typeBottleneck;
  if (x.rows.length === 0) return [intro(w.noActivities)];
  const { rows, max } = heatRows(data, x);
  const { fixed, each } = fitWidths(CONTENT_WIDTH, [COLUMN_WIDTH.type, COLUMN_WIDTH.activities], x.columns.length);
  // The group row: weten, willen, kunnen over their knelpunten (0 and 11 belong to none).
  const groupOf = (code: string | null) => BOTTLENECKS.find((b) => b.code === code)?.group;
  const groupRow: TableCell[] = [{ text: '' }];
  for (let i = 0; i < x.columns.length; ) {
    const g = groupOf(x.columns[i]!.code);
    let span = 1;
    while (g && i + span < x.columns.length && groupOf(x.columns[i + span]!.code) === g) span++;
    groupRow.push(g ? ({ text: w.groups[g] ?? g, colSpan: span, alignment: 'center', style: 'th', color: INK.accent } as TableCell) : { text: '' });
    for (let k = 1; k < span; k++) groupRow.push({});
    i += span;
  }
  groupRow.push({ text: '' });
  const body: TableCell[][] = [
    groupRow,
    [headCell(w.type), ...x.columns.map((c) => headCell(c.code ?? c.label, 'center')), headCell(w.activitiesHead, 'right')],
    ...rows.map(({ row, cells }) => [{ text: row.label }, ...cells.map((v) => heatCell(v, max)), numCell(row.count, { bold: true })]),
    [{ text: w.total, bold: true }, ...x.columns.map((c) => ({ text: String(c.count), alignment: 'center', bold: true }) as TableCell), numCell(data.overview.total, { bold: true })],
  ];
  const groups = BOTTLENECK_GROUPS.map((g) => `${w.groups[g.key] ?? g.key}: ${BOTTLENECKS.filter((b) => b.group === g.key).map((b) => b.code).join(', ')}`).join(' · ');
  const key = x.columns.map((c) => `${c.code ?? ''} ${BOTTLENECKS.find((b) => b.code === c.code)?.[data.lang] ?? c.label}`.trim()).join(' · ');
  return [intro(w.knelIntro), table([fixed[0]!, ...x.columns.map(() => each), fixed[1]!], body, 2, 1), note(`${w.knelKey}: ${key}. (${groups})`)];
}
