/** The region's goals against the supply, and the white spots inside them (issue 19's data, when given). */
import type { Content, TableCell } from '../pdf-types';
import type { Lang } from '../model';
import type { GoalsSection, GoalWhiteSpot } from '../optional-inputs';
import { INK } from '../palette';
import { fill, num, WORDS } from '../words';
import { headCell, intro, note, numCell, table } from './common';

export const MAX_WHITE_SPOTS = 12;

/** White spots with the most demand first; unknown demand after known, otherwise as given. */
export function rankedWhiteSpots(spots: readonly GoalWhiteSpot[]): GoalWhiteSpot[] {
  return spots
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (b.s.demand ?? -Infinity) - (a.s.demand ?? -Infinity) || a.i - b.i)
    .map(({ s }) => s);
}

function status(met: boolean | null, target: number | null, lang: Lang): TableCell {
  const w = WORDS[lang];
  if (target === null || met === null) return { text: w.noTarget, color: INK.muted };
  return { text: met ? w.met : w.notMet, bold: true, color: met ? '#1b7a3e' : '#b3261e' };
}

export function goalsSection(section: GoalsSection, lang: Lang): Content[] {
  const w = WORDS[lang];
  const goals: TableCell[][] = [
    [headCell(w.goal), headCell(w.activitiesHead, 'right'), headCell(w.target, 'right'), headCell(WORDS[lang].initiatives, 'right'), headCell(w.contactsCol, 'right'), headCell(w.status)],
    ...section.goals.map((g) => [
      { stack: [{ text: g.name, bold: true }, ...(g.filter ? [{ text: g.filter, fontSize: 6.6, color: INK.muted }] : [])] } as TableCell,
      numCell(num(g.count, lang), { bold: true }),
      numCell(g.target === null ? '–' : num(g.target, lang)),
      numCell(num(g.initiatives, lang)),
      numCell(g.reach === null ? '–' : num(g.reach, lang)),
      status(g.met, g.target, lang),
    ]),
  ];
  const ranked = rankedWhiteSpots(section.whiteSpots);
  const shown = ranked.slice(0, MAX_WHITE_SPOTS);
  const spots: Content[] =
    ranked.length === 0
      ? [note(w.noSpots)]
      : [
          table(
            ['*', 130, 50],
            [
              [headCell(w.whiteSpot), headCell(w.goal), headCell(w.demand, 'right')],
              ...shown.map((s) => [
                { text: s.values.map((v) => `${v.dimension}: ${v.label}`).join(' · ') },
                { text: s.goal },
                numCell(s.demand === null || s.demand === undefined ? w.demandUnknown : num(s.demand, lang), s.demand === null || s.demand === undefined ? { color: INK.muted } : { bold: true }),
              ]),
            ],
            1,
          ),
          ...(ranked.length > shown.length ? [note(fill(w.moreSpots, { n: num(ranked.length - shown.length, lang) }))] : []),
        ];
  return [intro(w.goalsIntro), { ...table([150, 52, 52, 52, 56, '*'], goals, 1), margin: [0, 0, 0, 8] }, ...spots];
}
