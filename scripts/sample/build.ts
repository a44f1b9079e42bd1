/**
 * Builds the Noord-Nederland sample scan: a reconstruction of the 2022 pilot whose aggregates equal
 * the published figures. Where the published tables force the coding (geography and knelpunten per
 * activity type), the assignment is constructed from those tables, so they hold by construction; the
 * result is then checked against every published figure and the build throws if one is off.
 * Deterministic: a seeded PRNG (mulberry32) breaks ties, nothing depends on time or Math.random.
 */
import { dimension, GEOGRAPHIES, ORGANISATION_TYPES, TYPE_REACH_EFFORT, type DimensionKey } from '../../src-shared/codebook';
import { formatRegion } from '../../src-main/workbook/canonical-format';
import { writeCanonicalWorkbook } from '../../src-main/workbook/canonical-writer';
import type { ActivityData, InitiativeData, ProviderData, ScanData, ValueDimension } from '../../src-main/workbook/scan-data';
import { DEFAULT_RATIONALE, INITIATIVES, type ActivitySpec, type InitiativeSpec } from './initiatives';
import { INVENTED_ORGANISATIONS, ORGANISATIONS } from './organisations';
import { mulberry32, shuffled, type Rng } from './prng';
import { PUBLISHED, ROLE_ORDER, type PublishedType } from './published';

const SEED = 20220701;

export const SAMPLE_SCAN_META = {
  region: 'Noord-Nederland',
  year: 2022,
  title: 'Regioscan Digitalisering Noord-Nederland 2022 (reconstructie)',
  performedBy: 'Dialogic en Platform Talent voor Technologie (reconstructie)',
  source:
    'Regioscan Digitalisering Noord-Nederland. Digitaliseringsaanbod voor mkb in Friesland, Groningen en Drenthe in kaart gebracht. ' +
    'Dialogic en Platform Talent voor Technologie, in opdracht van het Ministerie van Economische Zaken en Klimaat, 2022.',
} as const;

interface Slot {
  initiative: InitiativeSpec;
  spec: ActivitySpec;
}

const ROLE_RANK: Readonly<Record<string, number>> = { initiatiefnemer: 0, financier: 1, uitvoerder: 2, contact: 3 };

// ---------------------------------------------------------------------------------------------------
// Geography: fill the published type × geography row; activities keep their preferred region when a
// slot for it is left, otherwise they get the nearest remaining region in the hierarchy.

const PARENT = new Map(GEOGRAPHIES.map((g) => [g.code, g.parent]));

function ancestors(code: string): string[] {
  const chain = [code];
  let parent = PARENT.get(code);
  while (parent) {
    chain.push(parent);
    parent = PARENT.get(parent);
  }
  return chain;
}

function geoDistance(a: string, b: string): number {
  if (a === b) return 0;
  const up = ancestors(a);
  const down = ancestors(b);
  const common = up.findIndex((x) => down.includes(x));
  if (common < 0) return 100;
  return common + down.indexOf(up[common] as string);
}

const GEO_ORDER = PUBLISHED.geographyColumns;

function assignGeographies(slots: readonly Slot[], published: PublishedType): { geos: string[]; moved: number } {
  const row = published.geography;
  const left = new Map(GEO_ORDER.map((g, i) => [g, row[i] ?? 0]));
  const geos: (string | undefined)[] = slots.map((s) => {
    const n = left.get(s.spec.geo) ?? 0;
    if (n <= 0) return undefined;
    left.set(s.spec.geo, n - 1);
    return s.spec.geo;
  });
  let moved = 0;
  slots.forEach((s, i) => {
    if (geos[i] !== undefined) return;
    let best: string | undefined;
    for (const g of GEO_ORDER) {
      if ((left.get(g) ?? 0) <= 0) continue;
      if (best === undefined || geoDistance(s.spec.geo, g) < geoDistance(s.spec.geo, best)) best = g;
    }
    if (best === undefined) throw new Error(`No geography left for ${s.initiative.name} / ${s.spec.name}`);
    left.set(best, (left.get(best) ?? 0) - 1);
    geos[i] = best;
    moved++;
  });
  return { geos: geos.map((g) => g as string), moved };
}

// ---------------------------------------------------------------------------------------------------
// Knelpunten: every published cell of the type's row is the number of its activities coded with that
// knelpunt. Columns are filled from the largest down; within a column hinted activities go first (an
// activity's first hint before its second), then the activities with the fewest knelpunten so far (ties
// broken by the PRNG). Activities left without a knelpunt then take one over from an activity that has
// several, so every activity has at least one.

/** 0 for an activity's first hint, 1 for its second, …; activities without this hint come last. */
function hintRank(slot: Slot | undefined, code: string): number {
  const i = slot?.spec.hints?.indexOf(code) ?? -1;
  return i < 0 ? 99 : i;
}

function assignBottlenecks(slots: readonly Slot[], published: PublishedType, rng: Rng): Set<string>[] {
  const type = published.code;
  const row = published.bottlenecks;
  const sets = slots.map(() => new Set<string>());
  const columns = row
    .map((count, k) => ({ code: String(k), count }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || Number(a.code) - Number(b.code));
  for (const { code, count } of columns) {
    if (count > slots.length) throw new Error(`Knelpunt ${code} × ${type}: ${count} > ${slots.length} activities`);
    const jitter = slots.map(() => rng());
    const order = slots
      .map((_, i) => i)
      .sort((a, b) => {
        const ha = hintRank(slots[a], code);
        const hb = hintRank(slots[b], code);
        return ha - hb || (sets[a]?.size ?? 0) - (sets[b]?.size ?? 0) || (jitter[a] ?? 0) - (jitter[b] ?? 0);
      });
    for (const i of order.slice(0, count)) sets[i]?.add(code);
  }
  sets.forEach((set, i) => {
    if (set.size > 0) return;
    const hints = slots[i]?.spec.hints ?? [];
    const fits = (other: Set<string>) => ([...other].some((k) => hints.includes(k)) ? 1 : 0);
    const donor = sets
      .filter((other) => other.size >= 2)
      .sort((a, b) => fits(b) - fits(a) || b.size - a.size)[0];
    const moved = donor && ([...donor].find((k) => hints.includes(k)) ?? [...donor][0]);
    if (!donor || moved === undefined) throw new Error(`Cannot give ${slots[i]?.spec.name} a knelpunt`);
    donor.delete(moved);
    set.add(moved);
  });
  return sets;
}

// ---------------------------------------------------------------------------------------------------
// Providers: the organisation table gives each organisation one role per initiative. Initiators and
// funders are listed on every activity of the initiative; implementers and contact organisations on the
// activities that fit them (students and research for education, etc.) and on at least half of them.

const FITTING_TYPES: Readonly<Record<string, readonly string[]>> = {
  onderwijsinstelling: ['werken-met-studenten', 'onderwijs-studenten', 'onderzoek'],
  kennisinstelling: ['onderzoek', 'faciliteiten', 'advisering'],
  eerstelijnsorganisatie: ['signaleren', 'scans', 'workshops'],
  samenwerkingsverband: ['netwerken', 'onderwijs-professionals', 'kennisplatform'],
  brancheorganisatie: ['netwerken', 'workshops'],
  bank: ['subsidies', 'advisering', 'netwerken'],
  overig: ['workshops', 'scans', 'advisering'],
};

interface Link {
  organisation: string;
  type: string;
  role: string;
}

function linksByInitiative(): Map<string, Link[]> {
  const byKey = new Map<string, Link[]>();
  for (const org of ORGANISATIONS) {
    for (const role of ROLE_ORDER) {
      for (const key of org.links[role] ?? []) {
        const list = byKey.get(key) ?? [];
        list.push({ organisation: org.name, type: org.type, role });
        byKey.set(key, list);
      }
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => (ROLE_RANK[a.role] ?? 9) - (ROLE_RANK[b.role] ?? 9));
  return byKey;
}

function attachProviders(initiative: InitiativeSpec, activities: ActivityData[], links: readonly Link[], rng: Rng): void {
  const n = activities.length;
  for (const link of links) {
    let chosen: Set<number>;
    if (link.role === 'initiatiefnemer' || link.role === 'financier' || n <= 2) {
      chosen = new Set(activities.map((_, i) => i));
    } else {
      const fitting = FITTING_TYPES[link.type] ?? [];
      chosen = new Set(activities.flatMap((a, i) => (fitting.includes(a.values.type?.[0] ?? '') ? [i] : [])));
      const want = Math.ceil(n / 2);
      for (const i of shuffled(
        activities.map((_, i) => i),
        rng,
      )) {
        if (chosen.size >= want) break;
        chosen.add(i);
      }
    }
    for (const i of [...chosen].sort((a, b) => a - b)) {
      const provider: ProviderData = { organisation: link.organisation, organisationType: link.type, roles: [link.role] };
      activities[i]?.providers.push(provider);
    }
  }
  if (activities.some((a) => a.providers.length === 0)) throw new Error(`${initiative.name}: an activity without providers`);
}

// ---------------------------------------------------------------------------------------------------

function nonEmpty(values: readonly string[] | undefined): string[] | undefined {
  return values && values.length > 0 ? [...values] : undefined;
}

function toActivity(slot: Slot, geo: string, bottlenecks: Set<string>): ActivityData {
  const { initiative, spec } = slot;
  const p = initiative.profile ?? {};
  const effort = TYPE_REACH_EFFORT[spec.type]?.effort;
  if (!effort) throw new Error(`No effort for activity type ${spec.type}`);
  const values: Partial<Record<ValueDimension, string[]>> = {
    type: [spec.type],
    geography: [geo],
    sector: [...(spec.sector ?? p.sector ?? ['geen'])],
    size: [...(spec.size ?? p.size ?? ['geen'])],
    phase: [...(spec.phase ?? p.phase ?? ['geen'])],
    maturity: [...(spec.maturity ?? p.maturity ?? ['geen'])],
    form: [...spec.form],
    bottleneck: [...bottlenecks].sort((a, b) => Number(a) - Number(b)),
    rationale: [...(spec.rationale ?? DEFAULT_RATIONALE[spec.type] ?? [])],
    effort: [effort],
  };
  const goal = nonEmpty(spec.goal ?? p.goal);
  const application = nonEmpty(spec.application ?? p.application);
  const technology = nonEmpty(spec.technology ?? p.technology);
  if (goal) values.goal = goal;
  if (application) values.application = application;
  if (technology) values.technology = technology;
  const known = spec.reach !== undefined;
  return {
    initiative: initiative.name,
    name: spec.name,
    description: spec.description,
    startYear: initiative.startYear,
    values,
    reach: spec.reach?.[0] ?? null,
    reachUnit: known ? (spec.type === 'kennisplatform' ? 'bezoekers' : 'ondernemingen') : null,
    reachSource: spec.reach?.[1] ?? 'geen',
    providers: [],
  };
}

function notes(): string {
  const invented = INITIATIVES.filter((i) => i.invented).map((i) => i.name);
  return [
    'Reconstructie, niet de oorspronkelijke gegevens: de werkmap van de pilot uit 2022 is niet openbaar.',
    'De aantallen activiteiten per type, de tabellen type × geografie en type × knelpunt (de cellen per rij; de gedrukte kolomtotalen voor knelpunt 5–7 kloppen niet),',
    'het totale bereik per type, de negen initiatieven met Werken met studenten en hun startjaren, en het aantal initiatieven per organisatie (de 20 organisaties in het rapport)',
    'zijn gelijk aan de gepubliceerde cijfers in het rapport. Alle andere coderingen, omschrijvingen, startjaren, rollen en bereikcijfers per activiteit zijn illustratief.',
    'Websites zijn plaatshouders op het domein .example.',
    `Verzonnen initiatieven (niet uit het rapport): ${invented.join(', ')}. Verzonnen organisatie: ${INVENTED_ORGANISATIONS.join(', ')}.`,
  ].join(' ');
}

/** The Noord-Nederland sample scan (33 initiatives, 100 activities), identical on every call. */
export function buildSampleScan(): ScanData {
  const slots: Slot[] = INITIATIVES.flatMap((initiative) => initiative.activities.map((spec) => ({ initiative, spec })));
  const bottleneckRng = mulberry32(SEED);
  const providerRng = mulberry32(SEED + 1);

  const geography = new Map<Slot, string>();
  const bottlenecks = new Map<Slot, Set<string>>();
  for (const published of PUBLISHED.types) {
    const type = published.code;
    const ofType = slots.filter((s) => s.spec.type === type);
    if (ofType.length !== published.activities) {
      throw new Error(`Sample has ${ofType.length} activities of type ${type}; published: ${published.activities}`);
    }
    const { geos } = assignGeographies(ofType, published);
    ofType.forEach((s, i) => geography.set(s, geos[i] as string));
    const sets = assignBottlenecks(ofType, published, bottleneckRng);
    ofType.forEach((s, i) => bottlenecks.set(s, sets[i] as Set<string>));
  }

  const links = linksByInitiative();
  const activities: ActivityData[] = [];
  for (const initiative of INITIATIVES) {
    const own = slots
      .filter((s) => s.initiative === initiative)
      .map((s) => toActivity(s, geography.get(s) as string, bottlenecks.get(s) as Set<string>));
    attachProviders(initiative, own, links.get(initiative.key) ?? [], providerRng);
    activities.push(...own);
  }

  const initiatives: InitiativeData[] = INITIATIVES.map((i) => ({
    name: i.name,
    description: i.description,
    website: `https://${i.slug}.example`,
    startYear: i.startYear,
    // Stored as the region's label, as the importer stores the Thuisregio cell.
    homeRegion: formatRegion(i.home),
  }));

  const scan: ScanData = { scan: { ...SAMPLE_SCAN_META, notes: notes() }, initiatives, activities };
  const problems = checkSampleScan(scan);
  if (problems.length > 0) throw new Error(`The sample scan does not match the published figures:\n- ${problems.join('\n- ')}`);
  return scan;
}

/** Geography slots that could not get the activity's preferred region (0 when the data fits the table). */
export function geographyMoves(): number {
  const slots: Slot[] = INITIATIVES.flatMap((initiative) => initiative.activities.map((spec) => ({ initiative, spec })));
  return PUBLISHED.types.reduce((sum, published) => sum + assignGeographies(slots.filter((s) => s.spec.type === published.code), published).moved, 0);
}

// ---------------------------------------------------------------------------------------------------
// Checks against the published figures.

/** An initiative's focus of digitalisation (the ecosystem map's node colour). */
export function initiativeFocus(activities: readonly ActivityData[]): string {
  const counts = new Map<string, number>();
  for (const a of activities) for (const f of a.values.form ?? []) if (f !== '7') counts.set(f, (counts.get(f) ?? 0) + 1);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  if (total === 0) return 'geen';
  const [form, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))[0] as [string, number];
  return 3 * n >= 2 * total ? form : 'gevarieerd';
}

/** The focus categories of the report's legend: hard infrastructure, services, intelligence, varied, none. */
const LEGEND_FOCUS = ['1', '5', '4', 'gevarieerd', 'geen'];

const CLOSED: readonly ValueDimension[] = ['type', 'sector', 'size', 'phase', 'maturity', 'geography', 'form', 'bottleneck', 'rationale', 'effort'];

function codeSet(key: DimensionKey): Set<string> {
  return new Set(dimension(key).values.map((v) => v.code));
}

export function checkSampleScan(scan: ScanData): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const acts = scan.activities;
  const typeOf = (a: ActivityData) => a.values.type?.[0] ?? '';

  expect(scan.initiatives.length === PUBLISHED.initiatives, `initiatives: ${scan.initiatives.length}`);
  expect(acts.length === PUBLISHED.activities, `activities: ${acts.length}`);
  expect(new Set(scan.initiatives.map((i) => i.name)).size === scan.initiatives.length, 'initiative names are not unique');
  expect(new Set(acts.map((a) => `${a.initiative}\u0000${a.name}`)).size === acts.length, '(initiative, activity) is not unique');
  const initiativeNames = new Set(scan.initiatives.map((i) => i.name));
  for (const a of acts) expect(initiativeNames.has(a.initiative), `activity ${a.name} of unknown initiative ${a.initiative}`);
  for (const i of scan.initiatives) expect(acts.some((a) => a.initiative === i.name), `initiative ${i.name} has no activities`);

  for (const a of acts) {
    for (const dim of CLOSED) {
      const codes = codeSet(dim);
      for (const c of a.values[dim] ?? []) expect(codes.has(c), `${a.name}: ${dim} code ${c} not in the codebook`);
    }
    for (const dim of ['type', 'geography', 'effort'] as const) expect(a.values[dim]?.length === 1, `${a.name}: ${dim} must have one value`);
    expect((a.values.bottleneck?.length ?? 0) > 0, `${a.name}: no knelpunt`);
    expect(a.values.effort?.[0] === TYPE_REACH_EFFORT[typeOf(a)]?.effort, `${a.name}: effort differs from the type's`);
    expect(a.reach !== 0, `${a.name}: reach 0 (unknown must be null)`);
    expect(a.providers.length > 0, `${a.name}: no providers`);
  }

  for (const published of PUBLISHED.types) {
    const type = published.code;
    const ofType = acts.filter((a) => typeOf(a) === type);
    expect(ofType.length === published.activities, `type ${type}: ${ofType.length} activities, published ${published.activities}`);
    GEO_ORDER.forEach((geo, i) => {
      const n = ofType.filter((a) => a.values.geography?.[0] === geo).length;
      expect(n === published.geography[i], `type ${type} × ${geo}: ${n}, published ${published.geography[i]}`);
    });
    published.bottlenecks.forEach((cell, k) => {
      const n = ofType.filter((a) => a.values.bottleneck?.includes(String(k))).length;
      expect(n === cell, `type ${type} × knelpunt ${k}: ${n}, published ${cell}`);
    });
    const reach = ofType.reduce((s, a) => s + (a.reach ?? 0), 0);
    expect(reach === published.reach, `reach ${type}: ${reach}, published ${published.reach}`);
    const unit = type === 'kennisplatform' ? 'bezoekers' : 'ondernemingen';
    for (const a of ofType) if (a.reach != null) expect(a.reachUnit === unit, `${a.name}: reach unit ${a.reachUnit}, expected ${unit}`);
  }
  const known = acts.filter((a) => a.reach != null).length;
  expect(known === 30, `activities with known reach: ${known} (aim: 30 = ~30%)`);

  const wms = acts.filter((a) => typeOf(a) === 'werken-met-studenten');
  expect(
    JSON.stringify(wms.map((a) => a.initiative).sort()) === JSON.stringify(Object.keys(PUBLISHED.werkenMetStudenten).sort()),
    `Werken met studenten initiatives: ${wms.map((a) => a.initiative).join(', ')}`,
  );
  for (const [name, year] of Object.entries(PUBLISHED.werkenMetStudenten)) {
    const i = scan.initiatives.find((x) => x.name === name);
    expect(i !== undefined && (i.startYear ?? null) === year, `start year of ${name}: ${i?.startYear}, published ${year}`);
  }

  // Organisations: initiatives per organisation and one role per (organisation, initiative).
  const rolesOf = new Map<string, Map<string, Set<string>>>();
  const typesOf = new Map<string, Set<string>>();
  for (const a of acts) {
    for (const p of a.providers) {
      const perInit = rolesOf.get(p.organisation) ?? new Map<string, Set<string>>();
      const roles = perInit.get(a.initiative) ?? new Set<string>();
      p.roles.forEach((r) => roles.add(r));
      perInit.set(a.initiative, roles);
      rolesOf.set(p.organisation, perInit);
      const types = typesOf.get(p.organisation) ?? new Set<string>();
      types.add(p.organisationType ?? '');
      typesOf.set(p.organisation, types);
    }
  }
  const orgTypes = new Set(ORGANISATION_TYPES.map((t) => t.code));
  for (const [org, types] of typesOf) {
    expect(types.size === 1, `${org} has several organisation types`);
    for (const t of types) expect(orgTypes.has(t), `${org}: organisation type ${t} not in the codebook`);
  }
  for (const published of PUBLISHED.organisations) {
    const org = published.name;
    const perInit = rolesOf.get(org);
    expect(perInit?.size === published.initiatives, `${org}: ${perInit?.size ?? 0} initiatives, published ${published.initiatives}`);
    if (published.rolesInconsistent) continue;
    for (const role of ROLE_ORDER) {
      const n = [...(perInit?.values() ?? [])].filter((roles) => roles.has(role)).length;
      expect(n === published[role], `${org} as ${role}: ${n}, published ${published[role]}`);
    }
  }
  const inTheTable = new Set(PUBLISHED.organisations.map((o) => o.name));
  for (const [org, perInit] of rolesOf) {
    if (inTheTable.has(org)) continue;
    expect(perInit.size < 5, `${org} takes part in ${perInit.size} initiatives but is not in the published table (≥ 5)`);
  }
  for (const [org, perInit] of rolesOf) for (const [init, roles] of perInit) expect(roles.size === 1, `${org} has several roles in ${init}`);
  for (const i of scan.initiatives) {
    const hasInitiator = acts.some((a) => a.initiative === i.name && a.providers.some((p) => p.roles.includes('initiatiefnemer')));
    expect(hasInitiator, `${i.name} has no initiatiefnemer`);
  }

  // Focus of digitalisation: only the report's legend categories, and every one of them present.
  const focuses = scan.initiatives.map((i) => initiativeFocus(acts.filter((a) => a.initiative === i.name)));
  for (const [n, f] of focuses.entries()) expect(LEGEND_FOCUS.includes(f), `${scan.initiatives[n]?.name}: focus ${f} is not in the report's legend`);
  for (const f of LEGEND_FOCUS) expect(focuses.includes(f), `no initiative with focus ${f}`);
  return problems;
}

/** The sample workbook as written to data/ (fixed creation date, so the bytes never change). */
export function writeSampleWorkbook(): Buffer {
  return writeCanonicalWorkbook(buildSampleScan(), {
    createdAt: new Date('2022-07-01T00:00:00Z'),
    note: 'Voorbeeldscan (reconstructie), gemaakt met scripts/sample/generate.ts. Zie blad Scan, Opmerkingen.',
  });
}
