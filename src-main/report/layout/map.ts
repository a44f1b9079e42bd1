/** The Ecosysteemkaart section: the map as vectors, its legend in text, and where the positions come from. */
import type { Content, TableCell } from '../pdf-types';
import { focusLabel, type FocusKey } from '../../../src-shared/focus';
import type { EdgeType } from '../../../src-shared/model';
import { MAP_BOX } from '../map-layout';
import { mapSvg } from '../map-svg';
import type { FactsheetData } from '../model';
import { EDGE_COLORS, FOCUS_ORDER, focusColor } from '../palette';
import { fill, num, WORDS } from '../words';
import { intro, note, PLAIN_LAYOUT, swatch } from './common';

function lineSample(type: EdgeType): Content {
  const width = type === 'generic' ? 0.6 : 1.6;
  return { canvas: [{ type: 'line', x1: 0, y1: 5, x2: 16, y2: 5, lineWidth: width, lineColor: EDGE_COLORS[type] }], width: 18 };
}

function legend(data: FactsheetData): Content {
  const w = WORDS[data.lang];
  const counts = new Map<string, number>();
  for (const n of data.map.nodes) counts.set(n.focus, (counts.get(n.focus) ?? 0) + 1);
  const keys = [...FOCUS_ORDER.filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !(FOCUS_ORDER as readonly string[]).includes(k)).sort()];
  const entries: Content[] = keys.map((k) => ({
    columns: [swatch(focusColor(k)), { text: [{ text: focusLabel(k as FocusKey, data.lang) }, { text: `  ${num(counts.get(k)!, data.lang)}`, bold: true }], width: '*' }],
    columnGap: 3,
  }));
  const kinds = (['sector', 'generic', 'providers', 'learn'] as const).filter((t) => data.map.edges.some((e) => e.type === t));
  const edgeWords: Record<EdgeType, string> = { sector: w.edgeSector, generic: w.edgeGeneric, providers: w.edgeProviders, learn: w.edgeLearn };
  const lines: Content[] = kinds.map((t) => ({ columns: [lineSample(t), { text: edgeWords[t], width: '*' }], columnGap: 3 }));
  const perColumn = Math.ceil(entries.length / 2);
  const column = (items: Content[]): TableCell => ({ stack: items.length > 0 ? items : [{ text: '' }] }) as TableCell;
  return {
    table: {
      widths: ['*', '*', '*'],
      body: [
        [
          { text: w.legendFocus, style: 'th', colSpan: 2 } as TableCell,
          {},
          { text: w.legendLines, style: 'th' } as TableCell,
        ],
        [column(entries.slice(0, perColumn)), column(entries.slice(perColumn)), column(lines)],
      ],
    },
    layout: PLAIN_LAYOUT,
    style: 'legend',
    margin: [0, 4, 0, 0],
  };
}

/** The map section; `box` is the map's size on the page (a presentation's landscape slide gives its own). */
export function ecosystemMap(data: FactsheetData, box: typeof MAP_BOX = MAP_BOX): Content[] {
  const w = WORDS[data.lang];
  const map = data.map;
  if (map.nodes.length === 0) return [intro(w.noMap)];
  const { svg, labelled } = mapSvg(map, box);
  const text = map.neighbourCap === null
    ? fill(w.mapIntroAll, { edges: num(map.edges.length, data.lang) })
    : fill(w.mapIntro, { cap: map.neighbourCap, edges: num(map.edges.length, data.lang), candidates: num(map.candidateEdges, data.lang) });
  return [
    intro(text),
    { svg, width: box.width },
    legend(data),
    note(`${w.placement[map.placement]} ${fill(w.mapLabels, { shown: num(labelled, data.lang), total: num(map.nodes.length, data.lang) })}`, [0, 2, 0, 0]),
  ];
}
