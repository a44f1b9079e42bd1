/** Leer van elkaar: each lens's rule on hand-made activities, scope and acquaintances, partners, and the CLI. */
import { describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { describeShared, pairScore } from '../../src-shared/pairing';
import { main } from '../../src-main/cli/main';
import type { Db } from '../../src-main/db/open';
import { writeScan } from '../../src-main/import/write-scan';
import { activityPairsOf, partnersOf } from '../../src-main/pairings/partners';
import { topPairs, type PairQuery } from '../../src-main/pairings/top-pairs';
import type { ActivityData, ProviderData, ScanData } from '../../src-main/workbook/scan-data';
import { memoryDb, tempDir } from '../helpers/db';
import { join } from 'node:path';
import { openDatabase } from '../../src-main/db/open';

type Values = ActivityData['values'];

function act(initiative: string, name: string, values: Values, providers: ProviderData[] = []): ActivityData {
  return { initiative, name, values: { type: ['workshops'], ...values }, providers };
}
const org = (organisation: string, organisationType: string, role: string): ProviderData => ({ organisation, organisationType, roles: [role] });

async function scanDb(activities: ActivityData[], more: { region: string; year?: number; activities: ActivityData[] }[] = []): Promise<Db> {
  const db = await memoryDb();
  for (const [region, year, list] of [['Drenthe', 2024, activities] as const, ...more.map((m) => [m.region, m.year ?? 2024, m.activities] as const)]) {
    const data: ScanData = { scan: { region, year, title: `${region} ${year}` }, initiatives: [...new Set(list.map((a) => a.initiative))].map((name) => ({ name })), activities: list };
    writeScan(db, data, [], { fileName: null, sha256: null });
  }
  return db;
}

const query = (lens: PairQuery['lens'], extra: Partial<PairQuery> = {}): PairQuery => ({ filter: emptyFilter(), lens, by: 'activity', top: 100, scope: 'all', hideKnown: false, ...extra });
const names = (db: Db, q: PairQuery) => topPairs(db, q).pairs.map((p) => [p.a.activity, p.b.activity].sort().join('+')).sort();

describe('lens A · doelgroep + digitaliseringsvorm', () => {
  it('pairs activities of different initiatives that share a specific sector and a specific form; generic values never count', async () => {
    const db = await scanDb([
      act('I1', 'a1', { sector: ['C'], form: ['3'], size: ['micro'] }),
      act('I1', 'a2', { sector: ['C'], form: ['3'] }),
      act('I2', 'b1', { sector: ['C', 'Q'], form: ['3', '7'], size: ['micro', 'geen'] }),
      act('I3', 'c1', { sector: ['geen'], form: ['3'] }),
      act('I4', 'd1', { sector: ['geen', 'C'], form: ['7'] }),
      act('I5', 'e1', { sector: ['geen'], form: ['3'], size: ['micro'] }),
    ]);
    const result = topPairs(db, query('A'));
    // a1–a2 share everything but are one initiative; c1/e1 share only the generic sector; d1 only the generic form.
    expect(names(db, query('A'))).toEqual(['a1+b1', 'a2+b1']);
    const best = result.pairs[0]!;
    expect([best.a.activity, best.b.activity].sort()).toEqual(['a1', 'b1']);
    expect(best.shared).toEqual({ sector: ['C'], form: ['3'], size: ['micro'] });
    expect(best.score).toBe(3 + 3 + 1);
    expect(describeShared('A', best.shared, 'nl')).toBe('Beide: sector C Industrie · vorm Data · omvang micro');
  });
});

describe('lens B · knelpunt + activiteit', () => {
  it('needs the same activity type and a shared knelpunt; Overig is not a shared knelpunt', async () => {
    const db = await scanDb([
      act('I1', 'a1', { type: ['werken-met-studenten'], bottleneck: ['2', '11'] }),
      act('I2', 'b1', { type: ['werken-met-studenten'], bottleneck: ['2', '6'], sector: ['C'] }),
      act('I3', 'c1', { type: ['werken-met-studenten'], bottleneck: ['11'] }),
      act('I4', 'd1', { type: ['workshops'], bottleneck: ['2'] }),
      act('I5', 'e1', { type: ['werken-met-studenten'], bottleneck: ['6'], sector: ['C'] }),
    ]);
    expect(names(db, query('B'))).toEqual(['a1+b1', 'b1+e1']);
    const pairs = topPairs(db, query('B')).pairs;
    expect(pairs[0]!.shared).toEqual({ type: ['werken-met-studenten'], bottleneck: ['6'], sector: ['C'] });
    expect(pairs[0]!.score).toBe(3 + 1);
  });
});

describe('lens C · aanbieder + beleidsrationale', () => {
  it('needs a shared rationale and, in one role, organisations of one type that are different organisations', async () => {
    const db = await scanDb([
      act('I1', 'a1', { rationale: ['1'] }, [org('Provincie Drenthe', 'provincie', 'financier')]),
      act('I2', 'b1', { rationale: ['1', '3'] }, [org('Provincie Groningen', 'provincie', 'financier')]),
      act('I3', 'c1', { rationale: ['1'] }, [org('Provincie Drenthe', 'provincie', 'financier')]),
      act('I4', 'd1', { rationale: ['1'] }, [org('Provincie Fryslân', 'provincie', 'uitvoerder')]),
      act('I5', 'e1', { rationale: ['2'] }, [org('Provincie Zeeland', 'provincie', 'financier')]),
      act('I6', 'f1', { rationale: ['1'] }, [org('Stichting X', 'overig', 'financier')]),
      act('I7', 'g1', { rationale: ['1'] }, [org('Stichting Y', 'overig', 'financier')]),
    ]);
    // a1–c1: the same province on both sides, never a pair with itself. d1: another role. e1: another rationale. f1–g1: type Overig.
    expect(names(db, query('C'))).toEqual(['a1+b1', 'b1+c1']);
    const pair = topPairs(db, query('C')).pairs[0]!;
    expect(pair.shared).toEqual({ rationale: ['1'], provider: ['financier/provincie'], type: ['workshops'] });
    expect(pair.score).toBe(pairScore('C', pair.shared));
    expect(describeShared('C', pair.shared, 'nl')).toBe('Beide: rationale 1 Informatiegebreken · aanbieder financier Provincie · type Workshops & kennisevents');
  });

  it('counts a role and type as shared when one side has two organisations of that type, even if one is the other side’s', async () => {
    const db = await scanDb([
      act('I1', 'a1', { rationale: ['5'] }, [org('Provincie Drenthe', 'provincie', 'financier'), org('Provincie Groningen', 'provincie', 'financier')]),
      act('I2', 'b1', { rationale: ['5'] }, [org('Provincie Drenthe', 'provincie', 'financier')]),
    ]);
    expect(names(db, query('C'))).toEqual(['a1+b1']);
  });
});

describe('scope, acquaintances and roll-up', () => {
  async function twoRegions() {
    return scanDb(
      [act('D1', 'd1', { sector: ['C'], form: ['1'] }, [org('Hanze', 'onderwijsinstelling', 'uitvoerder')]), act('D2', 'd2', { sector: ['C'], form: ['1'] }, [org('Hanze', 'onderwijsinstelling', 'uitvoerder')])],
      [{ region: 'Zeeland', activities: [act('Z1', 'z1', { sector: ['C'], form: ['1'], size: ['klein'] }), act('Z1', 'z2', { sector: ['C'], form: ['1', '3'] })] }],
    );
  }

  it('marks pairs across scans and can keep only those, or only those within a scan', async () => {
    const db = await twoRegions();
    const all = topPairs(db, query('A'));
    expect(all.pairs).toHaveLength(5); // d1–d2, and d1/d2 × z1/z2
    expect(all.pairs.filter((p) => p.acrossRegions)).toHaveLength(4);
    expect(topPairs(db, query('A', { scope: 'across' })).pairs.every((p) => p.acrossRegions && p.a.scan !== p.b.scan)).toBe(true);
    expect(names(db, query('A', { scope: 'within' }))).toEqual(['d1+d2']);
  });

  it('counts another year of the same region as within the region', async () => {
    const db = await scanDb([act('D1', 'd1', { sector: ['C'], form: ['1'] })], [{ region: 'Drenthe', year: 2022, activities: [act('D0', 'd0', { sector: ['C'], form: ['1'] })] }]);
    const [pair] = topPairs(db, query('A')).pairs;
    expect(pair).toMatchObject({ acrossRegions: false });
    expect(pair!.a.scan).not.toBe(pair!.b.scan);
    expect(topPairs(db, query('A', { scope: 'across' })).pairs).toEqual([]);
  });

  it('hides pairs of initiatives that already share an organisation, on request', async () => {
    const db = await twoRegions();
    const shown = topPairs(db, query('A', { by: 'initiative' })).pairs;
    expect(shown.find((p) => [p.a.initiative, p.b.initiative].sort().join() === 'D1,D2')?.shareOrganisation).toBe(true);
    const hidden = topPairs(db, query('A', { by: 'initiative', hideKnown: true })).pairs;
    expect(hidden.map((p) => [p.a.initiative, p.b.initiative].sort().join())).toEqual(['D1,Z1', 'D2,Z1']);
  });

  it('rolls activity pairs up to initiative pairs with their best score and their count', async () => {
    const db = await twoRegions();
    const pairs = topPairs(db, query('A', { by: 'initiative' })).pairs;
    const dz = pairs.find((p) => [p.a.initiative, p.b.initiative].sort().join() === 'D1,Z1')!;
    expect(dz.activityPairs).toBe(2);
    expect(dz.score).toBe(6);
    const expanded = activityPairsOf(db, 'A', emptyFilter(), dz.a.initiativeId, dz.b.initiativeId);
    expect(expanded.map((p) => p.score)).toEqual([6, 6]);
  });

  it('gives one initiative’s and one activity’s best partners, never the initiative itself', async () => {
    const db = await twoRegions();
    const z1 = (db.prepare("SELECT id FROM initiative WHERE name = 'Z1'").get() as { id: number }).id;
    const partners = partnersOf(db, { filter: emptyFilter(), lens: 'A', initiative: z1, top: 10, scope: 'all', hideKnown: false });
    expect(partners.pairs.map((p) => p.b.initiative)).toEqual(['D1', 'D2']);
    expect(partners.pairs.every((p) => p.a.initiative === 'Z1' && p.activityPairs === 2)).toBe(true);
    const z2 = (db.prepare("SELECT id FROM activity WHERE name = 'z2'").get() as { id: number }).id;
    const ofActivity = partnersOf(db, { filter: emptyFilter(), lens: 'A', activity: z2, top: 10, scope: 'all', hideKnown: false });
    expect(ofActivity.pairs.map((p) => [p.a.activity, p.b.activity])).toEqual([
      ['z2', 'd1'],
      ['z2', 'd2'],
    ]);
    expect(() => partnersOf(db, { filter: emptyFilter(), lens: 'A', activity: 99_999, top: 10, scope: 'all', hideKnown: false })).toThrow(/no activity/);
  });
});

describe('regioscan pairings', () => {
  it('prints the pairs as JSON at activity level and rolled up, and refuses a lens it does not know', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.sqlite');
    const db = await openDatabase(path);
    writeScan(db, { scan: { region: 'Drenthe', year: 2024, title: 'D' }, initiatives: [{ name: 'I1' }, { name: 'I2' }], activities: [act('I1', 'a1', { sector: ['C'], form: ['3'] }), act('I2', 'b1', { sector: ['C'], form: ['3'] })] }, [], { fileName: null, sha256: null });
    db.close();
    let out = '';
    const io = { out: (t: string) => (out += t), err: () => undefined };
    expect(await main(['pairings', '--db', path, '--lens', 'A', '--json'], io)).toBe(0);
    const pairs = JSON.parse(out) as { a: { initiative: string; activity: string; id: number }; b: { activity: string }; score: number; shared: Record<string, string[]> }[];
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: { initiative: 'I1', activity: 'a1' }, b: { activity: 'b1' }, score: 6, shared: { sector: ['C'], form: ['3'] } });
    expect(typeof pairs[0]!.a.id).toBe('number');
    out = '';
    expect(await main(['pairings', '--db', path, '--lens', 'a', '--by', 'initiative', '--json'], io)).toBe(0);
    expect(JSON.parse(out)).toMatchObject([{ a: { initiative: 'I1' }, b: { initiative: 'I2' }, score: 6, activityPairs: 1 }]);
    let err = '';
    expect(await main(['pairings', '--db', path, '--lens', 'D'], { out: () => undefined, err: (t) => (err += t) })).toBe(1);
    expect(err).toBe("regioscan pairings: --lens neemt A, B of C, niet 'D'.\n");
  });
});

describe('the Ecosysteemkaart’s learn layer', () => {
  it('draws the best initiative pairs of the lens as edges weighted by score, with what they share', async () => {
    const { buildGraph } = await import('../../src-main/graph/graph');
    const db = await scanDb(
      [act('D1', 'd1', { sector: ['C'], form: ['1'] }), act('D2', 'd2', { sector: ['C'], form: ['1'], size: ['klein'] })],
      [{ region: 'Zeeland', activities: [act('Z1', 'z1', { sector: ['C'], form: ['1'], size: ['klein'] }), act('Z2', 'z2', { sector: ['Q'], form: ['1'] })] }],
    );
    const graph = buildGraph(db, { filter: emptyFilter(), edges: ['learn'], learnLens: 'A' });
    const pairs = topPairs(db, query('A', { by: 'initiative', top: 100 })).pairs;
    expect(graph.edges.map((e) => [e.source, e.target, e.weight]).sort()).toEqual(pairs.map((p) => [Math.min(p.a.initiativeId, p.b.initiativeId), Math.max(p.a.initiativeId, p.b.initiativeId), p.score]).sort());
    expect(graph.edges.every((e) => e.type === 'learn')).toBe(true);
    expect(graph.edges.find((e) => e.weight === 7)?.shared).toEqual(['sector:C', 'form:1', 'size:klein']);
    expect(buildGraph(db, { filter: emptyFilter(), edges: ['learn'], learnLens: 'B' }).edges).toEqual([]);
  });
});
