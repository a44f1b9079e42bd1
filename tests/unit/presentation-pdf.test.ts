/**
 * The presentation PDF keeps one page per slide when a view is longer than a page (a long change
 * report, many goals): the view is cut to the blocks that fit and the page says so; a view that fits
 * is printed whole. Read back with poppler.
 */
import { expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { addGoal } from '../../src-main/goals/goals';
import { writeScan } from '../../src-main/import/write-scan';
import { createPresentation, presentationPdf } from '../../src-main/presentations';
import { buildDerivedScan, TWO_REGIONAL_SCANS } from '../../scripts/sample/derived-scan';
import { memoryDb } from '../helpers/db';
import { pdfFonts, pdfText } from '../helpers/pdf-read';
import { loadSampleScan } from '../helpers/sample-db';

it('prints every view on one page, cutting a long one to what fits and saying so', async () => {
  const db = await memoryDb();
  const scan = await loadSampleScan(db);
  const earlier = writeScan(db, buildDerivedScan(TWO_REGIONAL_SCANS[0]!), [], { fileName: null, sha256: null }).scanId;
  const sectors = ['A', 'C', 'G', 'Q', 'R', 'J', 'M', 'P'];
  for (const s of sectors) addGoal(db, { name: `Doel sector ${s}`, filter: { ...emptyFilter(), conditions: [{ dimension: 'sector', mode: 'any', values: [s] }] }, target: 10, minReach: 100 });
  const slides = [
    { view: 'changes', title: 'Wat veranderde', options: { compare: earlier } },
    { view: 'goal', title: 'Alle doelen' },
    { view: 'goal', title: 'Eén doel', options: { goal: 'doel sector q' } },
    { view: 'list', title: 'Initiatieven' },
    { view: 'whitespots', title: 'Witte vlekken' },
    { view: 'overview', title: 'Het aanbod' },
    { view: 'impact', title: 'Impact' },
    { view: 'map', title: 'De kaart' },
  ] as const;
  const p = createPresentation(db, 'Lang', slides.map((s) => ({ filter: emptyFilter([scan]), ...s }))).presentation;
  const pdf = await presentationPdf(db, p.id, { lang: 'nl', date: new Date(Date.UTC(2026, 11, 3)) });
  expect(pdf.pages).toBe(slides.length);
  const pages = pdfText(pdf.bytes).split('\f');
  slides.forEach((s, i) => {
    expect(pages[i], s.title).toContain(s.title);
    expect(pages[i], s.title).toContain(`dia ${i + 1} van ${slides.length}`);
  });
  const cut = 'Ingekort tot wat op één dia past';
  // The long change report and the eight goals with their white spots are cut; the rest is whole.
  expect(pages[0]).toContain(cut);
  expect(pages[1]).toContain(cut);
  for (const i of [2, 3, 4, 5, 6, 7]) expect(pages[i], slides[i]!.title).not.toContain(cut);
  // One goal: only that one.
  expect(pages[2]).toContain('Doel sector Q');
  expect(pages[2]).not.toContain('Doel sector A');
  // No survey answers: the impact slide says so.
  expect(pages[6]).toContain('Er zijn nog geen antwoorden op de vragenlijst voor deze activiteiten.');
  expect(pdfFonts(pdf.bytes).filter((f) => !f.embedded)).toEqual([]);
});
