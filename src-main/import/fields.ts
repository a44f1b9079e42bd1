/**
 * Column headers a workbook may use, Dutch and English (docs/workbook-format.md §1 and §3), folded for matching.
 * Dimension columns resolve through the codebook (src-shared/codebook resolveDimension).
 */
import { foldKey, resolveDimension, ROLES } from '../../src-shared/codebook';
import { FIELD_TARGETS, type ColumnTarget, type FieldTarget } from '../../src-shared/import-mapping';
import type { ValueDimension } from '../workbook/scan-data';

export type PlainField = FieldTarget;

export type ColumnSpec =
  | { kind: 'field'; field: PlainField }
  | { kind: 'dimension'; dimension: ValueDimension }
  /** One-hot: the column marks one value of a dimension (`Sector: C. Industrie`, group headers). */
  | { kind: 'onehot'; dimension: ValueDimension; code: string; label: string }
  /** Flat layout: the organisations holding one provider role. */
  | { kind: 'providerRole'; role: string }
  /** A column the importer does not know, kept as an extra field named `name`. */
  | { kind: 'extra'; name: string };

const FIELD_NAMES: Record<PlainField, readonly string[]> = {
  initiative: ['Initiatief', 'Initiative', 'Naam initiatief', 'Initiatiefnaam', 'Programma', 'Initiative name'],
  activity: ['Activiteit', 'Activity', 'Naam activiteit', 'Activiteitnaam', 'Activity name'],
  description: ['Omschrijving', 'Description', 'Beschrijving', 'Toelichting'],
  initiativeDescription: ['Omschrijving initiatief', 'Initiative description', 'Beschrijving initiatief'],
  activityDescription: ['Omschrijving activiteit', 'Activity description', 'Beschrijving activiteit'],
  website: ['Website', 'URL', 'Webadres', 'Link', 'Webpagina'],
  startYear: ['Startjaar', 'Start year', 'Jaar start', 'Gestart in', 'Sinds'],
  initiativeStartYear: ['Startjaar initiatief', 'Initiative start year'],
  homeRegion: ['Thuisregio', 'Home region'],
  reach: ['Bereik', 'Reach', 'Aantal bereikt', 'Bereik aantal', 'Bereik (aantal)'],
  reachUnit: ['Bereik eenheid', 'Reach unit', 'Eenheid bereik', 'Eenheid'],
  reachSource: ['Bron bereik', 'Reach source', 'Bron', 'Source'],
  organisation: ['Organisatie', 'Organisation', 'Organization', 'Aanbieder', 'Naam organisatie'],
  organisationType: ['Type organisatie', 'Organisation type', 'Organization type', 'Soort organisatie', 'Organisatietype'],
  roles: ['Rol', 'Role', 'Rollen', 'Roles', 'Rol aanbieder'],
};

const FIELD_BY_NAME = new Map<string, PlainField>();
for (const [field, names] of Object.entries(FIELD_NAMES) as [PlainField, readonly string[]][]) {
  for (const name of names) FIELD_BY_NAME.set(foldKey(name), field);
}

const ROLE_COLUMN = new Map<string, string>();
for (const role of ROLES) {
  for (const name of [role.nl, role.en, ...(role.aliases ?? [])]) {
    ROLE_COLUMN.set(foldKey(name), role.code);
    ROLE_COLUMN.set(foldKey(`${name}s`), role.code);
    ROLE_COLUMN.set(foldKey(`${name}en`), role.code);
  }
}
ROLE_COLUMN.set(foldKey('Initiatiefnemers'), 'initiatiefnemer');
ROLE_COLUMN.set(foldKey('Financiers'), 'financier');
ROLE_COLUMN.set(foldKey('Financiers'), 'financier');
ROLE_COLUMN.set(foldKey('Uitvoerders'), 'uitvoerder');

const NOT_VALUE_DIMENSIONS = new Set(['organisation', 'role', 'scan']);

/** A header that is a whole column of its own (not one-hot). */
export function plainColumn(header: string): ColumnSpec | undefined {
  const folded = foldKey(header);
  const field = FIELD_BY_NAME.get(folded);
  if (field) return { kind: 'field', field };
  const role = ROLE_COLUMN.get(folded);
  if (role) return { kind: 'providerRole', role };
  const dimension = resolveDimension(header);
  if (dimension && !NOT_VALUE_DIMENSIONS.has(dimension)) return { kind: 'dimension', dimension: dimension as ValueDimension };
  return undefined;
}

/** The dimension a group header (over one-hot columns) or a `Dimension: value` prefix names. */
export function groupDimension(header: string): ValueDimension | undefined {
  const dimension = resolveDimension(header);
  return dimension && !NOT_VALUE_DIMENSIONS.has(dimension) ? (dimension as ValueDimension) : undefined;
}

/** The spec a mapping target gives a column (`header` names an extra field). */
export function specForTarget(target: ColumnTarget, header: string): ColumnSpec {
  if (target === 'extra') return { kind: 'extra', name: header };
  if (target.startsWith('role:')) return { kind: 'providerRole', role: target.slice('role:'.length) };
  if ((FIELD_TARGETS as readonly { key: string }[]).some((f) => f.key === target)) return { kind: 'field', field: target as FieldTarget };
  return { kind: 'dimension', dimension: target as ValueDimension };
}

/** The mapping target a column spec stands for (one-hot columns stand for their dimension). */
export function targetOfSpec(spec: ColumnSpec): ColumnTarget {
  switch (spec.kind) {
    case 'field':
      return spec.field;
    case 'dimension':
    case 'onehot':
      return spec.dimension;
    case 'providerRole':
      return `role:${spec.role}`;
    case 'extra':
      return 'extra';
  }
}
