/**
 * The region factsheet of the bundled sample, read back with poppler (pdftotext -layout, pdffonts,
 * pdfinfo, pdfimages) rather than the library that wrote it, against the pilot's published figures
 * (docs/method.md §5, as scripts/sample/published-figures.json holds them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, DIMENSIONS } from '../../src-shared/codebook';
import { emptyFilter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { buildFactsheet, type Factsheet } from '../../src-main/report';
import { TOP_PER_ROLE } from '../../src-main/report/layout/organisations';
import { sampleDb } from '../helpers/sample-db';
import { literal, pageWith, pdfFonts, pdfImageCount, pdfInfo, pdfText } from '../helpers/pdf-read';
import { GEO_TOTALS, KNELPUNT_TOTALS, REACH, TYPE_COUNTS, TYPE_GEO, TYPE_KNELPUNT } from '../helpers/published-figures';

const DATE = new Date(Date.UTC(2026, 11, 3));
const nl = (n: number) => n.toLocaleString('nl-NL');
/** A line that holds exactly these cells, in this order, and nothing else. */
const row = (...cells: (string | number)[]) => new RegExp(`^\\s*${cells.map((c) => literal(String(c))).join('\\s+')}\\s*$`, 'm');

let db: Db;
let scanId: number;
let sheet: Factsheet;
let text: string;

beforeAll(async () => {
  ({ db, scan: scanId } = await sampleDb());
  sheet = await buildFactsheet(db, { filter: emptyFilter([scanId]), lang: 'nl' }, { date: DATE, version: '0.0.0-test' });
  text = pdfText(sheet.bytes);
});

describe('the factsheet of the sample scan', () => {
  it('is an A4 PDF of at least two pages, with a name that says what is inside', () => {
    const info = pdfInfo(sheet.bytes);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
    expect(Number(info.Pages)).toBe(sheet.pages);
    expect(info['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)$/);
    expect(sheet.fileName).toBe('regioscan-factsheet-noord-nederland-2022-2026-12-03.pdf');
    expect(sheet.omitted).toEqual([]);
  });

  it('embeds every font it uses, DejaVu Sans and nothing built in', () => {
    const fonts = pdfFonts(sheet.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
    }
    expect(fonts.map((f) => f.name.split('+')[1]).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
  });

  it('draws charts and the map as vectors: not one raster image', () => {
    expect(pdfImageCount(sheet.bytes)).toBe(0);
  });

  it('has the title with region, year, filter in words and date, and says the sample is a reconstruction', () => {
    expect(text).toMatch(/^\s*Noord-Nederland 2022\s*$/m);
    expect(text).toMatch(/Filter: geen: alle activiteiten van de scan\s+Opgesteld op 3 december 2026/);
    expect(text).toContain('Voorbeeldscan: een reconstructie van de gepubliceerde cijfers, niet de oorspronkelijke gegevens');
    expect(pageWith(text, 'Bron en methode')).toContain('Let op: dit is de voorbeeldscan');
  });

  it('gives the key figures: initiatives, activities, organisations and reach as contacts with what it rests on', () => {
    const organisations = (db.prepare('SELECT count(DISTINCT p.organisation_id) AS n FROM provider p JOIN activity a ON a.id = p.activity_id WHERE a.scan_id = ?').get(scanId) as { n: number }).n;
    const contacts = Object.values(REACH).reduce((s, n) => s + n, 0);
    expect(text).toMatch(row(33, 100, organisations, nl(contacts)));
    expect(text).toMatch(row('initiatieven', 'activiteiten', 'organisaties', 'contacten'));
    expect(text).toContain('bereik bekend bij 30 van 100 activiteiten;');
    expect(text).toContain('contacten, geen unieke bedrijven');
  });

  it('follows each activity type’s label on the same line by its published count', () => {
    for (const [label, count] of Object.entries(TYPE_COUNTS)) expect(text, label).toMatch(row(label, count));
    expect(text).toMatch(row('Totaal', 100));
  });

  it('has the type × geography table cell for cell, with the column totals', () => {
    for (const [label, cells] of Object.entries(TYPE_GEO)) expect(text, label).toMatch(row(label, ...cells, TYPE_COUNTS[label]!));
    expect(text).toMatch(row('Totaal', ...GEO_TOTALS, 100));
    for (const head of ['Nederland', 'Noord-Nederland', 'Provincie Drenthe', 'Regio Assen', 'Noordoost Friesland']) expect(text).toContain(head);
  });

  it('has the type × knelpunt table cell for cell, with the sums of the rows as totals', () => {
    expect(text).toMatch(row('Type activiteit', ...Array.from({ length: 12 }, (_, i) => i), 'Activiteiten'));
    for (const [label, cells] of Object.entries(TYPE_KNELPUNT)) expect(text, label).toMatch(row(label, ...cells, TYPE_COUNTS[label]!));
    expect(text).toMatch(row('Totaal', ...KNELPUNT_TOTALS, 100));
    expect(text).toMatch(/weten\s+willen\s+kunnen/);
  });

  it('gives reach and effort per type: the report’s classes, the known reach and the published contacts', () => {
    for (const [label, reach] of Object.entries(REACH)) {
      const count = TYPE_COUNTS[label]!;
      expect(text, label).toMatch(new RegExp(`^\\s*${literal(label)}\\s+(Laag|Middel|Hoog)\\s+(Laag|Middel|Hoog)\\s+${count}\\s+\\d+ van ${count}\\s+${literal(nl(reach))}\\s*$`, 'm'));
    }
    expect(text).toMatch(/^\s*Signaleren\s+Hoog\s+Laag\s+4\s/m);
    expect(text).toMatch(/^\s*Onderzoek & ontwikkeling\s+Laag\s+Hoog\s+10\s/m);
    expect(text).toContain('waarvan 1.500 bezoekers (Kennisplatform)');
    expect(text).toMatch(/Inspanning voor de ondernemer/);
  });

  it('has the Ecosysteemkaart with its legend, counting every initiative once', () => {
    const page = pageWith(text, 'Ecosysteemkaart');
    expect(page).toContain('Focus van digitalisering');
    const counted = [...page.matchAll(/(Focus op [a-z() ]+?|Gevarieerde focus|Geen expliciete focus)\s+(\d+)(?=\s|$)/g)].map((m) => Number(m[2]));
    expect(counted.reduce((s, n) => s + n, 0)).toBe(33);
    expect(page).toContain('delen een specifieke sector');
    expect(page).toContain('Posities: berekend met ForceAtlas2');
  });

  it('lists the organisations in the most initiatives per role, as the provider rows count them', () => {
    const rows = db
      .prepare(`SELECT o.name, p.role, count(DISTINCT a.initiative_id) AS n FROM provider p JOIN activity a ON a.id = p.activity_id
        JOIN organisation o ON o.id = p.organisation_id WHERE a.scan_id = ? GROUP BY o.id, p.role`)
      .all(scanId) as { name: string; role: string; n: number }[];
    const page = pageWith(text, 'Organisaties per rol') + pageWith(text, 'Bron en methode');
    for (const [role, head] of [['initiatiefnemer', 'Initiatiefnemer'], ['financier', 'Financier'], ['uitvoerder', 'Uitvoerder'], ['contact', "Contactlegging met mkb'er"]] as const) {
      const top = rows.filter((r) => r.role === role).sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'nl')).slice(0, TOP_PER_ROLE);
      expect(top.length, role).toBeGreaterThan(0);
      expect(page).toContain(head);
      for (const r of top) expect(page, `${role}: ${r.name}`).toMatch(new RegExp(`${literal(r.name)}\\s+${r.n}(\\s|$)`, 'm'));
    }
  });

  it('leaves out the optional sections when there is no data for them, headings included', () => {
    for (const absent of ['Doelen van de regio', 'Impact per knelpunt', 'Wat is er veranderd']) expect(text).not.toContain(absent);
    const headings = [...text.matchAll(/^\f?(\d+) (\S.*)$/gm)].map((m) => `${m[1]} ${m[2]!.trim()}`);
    expect(headings).toEqual([
      '1 Activiteiten per type',
      '2 Type activiteit × geografie',
      '3 Type activiteit × knelpunt',
      '4 Bereik en inspanning per type',
      '5 Ecosysteemkaart',
      '6 Organisaties per rol',
      '7 Witte vlekken',
      '8 Bron en methode',
    ]);
  });

  it('counts the white spots: per digitaliseringsvorm the knelpunten 0–10 no activity serves, and the report’s combinations that are empty', () => {
    // The oracle is SQL over the stored codes, not the activity index the factsheet counts with.
    const pairs = db
      .prepare(`SELECT f.code AS form, k.code AS knel, count(DISTINCT a.id) AS n FROM activity a
        JOIN activity_value af ON af.activity_id = a.id JOIN dimension_value f ON f.id = af.value_id AND f.dimension = 'form' AND f.kind = 'codebook'
        JOIN activity_value ak ON ak.activity_id = a.id JOIN dimension_value k ON k.id = ak.value_id AND k.dimension = 'bottleneck' AND k.kind = 'codebook'
        WHERE a.scan_id = ? GROUP BY f.code, k.code`)
      .all(scanId) as { form: string; knel: string; n: number }[];
    const page = pageWith(text, 'Witte vlekken');
    const knelpunten = Array.from({ length: 11 }, (_, i) => String(i));
    expect(page).toMatch(row('Digitaliseringsvorm', ...knelpunten, 'Witte vlekken'));
    for (const form of DIMENSIONS.find((d) => d.key === 'form')!.values) {
      const cells = knelpunten.map((k) => pairs.find((p) => p.form === form.code && p.knel === k)?.n ?? 0);
      expect(page, form.nl).toMatch(row(form.nl, ...cells, cells.filter((n) => n === 0).length));
    }
    const triples = db
      .prepare(`SELECT count(*) AS n FROM (SELECT DISTINCT s.value_id AS s, f.value_id AS f, k.value_id AS k FROM activity a
        JOIN activity_value s ON s.activity_id = a.id JOIN dimension_value sv ON sv.id = s.value_id AND sv.dimension = 'sector' AND sv.kind = 'codebook'
        JOIN activity_value f ON f.activity_id = a.id JOIN dimension_value fv ON fv.id = f.value_id AND fv.dimension = 'form' AND fv.kind = 'codebook'
        JOIN activity_value k ON k.activity_id = a.id JOIN dimension_value kv ON kv.id = k.value_id AND kv.dimension = 'bottleneck' AND kv.kind = 'codebook' AND kv.code <> '11'
        WHERE a.scan_id = ?)`)
      .get(scanId) as { n: number };
    const all = ['sector', 'form'].reduce((n, key) => n * DIMENSIONS.find((d) => d.key === key)!.values.length, 11);
    expect(page.replace(/\s+/g, ' ')).toContain(`Van de ${nl(all)} combinaties van sector × digitaliseringsvorm × knelpunten (zoals het rapport telt) zijn er ${nl(all - triples.n)} wit.`);
  });

  it('gives the same bytes for the same data and date, and other bytes for another date', async () => {
    const again = await buildFactsheet(db, { filter: emptyFilter([scanId]), lang: 'nl' }, { date: DATE, version: '0.0.0-test' });
    expect(again.bytes.equals(sheet.bytes)).toBe(true);
    const later = await buildFactsheet(db, { filter: emptyFilter([scanId]), lang: 'nl' }, { date: new Date(Date.UTC(2027, 0, 15)), version: '0.0.0-test' });
    expect(later.bytes.equals(sheet.bytes)).toBe(false);
    expect(pdfText(later.bytes)).toContain('Opgesteld op 15 januari 2027');
    expect(pdfInfo(later.bytes).CreationDate).toContain('2027');
  });

  it('speaks English when asked, with the codebook’s English labels and the same counts', async () => {
    const en = await buildFactsheet(db, { filter: emptyFilter([scanId]), lang: 'en' }, { date: DATE, version: '0.0.0-test' });
    const t = pdfText(en.bytes);
    expect(t).toContain('Prepared on 3 December 2026');
    expect(t).toContain('1 Activities per type');
    for (const [label, count] of Object.entries(TYPE_COUNTS)) {
      const english = ACTIVITY_TYPES.find((a) => a.nl === label)!.en;
      expect(t, english).toMatch(row(english, count));
    }
    expect(t).toMatch(/^\s*33\s+100\s+\d+\s+15,685\s*$/m);
    expect(t).toMatch(row('initiatives', 'activities', 'organisations', 'contacts'));
  });
});
