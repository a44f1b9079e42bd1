/**
 * A deterministic stress scan for benchmarks: N activities over M initiatives in the canonical
 * layout, every dimension coded with plausible multiplicities (1–3 sectors, 1–3 knelpunten, …),
 * ~2 providers per activity from a pool of organisations. 60,000 activities is 100× all of the
 * Netherlands (~600 activities).
 */
import { ACTIVITY_TYPES, APPLICATIONS, BOTTLENECKS, FORMS, GEOGRAPHIES, GOALS, LEVELS, MATURITIES, ORGANISATION_TYPES, PHASES, RATIONALES, ROLES, SECTORS, SIZES, TECHNOLOGIES, type CodeEntry } from '../../src-shared/codebook';
import type { ActivityData, InitiativeData, ScanData, ValueDimension } from '../../src-main/workbook/scan-data';
import { mulberry32, type Rng } from '../sample/prng';

function pick(rng: Rng, list: readonly CodeEntry[]): string {
  return list[Math.floor(rng() * list.length)]!.code;
}

function some(rng: Rng, list: readonly CodeEntry[], max: number): string[] {
  const n = 1 + Math.floor(rng() * max);
  const out = new Set<string>();
  while (out.size < n) out.add(pick(rng, list));
  return [...out];
}

export function buildStressScan(activityCount = 60_000, initiativeCount = 20_000, seed = 20221): ScanData {
  const rng = mulberry32(seed);
  const organisations = Array.from({ length: 1500 }, (_, i) => ({ name: `Organisatie ${i + 1}`, type: pick(rng, ORGANISATION_TYPES) }));
  const initiatives: InitiativeData[] = Array.from({ length: initiativeCount }, (_, i) => ({
    name: `Initiatief ${i + 1}`,
    description: `Stressinitiatief ${i + 1} voor digitalisering van het mkb.`,
    website: `https://initiatief-${i + 1}.example`,
    startYear: 2010 + Math.floor(rng() * 13),
    homeRegion: null,
  }));
  const activities: ActivityData[] = [];
  for (let i = 0; i < activityCount; i++) {
    const initiative = initiatives[i % initiativeCount]!.name;
    const values: Partial<Record<ValueDimension, string[]>> = {
      type: [pick(rng, ACTIVITY_TYPES)],
      geography: [pick(rng, GEOGRAPHIES)],
      sector: some(rng, SECTORS, 3),
      size: some(rng, SIZES, 2),
      phase: some(rng, PHASES, 1),
      maturity: some(rng, MATURITIES, 2),
      form: some(rng, FORMS, 2),
      goal: some(rng, GOALS, 1),
      application: some(rng, APPLICATIONS, 1),
      technology: some(rng, TECHNOLOGIES, 2),
      bottleneck: some(rng, BOTTLENECKS, 3),
      rationale: some(rng, RATIONALES, 2),
      effort: [pick(rng, LEVELS)],
    };
    const providers = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => {
      const org = organisations[Math.floor(rng() * organisations.length)]!;
      return { organisation: org.name, organisationType: org.type, roles: some(rng, ROLES, 2) };
    });
    const unique = new Map(providers.map((p) => [p.organisation, p]));
    const known = rng() < 0.3;
    activities.push({
      initiative,
      name: `Activiteit ${i + 1}`,
      description: `Activiteit ${i + 1} van ${initiative}.`,
      startYear: 2015 + Math.floor(rng() * 8),
      values,
      reach: known ? 10 + Math.floor(rng() * 2000) : null,
      reachUnit: known ? 'ondernemingen' : null,
      reachSource: known ? 'kwantitatief' : null,
      providers: [...unique.values()],
    });
  }
  return {
    scan: { region: 'Stress', year: 2099, title: `Stress-scan ${activityCount} activiteiten`, performedBy: 'benchmark', source: null, notes: 'Gegenereerd voor benchmarks.' },
    initiatives,
    activities,
  };
}
