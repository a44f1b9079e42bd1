/**
 * Mapping rules (docs/mappings.md): mapping a value changes every occurrence in every scan as ONE
 * change group (origin mapping) that undo takes back whole, rule included; unmapping keeps the rows'
 * code; stored rules apply on every later import and the report names them with their cell counts;
 * the preview's column choices become column rules; the rules file round-trips to another database,
 * and a bad file changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { memoryDb } from '../helpers/db';
import { dbChecksum } from '../helpers/db-checksum';
import { contentChecksum, FIXTURE_SCAN, importFixture } from '../helpers/history-fixture';
import { dimension } from '../../src-shared/codebook';
import { codesByActivity, importCsv, SECOND_ROWS, unmappedCsv, unmappedDb } from '../helpers/mapping-fixture';
import { exportRules, importRules, listRules, mapValue, unmappedValues, unmapValue } from '../../src-main/mappings';
import { history, redo, undo } from '../../src-main/history';
import { facetCounts } from '../../src-main/activities';
import { UserError } from '../../src-main/errors';
import { appliedRules } from '../../src-main/import/applied-rules';


const rule = (r: { dimension: string | null; value: string; target: string }) => `${r.dimension ?? 'column'}:${r.value}→${r.target}`;

describe('mapping a value kept unmapped', () => {
  it('lists unmapped values with count, scan, sheet and column, folded as the importer folds them', async () => {
    const db = await memoryDb();
    const { scanId } = await importCsv(db, unmappedCsv());
    const list = unmappedValues(db);
    expect(list.map((v) => [v.dimension, v.value, v.count])).toEqual([
      ['sector', 'Maakindustrie', 2],
      ['sector', 'Zeevaart', 1],
    ]);
    expect(list[0]!.scans).toEqual([{ id: scanId, title: 'Regioscan Zeeland 2024' }]);
    expect(list[0]!.origins).toEqual([{ scan: scanId, scanTitle: 'Regioscan Zeeland 2024', sheet: expect.any(String), column: 'D (Sector)', count: 2 }]);
  });

  it('changes every occurrence in every scan as one change group with origin mapping, stores the rule, and undo takes both back', async () => {
    const db = await unmappedDb();
    await importCsv(db, unmappedCsv(SECOND_ROWS), { year: 2025 });
    const before = contentChecksum(db);
    const result = mapValue(db, { dimension: 'Sector', value: 'maakindustrie', code: 'Industrie' });
    expect(result).toMatchObject({ changed: 3, skipped: 0, rule: { kind: 'value', dimension: 'sector', value: 'maakindustrie', target: 'C' } });
    expect(codesByActivity(db, 'sector')).toMatchObject({ 'Open dag': ['C'], Hackathon: ['C'], Demo: ['C'], Loket: ['?Zeevaart'] });
    const groups = db.prepare('SELECT origin, count(*) AS n FROM change_group WHERE id = ? GROUP BY origin').all(result.group);
    expect(groups).toEqual([{ origin: 'mapping', n: 1 }]);
    expect(history(db, { group: result.group! }).map((e) => e.origin)).toEqual(expect.arrayContaining(['mapping']));
    expect(listRules(db).map(rule)).toEqual(['sector:maakindustrie→C']);
    // The facets follow (the index is updated in place).
    const sector = facetCounts(db).facets.sector;
    expect(sector.find((v) => v.code === 'C')?.count).toBe(3);
    expect(sector.some((v) => v.code === null && v.label === 'Maakindustrie')).toBe(false);
    const after = contentChecksum(db);
    undo(db);
    expect(contentChecksum(db)).toEqual(before);
    expect(listRules(db)).toEqual([]);
    redo(db);
    expect(contentChecksum(db)).toEqual(after);
  });

  it('refuses a dimension, value or code that names nothing with one sentence, and changes nothing', async () => {
    const db = await unmappedDb();
    const before = dbChecksum(db);
    for (const args of [
      { dimension: 'kleur', value: 'Maakindustrie', code: 'C' },
      { dimension: 'sector', value: 'Maakindustrie', code: 'Ruimtevaart' },
      { dimension: 'sector', value: '  ', code: 'C' },
      { dimension: 'sector', value: '?!', code: 'C' },
      { dimension: 'sector', value: 'Maakindustrie', code: 'C, G' },
    ]) {
      expect(() => mapValue(db, args), JSON.stringify(args)).toThrow(UserError);
    }
    expect(dbChecksum(db)).toEqual(before);
  });

  it('in a single-valued dimension leaves an activity that has a code there as it was (skipped, still listed)', async () => {
    const db = await memoryDb();
    const effort = dimension('effort').values.map((v) => v.code);
    importFixture(db, {
      ...FIXTURE_SCAN,
      activities: [
        { initiative: 'HZ Digitaal Lab', name: 'Alleen tekst', values: { type: ['workshops'] }, unmapped: { effort: ['Heel veel'] }, providers: [] },
        { initiative: 'HZ Digitaal Lab', name: 'Al gecodeerd', values: { type: ['workshops'], effort: [effort[0]!] }, unmapped: { effort: ['Heel veel'] }, providers: [] },
      ],
      places: [],
    });
    const result = mapValue(db, { dimension: 'effort', value: 'heel veel', code: effort[1]! });
    expect(result).toMatchObject({ changed: 1, skipped: 1 });
    expect(codesByActivity(db, 'effort')).toEqual({ 'Alleen tekst': [effort[1]], 'Al gecodeerd': [effort[0], '?Heel veel'].sort() });
    expect(unmappedValues(db).map((v) => [v.dimension, v.value, v.count])).toEqual([['effort', 'Heel veel', 1]]);
  });

  it('unmap removes the rule only: the activities keep their code, and undo brings the rule back', async () => {
    const db = await unmappedDb();
    mapValue(db, { dimension: 'sector', value: 'Maakindustrie', code: 'C' });
    const removed = unmapValue(db, { dimension: 'sector', value: 'MAAKINDUSTRIE' });
    expect(removed.removed.target).toBe('C');
    expect(listRules(db)).toEqual([]);
    expect(codesByActivity(db, 'sector')['Open dag']).toEqual(['C']);
    undo(db);
    expect(listRules(db).map(rule)).toEqual(['sector:Maakindustrie→C']);
    expect(() => unmapValue(db, { dimension: 'sector', value: 'Zeevaart' })).toThrow(/no mapping rule/);
  });
});

describe('rules on import', () => {
  it('apply automatically on a later import, and the report names each rule with its cells', async () => {
    const db = await unmappedDb();
    mapValue(db, { dimension: 'sector', value: 'Maakindustrie', code: 'C' });
    const { prepared } = await importCsv(db, unmappedCsv(SECOND_ROWS), { year: 2025 });
    expect(codesByActivity(db, 'sector')).toMatchObject({ Demo: ['C'], Cursus: ['?Zeevaart'] });
    const applied = appliedRules(prepared.scans[0]!, prepared.mapping, prepared.stored);
    expect(applied).toEqual([{ kind: 'value', dimension: 'sector', value: 'Maakindustrie', target: 'C', cells: 1, stored: true }]);
  });

  it('store the preview’s column and value choices as rules that the next import applies', async () => {
    const db = await memoryDb();
    const mapping = { columns: [{ header: 'Doelgroep', target: 'description' as const }], values: [{ dimension: 'sector' as const, value: 'Zeevaart', code: 'H' }], places: [] };
    const first = await importCsv(db, unmappedCsv(), { mapping });
    expect(appliedRules(first.prepared.scans[0]!, first.prepared.mapping, first.prepared.stored).map((r) => [rule(r), r.cells, r.stored])).toEqual([
      ['column:Doelgroep→description', 3, false],
      ['sector:Zeevaart→H', 1, false],
    ]);
    expect(listRules(db).map(rule).sort()).toEqual(['column:Doelgroep→description', 'sector:Zeevaart→H']);
    const second = await importCsv(db, unmappedCsv(SECOND_ROWS), { year: 2025 });
    expect(appliedRules(second.prepared.scans[0]!, second.prepared.mapping, second.prepared.stored).map((r) => [rule(r), r.cells, r.stored])).toEqual([
      ['column:Doelgroep→description', 2, true],
      ['sector:Zeevaart→H', 1, true],
    ]);
    const description = db.prepare(`SELECT description FROM activity WHERE name = 'Cursus'`).pluck().get();
    expect(description).toBe('zzp');
    expect(codesByActivity(db, 'sector').Cursus).toEqual(['H']);
  });

  it('let the file’s own choice win over a stored rule for the same value', async () => {
    const db = await unmappedDb();
    mapValue(db, { dimension: 'sector', value: 'Maakindustrie', code: 'C' });
    await importCsv(db, unmappedCsv(SECOND_ROWS), { year: 2025, mapping: { columns: [], values: [{ dimension: 'sector', value: 'maakindustrie', code: 'G' }], places: [] } });
    expect(codesByActivity(db, 'sector').Demo).toEqual(['G']);
  });
});

describe('the rules file', () => {
  it('round-trips to another database, which applies the rules to its own unmapped values in one undoable group', async () => {
    const from = await memoryDb();
    await importCsv(from, unmappedCsv(), { mapping: { columns: [{ header: 'Doelgroep', target: 'description' }], values: [], places: [] } });
    mapValue(from, { dimension: 'sector', value: 'Maakindustrie', code: 'C' });
    const text = exportRules(from);
    expect(JSON.parse(text)).toMatchObject({ format: 'regioscan-mapping-rules', version: 1 });

    const to = await memoryDb();
    await importCsv(to, unmappedCsv(SECOND_ROWS), { year: 2025 });
    const before = contentChecksum(to);
    const result = importRules(to, Buffer.from(text), 'regels.json');
    expect(result).toMatchObject({ stored: 2, unchanged: 0, changed: 1 });
    expect(listRules(to).map(rule).sort()).toEqual(listRules(from).map(rule).sort());
    expect(codesByActivity(to, 'sector').Demo).toEqual(['C']);
    expect(importRules(to, Buffer.from(text), 'regels.json')).toMatchObject({ stored: 0, unchanged: 2, changed: 0, group: null });
    undo(to);
    expect(contentChecksum(to)).toEqual(before);
  });

  it('refuses a bad file with one sentence naming the rule, and leaves the database exactly as it was', async () => {
    const db = await unmappedDb();
    const before = dbChecksum(db);
    const file = (rules: unknown[], extra: object = {}) => Buffer.from(JSON.stringify({ format: 'regioscan-mapping-rules', version: 1, rules, ...extra }));
    const good = { kind: 'value', dimension: 'sector', value: 'Maakindustrie', code: 'C' };
    const cases: [Buffer, RegExp][] = [
      [file([good, { kind: 'value', dimension: 'kleur', value: 'x', code: 'C' }]), /rule 2: unknown dimension 'kleur'/],
      [file([good, { kind: 'value', dimension: 'sector', value: 'Zeevaart', code: 'ZZ' }]), /rule 2: 'ZZ' is not a code of/],
      [file([{ kind: 'column', header: 'Doelgroep', field: 'schoenmaat' }]), /rule 1: 'schoenmaat' is no column/],
      [file([{ kind: 'value', dimension: 'sector', value: 'x' }]), /rule 1: it is neither/],
      [file([good, { ...good, code: 'G' }]), /rule 2: the same value has another rule/],
      [file([good], { version: 99 }), /newer version/],
      [file([good], { format: 'iets anders' }), /not a file of mapping rules/],
      [Buffer.from('{ not json'), /not a JSON file/],
    ];
    for (const [bytes, message] of cases) {
      let error: unknown;
      try {
        importRules(db, bytes, 'regels.json');
      } catch (e) {
        error = e;
      }
      expect(error, String(message)).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(message);
      expect((error as UserError).message).toMatch(/Nothing was changed\.$/);
      expect((error as UserError).nl).toMatch(/Er is niets gewijzigd\.$/);
    }
    expect(dbChecksum(db)).toEqual(before);
  });
});
