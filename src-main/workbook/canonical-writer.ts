/**
 * Writes a scan as the canonical Regioscan workbook (docs/workbook-format.md §1) — the layout of the template and
 * of "export scan" — and the empty template itself. Cell conventions: see canonical-format.ts.
 *
 * Formula safety: every text is written as a string cell (t:'s'), and with `bookSST` SheetJS stores it
 * in the shared-string table, never as a formula. A text that begins with "=", "+", "-", "@", a tab or
 * a carriage return is therefore kept exactly as it is (no apostrophe or other prefix is added) and is
 * never evaluated by Excel or LibreOffice when the file is opened; its cell style carries Excel's
 * quotePrefix="1" (quote-prefix.ts), so it stays text when a user edits the cell. This writer never
 * sets a cell's `f`.
 *
 * Output is deterministic: the same data gives the same bytes (no current date is written unless
 * `createdAt` is given; the zip entries carry no timestamps).
 */
import * as XLSX from 'xlsx';
import { addListsSheet, insertValidations, validationsXml } from './template-lists';
import { quoteFormulaLikeCells } from './quote-prefix';
import { BOTTLENECK_GROUPS, dimension, ORGANISATION_TYPES, RATIONALE_LEVELS, REACH_SOURCES, REACH_UNITS, ROLES, type CodeEntry } from '../../src-shared/codebook';
import {
  ACTIVITY_COLUMNS,
  ACTIVITY_HEADERS,
  ACTIVITY_TYPE_EXPLANATIONS,
  formatOrganisationType,
  formatReachSource,
  formatReachUnit,
  formatRegion,
  formatRoles,
  formatValue,
  formatValues,
  INITIATIVE_HEADERS,
  MULTI_SEPARATOR,
  PROVIDER_HEADERS,
  SCAN_KEYS,
  SHEET_NAMES,
} from './canonical-format';
import type { ActivityData, ExtraField, ScanData, ValueDimension } from './scan-data';

export interface CanonicalWriteOptions {
  /** A line written at the top of the Toelichting sheet (ignored on import), e.g. where the export came from. */
  note?: string;
  /** Written as the workbook's creation date; left out when not given, so output stays reproducible. */
  createdAt?: Date;
}

type CellInput = string | number | null | undefined;

/** The sheets whose first row is a header row: frozen, with an autofilter. */
const DATA_SHEETS: readonly string[] = [SHEET_NAMES.initiatives, SHEET_NAMES.activities, SHEET_NAMES.providers];

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function textWidth(value: CellInput): number {
  if (value == null) return 0;
  const text = typeof value === 'number' ? String(value) : value;
  return Math.max(0, ...text.split(/\r\n|\r|\n/).map((line) => line.length));
}

/**
 * A worksheet from rows of plain values. Strings become string cells (t:'s'), finite numbers numeric
 * cells; null, undefined, '' and non-finite numbers leave the cell empty.
 */
function sheetFromRows(rows: readonly (readonly CellInput[])[], options: { header?: boolean; widths?: readonly number[] } = {}): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let lastCol = 0;
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      lastCol = Math.max(lastCol, c);
      if (value == null || value === '') return;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) return;
        ws[XLSX.utils.encode_cell({ r, c })] = { t: 'n', v: value };
      } else {
        ws[XLSX.utils.encode_cell({ r, c })] = { t: 's', v: value };
      }
    });
  });
  const lastRow = Math.max(rows.length - 1, 0);
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: lastCol } });
  ws['!ref'] = ref;

  const widths =
    options.widths ??
    Array.from({ length: lastCol + 1 }, (_, c) => {
      const longest = Math.max(0, ...rows.map((row) => textWidth(row[c])));
      return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  if (options.header) ws['!autofilter'] = { ref };
  return ws;
}

function scanRows(data: ScanData | null): CellInput[][] {
  const s = data?.scan;
  const values: CellInput[] = s ? [s.region, s.year, s.title, s.performedBy, s.source, s.notes] : [];
  return SCAN_KEYS.map((key, i) => [key, values[i] ?? null]);
}

/** The names of the extra fields a list of activities or initiatives holds, in their order. */
function extraNames(holders: readonly { extra?: readonly ExtraField[] | undefined }[]): string[] {
  const names = new Set<string>();
  for (const h of holders) for (const e of h.extra ?? []) names.add(e.name);
  return [...names];
}

/** A holder's extra-field cells, one per name (empty where it has none). */
function extraCells(holder: { extra?: readonly ExtraField[] | undefined }, names: readonly string[]): CellInput[] {
  if (!holder.extra?.length) return names.map(() => null);
  const values = new Map(holder.extra.map((e) => [e.name, e.value]));
  return names.map((name) => values.get(name) ?? null);
}

/** Extra fields (columns the importer did not know) are written after the canonical columns, under their own names. */
function initiativeRows(data: ScanData | null): CellInput[][] {
  const extra = extraNames(data?.initiatives ?? []);
  const rows: CellInput[][] = [[...INITIATIVE_HEADERS, ...extra]];
  for (const i of data?.initiatives ?? []) {
    rows.push([i.name, i.description, i.website, i.startYear, formatRegion(i.homeRegion), ...extraCells(i, extra)]);
  }
  return rows;
}

function valueCell(a: ActivityData, dim: ValueDimension): string | null {
  return formatValues(dim, a.values[dim], a.unmapped?.[dim]);
}

function activityRow(a: ActivityData): CellInput[] {
  return ACTIVITY_COLUMNS.map(({ header, dimension: dim }) => {
    if (dim) return valueCell(a, dim);
    switch (header) {
      case 'Initiatief':
        return a.initiative;
      case 'Activiteit':
        return a.name;
      case 'Omschrijving':
        return a.description;
      case 'Startjaar':
        return a.startYear;
      // Unknown reach is an empty cell, never 0.
      case 'Bereik':
        return a.reach;
      case 'Bereik eenheid':
        return formatReachUnit(a.reachUnit);
      case 'Bron bereik':
        return formatReachSource(a.reachSource);
      default:
        throw new Error(`Activiteiten column without a value: ${header}`);
    }
  });
}

function activityRows(data: ScanData | null): CellInput[][] {
  const extra = extraNames(data?.activities ?? []);
  return [[...ACTIVITY_HEADERS, ...extra], ...(data?.activities ?? []).map((a) => [...activityRow(a), ...extraCells(a, extra)])];
}

function providerRows(data: ScanData | null): CellInput[][] {
  const rows: CellInput[][] = [[...PROVIDER_HEADERS]];
  for (const a of data?.activities ?? []) {
    for (const p of a.providers) {
      rows.push([a.initiative, a.name, p.organisation, formatOrganisationType(p.organisationType), formatRoles(p.roles)]);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// Toelichting: the codebook, one block per dimension.

const CODEBOOK_HEADER = ['Code', 'Invullen als', 'Nederlands', 'English', 'Groep', 'Toelichting'];

interface Block {
  title: string;
  where: string;
  entries: readonly CodeEntry[];
  cell: (e: CodeEntry) => string;
  group?: (e: CodeEntry) => string | null;
  note?: (e: CodeEntry) => string | null;
}

const GENERIC_NOTE = 'Algemeen aanbod (niet: onbekend).';

function groupLabel(groups: readonly { key: string; nl: string }[], key: string | undefined): string | null {
  return groups.find((g) => g.key === key)?.nl ?? null;
}

function dimensionBlock(dim: ValueDimension, where: string, extra: Partial<Block> = {}): Block {
  const def = dimension(dim);
  const many = def.multi ? `meerdere waarden mogelijk, gescheiden door "${MULTI_SEPARATOR.trim()}"` : 'één waarde';
  const open = def.kind === 'open' || def.kind === 'hierarchical' ? '; nieuwe waarden zijn toegestaan' : '';
  return {
    title: `${def.nl} (${def.en})`,
    where: `${where}: ${many}${open}.`,
    entries: def.values,
    cell: (e) => formatValue(dim, e.code),
    note: (e) => (e.generic ? GENERIC_NOTE : null),
    ...extra,
  };
}

function codebookBlocks(): Block[] {
  const act = `Kolom op blad ${SHEET_NAMES.activities}`;
  const geoByCode = new Map(dimension('geography').values.map((g) => [g.code, g.nl]));
  const plain = (entries: readonly CodeEntry[]) => (e: CodeEntry) => entries.find((x) => x.code === e.code)?.nl ?? e.code;
  return [
    dimensionBlock('type', `Kolom "Type activiteit" op blad ${SHEET_NAMES.activities}`, {
      note: (e) => ACTIVITY_TYPE_EXPLANATIONS[e.code] ?? null,
    }),
    dimensionBlock('geography', `Kolom "Geografie" op blad ${SHEET_NAMES.activities} en "Thuisregio" op blad ${SHEET_NAMES.initiatives}`, {
      group: (e) => (e.parent ? `onder ${geoByCode.get(e.parent) ?? e.parent}` : null),
    }),
    dimensionBlock('sector', `${act} "Sector" (SBI-secties)`),
    dimensionBlock('size', `${act} "Omvang"`),
    dimensionBlock('phase', `${act} "Fase"`),
    dimensionBlock('maturity', `${act} "Maturiteit" (digitale maturiteit in de digitaliseringsvorm van de activiteit)`),
    dimensionBlock('form', `${act} "Digitaliseringsvorm"`, {
      note: (e) => (e.generic ? 'Geen specifieke digitaliseringsvorm.' : null),
    }),
    dimensionBlock('goal', `${act} "Doel" (maatschappelijk of economisch doel)`),
    dimensionBlock('application', `${act} "Toepassing"`),
    dimensionBlock('technology', `${act} "Technologie" (middel)`),
    dimensionBlock('bottleneck', `${act} "Knelpunten"`, {
      group: (e) => groupLabel(BOTTLENECK_GROUPS, e.group),
      note: (e) => (e.code === '0' ? "De aanbieder weet niet welke knelpunten de mkb'er heeft." : null),
    }),
    dimensionBlock('rationale', `${act} "Beleidsrationale" (markt- of systeemfalen)`, {
      group: (e) => groupLabel(RATIONALE_LEVELS, e.group),
    }),
    dimensionBlock('effort', `${act} "Inspanning" (inspanning die van de ondernemer wordt gevraagd)`),
    {
      title: 'Bereik eenheid (Reach unit)',
      where: `${act} "Bereik eenheid": één waarde. "Bereik" is een getal (minimum, geen unieke bedrijven); onbekend bereik = lege cel, nooit 0.`,
      entries: REACH_UNITS,
      cell: plain(REACH_UNITS),
    },
    {
      title: 'Bron bereik (Reach source)',
      where: `${act} "Bron bereik": één waarde.`,
      entries: REACH_SOURCES,
      cell: plain(REACH_SOURCES),
    },
    {
      title: 'Type organisatie (Organisation type)',
      where: `Kolom "Type organisatie" op blad ${SHEET_NAMES.providers}: één waarde per organisatie.`,
      entries: ORGANISATION_TYPES,
      cell: plain(ORGANISATION_TYPES),
    },
    {
      title: 'Rol (Role)',
      where: `Kolom "Rol" op blad ${SHEET_NAMES.providers}: één of meer rollen, gescheiden door "${MULTI_SEPARATOR.trim()}".`,
      entries: ROLES,
      cell: plain(ROLES),
    },
  ];
}

function codebookRows(note: string | undefined): CellInput[][] {
  const rows: CellInput[][] = [];
  if (note) rows.push([note], []);
  rows.push(
    ['Toelichting bij de Regioscan-werkmap'],
    [`Dit blad wordt bij importeren genegeerd. Vul de bladen ${SHEET_NAMES.scan}, ${SHEET_NAMES.initiatives}, ${SHEET_NAMES.activities} en ${SHEET_NAMES.providers} in.`],
    [`${SHEET_NAMES.initiatives}: één rij per initiatief. ${SHEET_NAMES.activities}: één rij per activiteit; de combinatie Initiatief + Activiteit is uniek.`],
    [`${SHEET_NAMES.providers}: één rij per organisatie per activiteit, met het type organisatie en een of meer rollen.`],
    [`Meerdere waarden in één cel scheidt u met "${MULTI_SEPARATOR.trim()}". Gebruik de tekst uit de kolom "Invullen als"; code, Nederlands of Engels label worden ook herkend.`],
    ['Een "geen specifieke …"- of "niet gespecificeerd"-waarde betekent algemeen aanbod, niet: onbekend. Onbekend laat u leeg.'],
    [],
  );
  for (const block of codebookBlocks()) {
    rows.push([block.title], [block.where], CODEBOOK_HEADER);
    for (const e of block.entries) {
      rows.push([e.code, block.cell(e), e.nl, e.en, block.group?.(e) ?? null, block.note?.(e) ?? null]);
    }
    rows.push([]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------

function assemble(data: ScanData | null, options: CanonicalWriteOptions, title: string): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheetFromRows(scanRows(data), { widths: [18, 80] }), SHEET_NAMES.scan);
  XLSX.utils.book_append_sheet(wb, sheetFromRows(initiativeRows(data), { header: true }), SHEET_NAMES.initiatives);
  XLSX.utils.book_append_sheet(wb, sheetFromRows(activityRows(data), { header: true }), SHEET_NAMES.activities);
  XLSX.utils.book_append_sheet(wb, sheetFromRows(providerRows(data), { header: true }), SHEET_NAMES.providers);
  XLSX.utils.book_append_sheet(wb, sheetFromRows(codebookRows(options.note), { widths: [22, 40, 40, 40, 18, 60] }), SHEET_NAMES.codebook);
  wb.Props = { Title: title, Subject: 'Regioscan Digitalisering', Author: 'Regioscan', Application: 'Regioscan' };
  if (options.createdAt) wb.Props.CreatedDate = options.createdAt;
  return wb;
}

/** The canonical workbook of a scan as a SheetJS WorkBook (frozen header rows are added by workbookToXlsx). */
export function buildCanonicalWorkbook(data: ScanData, options: CanonicalWriteOptions = {}): XLSX.WorkBook {
  return assemble(data, options, data.scan.title);
}

/** The canonical workbook of a scan as .xlsx bytes. */
export function writeCanonicalWorkbook(data: ScanData, options: CanonicalWriteOptions = {}): Buffer {
  return workbookToXlsx(buildCanonicalWorkbook(data, options));
}

/** The empty template: the same sheets with headers only, Scan keys without values, and the Toelichting. */
export function buildTemplateWorkbook(options: CanonicalWriteOptions = {}): XLSX.WorkBook {
  const wb = assemble(null, options, 'Regioscan-sjabloon');
  addListsSheet(wb);
  return wb;
}

/** The template as .xlsx, with drop-down lists (data validation) on the coded columns. */
export function writeTemplateWorkbook(options: CanonicalWriteOptions = {}): Buffer {
  return workbookToXlsx(buildTemplateWorkbook(options), true);
}

// ---------------------------------------------------------------------------------------------------
// .xlsx bytes. SheetJS CE cannot write frozen panes, so the header row of the data sheets is frozen by
// adding a <pane> to the sheet view in the written package.

interface CfbEntry {
  content?: unknown;
  mt?: unknown;
  ct?: unknown;
}
interface CfbContainer {
  FullPaths: string[];
  FileIndex: CfbEntry[];
}
interface CfbApi {
  read(data: Buffer, options: { type: 'buffer' }): CfbContainer;
  write(cfb: CfbContainer, options: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Buffer | Uint8Array;
}

const SHEET_VIEW = '<sheetView workbookViewId="0"/>';
const FROZEN_VIEW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';

function freezeHeaderRows(bytes: Buffer, sheetNumbers: readonly number[], extra: (n: number, xml: string) => string = (_n, xml) => xml, editStyles?: (xml: string) => string, freeze: (n: number) => boolean = () => true): Buffer {
  const cfbApi = XLSX.CFB as CfbApi;
  const zip = cfbApi.read(bytes, { type: 'buffer' });
  if (editStyles) {
    const styles = zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith('/xl/styles.xml'))];
    if (!styles || styles.content == null) throw new Error('The written workbook has no styles.xml');
    styles.content = Buffer.from(editStyles(Buffer.from(styles.content as Uint8Array).toString('utf8')), 'utf8');
  }
  for (const n of sheetNumbers) {
    const index = zip.FullPaths.findIndex((p) => p.endsWith(`/xl/worksheets/sheet${n}.xml`));
    const entry = zip.FileIndex[index];
    if (!entry || entry.content == null) throw new Error(`Worksheet ${n} not found in the written workbook`);
    const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
    if (!freeze(n)) {
      entry.content = Buffer.from(extra(n, xml), 'utf8');
      continue;
    }
    if (!xml.includes(SHEET_VIEW)) throw new Error(`Unexpected sheet view in worksheet ${n}; cannot freeze its header row`);
    entry.content = Buffer.from(extra(n, xml.replace(SHEET_VIEW, FROZEN_VIEW)), 'utf8');
  }
  quotePrefixPackage(zip);
  // No timestamps in the zip, so the same workbook always gives the same bytes.
  for (const entry of zip.FileIndex) {
    delete entry.mt;
    delete entry.ct;
  }
  return Buffer.from(cfbApi.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
}

/** Gives every formula-like string cell a quotePrefix style (see quote-prefix.ts), in place. */
function quotePrefixPackage(zip: CfbContainer): void {
  const part = (path: string) => zip.FileIndex[zip.FullPaths.findIndex((p) => p.endsWith(path))];
  const text = (entry: CfbEntry | undefined) => (entry?.content == null ? null : Buffer.from(entry.content as Uint8Array).toString('utf8'));
  const stylesEntry = part('/xl/styles.xml');
  const styles = text(stylesEntry);
  if (styles === null) throw new Error('The written workbook has no styles.xml');
  const sheetEntries = zip.FullPaths.flatMap((p, i) => (/\/xl\/worksheets\/[^/]+\.xml$/.test(p) ? [zip.FileIndex[i]!] : []));
  const result = quoteFormulaLikeCells({ styles, sharedStrings: text(part('/xl/sharedStrings.xml')), sheets: sheetEntries.map((e) => text(e) ?? '') });
  stylesEntry!.content = Buffer.from(result.styles, 'utf8');
  sheetEntries.forEach((e, i) => (e.content = Buffer.from(result.sheets[i]!, 'utf8')));
}

/**
 * Writes a workbook as .xlsx (shared strings, compressed), freezes the header row of the data sheets
 * and marks formula-like text with quotePrefix so that it stays text even after editing in Excel.
 */
export function workbookToXlsx(wb: XLSX.WorkBook, withValidations = false, frozenSheets: readonly string[] = DATA_SHEETS): Buffer {
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
  const frozen = wb.SheetNames.flatMap((name, i) => (frozenSheets.includes(name) ? [i + 1] : []));
  if (!withValidations) return freezeHeaderRows(bytes, frozen);
  return freezeHeaderRows(bytes, frozen, (n, xml) => insertValidations(xml, validationsXml(wb.SheetNames[n - 1]!)));
}


/** What a writer adds to the package SheetJS CE wrote: cell styles it cannot write, validations, per sheet. */
export interface PackageEdits {
  /** Sheets (by name) whose header row is frozen. */
  frozenSheets: readonly string[];
  /** Edits worksheet `n` (1-based, in SheetNames order) after its header row is frozen. */
  sheet: (n: number, xml: string) => string;
  /** Edits xl/styles.xml (before formula-like text gets its quotePrefix style). */
  styles: (xml: string) => string;
}

/** workbookToXlsx for a writer that also styles cells or validates them (the survey template). */
export function workbookToXlsxEdited(wb: XLSX.WorkBook, edits: PackageEdits): Buffer {
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
  const frozen = wb.SheetNames.flatMap((name, i) => (edits.frozenSheets.includes(name) ? [i + 1] : []));
  const all = wb.SheetNames.map((_n, i) => i + 1);
  // Every sheet passes through the edit; only the frozen ones get the frozen view.
  return freezeHeaderRows(bytes, all, edits.sheet, edits.styles, (n) => frozen.includes(n));
}
