/**
 * The published Ecosysteemkaart (`regioscan publish`, issue 18) as data: what main writes into a
 * site's index.html and all the site reads. Plain data, no functions with side effects, so the site
 * bundle (src-site/) imports it without pulling anything else in.
 *
 * Privacy by default: the fields marked *optional* below are absent unless the publisher names them
 * (`--fields`); everything else is public by nature (names, descriptions, websites, the coded
 * dimensions, geography, organisations and their roles).
 */

export const SITE_DATA_VERSION = 1;

export type SiteLang = 'nl' | 'en';

export interface SiteText {
  nl: string;
  en: string;
}

/**
 * The dimensions a visitor filters on, named as `--where` names them; the URL hash uses the same
 * keys and codes (`#sector=C&bottleneck=6`).
 */
export const SITE_DIMENSIONS = ['type', 'sector', 'size', 'phase', 'maturity', 'geography', 'form', 'goal', 'application', 'technology', 'bottleneck', 'rationale', 'effort', 'organisation', 'role', 'scan'] as const;

export type SiteDimension = (typeof SITE_DIMENSIONS)[number];

/** Fields published only when named (`--fields`); an extra column of the import is named by its header. */
export const OPTIONAL_FIELDS = ['reach', 'startYear', 'notes', 'extra'] as const;

export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** What every publication contains (the manifest lists it as `fields.public`). */
export const PUBLIC_FIELDS = ['initiative.name', 'initiative.description', 'initiative.website', 'activity.name', 'activity.description', 'dimensions', 'geography', 'organisations', 'roles'] as const;

export interface SiteValue {
  /** The code `--where` takes: a codebook code, an organisation's name, a scan's id, or an unmapped value's own text. */
  code: string;
  nl: string;
  en: string;
  /** Knelpunt group (weten/willen/kunnen) or rationale level. */
  group?: string;
  /** Geography: the parent's code. */
  parent?: string;
  /** "Nothing specific": a generic offer, open to everyone. */
  generic?: boolean;
  /** Kept verbatim: it matched no code of the codebook. */
  unmapped?: boolean;
  /** Organisation: its type (Gemeente, Onderwijsinstelling…), when known. */
  type?: SiteText;
}

export interface SiteDimensionDef {
  key: SiteDimension;
  nl: string;
  en: string;
  groups?: { key: string; nl: string; en: string }[];
  /** Only values some published activity has (and, for geography, their ancestors), in codebook order. */
  values: SiteValue[];
}

/**
 * Issue 19's *Volgende deur*: an activity of another initiative that serves the same entrepreneur
 * one step further, with the reason in words (src-main/nextdoor; only activities the site also
 * publishes, at most five, the most specific first).
 */
export interface SiteNextDoor {
  /** Index into SiteData.activities. */
  activity: number;
  /** Index into SiteData.nextDoorReasons (many next doors share a reason, so each is written once). */
  reason: number;
}

export interface SiteExtraField {
  name: string;
  value: string;
}

export interface SiteActivity {
  id: number;
  /** Index into SiteData.initiatives. */
  initiative: number;
  name: string;
  description: string | null;
  /** Per dimension, indices into that dimension's `values` (organisation, role and scan included). */
  codes: Partial<Record<SiteDimension, number[]>>;
  /** Organisations (indices into the organisation dimension's values) and their role codes. */
  providers: { organisation: number; roles: string[] }[];
  /** Only with the field `reach`: the number reached (a minimum; absent when unknown), unit and source. */
  reach?: { count: number; unit: SiteText | null; source: SiteText | null };
  /** Only with the field `startYear`. */
  startYear?: number;
  /** Only the extra columns the publisher named (or all with `extra`). */
  extra?: SiteExtraField[];
  /** Volgende deur (issue 19); absent when the activity has none among the published ones. */
  nextDoor?: SiteNextDoor[];
}

export interface SiteInitiative {
  id: number;
  name: string;
  description: string | null;
  website: string | null;
  /** Index into SiteData.scans. */
  scan: number;
  /** Focus category (src-shared/focus.ts): 'none', 'varied' or 'form:<code>'. */
  focus: string;
  /** Indices into SiteData.activities. */
  activities: number[];
  /** Position on the map (precomputed at publish time). */
  x: number;
  y: number;
  startYear?: number;
  extra?: SiteExtraField[];
}

export interface SiteScan {
  id: number;
  /** "Region Year". */
  label: string;
  /** Only with the field `notes`: what the scan records about itself. */
  notes?: { performedBy: string | null; source: string | null; notes: string | null };
}

export interface SiteData {
  version: typeof SITE_DATA_VERSION;
  title: string;
  /** The language the site opens in; the visitor can switch. */
  language: SiteLang;
  /** The address new initiatives write to (Aanmelden), or null. */
  contact: string | null;
  /** ISO time of publication ("bijgewerkt op"). */
  generatedAt: string;
  /** "Regioscan 0.1.0". */
  generator: string;
  /** The optional fields published (field names and extra column names). */
  fields: string[];
  /** The template workbook beside index.html (for Aanmelden). */
  templateFile: string;
  scans: SiteScan[];
  dimensions: SiteDimensionDef[];
  initiatives: SiteInitiative[];
  activities: SiteActivity[];
  /** The reasons of the next doors in words, each once (SiteNextDoor.reason points here); absent without next doors. */
  nextDoorReasons?: SiteText[];
  /** Map lines: initiative indices and weight (shared specific sectors; 1 for the generic group). */
  edges: [number, number, number][];
}

/** The `id` of the script element that holds the data as JSON. */
export const SITE_DATA_ELEMENT = 'regioscan-data';

/** What `publish.preview` and `regioscan publish` report about a publication. */
export interface PublishSummary {
  title: string;
  language: SiteLang;
  contact: string | null;
  scans: { id: number; label: string; initiatives: number; activities: number }[];
  counts: { initiatives: number; activities: number; organisations: number; lines: number };
  /** The filter in words (Dutch and English). */
  filter: SiteText;
  fields: { public: readonly string[]; optional: string[] };
  /** Optional fields that could be named: the field names and every extra column of the chosen scans. */
  available: string[];
  /** Where the map's positions come from: the app's stored layout, or computed at publish time. */
  layout: 'stored' | 'computed';
}

export interface PublishResult {
  /** The folder written. */
  folder: string;
  /** index.html in it. */
  index: string;
  files: string[];
  bytes: number;
  summary: PublishSummary;
}

/**
 * A node's radius on the map in pixels: area in proportion to its activities, smaller nodes on a
 * larger map (the app's own rule). The layout made at publish time keeps nodes this size apart.
 */
export function siteNodeSize(activities: number, maxActivities: number, order: number): number {
  const max = Math.max(8, Math.min(20, 20 * Math.sqrt(60 / Math.max(order, 1))));
  if (maxActivities <= 0 || activities <= 0) return 4;
  return 4 + (max - 4) * Math.sqrt(Math.min(activities, maxActivities) / maxActivities);
}
