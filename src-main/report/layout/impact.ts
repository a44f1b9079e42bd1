/** Impact per knelpunt from participants' answers (issue 19's data, when given): only knelpunten with answers. */
import type { Content, TableCell } from '../pdf-types';
import type { Lang } from '../model';
import { scoreCounts, type ImpactSection } from '../optional-inputs';
import { INK } from '../palette';
import { decimal, fill, num, WORDS } from '../words';
import { headCell, intro, note, numCell, table } from './common';

/** Means of fewer answers than this are shown grey (too few to lean on). */
export const MIN_RESPONSES = 5;
const SCORE_COLORS = ['#d7301f', '#fc8d59', '#d9d9d9', '#91bfdb', '#4575b4'];

function distribution(counts: number[], width: number): Content {
  const total = counts.reduce((s, n) => s + n, 0);
  let x = 0;
  const rects = counts.flatMap((n, i) => {
    if (n === 0 || total === 0) return [];
    const w = (n / total) * width;
    const rect = { type: 'rect' as const, x, y: 1.5, w, h: 7, color: SCORE_COLORS[i]! };
    x += w;
    return [rect];
  });
  return { canvas: rects, width };
}

export function impactSection(section: ImpactSection, lang: Lang): Content[] {
  const w = WORDS[lang];
  const answered = section.bottlenecks.filter((b) => b.responses > 0);
  const waiting = section.bottlenecks.filter((b) => b.responses === 0 && b.targetedActivities > 0).length;
  const body: TableCell[][] = [
    [headCell(w.bottleneck), headCell(w.targeted, 'right'), headCell(w.responded, 'right'), headCell(w.responses, 'right'), headCell(w.mean, 'right'), headCell(w.distribution)],
    ...answered.map((b) => {
      const few = b.responses < MIN_RESPONSES;
      return [
        { text: `${b.code} ${b.label}` },
        numCell(num(b.targetedActivities, lang)),
        numCell(num(b.respondedActivities, lang)),
        numCell(num(b.responses, lang)),
        numCell(b.mean === null ? '–' : decimal(b.mean, lang), { bold: !few, color: few ? INK.faint : INK.text }),
        distribution(scoreCounts(b.distribution), 110) as TableCell,
      ];
    }),
  ];
  const legend = `1–5: ${SCORE_COLORS.map((_, i) => String(i + 1)).join(' · ')} (${lang === 'nl' ? 'rood = niet, blauw = in grote mate' : 'red = not, blue = to a large extent'})`;
  return [
    intro(`${w.impactIntro}${section.round ? ` ${fill(w.impactRound, { round: section.round })}` : ''}`),
    ...(answered.length > 0 ? [table([150, 46, 50, 56, 40, '*'], body, 1), note(legend)] : []),
    ...(waiting > 0 ? [note(fill(w.impactNone, { n: num(waiting, lang) }))] : []),
  ];
}
