/**
 * Importing the bundled sample workbook and asking `regioscan facets --json` (per activity type)
 * reproduces the published tables of docs/method.md cell for cell.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../src-shared/codebook';
import { runCli } from '../helpers/run-cli';
import { REPO_ROOT } from '../../src-main/version';
import { tempDir } from '../helpers/db';
import { GEO_COLUMNS, GEO_TOTALS, KNELPUNT_TOTALS, TYPE_COUNTS, TYPE_GEO, TYPE_KNELPUNT } from '../helpers/published-figures';

interface FacetJson {
  total: number;
  facets: Record<string, { code: string | null; label: string; count: number; own?: number }[]>;
}

const cli = runCli;

describe('the sample scan through the CLI', () => {
  const db = join(tempDir(), 'sample.sqlite');
  let all: FacetJson;

  beforeAll(async () => {
    const imported = await cli(['import', join(REPO_ROOT, 'data', 'regioscan-noord-nederland-2022.xlsx'), '--db', db, '--json']);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.out) as { counts: Record<string, number>; issues: unknown[] };
    expect(report.counts).toMatchObject({ activities: 100, initiatives: 33 });
    expect(report.issues).toEqual([]);
    all = JSON.parse((await cli(['facets', '--db', db, '--json'])).out) as FacetJson;
  });

  const count = (f: FacetJson, dim: string, code: string) => f.facets[dim]!.find((v) => v.code === code)?.count ?? 0;
  // The report counts each geography value by itself (a province column leaves out its sub-regions):
  // the facet's `own`; its `count` is what selecting the value with its sub-regions returns.
  const own = (f: FacetJson, code: string) => f.facets.geography!.find((v) => v.code === code)?.own ?? 0;

  it('counts the activity types', () => {
    expect(all.total).toBe(100);
    for (const t of ACTIVITY_TYPES) expect(count(all, 'type', t.code), t.nl).toBe(TYPE_COUNTS[t.nl]);
  });

  it('reproduces the geography totals and the knelpunt column sums', () => {
    GEO_COLUMNS.forEach((geo, i) => expect(own(all, geo), geo).toBe(GEO_TOTALS[i]));
    // Nederland holds every region of the sample below it: selecting it returns every activity
    // except those whose geography is "niet gespecificeerd" (generic, outside the tree).
    expect(own(all, 'niet-gespecificeerd')).toBeGreaterThan(0);
    expect(count(all, 'geography', 'nederland')).toBe(100 - own(all, 'niet-gespecificeerd'));
    KNELPUNT_TOTALS.forEach((n, k) => expect(count(all, 'bottleneck', String(k)), `knelpunt ${k}`).toBe(n));
  });

  it('reproduces type × geography and type × knelpunt cell for cell', async () => {
    for (const t of ACTIVITY_TYPES) {
      const res = await cli(['facets', '--db', db, '--where', `Type activiteit=${t.nl}`, '--json']);
      expect(res.code, res.err).toBe(0);
      const f = JSON.parse(res.out) as FacetJson;
      expect(f.total).toBe(TYPE_COUNTS[t.nl]);
      // Exact geography values, not including sub-regions: the facet's own count.
      expect(GEO_COLUMNS.map((g) => own(f, g)), `${t.nl} × geografie`).toEqual(TYPE_GEO[t.nl]);
      expect(TYPE_KNELPUNT[t.nl]!.map((_, k) => count(f, 'bottleneck', String(k))), `${t.nl} × knelpunt`).toEqual(TYPE_KNELPUNT[t.nl]);
    }
  });

  it('answers an unknown value with one line and exit 1', async () => {
    const res = await cli(['facets', '--db', db, '--where', 'sector=Industri']);
    expect(res.code).toBe(1);
    expect(res.err.trim().split('\n')).toHaveLength(1);
    expect(res.err).toContain("(bedoelt u 'Industrie'?)");
  });
});
