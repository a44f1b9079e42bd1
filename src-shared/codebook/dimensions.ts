/**
 * The 16 dimensions the app filters on, with their Dutch and English names and header aliases
 * (docs/workbook-format.md §1 and §3). This is the single source of truth for importer, filters, UI and export.
 */
import type { DimensionDef, DimensionKey } from './types';
import { DIMENSION_KEYS } from './types';
import * as V from './values';

export const DIMENSIONS: readonly DimensionDef[] = [
  {
    key: 'type', nl: 'Type activiteit', en: 'Activity type', family: 'activiteit', multi: false, kind: 'closed',
    headerAliases: ['Activiteitstype', 'Type', 'Soort activiteit', 'Archetype'], values: V.ACTIVITY_TYPES,
  },
  {
    key: 'sector', nl: 'Sector', en: 'Sector', family: 'doelgroep', multi: true, kind: 'closed',
    headerAliases: ['Doelgroep sector', 'SBI', 'Sectoren', 'Target sector'], values: V.SECTORS,
  },
  {
    key: 'size', nl: 'Omvang', en: 'Size', family: 'doelgroep', multi: true, kind: 'closed',
    headerAliases: ['Bedrijfsgrootte', 'Grootte', 'Company size'], values: V.SIZES,
  },
  {
    key: 'phase', nl: 'Fase', en: 'Phase', family: 'doelgroep', multi: true, kind: 'closed',
    headerAliases: ['Leeftijd/fase', 'Leeftijd', 'Stage', 'Age/phase'], values: V.PHASES,
  },
  {
    key: 'maturity', nl: 'Maturiteit', en: 'Maturity', family: 'doelgroep', multi: true, kind: 'closed',
    headerAliases: ['Digitale maturiteit', 'Digital maturity', 'Volwassenheid'], values: V.MATURITIES,
  },
  {
    key: 'geography', nl: 'Geografie', en: 'Geography', family: 'doelgroep', multi: false, kind: 'hierarchical',
    headerAliases: ['Regio', 'Region', 'Gebied', 'Geografische focus'], values: V.GEOGRAPHIES,
  },
  {
    key: 'form', nl: 'Digitaliseringsvorm', en: 'Digitalisation form', family: 'digitalisering', multi: true, kind: 'closed',
    headerAliases: ['Vorm van digitalisering', 'Vorm', 'Digitalization form', 'Form of digitalisation'], values: V.FORMS,
  },
  {
    key: 'goal', nl: 'Doel', en: 'Goal', family: 'digitalisering', multi: true, kind: 'open',
    headerAliases: ['Doelen', 'Maatschappelijk doel', 'Goals'], values: V.GOALS,
  },
  {
    key: 'application', nl: 'Toepassing', en: 'Application', family: 'digitalisering', multi: true, kind: 'open',
    headerAliases: ['Toepassingen', 'Applications', 'Toepassingsgebied'], values: V.APPLICATIONS,
  },
  {
    key: 'technology', nl: 'Technologie', en: 'Technology', family: 'digitalisering', multi: true, kind: 'open',
    headerAliases: ['Technologieën', 'Technologies', 'Middel'], values: V.TECHNOLOGIES,
  },
  {
    key: 'bottleneck', nl: 'Knelpunten', en: 'Bottlenecks', family: 'knelpunten', multi: true, kind: 'closed',
    headerAliases: ['Knelpunt', 'Bottleneck', 'Barriers'], groups: V.BOTTLENECK_GROUPS, values: V.BOTTLENECKS,
  },
  {
    key: 'rationale', nl: 'Beleidsrationale', en: 'Policy rationale', family: 'rationale', multi: true, kind: 'closed',
    headerAliases: ['Rationale', 'Market failure', 'Marktfalen', 'Systeemfalen', 'Market/system failure'],
    groups: V.RATIONALE_LEVELS, values: V.RATIONALES,
  },
  {
    key: 'organisation', nl: 'Organisatie', en: 'Organisation', family: 'aanbieders', multi: true, kind: 'entity',
    headerAliases: ['Aanbieder', 'Aanbieders', 'Organization', 'Provider', 'Organisaties'], values: [],
  },
  {
    key: 'role', nl: 'Rol', en: 'Role', family: 'aanbieders', multi: true, kind: 'closed',
    headerAliases: ['Rollen', 'Roles', 'Rol aanbieder'], values: V.ROLES,
  },
  {
    key: 'effort', nl: 'Inspanning', en: 'Effort', family: 'bereik', multi: false, kind: 'closed',
    headerAliases: ['Inspanning ondernemer', 'Effort asked'], values: V.LEVELS,
  },
  {
    key: 'scan', nl: 'Scan', en: 'Scan', family: 'scan', multi: false, kind: 'entity',
    headerAliases: ['Regioscan'], values: [],
  },
];

const BY_KEY = new Map<DimensionKey, DimensionDef>(DIMENSIONS.map((d) => [d.key, d]));

export function dimension(key: DimensionKey): DimensionDef {
  const def = BY_KEY.get(key);
  if (!def) throw new Error(`Unknown dimension key: ${key}`);
  return def;
}

export function isDimensionKey(value: string): value is DimensionKey {
  return (DIMENSION_KEYS as readonly string[]).includes(value);
}

/**
 * Folds a header or value for matching: lower case, accents removed, and every space and punctuation
 * mark dropped ("Type  activiteit", "type-activiteit" and "TYPE ACTIVITEIT" are one key).
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const DIMENSION_BY_NAME = new Map<string, DimensionKey>();
for (const d of DIMENSIONS) {
  for (const name of [d.key, d.nl, d.en, ...d.headerAliases]) DIMENSION_BY_NAME.set(foldKey(name), d.key);
}

/** Resolves what a user typed or a workbook header says (key, Dutch or English name, alias). */
export function resolveDimension(name: string): DimensionKey | undefined {
  return DIMENSION_BY_NAME.get(foldKey(name));
}
