/**
 * Deterministic scans of other regions, drawn from the Noord-Nederland sample so they code like a
 * real scan (mostly generic target groups, a few sectors, shared organisations, reach known for a
 * third): each initiative copies a sample initiative's profile, each activity one of that
 * initiative's activities, with a seeded share of its codes redrawn from the whole sample.
 *
 * Used for the Ecosysteemkaart's realistic cases: the sample plus two imported regional scans (59
 * initiatives, tests) and a national-scale scan of 600 activities over 220 initiatives (benchmark).
 */
import type { ActivityData, InitiativeData, ScanData, ValueDimension } from '../../src-main/workbook/scan-data';
import { buildSampleScan } from './build';
import { mulberry32, type Rng } from './prng';

export interface DerivedScanSpec {
  region: string;
  year: number;
  initiatives: number;
  activities: number;
  seed: number;
}

/** Dimensions whose codes are sometimes redrawn, so a copied activity is not a twin of its source. */
const REDRAWN: readonly ValueDimension[] = ['sector', 'form', 'type', 'technology', 'bottleneck', 'size', 'maturity'];
const REDRAW_CHANCE = 0.35;

const pickOne = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

export function buildDerivedScan(spec: DerivedScanSpec): ScanData {
  if (spec.activities < spec.initiatives) throw new Error('A derived scan needs at least one activity per initiative.');
  const rng = mulberry32(spec.seed);
  const sample = buildSampleScan();
  const byInitiative = new Map<string, ActivityData[]>();
  for (const a of sample.activities) byInitiative.set(a.initiative, [...(byInitiative.get(a.initiative) ?? []), a]);
  const sources = sample.initiatives.filter((i) => byInitiative.has(i.name));

  // Activities per initiative: one each, the rest drawn in proportion to the source's size.
  const profile = Array.from({ length: spec.initiatives }, () => pickOne(rng, sources));
  const counts = profile.map(() => 1);
  const weights = profile.map((p) => byInitiative.get(p.name)!.length);
  const total = weights.reduce((s, w) => s + w, 0);
  for (let extra = spec.activities - spec.initiatives; extra > 0; extra--) {
    let r = rng() * total;
    let k = 0;
    while (r >= weights[k]! && k < weights.length - 1) r -= weights[k++]!;
    counts[k]!++;
  }

  const used = new Map<string, number>();
  const initiatives: InitiativeData[] = [];
  const activities: ActivityData[] = [];
  profile.forEach((source, k) => {
    const base = `${source.name} ${spec.region}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base} ${n}`;
    initiatives.push({ name, description: `${source.description ?? ''} (${spec.region}, afgeleid van de voorbeeldscan)`.trim(), website: null, startYear: source.startYear ?? null, homeRegion: spec.region });
    const own = byInitiative.get(source.name)!;
    for (let i = 0; i < counts[k]!; i++) {
      const from = own[i % own.length]!;
      const values: Partial<Record<ValueDimension, string[]>> = {};
      for (const [dim, codes] of Object.entries(from.values) as [ValueDimension, string[]][]) {
        values[dim] = REDRAWN.includes(dim) && rng() < REDRAW_CHANCE ? [...(pickOne(rng, sample.activities).values[dim] ?? codes)] : [...codes];
      }
      activities.push({
        initiative: name,
        name: `${from.name} ${spec.region}${i >= own.length ? ` ${Math.floor(i / own.length) + 1}` : ''}`,
        description: from.description ?? null,
        startYear: from.startYear ?? null,
        values,
        reach: from.reach ?? null,
        reachUnit: from.reachUnit ?? null,
        reachSource: from.reachSource ?? null,
        // Half of the organisations are the sample's (national ones recur), the rest regional namesakes.
        providers: from.providers.map((p) => (rng() < 0.5 ? { ...p } : { ...p, organisation: `${p.organisation} (${spec.region})` })),
      });
    }
  });
  return {
    scan: { region: spec.region, year: spec.year, title: `Regioscan ${spec.region} ${spec.year} (afgeleid)`, performedBy: 'gegenereerd', source: null, notes: `Afgeleid van de voorbeeldscan Noord-Nederland 2022 (seed ${spec.seed}).` },
    initiatives,
    activities,
  };
}

/** The two regional scans that, with the sample (33), make the 59-initiative map of issue 14. */
export const TWO_REGIONAL_SCANS: readonly DerivedScanSpec[] = [
  { region: 'Utrecht', year: 2023, initiatives: 13, activities: 41, seed: 2023 },
  { region: 'Zeeland', year: 2024, initiatives: 13, activities: 37, seed: 2024 },
];

/** A scan of all of the Netherlands: 600 activities over 220 initiatives. */
export const NATIONAL_SCAN: DerivedScanSpec = { region: 'Nederland', year: 2025, initiatives: 220, activities: 600, seed: 2025 };
