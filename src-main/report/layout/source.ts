/** The source and method note: where the data comes from, that a sample is a reconstruction, how it counts. */
import type { Content } from '../pdf-types';
import { focusRule } from '../../../src-shared/focus';
import type { FactsheetData, RenderOptions } from '../model';
import { fill, longDate, WORDS } from '../words';

export function sourceNote(data: FactsheetData, options: RenderOptions): Content[] {
  const w = WORDS[data.lang];
  const scans: Content[] = data.scans.map((s) => {
    const imported = new Date(s.importedAt);
    const when = Number.isNaN(imported.getTime()) ? s.importedAt : longDate(imported, data.lang);
    const parts = [
      fill(w.sourceScan, { title: s.source ? `${s.title}; ${s.source.replace(/\.\s*$/, '')}` : s.title }),
      ...(s.performedBy ? [fill(w.sourcePerformed, { who: s.performedBy.replace(/\.\s*$/, '') })] : []),
      s.sourceFile ? fill(w.sourceFile, { file: s.sourceFile, date: when }) : fill(w.sourceImported, { date: when }),
    ];
    return { text: parts.join(' '), style: 'body', margin: [0, 0, 0, 4] };
  });
  const sample: Content[] = data.scans.some((s) => s.isSample) ? [{ text: w.sampleNote, style: 'body', bold: true, margin: [0, 0, 0, 4] }] : [];
  return [
    ...scans,
    ...sample,
    { text: w.method, style: 'body', margin: [0, 0, 0, 4] },
    { text: focusRule(data.lang), style: 'body', margin: [0, 0, 0, 4] },
    { text: fill(w.made, { version: options.version }), style: 'note' },
  ];
}
