/** What changed since the earlier scan (issue 17's change report, when given). */
import type { Content, TableCell } from '../pdf-types';
import { DIMENSIONS } from '../../../src-shared/codebook';
import type { Lang } from '../model';
import { countOf, type ChangeRef, type ChangeSection } from '../optional-inputs';
import { INK } from '../palette';
import { decimal, fill, num, WORDS } from '../words';
import { headCell, intro, note, numCell, PLAIN_LAYOUT, table } from './common';

const MAX_NAMES = 12;
const MAX_SHIFTS = 8;

const signed = (n: number, lang: Lang) => (n > 0 ? `+${num(n, lang)}` : n < 0 ? `−${num(-n, lang)}` : '0');

function pairedBars(from: number, to: number, max: number, width: number): Content {
  const w = (n: number) => (max > 0 ? Math.max(n > 0 ? 1 : 0, (n / max) * width) : 0);
  return {
    canvas: [
      ...(from > 0 ? [{ type: 'rect' as const, x: 0, y: 0.5, w: w(from), h: 4, color: INK.barLight }] : []),
      ...(to > 0 ? [{ type: 'rect' as const, x: 0, y: 5, w: w(to), h: 4, color: INK.bar }] : []),
    ],
    width,
  };
}

function names(title: string, refs: readonly ChangeRef[], lang: Lang): Content {
  const w = WORDS[lang];
  const shown = [...refs].sort((a, b) => a.name.localeCompare(b.name, 'nl')).slice(0, MAX_NAMES).map((r) => r.name);
  const more = refs.length - shown.length;
  const text = refs.length === 0 ? w.none : `${shown.join(' · ')}${more > 0 ? ` · ${fill(w.andMore, { n: num(more, lang) })}` : ''}`;
  return { text: [{ text: `${title} (${num(refs.length, lang)}): `, bold: true }, text], style: 'td', margin: [0, 0, 0, 4] };
}

export function changesSection(section: ChangeSection, lang: Lang): Content[] {
  const w = WORDS[lang];
  const r = section.report;
  const i = r.initiatives;
  const part = (n: number, word: string) => `${num(n, lang)} ${word}`;
  const summary: TableCell[][] = [
    [{ text: w.changeInitiatives, bold: true }, { text: [part(i.new.length, w.changeNew), part(i.stopped.length, w.changeStopped), part(i.continued.length, w.changeContinued), part(i.renamed.length, w.changeRenamed), part(i.merged.length, w.changeMerged), part(i.split.length, w.changeSplit)].join(' · ') }],
    [{ text: w.changeActivities, bold: true }, { text: [part(r.activities.new, w.changeNew), part(r.activities.stopped, w.changeStopped), part(r.activities.continued, w.changeContinued)].join(' · ') }],
    [{ text: w.changeOrganisations, bold: true }, { text: [part(countOf(r.organisations.new), w.changeNew), part(countOf(r.organisations.gone), w.changeGone), part(countOf(r.organisations.continued), w.changeContinued)].join(' · ') }],
    [
      { text: w.changeReach, bold: true },
      { text: fill(w.changeReachText, { from: r.reach.from === null ? '–' : num(r.reach.from, lang), to: r.reach.to === null ? '–' : num(r.reach.to, lang), knownFrom: num(r.reach.knownFrom, lang), knownTo: num(r.reach.knownTo, lang) }) },
    ],
    ...(r.jaccard === null ? [] : [[{ text: w.changeTies, bold: true }, { text: decimal(r.jaccard, lang) }] as TableCell[]]),
  ];
  const types = (r.dimensions.type ?? []).filter((v) => v.from > 0 || v.to > 0).sort((a, b) => b.to - a.to || b.from - a.from || a.label.localeCompare(b.label, 'nl'));
  const max = Math.max(1, ...types.flatMap((t) => [t.from, t.to]));
  const typeTable: Content[] =
    types.length === 0
      ? []
      : [
          { text: w.changeTypes, style: 'h2' },
          table(
            [150, 40, 40, 40, '*'],
            [
              [headCell(w.type), headCell(w.then, 'right'), headCell(w.now, 'right'), headCell('±', 'right'), headCell('')],
              ...types.map((t) => [{ text: t.label }, numCell(num(t.from, lang)), numCell(num(t.to, lang), { bold: true }), numCell(signed(t.to - t.from, lang)), pairedBars(t.from, t.to, max, 150) as TableCell]),
            ],
            1,
          ),
          note(lang === 'nl' ? 'Lichte balk: toen; donkere balk: nu.' : 'Light bar: then; dark bar: now.'),
        ];
  const shifts = Object.entries(r.dimensions)
    .filter(([key]) => key !== 'type')
    .flatMap(([key, values]) => values.map((v) => ({ dim: DIMENSIONS.find((d) => d.key === key)?.[lang] ?? key, ...v })))
    .filter((v) => v.to !== v.from)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || a.dim.localeCompare(b.dim) || a.label.localeCompare(b.label, 'nl'))
    .slice(0, MAX_SHIFTS);
  const shiftTable: Content[] =
    shifts.length === 0
      ? []
      : [
          { text: w.changeShifts, style: 'h2' },
          table(
            [110, '*', 40, 40, 40],
            [[headCell(''), headCell(''), headCell(w.then, 'right'), headCell(w.now, 'right'), headCell('±', 'right')], ...shifts.map((s) => [{ text: s.dim, color: INK.muted }, { text: s.label }, numCell(num(s.from, lang)), numCell(num(s.to, lang), { bold: true }), numCell(signed(s.to - s.from, lang))])],
            1,
          ),
        ];
  return [
    intro(w.changesIntro),
    { table: { widths: [150, '*'], body: summary }, layout: PLAIN_LAYOUT, style: 'td', margin: [0, 0, 0, 6] },
    names(w.newInitiatives, i.new, lang),
    names(w.stoppedInitiatives, i.stopped, lang),
    ...typeTable,
    ...shiftTable,
  ];
}
