/**
 * Collects initiatives, activities and providers from any number of table rows into one ScanData,
 * merging duplicates (reported) and never dropping a value: what cannot be coded is kept verbatim.
 */
import type { ActivityData, InitiativeData, ProviderData, ScanData, ScanMeta, ValueDimension } from '../workbook/scan-data';
import { dimension } from '../../src-shared/codebook';
import { nameKey, tidyName } from './cells';
import type { IssueLog, Where } from './issues';
import { LIMITS } from './limits';
import { UserError } from '../errors';
import type { CodedValues } from './value-coder';

export interface ActivityDraft {
  initiative: string;
  name: string;
  description: string | null;
  startYear: number | null;
  coded: CodedValues;
  reach: number | null;
  reachUnit: string | null;
  reachSource: string | null;
  providers: Map<string, ProviderData>;
  /** Unrecognised columns: name → value, in the order the row had them. */
  extra: Map<string, string>;
}

type InitiativeField = 'description' | 'website' | 'startYear' | 'homeRegion';

export function activityKey(initiative: string, activity: string): string {
  return `${nameKey(initiative)}\u0000${nameKey(activity)}`;
}

export class ScanBuilder {
  readonly initiatives = new Map<string, InitiativeData>();
  /** Initiatives named only by activities or providers, not by an initiatives sheet row. */
  private readonly implicitInitiatives = new Set<string>();
  readonly activities = new Map<string, ActivityDraft>();
  /** The activities of each initiative (by name key), for provider rows that name no activity. */
  private readonly byInitiative = new Map<string, ActivityDraft[]>();
  /** Provider links made so far, held to LIMITS.providerLinks. */
  private links = 0;
  /** The first organisation type each organisation got in this file. */
  private readonly organisationTypes = new Map<string, string>();
  /** Where an initiative was first named without a row of its own. */
  private readonly firstMention = new Map<string, Where>();
  /** Unrecognised columns of initiatives sheets, per initiative. */
  private readonly initiativeExtras = new Map<InitiativeData, Map<string, string>>();

  constructor(private readonly log: IssueLog) {}

  /** Records an organisation's type; returns the type it had already, if any. */
  organisationType(name: string, type: string): string | undefined {
    const key = nameKey(name);
    const known = this.organisationTypes.get(key);
    if (known === undefined) this.organisationTypes.set(key, type);
    return known;
  }

  /** An initiative from its own row (initiatives sheet) or as a side effect of an activity row. */
  initiative(name: string, where: Where, fromOwnRow: boolean): InitiativeData {
    const key = nameKey(name);
    let initiative = this.initiatives.get(key);
    if (!initiative) {
      initiative = { name: tidyName(name), description: null, website: null, startYear: null, homeRegion: null };
      this.initiatives.set(key, initiative);
      if (!fromOwnRow) {
        this.implicitInitiatives.add(key);
        this.firstMention.set(key, { ...where, value: tidyName(name) });
      }
    } else if (fromOwnRow) {
      if (this.implicitInitiatives.has(key)) this.implicitInitiatives.delete(key);
      else this.log.add('warning', 'duplicate-initiative', { initiative: initiative.name }, where);
    }
    return initiative;
  }

  /** Sets an initiative field; a different second value is reported, the first kept. */
  setInitiativeField(initiative: InitiativeData, field: InitiativeField, value: string | number | null, label: string, where: Where): void {
    if (value === null || value === '') return;
    const current = initiative[field];
    if (current === null || current === undefined || current === '') {
      (initiative as Record<InitiativeField, unknown>)[field] = value;
    } else if (String(current) !== String(value)) {
      this.log.add('warning', 'conflicting-value', { field: label, initiative: initiative.name, kept: String(current), text: String(value) }, { ...where, value: String(value) });
    }
  }

  /** Sets an extra field of an initiative; a different second value is reported, the first kept. */
  setInitiativeExtra(initiative: InitiativeData, name: string, value: string, where: Where): void {
    if (value === '') return;
    let extra = this.initiativeExtras.get(initiative);
    if (!extra) this.initiativeExtras.set(initiative, (extra = new Map()));
    const current = extra.get(name);
    if (current === undefined) extra.set(name, value);
    else if (current !== value) this.log.add('warning', 'conflicting-value', { field: name, initiative: initiative.name, kept: current, text: value }, { ...where, value });
  }

  /** Adds an activity, or merges it into the one with the same initiative and name (reported). */
  addActivity(draft: ActivityDraft, where: Where): ActivityDraft {
    const key = activityKey(draft.initiative, draft.name);
    const existing = this.activities.get(key);
    if (!existing) {
      this.activities.set(key, draft);
      const initiative = nameKey(draft.initiative);
      const list = this.byInitiative.get(initiative);
      if (list) list.push(draft);
      else this.byInitiative.set(initiative, [draft]);
      return draft;
    }
    this.log.add('warning', 'duplicate-activity', { activity: existing.name, initiative: existing.initiative }, where);
    const who = `${existing.initiative} / ${existing.name}`;
    const conflict = (field: string, kept: unknown, text: unknown) =>
      this.log.add('warning', 'conflicting-value', { field, initiative: who, kept: String(kept), text: String(text) }, { ...where, value: String(text) });
    // Fields: the first row's value stays; a different later value is reported, not silently lost.
    for (const [field, label] of [['description', 'Omschrijving'], ['startYear', 'Startjaar'], ['reach', 'Bereik'], ['reachUnit', 'Bereik eenheid'], ['reachSource', 'Bron bereik']] as const) {
      const later = draft[field];
      if (later === null || later === undefined) continue;
      if (existing[field] === null || existing[field] === undefined) (existing as unknown as Record<string, unknown>)[field] = later;
      else if (existing[field] !== later) conflict(label, existing[field], later);
    }
    for (const [dim, codes] of draft.coded.values) {
      const single = !dimension(dim).multi;
      const kept = existing.coded.values.get(dim)?.[0];
      for (const c of codes) {
        if (single && kept !== undefined && kept !== c) {
          // A single-valued dimension keeps one value; the other is kept as unmapped and reported.
          addUnique(existing.coded.unmapped, dim, labelOf(dim, c));
          conflict(dimension(dim).nl, labelOf(dim, kept), labelOf(dim, c));
        } else addUnique(existing.coded.values, dim, c);
      }
    }
    for (const [dim, texts] of draft.coded.unmapped) for (const t of texts) addUnique(existing.coded.unmapped, dim, t);
    for (const [name, value] of draft.extra) {
      const kept = existing.extra.get(name);
      if (kept === undefined) existing.extra.set(name, value);
      else if (kept !== value) conflict(name, kept, value);
    }
    for (const p of draft.providers.values()) addProvider(existing, p);
    return existing;
  }

  activitiesOf(initiative: string): ActivityDraft[] {
    return this.byInitiative.get(nameKey(initiative)) ?? [];
  }

  /** Counts `n` more provider links; past LIMITS.providerLinks the import is refused. */
  countLinks(n: number): void {
    this.links += n;
    if (this.links > LIMITS.providerLinks) {
      throw new UserError('import-refused', {
        nl: `Dit bestand koppelt meer dan ${LIMITS.providerLinks.toLocaleString('nl-NL')} keer een aanbieder aan een activiteit; dat is geen scan en het wordt niet geïmporteerd.`,
        en: `This file links a provider to an activity more than ${LIMITS.providerLinks.toLocaleString('en-GB')} times; that is not a scan and it is not imported.`,
      });
    }
  }

  reportImplicitInitiatives(): void {
    for (const key of this.implicitInitiatives) {
      const initiative = this.initiatives.get(key)!;
      this.log.add('warning', 'initiative-created', { initiative: initiative.name }, this.firstMention.get(key) ?? {});
    }
  }

  build(meta: ScanMeta): ScanData {
    const withActivities = new Set([...this.activities.values()].map((a) => nameKey(a.initiative)));
    for (const [key, initiative] of this.initiatives) {
      if (!withActivities.has(key)) this.log.add('warning', 'initiative-without-activities', { initiative: initiative.name }, {});
    }
    const activities: ActivityData[] = [...this.activities.values()].map((a) => ({
      initiative: this.initiatives.get(nameKey(a.initiative))?.name ?? a.initiative,
      name: a.name,
      description: a.description,
      startYear: a.startYear,
      values: Object.fromEntries(a.coded.values) as Partial<Record<ValueDimension, string[]>>,
      ...(a.coded.unmapped.size > 0 ? { unmapped: Object.fromEntries(a.coded.unmapped) as Partial<Record<ValueDimension, string[]>> } : {}),
      reach: a.reach,
      reachUnit: a.reachUnit,
      reachSource: a.reachSource,
      providers: [...a.providers.values()],
      ...(a.extra.size > 0 ? { extra: [...a.extra].map(([name, value]) => ({ name, value })) } : {}),
    }));
    for (const [initiative, extra] of this.initiativeExtras) {
      if (extra.size > 0) initiative.extra = [...extra].map(([name, value]) => ({ name, value }));
    }
    return { scan: meta, initiatives: [...this.initiatives.values()], activities };
  }
}

function labelOf(dim: ValueDimension, code: string): string {
  return dimension(dim).values.find((v) => v.code === code)?.nl ?? code;
}

function addUnique(map: Map<ValueDimension, string[]>, dim: ValueDimension, value: string): void {
  const list = map.get(dim);
  if (!list) map.set(dim, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Adds a provider to an activity, merging roles of the same organisation (`key`: its name key, if known). */
export function addProvider(activity: ActivityDraft, provider: ProviderData, key = nameKey(provider.organisation)): void {
  const existing = activity.providers.get(key);
  if (!existing) {
    activity.providers.set(key, { ...provider, roles: [...provider.roles] });
    return;
  }
  for (const role of provider.roles) if (!existing.roles.includes(role)) existing.roles.push(role);
  existing.organisationType ??= provider.organisationType ?? null;
}
