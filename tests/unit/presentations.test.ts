/**
 * Presentations (docs/presentations.md): every write is one change group that `undo` takes back
 * exactly and `redo` puts back; a slide keeps its copy of the filter when the saved filter goes; the
 * file carries scans by region and year, says in the note what the receiving database lacks, and a
 * bad file or bad input is one sentence with nothing stored.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { deleteFilter, saveFilter } from '../../src-main/filters/saved-filters';
import { history, redo, undo } from '../../src-main/history';
import { addSlide, createPresentation, deletePresentation, editSlide, getPresentation, importPresentationFile, listPresentations, moveSlide, presentationFile, removeSlide, renamePresentationTitle } from '../../src-main/presentations';
import { UserError } from '../../src-main/errors';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb } from '../helpers/db';
import { loadSampleScan } from '../helpers/sample-db';

let db: Db;
let scan: number;
const withType = (type: string): Filter => ({ ...emptyFilter([scan]), conditions: [{ dimension: 'type', mode: 'any', values: [type] }] });
const state = () => {
  const c = dbChecksum(db);
  return [c.tables.presentation, c.tables.presentation_slide];
};
const titles = (id: number) => getPresentation(db, id).slides.map((s) => `${s.position}:${s.title}`);

beforeEach(async () => {
  db = await memoryDb();
  scan = await loadSampleScan(db);
});

describe('presentations', () => {
  it('keeps slides in order through add, move and remove, each one change group that undo takes back exactly', () => {
    const { presentation: p } = createPresentation(db, 'Digitaliseringstafel');
    const before: unknown[] = [];
    const slides = [
      { view: 'overview', title: 'Het aanbod' },
      { view: 'map', title: 'De kaart', options: { colourBy: 'type', camera: { x: 0.4, y: 0.6, ratio: 0.5, angle: 0 } } },
      { view: 'list', title: 'Werken met studenten' },
    ] as const;
    for (const s of slides) {
      before.push(state());
      addSlide(db, p.id, { filter: withType('werken-met-studenten'), view: s.view, title: s.title, ...('options' in s ? { options: s.options } : {}) });
    }
    expect(titles(p.id)).toEqual(['1:Het aanbod', '2:De kaart', '3:Werken met studenten']);
    const map = getPresentation(db, p.id).slides[1]!;
    expect(map.options).toEqual({ colourBy: 'type', camera: { x: 0.4, y: 0.6, ratio: 0.5, angle: 0 } });

    const beforeMove = state();
    moveSlide(db, getPresentation(db, p.id).slides[2]!.id, 1);
    expect(titles(p.id)).toEqual(['1:Werken met studenten', '2:Het aanbod', '3:De kaart']);
    const beforeEdit = state();
    editSlide(db, map.id, { title: 'Het netwerk', note: 'Wijs op de hubs.' });
    const beforeRemove = state();
    removeSlide(db, getPresentation(db, p.id).slides[1]!.id);
    expect(titles(p.id)).toEqual(['1:Werken met studenten', '2:Het netwerk']);
    const end = state();

    // Each write is its own group, origin presentation, and undo walks back through them exactly.
    const origins = history(db).map((e) => e.origin).filter((o) => o !== 'import');
    expect(new Set(origins)).toEqual(new Set(['presentation']));
    expect(undo(db)?.undone.origin).toBe('presentation');
    expect(state()).toEqual(beforeRemove);
    expect(undo(db)).not.toBeNull();
    expect(state()).toEqual(beforeEdit);
    expect(undo(db)).not.toBeNull();
    expect(state()).toEqual(beforeMove);
    expect(titles(p.id)).toEqual(['1:Het aanbod', '2:De kaart', '3:Werken met studenten']);
    for (let i = slides.length - 1; i >= 0; i--) {
      undo(db);
      expect(state()).toEqual(before[i]);
    }
    for (let i = 0; i < slides.length + 3; i++) expect(redo(db)).not.toBeNull();
    expect(state()).toEqual(end);
  });

  it('undoes a deleted presentation with all its slides, and a rename', () => {
    const { presentation: p } = createPresentation(db, 'Kamerbrief', [
      { filter: emptyFilter([scan]), view: 'overview', title: 'Eén' },
      { filter: emptyFilter([scan]), view: 'whitespots', title: 'Twee', note: 'Noot' },
    ]);
    renamePresentationTitle(db, p.id, 'Bijlage Kamerbrief');
    expect(listPresentations(db)).toMatchObject([{ id: p.id, title: 'Bijlage Kamerbrief', slides: 2 }]);
    const kept = state();
    deletePresentation(db, p.id);
    expect(listPresentations(db)).toEqual([]);
    undo(db);
    expect(state()).toEqual(kept);
    undo(db);
    expect(getPresentation(db, p.id).title).toBe('Kamerbrief');
  });

  it('keeps a slide made from a saved filter when that filter is deleted: the slide holds a copy', () => {
    const saved = saveFilter(db, { name: 'Studenten', filter: withType('werken-met-studenten') });
    const { presentation: p } = createPresentation(db, 'Tafel');
    addSlide(db, p.id, { filter: saved.filter, filterName: saved.name, view: 'list', title: 'Studenten' });
    deleteFilter(db, saved.id);
    const slide = getPresentation(db, p.id).slides[0]!;
    expect(slide.filter).toEqual(saved.filter);
    expect(slide.filterName).toBe('Studenten');
  });

  it('refuses bad input with one sentence and changes nothing', () => {
    const { presentation: p } = createPresentation(db, 'Tafel');
    const kept = dbChecksum(db);
    const refusals = [
      () => createPresentation(db, '   '),
      () => createPresentation(db, 'x'.repeat(201)),
      () => addSlide(db, p.id, { filter: emptyFilter([scan]), view: 'overview', title: '' }),
      () => addSlide(db, 999, { filter: emptyFilter([scan]), view: 'overview', title: 'Nergens' }),
      () => moveSlide(db, 12345, 1),
      () => editSlide(db, 12345, { title: 'x' }),
    ];
    for (const refuse of refusals) {
      let error: unknown;
      try {
        refuse();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).messages.nl).toMatch(/^[^\n]+\.$/);
    }
    expect(dbChecksum(db)).toEqual(kept);
  });

  it('shares a presentation as a file: scans by region and year, a missing scan said in the slide note, a bad file refused', async () => {
    const { presentation: p } = createPresentation(db, 'Tafel Noord', [
      { filter: withType('workshops'), filterName: 'Workshops', view: 'map', title: 'Workshops', note: 'Begin hier.', options: { colourBy: 'scan' } },
      { filter: emptyFilter([scan]), view: 'overview', title: 'Alles' },
    ]);
    const file = presentationFile(db, p.id);
    expect(file.fileName).toBe('tafel-noord.regioscan-presentation.json');
    expect(JSON.parse(file.text)).toMatchObject({ format: 'regioscan-presentation', version: 1, slides: [{ scans: [{ region: 'Noord-Nederland', year: 2022 }], filter: { scans: [] } }, {}] });

    // Another database with the same scan: the same slides, the scan found again by region and year.
    const other = await memoryDb();
    const otherScan = await loadSampleScan(other);
    const copy = importPresentationFile(other, file.text).presentation;
    expect(copy.slides.map((s) => [s.title, s.view, s.note, s.filter.scans, s.options])).toEqual([
      ['Workshops', 'map', 'Begin hier.', [otherScan], { colourBy: 'scan' }],
      ['Alles', 'overview', '', [otherScan], {}],
    ]);
    // A database without that scan keeps the slides and says so in their notes.
    const empty = await memoryDb();
    const lost = importPresentationFile(empty, file.text).presentation;
    expect(lost.slides[0]!.note).toBe('Begin hier.\nLet op: scan Noord-Nederland 2022 uit het oorspronkelijke bestand staat niet in deze database.');
    expect(lost.slides[0]!.filter.scans).toEqual([]);

    const kept = dbChecksum(other);
    const bad = [
      'not json',
      JSON.stringify({ format: 'regioscan-filter', version: 1, title: 'x', slides: [] }),
      file.text.replace('"map"', '"slideshow"'),
      file.text.replace('"Begin hier."', '12'),
    ];
    for (const text of bad) {
      expect(() => importPresentationFile(other, text)).toThrow(UserError);
      try {
        importPresentationFile(other, text);
      } catch (e) {
        expect((e as UserError).messages.nl).toMatch(/^Dit (is geen leesbaar Regioscan-presentatiebestand \(\.regioscan-presentation\.json\)|presentatiebestand is niet ingelezen: .+\. Er is niets opgeslagen)\.$/);
      }
    }
    expect(dbChecksum(other)).toEqual(kept);
  });
});
