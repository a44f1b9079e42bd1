/**
 * A scan as plain data: what the importer produces from any workbook layout before it writes to the
 * database, and what the canonical writer (template, "export scan", sample generator) consumes.
 * Values are codebook codes; for open lists (goal, application, technology) and geography, a code
 * that is not in the codebook is a new entry whose label is the code's text.
 */
import type { DimensionKey } from '../../src-shared/codebook';

/** Dimensions stored per activity in `activity_value` (organisation, role and scan live elsewhere). */
export type ValueDimension = Exclude<DimensionKey, 'organisation' | 'role' | 'scan'>;

export interface ScanMeta {
  region: string;
  year: number | null;
  title: string;
  performedBy?: string | null;
  source?: string | null;
  notes?: string | null;
}

/**
 * A column the importer did not recognise (or that had no header), kept as it was: `name` is the
 * header, or "Kolom R" for a column without one.
 */
export interface ExtraField {
  name: string;
  value: string;
}

export interface InitiativeData {
  name: string;
  description?: string | null;
  website?: string | null;
  startYear?: number | null;
  homeRegion?: string | null;
  /** Unrecognised columns of an initiatives sheet, in the workbook's order. */
  extra?: ExtraField[];
}

export interface ProviderData {
  organisation: string;
  /** Organisation type code (ORGANISATION_TYPES), if known. */
  organisationType?: string | null;
  /** Role codes (ROLES): initiatiefnemer, financier, uitvoerder, contact. */
  roles: string[];
}

export interface ActivityData {
  initiative: string;
  name: string;
  description?: string | null;
  startYear?: number | null;
  /** Codes per dimension; single-valued dimensions (type, geography, effort) hold one code. */
  values: Partial<Record<ValueDimension, string[]>>;
  /** Verbatim texts that matched no code of a closed codebook, per dimension. */
  unmapped?: Partial<Record<ValueDimension, string[]>>;
  /** Number reached; null or undefined = unknown (never 0 for unknown). */
  reach?: number | null;
  /** REACH_UNITS code. */
  reachUnit?: string | null;
  /** REACH_SOURCES code. */
  reachSource?: string | null;
  providers: ProviderData[];
  /** Unrecognised columns of an activity row, in the workbook's order. */
  extra?: ExtraField[];
}

/** Where a geography name that is not yet in the hierarchy goes: its parent's code. */
export interface GeographyPlace {
  code: string;
  parent: string;
}

export interface ScanData {
  scan: ScanMeta;
  initiatives: InitiativeData[];
  activities: ActivityData[];
  /** Parents for geography names this scan adds (or that have no place yet). */
  places?: GeographyPlace[];
}
