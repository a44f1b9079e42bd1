/**
 * The Overzicht on the bundled sample reproduces docs/method.md's published tables cell for cell, and
 * under a filter agrees with the facet counts (an independent count of the same activities).
 */
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, BOTTLENECKS, type DimensionKey } from '../../src-shared/codebook';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { ExportedFile, OverviewResult } from '../../src-shared/model';
import { overviewTable } from '../../src-shared/overview-format';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { facetCounts } from '../../src-main/activities/facets';
import { filterWhere } from '../oracle/filter-sql';
import { buildOverview } from '../../src-main/overview/overview';
import { main } from '../../src-main/cli/main';
import { tempDir, TEST_ENV } from '../helpers/db';
import { sampleDb, SAMPLE_WORKBOOK } from '../helpers/sample-db';
import { GEO_COLUMNS, GEO_TOTALS, KNELPUNT_TOTALS, ORGANISATIONS, REACH, TYPE_COUNTS, TYPE_GEO, TYPE_KNELPUNT } from '../helpers/published-figures';

let db: Db;
let scanId: number;
let all: OverviewResult;

const typeLabel = (code: string | null) => ACTIVITY_TYPES.find((t) => t.code === code)!.nl;

beforeAll(async () => {
  ({ db, scan: scanId } = await sampleDb());
  all = buildOverview(db, { filter: emptyFilter([scanId]) });
});

describe('the Overzicht on the sample scan equals the published figures', () => {
  it('counts 100 activities of 33 initiatives, per activity type as published', () => {
    expect(all.total).toBe(100);
    expect(all.initiatives).toBe(33);
    const type = all.dimensions.find((d) => d.key === 'type')!;
    expect(Object.fromEntries(type.values.map((v) => [v.label, v.count]))).toEqual(TYPE_COUNTS);
  });

  it('has the type × geography table with the report’s columns in the report’s order', () => {
    const x = all.typeGeography;
    expect(x.columns.map((c) => c.code)).toEqual(GEO_COLUMNS);
    expect(x.columns.map((c) => c.count)).toEqual(GEO_TOTALS);
    expect(x.rows).toHaveLength(12);
    for (const [i, row] of x.rows.entries()) {
      expect(x.cells[i], row.label).toEqual(TYPE_GEO[typeLabel(row.code)]);
      expect(row.count).toBe(TYPE_COUNTS[typeLabel(row.code)]);
    }
  });

  it('has every type × knelpunt cell, with the column totals the sums of the rows (21/45/40, not 14/47/45)', () => {
    const x = all.typeBottleneck;
    expect(x.columns.map((c) => c.code)).toEqual(BOTTLENECKS.map((b) => b.code));
    expect(x.columns.map((c) => c.count)).toEqual(KNELPUNT_TOTALS);
    expect(x.columns.slice(5, 8).map((c) => c.count)).toEqual([21, 45, 40]);
    expect(Object.fromEntries(x.rows.map((r, i) => [typeLabel(r.code), x.cells[i]]))).toEqual(TYPE_KNELPUNT);
  });

  it('groups the knelpunten as weten / willen / kunnen and counts each activity once per group', () => {
    const k = all.dimensions.find((d) => d.key === 'bottleneck')!;
    expect(k.groups.map((g) => g.code)).toEqual(['weten', 'willen', 'kunnen']);
    expect(k.values.filter((v) => v.group === 'kunnen').map((v) => v.code)).toEqual(['5', '6', '7', '8', '9', '10']);
    // A group counts activities with at least one of its knelpunten: at most the sum, at least the largest.
    for (const g of k.groups) {
      const members = k.values.filter((v) => v.group === g.code).map((v) => v.count);
      expect(g.count).toBeLessThanOrEqual(members.reduce((s, n) => s + n, 0));
      expect(g.count).toBeGreaterThanOrEqual(Math.max(...members));
    }
    const rationale = all.dimensions.find((d) => d.key === 'rationale')!;
    expect(rationale.groups.map((g) => g.code)).toEqual(['mkb', 'relaties', 'systeem']);
  });

  it('sums the known reach per type and says how many activities have one (unknown is not zero)', () => {
    const byType = Object.fromEntries(all.reach.rows.map((r) => [typeLabel(r.type.code), r]));
    for (const [type, total] of Object.entries(REACH)) expect(byType[type]!.sum, type).toBe(total);
    expect(all.reach.known).toBe(30);
    expect(all.reach.rows.reduce((s, r) => s + r.known, 0)).toBe(30);
    expect(byType.Kennisplatform!.byUnit.map((u) => u.unit)).toEqual(['bezoekers']);
    for (const r of all.reach.rows) expect(r.known, r.type.label).toBeLessThanOrEqual(r.type.count);
  });

  it('fills the report’s reach × effort quadrant with the published type counts, each type in one cell', () => {
    expect(all.quadrant.entries).toHaveLength(12);
    expect(all.quadrant.cells).toHaveLength(9);
    // Every type in exactly one cell; the report places signaleren high reach, low effort.
    expect(all.quadrant.cells.flatMap((c) => c.types).sort()).toEqual(ACTIVITY_TYPES.map((t) => t.code).sort());
    expect(all.quadrant.cells.find((c) => c.types.includes('signaleren'))).toMatchObject({ reachClass: 'hoog', effort: 'laag' });
    // Types are single-valued in the sample: a cell holds the published counts of its types.
    for (const c of all.quadrant.cells) expect(c.count, `${c.reachClass}/${c.effort}`).toBe(c.types.reduce((s, code) => s + TYPE_COUNTS[typeLabel(code)]!, 0));
    expect(all.quadrant.cells.reduce((s, c) => s + c.count, 0)).toBe(100);
    expect(all.quadrant.cells.reduce((s, c) => s + c.known, 0)).toBe(30);
    // Cell sums are the published reach per type added up (types without a known reach add nothing).
    for (const c of all.quadrant.cells.filter((x) => x.known > 0)) expect(c.sum, `${c.reachClass}/${c.effort}`).toBe(c.types.reduce((s, code) => s + (REACH[typeLabel(code)] ?? 0), 0));
  });

  it('lists exactly the 20 published organisations at N = 5, with their number of initiatives, and per role at most that', () => {
    const p = all.providers;
    expect(p.roles.map((r) => r.code)).toEqual(['initiatiefnemer', 'financier', 'uitvoerder', 'contact']);
    expect(Object.fromEntries(p.rows.map((r) => [r.organisation, r.initiatives]))).toEqual(ORGANISATIONS);
    expect(p.rows[0]!.organisation).toBe('Hanzehogeschool Groningen');
    for (const r of p.rows) {
      expect(Math.max(...r.roles), r.organisation).toBeLessThanOrEqual(r.initiatives);
      expect(r.roles.some((n) => n > 0)).toBe(true);
    }
    const lower = buildOverview(db, { filter: emptyFilter([scanId]), minInitiatives: 4 }).providers;
    expect(lower.rows.length).toBeGreaterThan(20);
    expect(lower.rows.every((r) => r.initiatives >= 4)).toBe(true);
  });
});

describe('the Overzicht under a filter', () => {
  const where = (conditions: Filter['conditions']): Filter => ({ ...emptyFilter([scanId]), conditions });

  it('narrows every table to the matching activities (Werken met studenten)', () => {
    const f = where([{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }]);
    const o = buildOverview(db, { filter: f });
    expect(o.total).toBe(9);
    expect(o.initiatives).toBe(9);
    expect(o.typeBottleneck.rows.map((r) => r.code)).toEqual(['werken-met-studenten']);
    expect(o.typeBottleneck.cells[0]).toEqual(TYPE_KNELPUNT['Werken met studenten']);
    expect(o.typeGeography.cells[0]!.reduce((s, n) => s + n, 0)).toBe(9);
    expect(o.typeGeography.columns.every((c) => c.count > 0)).toBe(true);
    expect(o.reach.rows.map((r) => r.sum)).toEqual([REACH['Werken met studenten']]);
    expect(o.providers.rows.every((r) => r.initiatives >= 5 && r.initiatives <= 9)).toBe(true);
  });

  it('counts every dimension under the whole filter, as the facets do for an unconstrained dimension', () => {
    const filters = [
      where([{ dimension: 'bottleneck', mode: 'any', values: ['1', '2'] }]),
      where([{ dimension: 'geography', mode: 'any', values: ['provincie-drenthe'] }, { dimension: 'form', mode: 'none', values: ['7'] }]),
      { ...where([{ dimension: 'sector', mode: 'any', values: ['C'] }]), reach: { known: 'known' as const } },
    ];
    for (const f of filters) {
      const o = buildOverview(db, { filter: f });
      const constrained = new Set(f.conditions.map((c) => c.dimension));
      // Type is never constrained here: its facet counts are those under the whole filter.
      const facetsAll = facetCounts(db, { filter: f });
      expect(o.total).toBe(facetsAll.total);
      for (const d of o.dimensions) {
        if (constrained.has(d.key as DimensionKey) || d.key === 'scan') continue;
        // Geography: the Overzicht counts each value by itself, as the report does (the facet's `own`).
        const facet = new Map(facetsAll.facets[d.key as DimensionKey].map((v) => [`${v.code}|${v.label}`, v.own ?? v.count]));
        for (const v of d.values) expect(v.count, `${d.key} ${v.label}`).toBe(facet.get(`${v.code}|${v.label}`) ?? 0);
      }
      // Each type × knelpunt cell equals the knelpunt facet of filter + that type.
      for (const [i, row] of o.typeBottleneck.rows.entries()) {
        const withType = facetCounts(db, { filter: { ...f, conditions: [...f.conditions.filter((c) => c.dimension !== 'bottleneck'), ...f.conditions.filter((c) => c.dimension === 'bottleneck'), { dimension: 'type', mode: 'any', values: [row.code!] }] } });
        const kFacet = constrained.has('bottleneck') ? null : withType.facets.bottleneck;
        if (kFacet) expect(o.typeBottleneck.cells[i], row.label).toEqual(o.typeBottleneck.columns.map((c) => kFacet.find((v) => v.code === c.code)?.count ?? 0));
        expect(row.count).toBe(withType.total);
      }
    }
  });

  it('counts each quadrant cell as the facets and SQL count the filter plus the cell’s types', () => {
    const filters = [
      emptyFilter([scanId]),
      where([{ dimension: 'bottleneck', mode: 'any', values: ['6'] }]),
      { ...where([{ dimension: 'geography', mode: 'any', values: ['provincie-drenthe'] }]), text: 'bedrijven' },
      { ...where([{ dimension: 'sector', mode: 'none', values: ['C'] }]), reach: { known: 'known' as const } },
    ];
    for (const f of filters) {
      const o = buildOverview(db, { filter: f });
      expect(o.quadrant.cells.map((c) => c.types.length).reduce((a, b) => a + b, 0)).toBe(12);
      for (const c of o.quadrant.cells) {
        const name = `${JSON.stringify(f.conditions)} ${c.reachClass}/${c.effort}`;
        if (c.types.length === 0) {
          expect(c, name).toMatchObject({ count: 0, known: 0, sum: null });
          continue;
        }
        const withTypes: Filter = { ...f, conditions: [...f.conditions, { dimension: 'type', mode: 'any', values: c.types }] };
        expect(c.count, name).toBe(facetCounts(db, { filter: withTypes }).total);
        const sql = filterWhere(db, withTypes);
        const row = db.prepare(`SELECT count(a.reach) AS known, sum(a.reach) AS sum FROM activity a WHERE ${sql.sql}`).get(...sql.params) as { known: number; sum: number | null };
        expect({ known: c.known, sum: c.sum }, name).toEqual(row);
      }
      // The per-type entries carry the same counts as the type dimension.
      const type = o.dimensions.find((d) => d.key === 'type')!;
      for (const e of o.quadrant.entries) expect(e.type.count).toBe(type.values.find((v) => v.code === e.type.code)!.count);
    }
    // The filters narrow the cells: not all the same figures as without a filter.
    const narrowed = buildOverview(db, { filter: filters[1]! }).quadrant.cells;
    expect(narrowed.some((c, i) => c.count > 0 && c.count < all.quadrant.cells[i]!.count)).toBe(true);
  });

  it('gives an empty dashboard, not an error, when nothing matches', () => {
    const o = buildOverview(db, { filter: { ...emptyFilter([scanId]), text: 'zzzgeenwoordzzz' } });
    expect(o.total).toBe(0);
    expect(o.typeGeography.rows).toEqual([]);
    expect(o.typeBottleneck.columns).toHaveLength(12);
    expect(o.reach.rows).toEqual([]);
    expect(o.providers.rows).toEqual([]);
  });
});

describe('the overview channels', () => {
  it('answers overview.build and refuses bad arguments with one sentence', async () => {
    const ok = await dispatch(db, 'overview.build', { filter: emptyFilter([scanId]), minInitiatives: 9, language: 'en' }, TEST_ENV);
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      const v = ok.value as OverviewResult;
      expect(v.providers.rows.every((r) => r.initiatives >= 9)).toBe(true);
      expect(v.dimensions.find((d) => d.key === 'type')!.label).toBe('Activity type');
    }
    const bad = await dispatch(db, 'overview.build', { filter: emptyFilter([scanId]), minInitiatives: 0 }, TEST_ENV);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('writes the type × knelpunt table as .xlsx with title, scan and filter in words above it', async () => {
    const filter: Filter = { ...emptyFilter([scanId]), conditions: [{ dimension: 'type', mode: 'none', values: ['kennisplatform'] }] };
    const res = await dispatch(db, 'overview.export', { filter, table: 'typeBottleneck' }, TEST_ENV);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const file = res.value as ExportedFile;
    expect(file.fileName).toMatch(/^regioscan-type-activiteit-knelpunt-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = XLSX.read(Buffer.from(file.data!, 'base64'));
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, blankrows: true });
    expect(rows[0]).toEqual(['Type activiteit × knelpunt']);
    expect(rows[1]).toEqual(['Scans', 'Noord-Nederland 2022']);
    expect(String(rows[2]![1])).toContain('Type activiteit is niet Kennisplatform');
    expect(rows[4]!.slice(0, 3)).toEqual(['Type activiteit', '0 Probleemsignalering en vraagarticulatie', '1 Niet zelf bedacht']);
    const body = rows.slice(5, 16);
    expect(body).toHaveLength(11);
    for (const r of body) expect(r.slice(1, 13), String(r[0])).toEqual(TYPE_KNELPUNT[String(r[0])]);
    expect(rows[16]![0]).toBe('Totaal');
    expect(rows[16]![13]).toBe(97);
    // The same rows the renderer draws for its SVG/PNG export.
    const table = overviewTable(buildOverview(db, { filter }), 'typeBottleneck', 'nl');
    expect(rows.slice(4, 17)).toEqual([table.header, ...table.body, ...table.footer]);
  });
});

describe('regioscan overview', () => {
  it('prints the same tables as the screen, under --where, and refuses a bad N with one line', async () => {
    const dir = tempDir();
    const path = join(dir, 'cli.sqlite');
    const io = () => {
      const out = { text: '', err: '' };
      return { out, io: { out: (t: string) => (out.text += t), err: (t: string) => (out.err += t) } };
    };
    const imported = io();
    expect(await main(['import', SAMPLE_WORKBOOK, '--db', path], imported.io), imported.out.err).toBe(0);
    const json = io();
    expect(await main(['overview', '--db', path, '--where', 'type=Werken met studenten', '--json'], json.io)).toBe(0);
    const result = JSON.parse(json.out.text) as OverviewResult;
    expect(result.total).toBe(9);
    expect(result.typeBottleneck.cells).toEqual([TYPE_KNELPUNT['Werken met studenten']]);
    const text = io();
    expect(await main(['overview', '--db', path], text.io)).toBe(0);
    const lines = text.out.text.split('\n');
    const heat = lines.indexOf('Type activiteit × knelpunt');
    expect(lines[heat + 2]!.split('\t')).toEqual(['Signaleren', ...TYPE_KNELPUNT.Signaleren!.map(String), '4']);
    expect(text.out.text).toContain('Aanbieders in ten minste 5 initiatieven × rol');
    const bad = io();
    expect(await main(['overview', '--db', path, '--min-initiatives', '0'], bad.io)).toBe(1);
    expect(bad.out.err.trim().split('\n')).toHaveLength(1);
  });
});
