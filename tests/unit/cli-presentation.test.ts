/**
 * `regioscan presentation` as a person runs it: a presentation built from two saved views (saved
 * filters), reordered, exported as a PDF read back with poppler (one A4-landscape page per slide, the
 * slide titles on their pages, every font embedded) and as a website, shared as a file and read into
 * another database, undone with `regioscan undo`; bad input one sentence with the database as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { saveFilter } from '../../src-main/filters/saved-filters';
import { emptyFilter } from '../../src-shared/filter';
import { fileChecksum } from '../helpers/db-checksum';
import { tempDir } from '../helpers/db';
import { pdfFonts, pdfImageCount, pdfInfo, pdfText } from '../helpers/pdf-read';
import { cliOn } from '../helpers/run-cli';
import { loadSampleScan, loadSampleScanFile } from '../helpers/sample-db';

describe('regioscan presentation', () => {
  const dir = tempDir('regioscan-cli-presentation-');
  const db = join(dir, 'p.sqlite');
  const cli = cliOn(db);
  let scan = 0;
  beforeAll(async () => {
    const conn = await openDatabase(db);
    scan = await loadSampleScan(conn);
    // Two saved views, as the app's Opgeslagen filters would hold them.
    saveFilter(conn, { name: 'Werken met studenten', filter: { ...emptyFilter([scan]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] } });
    saveFilter(conn, { name: 'Industrie', filter: { ...emptyFilter([scan]), conditions: [{ dimension: 'sector', mode: 'any', values: ['C'] }] } });
    conn.close();
  });

  it('builds a presentation from two saved views and exports it as a PDF: one landscape page per slide, titles on their pages, fonts embedded', async () => {
    const made = await cli(['presentation', 'create', 'Digitaliseringstafel', '--json']);
    expect(made.code, made.err).toBe(0);
    const id = (JSON.parse(made.out) as { id: number }).id;
    const first = await cli(['presentation', 'add-slide', String(id), '--filter', 'Werken met studenten', '--view', 'map', '--colour-by', 'type', '--title', 'Studenten op de kaart', '--note', 'Wijs op Groningen.']);
    expect(first.code, first.err).toBe(0);
    const second = await cli(['presentation', 'add-slide', String(id), '--filter', 'industrie', '--view', 'overview', '--title', 'Aanbod voor de industrie']);
    expect(second.code, second.err).toBe(0);
    const third = await cli(['presentation', 'add-slide', String(id), '--filter', 'Industrie', '--view', 'list', '--title', 'Initiatieven in de industrie', '--json']);
    const slides = (JSON.parse(third.out) as { slides: { id: number; title: string; filterName: string; options: object }[] }).slides;
    expect(slides.map((s) => [s.title, s.filterName])).toEqual([
      ['Studenten op de kaart', 'Werken met studenten'],
      ['Aanbod voor de industrie', 'industrie'],
      ['Initiatieven in de industrie', 'Industrie'],
    ]);
    expect(slides[0]!.options).toEqual({ colourBy: 'type' });
    // The list goes first.
    expect((await cli(['presentation', 'move-slide', String(slides[2]!.id), '--to', '1'])).code).toBe(0);
    const list = await cli(['presentation', 'list', '--json']);
    expect(JSON.parse(list.out)).toMatchObject([{ id, title: 'Digitaliseringstafel', slides: 3 }]);

    const out = join(dir, 'tafel.pdf');
    const r = await cli(['presentation', 'export', String(id), '--date', '2026-12-03', '--out', out]);
    expect(r.code, r.err).toBe(0);
    const bytes = readFileSync(out);
    const info = pdfInfo(bytes);
    expect(Number(info.Pages)).toBe(3);
    expect(r.out).toBe(`Wrote 3 slides on 3 pages (${Math.round(bytes.length / 1024)} KB) to ${out}\n`);
    // A4 landscape: wider than high.
    const [w, h] = /([\d.]+) x ([\d.]+) pts/.exec(info['Page size']!)!.slice(1).map(Number) as [number, number];
    expect(Math.round(w)).toBe(842);
    expect(Math.round(h)).toBe(595);
    const pages = pdfText(bytes).split('\f');
    expect(pages[0]).toContain('Initiatieven in de industrie');
    expect(pages[0]).toContain('Sector is Industrie');
    expect(pages[0]).toContain('dia 1 van 3');
    expect(pages[1]).toContain('Studenten op de kaart');
    expect(pages[1]).toContain('Type activiteit is Werken met studenten');
    expect(pages[2]).toContain('Aanbod voor de industrie');
    // The speaker note is for the presenter, not the page.
    expect(pages.join('')).not.toContain('Wijs op Groningen');
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    // The map is vectors, as in the factsheet.
    expect(pdfImageCount(bytes)).toBe(0);
  });

  it('exports the same presentation as a website: an index with every slide, and the published map for the map and list slides', async () => {
    const site = join(dir, 'site');
    const r = await cli(['presentation', 'export', '1', '--out', site]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`Wrote the presentation as a website (4 files) to ${join(site, 'index.html')}\n`);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    for (const title of ['Initiatieven in de industrie', 'Studenten op de kaart', 'Aanbod voor de industrie']) expect(index).toContain(title);
    expect(index).toContain('href="dia-1.html"');
    expect(index).toContain('href="dia-2.html"');
    expect(index).not.toContain('Wijs op Groningen');
    expect(existsSync(join(site, 'dia-1.html'))).toBe(true);
    expect(readFileSync(join(site, 'dia-2.html'), 'utf8')).toContain('<title>Studenten op de kaart</title>');
    // Exporting again into the same folder replaces the earlier export.
    expect((await cli(['presentation', 'export', '1', '--out', site])).code).toBe(0);
  });

  it('shares the presentation as a file that another database reads, and undo takes a change back', async () => {
    const file = join(dir, 'tafel.regioscan-presentation.json');
    expect((await cli(['presentation', 'export', '1', '--export-file', file])).code).toBe(0);
    const other = join(dir, 'other.sqlite');
    await loadSampleScanFile(other);
    const read = await cliOn(other)(['presentation', 'import', '--import-file', file, '--json']);
    expect(read.code, read.err).toBe(0);
    expect((JSON.parse(read.out) as { slides: { title: string }[] }).slides.map((s) => s.title)).toEqual(['Initiatieven in de industrie', 'Studenten op de kaart', 'Aanbod voor de industrie']);

    const before = await fileChecksum(db);
    expect((await cli(['presentation', 'rename', '1', 'Tafel maart'])).code).toBe(0);
    expect((await cli(['presentation', 'show', '1'])).out).toMatch(/^Presentation 1 "Tafel maart": 3 slides\n/);
    const undo = await cli(['undo']);
    expect(undo.code, undo.err).toBe(0);
    expect(undo.out).toContain('presentation');
    const after = await fileChecksum(db);
    expect(after.tables.presentation).toEqual(before.tables.presentation);
    expect(after.tables.presentation_slide).toEqual(before.tables.presentation_slide);
  });

  it('answers bad input with one sentence and leaves the database as it was', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"regioscan-presentation","version":1,"title":"x","slides":[{"title":"y"}]}');
    const before = await fileChecksum(db);
    const cases: [string[], number][] = [
      [['presentation'], 1],
      [['presentation', 'fly'], 1],
      [['presentation', 'create'], 1],
      [['presentation', 'create', '   '], 1],
      [['presentation', 'add-slide', '1', '--view', 'slideshow', '--title', 'x'], 1],
      [['presentation', 'add-slide', '1', '--view', 'map'], 1],
      [['presentation', 'add-slide', '1', '--view', 'changes', '--title', 'x'], 1],
      [['presentation', 'add-slide', '1', '--view', 'map', '--title', 'x', '--filter', 'bestaat niet'], 1],
      [['presentation', 'add-slide', '99', '--view', 'map', '--title', 'x'], 2],
      [['presentation', 'move-slide', '1'], 1],
      [['presentation', 'export', '1'], 1],
      [['presentation', 'export', 'x', '--out', join(dir, 'x.pdf')], 1],
      [['presentation', 'import', '--import-file', bad], 2],
      [['presentation', 'import', '--import-file', join(dir, 'missing.json')], 2],
    ];
    for (const [args, exit] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(exit);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err, args.join(' ')).toMatch(/^regioscan presentation: \S/);
    }
    expect(await fileChecksum(db)).toEqual(before);
  });
});
