/**
 * Issue 14, geography: a new region's names get a place in the hierarchy. The importer proposes the
 * province of the COROP areas and landstreken it knows; the user places or moves a name in the app
 * (geography.place) or with `regioscan geography place NAME --under PARENT`. A parent's facet count
 * is what selecting it returns; the Overzicht's type × geography table keeps own-level counts.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { knownProvince } from '../../src-main/geography/places';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { queryActivities } from '../../src-main/activities/queries';
import { facetCounts } from '../../src-main/activities/facets';
import { buildOverview } from '../../src-main/overview/overview';
import { COROP_AREAS } from '../../src-shared/codebook';
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { GeographyEntry } from '../../src-shared/model';
import { memoryDb, tempDir, TEST_ENV } from '../helpers/db';
import { fixture } from '../fixtures/import-harness';
import { FIXTURE_DIR } from '../fixtures/make-fixtures';

const selecting = (code: string, includeSubRegions = true): Filter => ({ ...emptyFilter(), includeSubRegions, conditions: [{ dimension: 'geography', mode: 'any', values: [code] }] });
const returned = (db: Db, code: string, includeSubRegions = true) => queryActivities(db, { filter: selecting(code, includeSubRegions), limit: 1 }).total;
const facet = (db: Db, code: string) => facetCounts(db, { filter: emptyFilter() }).facets.geography.find((v) => v.code === code)!;

const cli = runCli;

/** Names of COROP areas and landstreken as people write them, with the province the importer proposes. */
const PROPOSED_PROVINCE: Record<string, string> = {
  Walcheren: 'provincie-zeeland',
  'Zeeuws Vlaanderen': 'provincie-zeeland',
  'Zeeuwsch-Vlaanderen': 'provincie-zeeland',
  'Regio Twente': 'provincie-overijssel',
  'de Achterhoek': 'provincie-gelderland',
  'Zuid-Limburg': 'provincie-limburg',
};

describe('the regions the importer knows', () => {
  it('has the 40 COROP areas of CBS, each in one of the 12 provinces', () => {
    expect(COROP_AREAS).toHaveLength(40);
    expect(new Set(COROP_AREAS.map((c) => c.corop)).size).toBe(40);
    expect(new Set(COROP_AREAS.map((c) => c.province)).size).toBe(12);
  });

  it('proposes the province of a COROP area or landstreek, however it is written; other names are asked', () => {
    for (const [name, province] of Object.entries(PROPOSED_PROVINCE)) expect(knownProvince(name), name).toBe(province);
    for (const name of ['Oosterschelde-regio', 'Gemeente Middelburg']) expect(knownProvince(name), name).toBeUndefined();
  });
});

describe('placing names in the hierarchy', () => {
  let db: Db;
  beforeEach(async () => {
    db = await memoryDb();
    commitImport(db, await prepareImport(db, fixture('zeeland-flat.xlsx'), 'zeeland-flat.xlsx'), () => 'keep-both');
  });

  it('selecting Provincie Zeeland with its sub-regions returns every Zeeland activity once the unknown name is placed; a parent counts what selecting it returns', async () => {
    // Walcheren (2) and Zeeuws-Vlaanderen (1) went under the province at import; Oosterschelde-regio (1) was asked.
    expect(returned(db, 'provincie-zeeland')).toBe(5);
    expect(returned(db, 'provincie-zeeland', false)).toBe(2);
    const placed = await dispatch(db, 'geography.place', { value: 'Oosterschelde-regio', parent: 'Provincie Zeeland' }, TEST_ENV);
    expect(placed).toMatchObject({ ok: true, value: { moved: true, entry: { code: 'Oosterschelde-regio', parent: 'provincie-zeeland', fixed: false, activities: 1 } } });
    expect(returned(db, 'provincie-zeeland')).toBe(6);
    for (const code of ['provincie-zeeland', 'zuid-nederland', 'nederland', 'Walcheren']) expect(facet(db, code).count, code).toBe(returned(db, code));
    expect(facet(db, 'zuid-nederland')).toMatchObject({ count: 6, own: 0, parent: 'nederland' });
    // Already there: nothing changes, and it says so.
    expect(await dispatch(db, 'geography.place', { value: 'oosterschelde-regio', parent: 'provincie-zeeland' }, TEST_ENV)).toMatchObject({ ok: true, value: { moved: false } });
  });

  it('lists the hierarchy with the added names under their parents', async () => {
    const reply = await dispatch(db, 'geography.list', {}, TEST_ENV);
    const list = (reply.ok ? reply.value : []) as GeographyEntry[];
    const at = (code: string) => list.findIndex((e) => e.code === code);
    expect(list.find((e) => e.code === 'Walcheren')).toEqual({ code: 'Walcheren', label: 'Walcheren', parent: 'provincie-zeeland', fixed: false, activities: 2 });
    expect(list.find((e) => e.code === 'provincie-zeeland')).toMatchObject({ fixed: true, activities: 2 });
    expect(at('provincie-zeeland')).toBeLessThan(at('Walcheren'));
    expect(list.find((e) => e.code === 'Oosterschelde-regio')).toMatchObject({ parent: null });
  });

  it('refuses a cycle, a codebook entry and an unknown name with one sentence, and changes nothing', async () => {
    await dispatch(db, 'geography.place', { value: 'Oosterschelde-regio', parent: 'Walcheren' }, TEST_ENV);
    const before = db.prepare('SELECT id, parent_id FROM dimension_value ORDER BY id').all();
    const refusal = async (value: string, parent: string) => {
      const reply = await dispatch(db, 'geography.place', { value, parent }, TEST_ENV);
      return reply.ok ? undefined : reply.error;
    };
    expect(await refusal('Walcheren', 'Oosterschelde-regio')).toEqual({
      code: 'geography-refused',
      message: {
        nl: '"Walcheren" kan niet onder "Oosterschelde-regio" staan: "Oosterschelde-regio" ligt zelf binnen "Walcheren".',
        en: '"Walcheren" cannot go under "Oosterschelde-regio": "Oosterschelde-regio" lies within "Walcheren".',
      },
    });
    expect((await refusal('Walcheren', 'Walcheren'))?.code).toBe('geography-refused');
    expect((await refusal('Provincie Zeeland', 'Noord-Nederland'))?.message.en).toBe('"Provincie Zeeland" is part of the codebook; its place in the hierarchy is fixed.');
    expect((await refusal('Atlantis', 'Nederland'))?.message.nl).toBe('Geen regio heet "Atlantis".');
    expect(db.prepare('SELECT id, parent_id FROM dimension_value ORDER BY id').all()).toEqual(before);
  });

  it('keeps the report’s own-level counts in the type × geography table', () => {
    const overview = buildOverview(db, { filter: emptyFilter() });
    const column = overview.typeGeography.columns.findIndex((c) => c.code === 'provincie-zeeland');
    expect(overview.typeGeography.columns[column]!.count).toBe(facet(db, 'provincie-zeeland').own);
    expect(overview.typeGeography.columns[column]!.count).toBe(2);
    expect(facet(db, 'provincie-zeeland').count).toBe(5);
  });
});

describe('regioscan geography', () => {
  it('places a name under a parent by code or label, exits 0 when it is already there, and refuses cycles with one line', async () => {
    const path = join(tempDir(), 'geo.sqlite');
    expect((await cli(['import', join(FIXTURE_DIR, 'zeeland-flat.xlsx'), '--db', path])).code).toBe(0);
    const first = await cli(['geography', 'place', 'Oosterschelde-regio', '--under', 'Walcheren', '--db', path]);
    expect(first).toMatchObject({ code: 0, out: 'Placed Oosterschelde-regio under Walcheren.\n' });
    const again = await cli(['geography', 'place', 'oosterschelde-regio', '--under', 'walcheren', '--db', path]);
    expect(again).toMatchObject({ code: 0, out: 'Oosterschelde-regio already lies under Walcheren; nothing changed.\n' });
    // A codebook entry already within the parent (Zeeland lies in Zuid-Nederland, in Nederland): exit 0 too.
    expect(await cli(['geography', 'place', 'Zeeland', '--under', 'Nederland', '--db', path])).toMatchObject({ code: 0, out: 'Provincie Zeeland already lies within Nederland; nothing changed.\n' });
    const cycle = await cli(['geography', 'place', 'Walcheren', '--under', 'Oosterschelde-regio', '--db', path]);
    expect(cycle.code).toBe(2);
    expect(cycle.err).toBe('regioscan geography: "Walcheren" kan niet onder "Oosterschelde-regio" staan: "Oosterschelde-regio" ligt zelf binnen "Walcheren".\n');
    const unknown = await cli(['geography', 'place', 'Atlantis', '--under', 'Nederland', '--db', path]);
    expect(unknown).toMatchObject({ code: 1, err: 'regioscan geography: Geen regio heet "Atlantis".\n' });
    expect((await cli(['geography', 'place', 'Walcheren', '--db', path])).code).toBe(1);
    const list = JSON.parse((await cli(['geography', '--json', '--db', path])).out) as GeographyEntry[];
    expect(list.find((e) => e.code === 'Oosterschelde-regio')).toMatchObject({ parent: 'Walcheren' });
    const facets = JSON.parse((await cli(['facets', '--where', 'geography=Provincie Zeeland', '--db', path, '--json'])).out) as { total: number };
    expect(facets.total).toBe(6);
    // The import's --place does the same at import time.
    const other = join(tempDir(), 'geo2.sqlite');
    const placed = await cli(['import', join(FIXTURE_DIR, 'zeeland-flat.xlsx'), '--db', other, '--place', 'Oosterschelde-regio=Zeeland', '--json']);
    expect(JSON.parse(placed.out).regions).toContainEqual({ name: 'Oosterschelde-regio', activities: 1, parent: 'provincie-zeeland', source: 'rule' });
  });
});
