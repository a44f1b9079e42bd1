/**
 * A region's next scan generated from a scan with a known truth, for measuring the linker
 * (docs/links.md §5): each initiative is kept as it was, changed only in form (case, diacritics,
 * punctuation, spacing, a legal form: an automatic link is expected), renamed (a word added or
 * dropped, a typo, or a new name altogether), stopped, merged with another, or split in two; and new
 * initiatives are added. `truth` lists every pair of names that is the same initiative.
 */
import type { ActivityData, InitiativeData, ScanData } from '../../src-main/workbook/scan-data';
import { mulberry32, type Rng } from './prng';

export type Fate = 'same' | 'form' | 'renamed' | 'rebranded' | 'stopped' | 'merged' | 'split' | 'new';

export interface TruePair {
  from: string;
  to: string;
  fate: Fate;
}

export interface ScanPair {
  next: ScanData;
  truth: TruePair[];
  /** Names in the next scan that no earlier initiative became. */
  fresh: string[];
  stopped: string[];
}

export interface PairSpec {
  year: number;
  seed: number;
  /** Shares of the initiatives per fate (the rest stays the same); new initiatives as a share of the count. */
  shares?: Partial<Record<Exclude<Fate, 'same'>, number>>;
}

const DEFAULT_SHARES: Record<Exclude<Fate, 'same'>, number> = { form: 0.15, renamed: 0.1, rebranded: 0.04, stopped: 0.1, merged: 0.06, split: 0.04, new: 0.12 };

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const BRAND_A = ['Digi', 'Slim', 'Tech', 'Data', 'Smart', 'Future', 'Nova', 'Impuls', 'Kompas', 'Vonk'];
const BRAND_B = ['hub', 'werk', 'punt', 'lab', 'net', 'plein', 'haven', 'kracht', 'brug', 'stroom'];
const BRAND_C = ['Noord', 'Delta', 'Kust', 'Regio', 'Oost', 'West', 'Midden', 'Zuid', 'Polder', 'Stad'];

/** A change in form only: what normalisation folds away. */
function formChange(rng: Rng, name: string): string {
  switch (Math.floor(rng() * 5)) {
    case 0:
      return `Stichting ${name}`;
    case 1:
      return `${name} B.V.`;
    case 2:
      return name.toUpperCase();
    case 3:
      return name.replace(/e/, 'é').replace(/ /, '  ');
    default:
      return name.replace(/ /, ' - ');
  }
}

/** A rename that keeps part of the name: a word added, a word dropped, or a typo. */
function rename(rng: Rng, name: string): string {
  const words = name.split(' ');
  const kind = Math.floor(rng() * 3);
  if (kind === 0) return `${name} ${pick(rng, ['Digitaal', 'Plus', '2.0', 'Academie', 'Netwerk'])}`;
  if (kind === 1 && words.length > 2) return words.filter((_, i) => i !== Math.floor(words.length / 2)).join(' ');
  const w = words.findIndex((x) => x.length >= 5);
  if (w < 0) return `${name} Nieuw`;
  const word = words[w]!;
  const at = 1 + Math.floor(rng() * (word.length - 2));
  words[w] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

const brandName = (rng: Rng) => `${pick(rng, BRAND_A)}${pick(rng, BRAND_B)} ${pick(rng, BRAND_C)}`;

/** The next scan of `base`'s region, with what really happened to each initiative. */
export function nextScan(base: ScanData, newcomers: ScanData, spec: PairSpec): ScanPair {
  const rng = mulberry32(spec.seed);
  const shares = { ...DEFAULT_SHARES, ...spec.shares };
  const taken = new Set<string>();
  const unique = (name: string) => {
    let out = name;
    for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${name} ${n}`;
    taken.add(out.toLowerCase());
    return out;
  };
  for (const i of base.initiatives) taken.add(i.name.toLowerCase());
  const activitiesOf = new Map<string, ActivityData[]>();
  for (const a of base.activities) activitiesOf.set(a.initiative, [...(activitiesOf.get(a.initiative) ?? []), a]);

  const initiatives: InitiativeData[] = [];
  const activities: ActivityData[] = [];
  const truth: TruePair[] = [];
  const stopped: string[] = [];
  const fresh: string[] = [];
  const add = (source: InitiativeData, name: string, acts: readonly ActivityData[]) => {
    initiatives.push({ ...source, name });
    const names = new Set<string>();
    for (const a of acts) {
      let own = a.name;
      for (let n = 2; names.has(own.toLowerCase()); n++) own = `${a.name} ${n}`;
      names.add(own.toLowerCase());
      activities.push({ ...a, name: own, initiative: name, providers: a.providers.map((p) => ({ ...p, roles: [...p.roles] })) });
    }
  };

  const fates: readonly Exclude<Fate, 'same' | 'new'>[] = ['form', 'renamed', 'rebranded', 'stopped', 'merged', 'split'];
  const queue = [...base.initiatives];
  while (queue.length > 0) {
    const i = queue.shift()!;
    const acts = activitiesOf.get(i.name) ?? [];
    let r = rng();
    let fate: Fate = 'same';
    for (const f of fates) {
      if (r < shares[f]) {
        fate = f;
        break;
      }
      r -= shares[f];
    }
    if (fate === 'split' && acts.length < 2) fate = 'renamed';
    if (fate === 'merged' && queue.length === 0) fate = 'same';
    switch (fate) {
      case 'same':
      case 'form':
      case 'renamed':
      case 'rebranded': {
        // A kept name is already taken (by itself); every other name must be new in the region.
        if (fate !== 'same') taken.delete(i.name.toLowerCase());
        const name = fate === 'same' ? i.name : unique(fate === 'form' ? formChange(rng, i.name) : fate === 'renamed' ? rename(rng, i.name) : brandName(rng));
        add(i, name, acts);
        truth.push({ from: i.name, to: name, fate });
        break;
      }
      case 'stopped':
        stopped.push(i.name);
        break;
      case 'merged': {
        const other = queue.splice(Math.floor(rng() * queue.length), 1)[0]!;
        const name = unique(`${i.name} ${other.name.split(' ')[0]}`);
        add(i, name, [...acts, ...(activitiesOf.get(other.name) ?? [])]);
        truth.push({ from: i.name, to: name, fate }, { from: other.name, to: name, fate });
        break;
      }
      case 'split': {
        const half = Math.ceil(acts.length / 2);
        const north = unique(`${i.name} Noord`);
        const south = unique(`${i.name} Zuid`);
        add(i, north, acts.slice(0, half));
        add(i, south, acts.slice(half));
        truth.push({ from: i.name, to: north, fate }, { from: i.name, to: south, fate });
        break;
      }
    }
  }
  // New initiatives: a newcomer scan's activities under names nobody had.
  const newcomerActs = new Map<string, ActivityData[]>();
  for (const a of newcomers.activities) newcomerActs.set(a.initiative, [...(newcomerActs.get(a.initiative) ?? []), a]);
  const count = Math.round(base.initiatives.length * shares.new);
  for (const source of newcomers.initiatives.slice(0, count)) {
    const name = unique(brandName(rng));
    add(source, name, (newcomerActs.get(source.name) ?? []).map((a) => ({ ...a, name: `${a.name} ${name}` })));
    fresh.push(name);
  }
  return { next: { ...base, scan: { ...base.scan, year: spec.year, title: `${base.scan.title} → ${spec.year}` }, initiatives, activities }, truth, fresh, stopped };
}
