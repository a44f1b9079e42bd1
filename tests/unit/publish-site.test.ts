/**
 * The published site's logic against the app's: its filter returns exactly the activities the app's
 * filter engine returns (random filters over the sample plus two regional scans, geography with its
 * sub-regions, organisations, roles, scans, search words), its counts per value are the initiatives
 * choosing that value returns, the URL hash round-trips with `--where`'s keys and codes, and the
 * publish channels preview and write through dispatch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { desktopPublishing } from '../../src-main/publish';
import { buildSiteData } from '../../src-main/publish/site-data';
import { siteInput } from '../../src-main/publish/publish';
import { matchingActivityIds } from '../../src-main/publish/sources';
import { emptyFilter, type Condition, type Filter } from '../../src-shared/filter';
import { SITE_DIMENSIONS, type SiteData, type SiteDimension } from '../../src-shared/site-model';
import { facetCounts, matchActivities, type Conditions } from '../../src-site/filter';
import { formatHash, parseHash, type SiteState } from '../../src-site/hash';
import { buildIndex, type SiteIndex } from '../../src-site/site-index';
import { mulberry32, type Rng } from '../../scripts/sample/prng';
import { tempDir, TEST_ENV } from '../helpers/db';
import { sampleAndTwoScansDb } from '../helpers/map-fixture';
import { siteDataOf } from '../helpers/publish-fixture';

const pick = <T,>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** The site's chosen values as the app's filter conditions (codes as `--where` takes them). */
function appConditions(index: SiteIndex, conditions: Conditions): Condition[] {
  return (Object.entries(conditions) as [SiteDimension, number[]][]).map(([dim, values]) => ({
    dimension: dim,
    mode: 'any',
    values: values.map((v) => {
      const value = index.dims.get(dim)!.values[v]!;
      return value.unmapped ? { unmapped: value.code } : value.code;
    }),
  }));
}

describe('the published site filters as the app does', () => {
  let db: Db;
  let data: SiteData;
  let index: SiteIndex;
  let scans: number[];

  beforeAll(async () => {
    db = await sampleAndTwoScansDb();
    scans = (db.prepare('SELECT id FROM scan ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    data = buildSiteData(db, siteInput(db, { filter: emptyFilter(), fields: [], language: 'nl' }, { generator: 'test' })).data;
    index = buildIndex(data);
  });

  const appIds = (conditions: Condition[], text = '') => new Set(matchingActivityIds(db, { ...emptyFilter(scans), conditions, text } satisfies Filter));
  const siteIds = (conditions: Conditions, text = '') => new Set(matchActivities(index, conditions, text).flatMap((ok, a) => (ok ? [data.activities[a]!.id] : [])));

  it('publishes every activity of every scan when nothing narrows it', () => {
    expect(data.activities).toHaveLength((db.prepare('SELECT count(*) AS n FROM activity').get() as { n: number }).n);
    expect(data.scans.map((s) => s.id)).toEqual(scans);
  });

  it('matches the same activities as the app for 300 random filters', () => {
    const rng = mulberry32(18);
    const usable = SITE_DIMENSIONS.filter((d) => index.dims.get(d)!.values.length > 0);
    for (let round = 0; round < 300; round++) {
      const conditions: Conditions = {};
      const dims = 1 + Math.floor(rng() * 3);
      for (let k = 0; k < dims; k++) {
        const dim = pick(rng, usable);
        const n = index.dims.get(dim)!.values.length;
        conditions[dim] = [...new Set(Array.from({ length: 1 + Math.floor(rng() * 3) }, () => Math.floor(rng() * n)))];
      }
      expect(siteIds(conditions), JSON.stringify(appConditions(index, conditions))).toEqual(appIds(appConditions(index, conditions)));
    }
  });

  it('includes the regions below a chosen region, as the app does', () => {
    const geography = index.dims.get('geography')!.values;
    const province = geography.findIndex((v) => v.code === 'provincie-drenthe');
    const assen = geography.findIndex((v) => v.code === 'regio-assen');
    expect(province).toBeGreaterThanOrEqual(0);
    expect(assen).toBeGreaterThanOrEqual(0);
    const drenthe = siteIds({ geography: [province] });
    expect(drenthe).toEqual(appIds([{ dimension: 'geography', mode: 'any', values: ['provincie-drenthe'] }]));
    for (const id of siteIds({ geography: [assen] })) expect(drenthe.has(id)).toBe(true);
  });

  it('finds the same activities for search words (prefixes, accents and case folded)', () => {
    const rng = mulberry32(7);
    for (let round = 0; round < 40; round++) {
      const initiative = pick(rng, data.initiatives);
      const word = pick(rng, initiative.name.split(/\s+/).filter((w) => /^[\p{L}\p{N}]{3,}$/u.test(w)).concat(['digitaal']));
      const text = round % 3 === 0 ? word.slice(0, 4).toUpperCase() : word;
      expect(siteIds({}, text), text).toEqual(appIds([], text));
    }
  });

  it('counts per value the initiatives that choosing the value (as well) returns', () => {
    const rng = mulberry32(3);
    const initiativeOf = new Map(data.activities.map((a) => [a.id, a.initiative]));
    for (let round = 0; round < 40; round++) {
      const dim = pick(rng, ['sector', 'bottleneck', 'type', 'geography', 'form', 'organisation'] as const);
      const other = pick(rng, ['size', 'maturity', 'scan'] as const);
      const conditions: Conditions = { [other]: [Math.floor(rng() * index.dims.get(other)!.values.length)] };
      if (rng() < 0.5) conditions[dim] = [Math.floor(rng() * index.dims.get(dim)!.values.length)];
      const counts = facetCounts(index, conditions, '', [dim]).get(dim)!;
      for (let v = 0; v < counts.length; v++) {
        const narrowed = appConditions(index, { ...conditions, [dim]: [v] });
        const initiatives = new Set([...appIds(narrowed)].map((id) => initiativeOf.get(id)));
        expect(counts[v], `${dim}=${index.dims.get(dim)!.values[v]!.code}`).toBe(initiatives.size);
      }
    }
  });
});

describe('the URL hash', () => {
  let index: SiteIndex;
  beforeAll(async () => {
    const db = await sampleAndTwoScansDb();
    index = buildIndex(buildSiteData(db, siteInput(db, { filter: emptyFilter(), fields: [], language: 'nl' }, { generator: 'test' })).data);
  });
  const code = (dim: SiteDimension, c: string) => index.byCode.get(dim)!.get(c)!;

  it('reads `--where` keys and codes, and opens the list they filter', () => {
    const { state, unknown } = parseHash('#sector=C&bottleneck=6,8', index);
    expect(unknown).toEqual([]);
    expect(state.view).toBe('list');
    expect(state.conditions).toEqual({ sector: [code('sector', 'C')], bottleneck: [code('bottleneck', '6'), code('bottleneck', '8')] });
    expect(formatHash(state, index)).toBe('sector=C&bottleneck=6,8');
  });

  it('takes labels as --where does, and reports what it does not know', () => {
    const { state, unknown } = parseHash('#type=Werken%20met%20studenten&sector=industrie&sector=ZZ&colour=red&initiative=999999', index);
    expect(state.conditions.type).toEqual([code('type', 'werken-met-studenten')]);
    expect(state.conditions.sector).toEqual([code('sector', 'C')]);
    expect(unknown).toEqual(['sector=ZZ', 'colour=red', 'initiative=999999']);
  });

  it('round-trips random states', () => {
    const rng = mulberry32(11);
    for (let round = 0; round < 200; round++) {
      const conditions: Conditions = {};
      for (const dim of SITE_DIMENSIONS) {
        const n = index.dims.get(dim)!.values.length;
        if (n > 0 && rng() < 0.2) conditions[dim] = [...new Set([Math.floor(rng() * n), Math.floor(rng() * n)])].sort((a, b) => a - b);
      }
      const state: SiteState = {
        view: pick(rng, ['ask', 'list', 'map', 'join'] as const),
        conditions,
        text: rng() < 0.3 ? pick(rng, ['data', 'AI & co', 'zoek, met komma', 'é+ü']) : '',
        sort: pick(rng, ['name', 'activities', 'region'] as const),
        initiative: rng() < 0.3 ? pick(rng, index.data.initiatives).id : null,
        lang: pick(rng, [null, 'nl', 'en'] as const),
      };
      const back = parseHash(`#${formatHash(state, index)}`, index);
      expect(back.unknown).toEqual([]);
      expect(back.state).toEqual(state);
    }
  });
});

describe('the publish channels', () => {
  it('preview a publication and write it into the folder main asks for', async () => {
    const db = await sampleAndTwoScansDb();
    // An argument the channel does not take is refused (the schema is strict).
    const preview = await dispatch(db, 'publish.preview', { fields: ['reach'], where: 'sector=C' }, TEST_ENV);
    expect(preview.ok).toBe(false);
    const ok = await dispatch(db, 'publish.preview', { scans: [1], fields: ['reach'], english: true, contact: 'join@example.org' }, TEST_ENV);
    expect(ok.ok).toBe(true);
    const summary = (ok as { value: { counts: { initiatives: number }; fields: { optional: string[] }; language: string; scans: { id: number }[] } }).value;
    expect(summary.counts.initiatives).toBe(33);
    expect(summary.fields.optional).toEqual(['reach']);
    expect(summary.language).toBe('en');
    // Without a folder dialog (serve, tests): one sentence, nothing written.
    const refused = await dispatch(db, 'publish.build', { scans: [1] }, TEST_ENV);
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-available' } });
    const folder = join(tempDir(), 'site');
    const built = await dispatch(db, 'publish.build', { scans: [1], title: 'Kaart' }, { ...TEST_ENV, chooseFolder: async () => folder });
    expect(built.ok).toBe(true);
    expect(siteDataOf(readFileSync(join(folder, 'index.html'), 'utf8')).title).toBe('Kaart');
    const cancelled = await dispatch(db, 'publish.build', { scans: [1] }, { ...TEST_ENV, chooseFolder: async () => null });
    expect(cancelled).toEqual({ ok: true, value: null });
    // A request that cannot be published is refused before the dialog opens.
    let asked = false;
    const bad = await dispatch(db, 'publish.build', { fields: ['geheim'] }, { ...TEST_ENV, chooseFolder: async () => ((asked = true), folder) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-fields' } });
    expect(asked).toBe(false);
    expect(existsSync(join(folder, 'manifest.json'))).toBe(true);
    // Opening it: only where the desktop can (and does), never elsewhere.
    expect(await dispatch(db, 'publish.open', { folder }, TEST_ENV)).toEqual({ ok: true, value: { opened: false } });
    const opened: string[] = [];
    const hooks = desktopPublishing(async () => folder, (index) => opened.push(index));
    const desktop = { ...TEST_ENV, chooseFolder: () => hooks.chooseFolder(), openPublication: (f: string) => hooks.openPublication(f) };
    expect(await dispatch(db, 'publish.open', { folder }, desktop)).toEqual({ ok: true, value: { opened: false } });
    expect((await dispatch(db, 'publish.build', { scans: [1] }, desktop)).ok).toBe(true);
    expect(await dispatch(db, 'publish.open', { folder }, desktop)).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual([join(folder, 'index.html')]);
  });
});

describe('the page that carries the data', () => {
  it('keeps hostile text inside its JSON block: one script runs, and the data reads back as it was', async () => {
    const { siteHtml } = await import('../../src-main/publish/html');
    const hostile = '</script><script>alert(1)</script><!-- \u2028 & "quotes" \'';
    const data = { version: 1, title: hostile, language: 'nl', contact: null, generatedAt: '2025-01-01T00:00:00.000Z', generator: 'x', fields: [], templateFile: 't.xlsx', scans: [], dimensions: [], initiatives: [], activities: [], edges: [] } as unknown as SiteData;
    const html = siteHtml({ js: 'var s = "</script>";', css: 'a::after{content:"</style>"}' }, data);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(siteDataOf(html).title).toBe(hostile);
    expect(html).toContain(`<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;`);
  });
});
