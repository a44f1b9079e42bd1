/**
 * The canonical Regioscan workbook (docs/workbook-format.md §1): sheet names, headers and how one coded value is
 * written in a cell. The canonical writer (template, "export scan", sample generator) uses this; the
 * importer may use it to recognise the layout it wrote itself.
 *
 * Cell conventions:
 * - several values in one cell are joined with "; " (MULTI_SEPARATOR);
 * - sector: "C. Industrie" (SBI letter + ". " + Dutch label); the generic value as "Geen specifieke sector";
 * - knelpunt, beleidsrationale, digitaliseringsvorm: code + ". " + Dutch label ("6. Interne kennis",
 *   "3. Coördinatiegebreken", "4. Intelligentie", "7. Niet-gespecificeerd");
 * - every other coded value as its Dutch label (type, geography, size, phase, maturity, goal,
 *   application, technology, effort, reach unit, reach source, organisation type, role);
 * - a code the codebook does not know (a new open-list entry, a new region) is written as its own text;
 * - unmapped values (ActivityData.unmapped) follow the mapped ones in the same cell, verbatim.
 * NB: two SBI labels contain "; " themselves (E and G). Whoever splits a Sector cell must match the
 * known labels before splitting on ";".
 */
import {
  ACTIVITY_TYPES,
  dimension,
  ORGANISATION_TYPES,
  REACH_SOURCES,
  REACH_UNITS,
  ROLES,
  type CodeEntry,
} from '../../src-shared/codebook';
import type { ValueDimension } from './scan-data';

export const MULTI_SEPARATOR = '; ';

export const SHEET_NAMES = {
  scan: 'Scan',
  initiatives: 'Initiatieven',
  activities: 'Activiteiten',
  providers: 'Aanbieders',
  codebook: 'Toelichting',
} as const;

/** Keys of the Scan sheet, one key/value row each, in this order (no header row). */
export const SCAN_KEYS = ['Regio', 'Jaar', 'Titel', 'Uitgevoerd door', 'Bron', 'Opmerkingen'] as const;

export const INITIATIVE_HEADERS = ['Initiatief', 'Omschrijving', 'Website', 'Startjaar', 'Thuisregio'] as const;

/** Activiteiten columns; `dimension` is set for the columns that hold coded values. */
export const ACTIVITY_COLUMNS: readonly { readonly header: string; readonly dimension?: ValueDimension }[] = [
  { header: 'Initiatief' },
  { header: 'Activiteit' },
  { header: 'Type activiteit', dimension: 'type' },
  { header: 'Omschrijving' },
  { header: 'Startjaar' },
  { header: 'Geografie', dimension: 'geography' },
  { header: 'Sector', dimension: 'sector' },
  { header: 'Omvang', dimension: 'size' },
  { header: 'Fase', dimension: 'phase' },
  { header: 'Maturiteit', dimension: 'maturity' },
  { header: 'Digitaliseringsvorm', dimension: 'form' },
  { header: 'Doel', dimension: 'goal' },
  { header: 'Toepassing', dimension: 'application' },
  { header: 'Technologie', dimension: 'technology' },
  { header: 'Knelpunten', dimension: 'bottleneck' },
  { header: 'Beleidsrationale', dimension: 'rationale' },
  { header: 'Bereik' },
  { header: 'Bereik eenheid' },
  { header: 'Bron bereik' },
  { header: 'Inspanning', dimension: 'effort' },
];

export const ACTIVITY_HEADERS: readonly string[] = ACTIVITY_COLUMNS.map((c) => c.header);

export const PROVIDER_HEADERS = ['Initiatief', 'Activiteit', 'Organisatie', 'Type organisatie', 'Rol'] as const;

/** Dimensions written as "code. label" rather than the bare label. */
const NUMBERED: ReadonlySet<ValueDimension> = new Set<ValueDimension>(['bottleneck', 'rationale', 'form']);

function findEntry(entries: readonly CodeEntry[], code: string): CodeEntry | undefined {
  return entries.find((e) => e.code === code);
}

/** The cell text of one coded value of an activity dimension (see the conventions above). */
export function formatValue(dim: ValueDimension, code: string): string {
  const entry = findEntry(dimension(dim).values, code);
  if (!entry) return code;
  if (dim === 'sector') return entry.generic ? entry.nl : `${entry.code}. ${entry.nl}`;
  if (NUMBERED.has(dim)) return `${entry.code}. ${entry.nl}`;
  return entry.nl;
}

/** Mapped codes first, then the unmapped texts verbatim, joined with "; ". Empty → null (empty cell). */
export function formatValues(dim: ValueDimension, codes: readonly string[] | undefined, unmapped?: readonly string[]): string | null {
  const parts = [...(codes ?? []).map((c) => formatValue(dim, c)), ...(unmapped ?? [])].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(MULTI_SEPARATOR) : null;
}

function labelOf(entries: readonly CodeEntry[], code: string | null | undefined): string | null {
  if (code == null || code === '') return null;
  return findEntry(entries, code)?.nl ?? code;
}

export const formatReachUnit = (code: string | null | undefined): string | null => labelOf(REACH_UNITS, code);
export const formatReachSource = (code: string | null | undefined): string | null => labelOf(REACH_SOURCES, code);
export const formatOrganisationType = (code: string | null | undefined): string | null => labelOf(ORGANISATION_TYPES, code);

export function formatRoles(codes: readonly string[]): string | null {
  const parts = codes.map((c) => labelOf(ROLES, c)).filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(MULTI_SEPARATOR) : null;
}

/** A home region: the Dutch label when it is a geography code, otherwise the text as given. */
export function formatRegion(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  return formatValue('geography', value);
}

/** The report's one-line explanation of each activity type (written in the Toelichting sheet). */
export const ACTIVITY_TYPE_EXPLANATIONS: Readonly<Record<string, string>> = {
  signaleren: "Informatie ophalen bij mkb'er over concrete hulpvraag/probleemstelling.",
  netwerken: 'Partijen bij elkaar brengen om ecosysteem te versterken.',
  faciliteiten: 'Gezamenlijke werkruimte of faciliteiten om drempel te verlagen voor gebruik technologie en ontmoeten van anderen.',
  'werken-met-studenten': 'Projecten waarbij organisaties studenten inschakelen voor een concrete opdracht.',
  'onderwijs-studenten': 'Het opleiden van studenten voor een specifieke marktvraag.',
  'onderwijs-professionals': 'Het opleiden of omscholen van personeel.',
  advisering: 'Beschikbaar stellen van experts of adviseurs om bedrijven verder te helpen.',
  subsidies:
    'Subsidies of financieringstrajecten waarin de drempel voor een bedrijf om te investeren wordt verlaagd, of waarin investeerders aan een organisatie worden gekoppeld.',
  workshops: 'Inspiratiesessies, groepsgesprekken, masterclasses et cetera waarin een concrete digitaliseringsvorm wordt behandeld.',
  onderzoek: 'Onderzoekstrajecten waarin nieuwe kennis wordt gegenereerd.',
  scans: "Tools voor de mkb'er om inzicht te krijgen in de status van de organisatie op een concreet (digitaliserings)vlak.",
  kennisplatform: 'Infrastructuur waarin kennis op een thema openbaar beschikbaar wordt gemaakt.',
};

// Every activity type has an explanation (checked once at load, so a new type cannot be forgotten).
for (const t of ACTIVITY_TYPES) {
  if (!ACTIVITY_TYPE_EXPLANATIONS[t.code]) throw new Error(`No explanation for activity type ${t.code}`);
}
