/**
 * Opening an .xlsx/.xlsm, .ods or .xls so that the guard sees exactly what the reader sees: the
 * container is parsed once, by us (zip-container.ts, cfb-container.ts); the cells are counted on
 * those bytes (cell-count.ts, ods-count.ts, biff-count.ts); and SheetJS is handed those same bytes —
 * the inflated zip parts through its zip-level reader (parse_zip), the Workbook stream through its
 * BIFF reader (parse_xlscfb) — never the file, so it cannot find another end record, another
 * directory or another sector chain in it. Each refusal is one sentence.
 */
import { notAWorkbook, oleDocumentKind, otherDocument, zipDocumentKind } from './not-a-workbook';
import * as XLSX from 'xlsx';
import { UserError } from '../errors';
import { countBiff } from './biff-count';
import { countPart, hasBinarySheets, sheetBound, type PartCount } from './cell-count';
import { readCfbContainer } from './cfb-container';
import { LIMITS } from './limits';
import { odsCount } from './ods-count';
import { cellTextBudget } from './text-budget';
import { Refusal, type RefusalReason } from './refusal';
import { readZipContainer, type ZipPart } from './zip-container';

/** SheetJS' readers below its `read`, which both take what `read` would have parsed itself. */
interface SheetJsReaders {
  parse_zip(zip: SheetJsZip, options: XLSX.ParsingOptions): XLSX.WorkBook;
  parse_xlscfb(stream: Buffer, options: XLSX.ParsingOptions): XLSX.WorkBook;
  CFB: { utils: { cfb_new(): SheetJsZip } };
}
/** SheetJS' in-memory container: parallel lists of entries and of their paths under "Root Entry/". */
interface SheetJsZip {
  FileIndex: { name: string; type: number; content?: Buffer; size?: number }[];
  FullPaths: string[];
}
const sheetjs = XLSX as unknown as SheetJsReaders;

/** Formulas are never evaluated: only the cached value is read. Macros and styles are not read. */
const READ_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellDates: false,
  cellStyles: false,
  bookVBA: false,
  sheetStubs: false,
  WTF: false,
  // Stop reading a sheet one row past the limit: a 300,000-row sheet is refused without
  // being held in memory whole.
  sheetRows: LIMITS.rowsPerSheet + 1,
};

/**
 * List entries SheetJS may copy while it collects an .xls file's merged ranges and external
 * references (it copies its whole list for every record): a workbook with 100,000 merged ranges in
 * Excel's 1,027 per record copies about 5 million.
 */
const LIST_WORK = 50_000_000;

export interface OpenedWorkbook {
  workbook: XLSX.WorkBook;
  /** An .ods package's content.xml, as SheetJS read it (its sheets' visibility is read from it). */
  odsContent?: Buffer;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function sheetsRefusal(fileName: string, sheets: number): UserError {
  return new UserError('import-refused', { nl: `"${fileName}" heeft ${sheets} bladen; dat is geen scan.`, en: `"${fileName}" has ${sheets} sheets; that is not a scan.` });
}

const AMBIGUOUS_ZIP: Partial<Record<RefusalReason, [string, string]>> = {
  'zip-end-records': ['meer dan één eindrecord van de centrale map', 'more than one end-of-central-directory record'],
  'zip-local-header': ['een lokale kop die afwijkt van de centrale map', 'a local header that disagrees with the central directory'],
  'zip-duplicate-name': ['twee onderdelen met dezelfde naam', 'two parts with the same name'],
  'zip-backslash-name': ['een onderdeelnaam met een backslash', 'a part name with a backslash'],
  'zip-size-lie': ['een onderdeel dat tot een andere grootte uitpakt dan het opgeeft', 'a part that unpacks to another size than it declares'],
  'zip-layout': ['onderdelen die elkaar overlappen, of bytes buiten alle onderdelen', 'parts that overlap, or bytes outside every part'],
  'zip-mixed-part': ['een onderdeel dat zowel blad als opmerkingen is', 'a part that is both a sheet and comments'],
};

const BAD_XLS: Partial<Record<RefusalReason, [string, string]>> = {
  'cfb-header': ['een ongeldige kop', 'an invalid header'],
  'cfb-chain': ['een sectorketen die rondloopt, buiten het bestand wijst of sectoren deelt', 'a sector chain that loops, points outside the file or shares sectors'],
  'cfb-directory': ['een ongeldige inhoudsopgave', 'an invalid directory'],
  'cfb-stream-size': ['een stroom die niet bij zijn sectoren past', 'a stream that does not fit its sectors'],
  'cfb-workbook': ['geen of meer dan één Workbook-stroom', 'no Workbook stream, or more than one'],
};

function sentence(r: Refusal, f: string): { nl: string; en: string } {
  const zip = AMBIGUOUS_ZIP[r.reason];
  if (zip) return { nl: `"${f}" wordt niet geopend: het is een dubbelzinnig zip-pakket (${zip[0]}).`, en: `"${f}" is not opened: it is an ambiguous zip package (${zip[1]}).` };
  const xls = BAD_XLS[r.reason];
  if (xls) return { nl: `"${f}" wordt niet geopend: het is een beschadigde of dubbelzinnige Excel 97-2003-werkmap (${xls[0]}).`, en: `"${f}" is not opened: it is a damaged or ambiguous Excel 97-2003 workbook (${xls[1]}).` };
  switch (r.reason) {
    case 'encrypted':
      return { nl: `"${f}" is met een wachtwoord beveiligd; sla het onbeveiligd op en importeer opnieuw.`, en: `"${f}" is password-protected; save it without a password and import again.` };
    case 'too-large':
      return { nl: `"${f}" pakt uit tot meer dan ${mb(LIMITS.inflatedBytes)}; dat is geen scan en wordt niet geopend.`, en: `"${f}" unpacks to more than ${mb(LIMITS.inflatedBytes)}; that is not a scan and is not opened.` };
    case 'binary':
      return {
        nl: `"${f}" is een binaire Excel-werkmap (.xlsb), die Regioscan niet leest; sla hem op als .xlsx en importeer opnieuw.`,
        en: `"${f}" is a binary Excel workbook (.xlsb), which Regioscan does not read; save it as .xlsx and import again.`,
      };
    case 'cells':
      return {
        nl: `"${f}" bevat meer dan ${LIMITS.cells.toLocaleString('nl-NL')} cellen; dat is geen scan en wordt niet geopend.`,
        en: `"${f}" holds more than ${LIMITS.cells.toLocaleString('en-GB')} cells; that is not a scan and is not opened.`,
      };
    case 'sheets':
      return sheetsRefusal(f, r.count ?? 0).messages;
    case 'merges':
      return {
        nl: `"${f}" heeft meer dan ${LIMITS.merges.toLocaleString('nl-NL')} samengevoegde celbereiken; dat is geen scan en wordt niet geopend.`,
        en: `"${f}" has more than ${LIMITS.merges.toLocaleString('en-GB')} merged cell ranges; that is not a scan and is not opened.`,
      };
    case 'lists':
      return { nl: `"${f}" heeft te veel samengevoegde cellen of verwijzingen; dat is geen scan en wordt niet geopend.`, en: `"${f}" has too many merged cells or references; that is not a scan and is not opened.` };
    case 'not-a-workbook':
      return { nl: `"${f}" is geen leesbare werkmap (verwacht .xlsx, .xls, .ods of .csv).`, en: `"${f}" is not a readable workbook (expected .xlsx, .xls, .ods or .csv).` };
    default:
      return { nl: `"${f}" is beschadigd of onvolledig en kan niet worden gelezen.`, en: `"${f}" is damaged or incomplete and cannot be read.` };
  }
}

/** SheetJS' own errors on what passed the guard (a password it detects, a part it cannot parse). */
function readWith(read: () => XLSX.WorkBook, fileName: string): XLSX.WorkBook {
  try {
    return read();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/password|encrypt/i.test(message)) throw new Refusal('encrypted');
    // Never the reader's own (English) message: one sentence in the user's language.
    throw new UserError('import-refused', notAWorkbook(fileName));
  }
}

const NOTHING = Buffer.alloc(0);

/** What SheetJS' parse_zip will take the package for, as it decides (first match wins). */
function packageKind(parts: ReadonlyMap<string, ZipPart>): 'ods' | 'ooxml' {
  if (parts.has('meta-inf/manifest.xml') || parts.has('objectdata.xml')) return 'ods';
  // Apple Numbers, or (without content types) a zip SheetJS would look inside for another zip.
  if (parts.has('index/document.iwa') || !parts.has('[content_types].xml')) throw new Refusal('not-a-workbook');
  return 'ooxml';
}

/** The cells SheetJS may build from an .xlsx package's parts (see cell-count.ts). */
function ooxmlCells(parts: ReadonlyMap<string, ZipPart>, counts: ReadonlyMap<string, PartCount>): number {
  let all = 0;
  let strings = 0;
  for (const c of counts.values()) {
    if (c.sheetData && c.comments) throw new Refusal('zip-mixed-part');
    all += c.cells;
    strings += c.strings;
  }
  const bound = sheetBound(parts, counts);
  if (bound.sheets > LIMITS.sheets) throw new Refusal('sheets', bound.sheets);
  return Math.max(all, bound.cells) + strings;
}

const isBinary = (p: ZipPart) => p.name.toLowerCase().endsWith('.bin');

/** A zip package's parts by SheetJS' lookup key, what SheetJS will take it for, and the cells it may build from it. */
export interface ZipCount {
  parts: Map<string, ZipPart>;
  kind: 'ods' | 'ooxml';
  counts: Map<string, PartCount>;
  cells: number;
  merges: number;
  /** .ods only: the bytes SheetJS copies into the cells it builds (it repeats a cell's text). */
  odsTextBytes: number;
}

/** A zip package's parts by SheetJS' lookup key, what SheetJS will take it for, and the cells and merges it may build from it. */
export function countZipCells(list: readonly ZipPart[]): ZipCount {
  const parts = new Map(list.map((p) => [p.name.toLowerCase(), p]));
  const kind = packageKind(parts);
  if (kind === 'ods') {
    const content = parts.get('content.xml');
    const ods = content ? odsCount(content.data) : { cells: 0, textBytes: 0, merges: 0 };
    return { parts, kind, counts: new Map(), cells: ods.cells, merges: ods.merges, odsTextBytes: ods.textBytes };
  }
  if (hasBinarySheets(parts)) throw new Refusal('binary');
  const counts = new Map([...parts].filter(([, p]) => !isBinary(p)).map(([key, p]) => [key, countPart(p.data, LIMITS.cells)]));
  const merges = [...counts.values()].reduce((n, c) => n + c.merges, 0);
  return { parts, kind, counts, cells: ooxmlCells(parts, counts), merges, odsTextBytes: 0 };
}

async function openZip(bytes: Buffer, fileName: string): Promise<OpenedWorkbook> {
  const list = await readZipContainer(bytes, LIMITS.inflatedBytes);
  // A Word or PowerPoint file, an OpenDocument text, a plain zip: say what it is.
  const names = new Map(list.map((p) => [p.name.toLowerCase(), p]));
  const other = zipDocumentKind((name) => names.has(name), names.get('mimetype')?.data.toString('latin1') ?? '');
  if (other) throw new UserError('import-refused', otherDocument(fileName, other));
  const { parts, kind, counts, cells, merges, odsTextBytes } = countZipCells(list);
  if (cells > LIMITS.cells) throw new Refusal('cells');
  if (merges > LIMITS.merges) throw new Refusal('merges');
  // SheetJS copies an .ods cell's text into each repetition of it: counted before it does.
  if (odsTextBytes > 0) cellTextBudget(fileName).addBytes(odsTextBytes);
  // SheetJS gets the parts we counted, as they are, except: no .bin part (it would read one as a
  // binary sheet), and comment parts empty (their cells are inserted in quadratic time; none is imported).
  const zip = sheetjs.CFB.utils.cfb_new();
  for (const p of list) {
    if (p.name.endsWith('/') || isBinary(p)) continue;
    const content = counts.get(p.name.toLowerCase())?.comments ? NOTHING : p.data;
    zip.FileIndex.push({ name: p.name.slice(p.name.lastIndexOf('/') + 1), type: 2, content, size: content.length });
    zip.FullPaths.push(`Root Entry/${p.name}`);
  }
  const workbook = readWith(() => sheetjs.parse_zip(zip, { ...READ_OPTIONS }), fileName);
  return { workbook, odsContent: kind === 'ods' ? parts.get('content.xml')?.data : undefined };
}

/** An encrypted OOXML file is an OLE container holding "EncryptionInfo" and "EncryptedPackage". */
const isEncryptedOle = (bytes: Buffer) => bytes.includes(Buffer.from('EncryptionInfo', 'utf16le')) || bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));

function openCfb(bytes: Buffer, fileName: string): OpenedWorkbook {
  if (isEncryptedOle(bytes)) throw new Refusal('encrypted');
  const { workbook: stream, names } = readCfbContainer(bytes);
  const other = oleDocumentKind(names);
  if (other) throw new UserError('import-refused', otherDocument(fileName, other));
  if (!stream) throw new Refusal('cfb-workbook');
  if (names.some((n) => /^(encryptioninfo|encryptedpackage|encryption)$/i.test(n))) throw new Refusal('encrypted');
  const count = countBiff(stream);
  if (count.encrypted) throw new Refusal('encrypted');
  if (count.sheets > LIMITS.sheets) throw new Refusal('sheets', count.sheets);
  if (count.cells > LIMITS.cells) throw new Refusal('cells');
  if (count.listWork > LIST_WORK) throw new Refusal('lists');
  return { workbook: readWith(() => sheetjs.parse_xlscfb(stream, { ...READ_OPTIONS, type: 'buffer' }), fileName) };
}

/** Opens a zip package (.xlsx, .xlsm, .ods) or an OLE compound file (.xls); refuses with one sentence. */
export async function openWorkbook(bytes: Buffer, fileName: string, container: 'zip' | 'ole'): Promise<OpenedWorkbook> {
  try {
    return container === 'ole' ? openCfb(bytes, fileName) : await openZip(bytes, fileName);
  } catch (error) {
    if (error instanceof Refusal) throw new UserError('import-refused', sentence(error, fileName));
    throw error;
  }
}
