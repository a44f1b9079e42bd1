/**
 * The presentations' channels as the app calls them (through dispatch, with the contract's argument
 * schemas): a presentation made, a slide added and undone, announced as data-changed for the
 * presentations and the history; every slide drawn for the screen; the PDF delivered; the website
 * refused outside the desktop app; the file shared and read back; bad arguments one sentence.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import type { AppEvent } from '../../src-shared/model';
import type { Presentation, SlideShow } from '../../src-shared/presentations';
import { onAppEvent } from '../../src-main/app-events';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { callChannel } from '../helpers/channel';
import { TEST_ENV } from '../helpers/db';
import { sampleDb } from '../helpers/sample-db';
import { pdfInfo, pdfText } from '../helpers/pdf-read';

let db: Db;
let scan: number;
const events: AppEvent[] = [];
let stop: () => void = () => undefined;

const call = <T>(channel: string, args: unknown) => callChannel<T>(db, channel, args);

beforeEach(async () => {
  ({ db, scan } = await sampleDb());
  events.length = 0;
  stop = onAppEvent(db, (e) => events.push(e));
});
afterEach(() => stop());

describe('the presentations channels', () => {
  it('make, fill, show, export and undo a presentation as the app does', async () => {
    const made = await call<Presentation>('presentations.create', { title: 'Tafel' });
    const filter = { ...emptyFilter([scan]), conditions: [{ dimension: 'type', mode: 'any', values: ['workshops'] }] };
    await call('presentations.addSlide', { presentation: made.id, slide: { filter, view: 'map', title: 'Kaart', options: { colourBy: 'scan', camera: { x: 0.5, y: 0.5, ratio: 0.6, angle: 0 } } } });
    const p = await call<Presentation>('presentations.addSlide', { presentation: made.id, slide: { filter, view: 'list', title: 'Lijst', note: 'Noem er drie.' }, position: 1 });
    expect(p.slides.map((s) => s.title)).toEqual(['Lijst', 'Kaart']);
    const changed = events.filter((e): e is Extract<AppEvent, { type: 'data-changed' }> => e.type === 'data-changed');
    expect(changed.length).toBeGreaterThanOrEqual(3);
    expect(changed.at(-1)!.versions.presentations).toBe(3);
    expect(changed.at(-1)!.versions.history).toBe(3);

    const shows = await call<SlideShow[]>('presentations.show', { id: made.id, language: 'nl' });
    expect(shows.map((s) => [s.title, s.view, s.note])).toEqual([
      ['Lijst', 'list', 'Noem er drie.'],
      ['Kaart', 'map', ''],
    ]);
    const matching = db.prepare(`SELECT count(DISTINCT a.initiative_id) FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value v ON v.id = av.value_id WHERE a.scan_id = ? AND v.dimension = 'type' AND v.code = 'workshops'`).pluck().get(scan) as number;
    expect(shows[0]!.tables[0]!.length).toBe(matching + 1);
    expect(shows[0]!.figures.initiatives).toBe(matching);
    expect(shows[1]!.svg).toMatch(/^<svg [^>]*>.*<circle /s);
    expect(shows[1]!.tables).toEqual([]);

    const pdf = await call<{ fileName: string; data: string }>('presentations.exportPdf', { id: made.id, language: 'en' });
    expect(pdf.fileName).toMatch(/^regioscan-presentatie-tafel-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = Buffer.from(pdf.data, 'base64');
    expect(Number(pdfInfo(bytes).Pages)).toBe(2);
    expect(pdfText(bytes)).toContain('slide 1 of 2');

    const refused = await dispatch(db, 'presentations.exportSite', { id: made.id }, TEST_ENV);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message.nl).toMatch(/^Een presentatie als website exporteren kan in de desktop-app/);

    const file = await call<{ fileName: string; data: string }>('presentations.exportFile', { id: made.id });
    const copy = await call<Presentation>('presentations.importFile', { text: Buffer.from(file.data, 'base64').toString('utf8') });
    expect(copy.slides.map((s) => [s.title, s.options])).toEqual(p.slides.map((s) => [s.title, s.options]));

    // Undo (as Ctrl+Z calls it) takes the import back, then the second slide.
    await call('history.undo', {});
    expect((await call<{ id: number }[]>('presentations.list', {})).map((x) => x.id)).toEqual([made.id]);
    await call('history.undo', {});
    expect((await call<Presentation>('presentations.get', { id: made.id })).slides.map((s) => s.title)).toEqual(['Kaart']);
  });

  it('shows a slide whose scans were deleted as one sentence naming it, and the other scans of a slide still there', async () => {
    const made = await call<Presentation>('presentations.create', { title: 'Tafel' });
    await call('presentations.addSlide', { presentation: made.id, slide: { filter: emptyFilter([scan, 999]), view: 'overview', title: 'Twee scans' } });
    const [kept] = await call<SlideShow[]>('presentations.show', { id: made.id });
    expect(kept!.scans).toBe('Noord-Nederland 2022');
    await call('presentations.addSlide', { presentation: made.id, slide: { filter: emptyFilter([999]), view: 'overview', title: 'Weg' } });
    const res = await dispatch(db, 'presentations.show', { id: made.id }, TEST_ENV);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message.nl).toBe('De scans van dia 2 ("Weg") bestaan niet meer: verwijder die dia of maak hem opnieuw.');
  });

  it('refuses bad arguments with one sentence', async () => {
    const made = await call<Presentation>('presentations.create', { title: 'Tafel' });
    for (const [channel, args] of [
      ['presentations.create', { title: '' }],
      ['presentations.addSlide', { presentation: made.id, slide: { filter: emptyFilter([scan]), view: 'diashow', title: 'x' } }],
      ['presentations.addSlide', { presentation: made.id, slide: { filter: emptyFilter([scan]), view: 'map', title: 'x', options: { colourBy: 'rainbow' } } }],
      ['presentations.moveSlide', { slide: 1, position: 0 }],
      ['presentations.get', { id: 999 }],
    ] as const) {
      const res = await dispatch(db, channel, args, TEST_ENV);
      expect(res.ok, channel).toBe(false);
      if (!res.ok) expect(res.error.message.nl, channel).toMatch(/^[^\n]+$/);
    }
  });
});
