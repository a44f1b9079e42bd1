/**
 * A small raw writer for Excel 97–2003 files, independent of SheetJS: BIFF8 records (a Workbook
 * stream of sheets with text and number cells, or any records a case wants) in an OLE compound file
 * (version 3, 512-byte sectors, FAT and DIFAT written here). A `tamper` hook may rewrite the FAT,
 * the directory or the sector order before the file is laid out, so a case can build a container
 * whose chains loop, share sectors or run backwards.
 */
import { CFB } from '../../src-main/import/cfb-format';

export function record(type: number, body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16LE(type, 0);
  header.writeUInt16LE(body.length, 2);
  return Buffer.concat([header, body]);
}

const u16 = (...values: number[]) => Buffer.from(Uint16Array.from(values).buffer);

function bof(kind: 'globals' | 'sheet'): Buffer {
  const body = Buffer.alloc(16);
  body.writeUInt16LE(0x0600, 0); // BIFF8
  body.writeUInt16LE(kind === 'globals' ? 0x0005 : 0x0010, 2);
  body.writeUInt16LE(0x0dbb, 4); // build
  body.writeUInt16LE(0x07cc, 6); // year
  return record(0x0809, body);
}

const EOF = record(0x000a);

/** An XLUnicodeString: 16-bit length, flags, then Latin-1 or UTF-16 characters. */
function unicodeString(text: string, lengthBytes: 1 | 2): Buffer {
  const wide = [...text].some((ch) => ch.charCodeAt(0) > 0xff);
  const length = Buffer.alloc(lengthBytes);
  if (lengthBytes === 1) length.writeUInt8(text.length);
  else length.writeUInt16LE(text.length);
  return Buffer.concat([length, Buffer.from([wide ? 1 : 0]), Buffer.from(text, wide ? 'utf16le' : 'latin1')]);
}

export function labelCell(row: number, col: number, text: string): Buffer {
  return record(0x0204, Buffer.concat([u16(row, col, 0), unicodeString(text, 2)]));
}

export function numberCell(row: number, col: number, value: number): Buffer {
  const body = Buffer.alloc(14);
  u16(row, col, 0).copy(body);
  body.writeDoubleLE(value, 6);
  return record(0x0203, body);
}

export type BiffCell = string | number | null;

export interface BiffSheet {
  name: string;
  rows?: BiffCell[][];
  /** Records written after the cells (a cell bomb, merged ranges, hyperlinks). */
  extra?: Buffer[];
}

/** A BIFF8 Workbook stream: globals (a BOUNDSHEET per sheet, with its BOF's position), then each sheet. */
export function biffWorkbook(sheets: readonly BiffSheet[], globals: Buffer[] = []): Buffer {
  const bodies = sheets.map((s) =>
    Buffer.concat([
      bof('sheet'),
      ...(s.rows ?? []).flatMap((row, r) => row.map((cell, c) => (cell === null ? Buffer.alloc(0) : typeof cell === 'number' ? numberCell(r, c, cell) : labelCell(r, c, cell)))),
      ...(s.extra ?? []),
      EOF,
    ]),
  );
  const boundSheet = (name: string, position: number) => record(0x0085, Buffer.concat([Buffer.from(Uint32Array.from([position]).buffer), Buffer.from([0, 0]), unicodeString(name, 1)]));
  const globalsLength = bof('globals').length + globals.reduce((n, g) => n + g.length, 0) + sheets.reduce((n, s) => n + boundSheet(s.name, 0).length, 0) + EOF.length;
  let position = globalsLength;
  const bound = sheets.map((s, i) => {
    const b = boundSheet(s.name, position);
    position += bodies[i]!.length;
    return b;
  });
  return Buffer.concat([bof('globals'), ...globals, ...bound, EOF, ...bodies]);
}

// ---------------------------------------------------------------------------------------------
// OLE compound file

const SECTOR = CFB.sector;
const PER_SECTOR = SECTOR / 4;

export interface CfbEntry {
  name: string;
  type: 2 | 5;
  start: number;
  size: number;
  left: number;
  right: number;
  child: number;
}

/** What a tamper hook may change: the FAT (sector → next), the directory, and where each stream's sectors are. */
export interface CfbLayout {
  fat: number[];
  entries: CfbEntry[];
  /** Sectors of each stream, in chain order, by directory index. */
  chains: Map<number, number[]>;
  directorySector: number;
}

/**
 * A version 3 compound file holding `streams` at its root. Streams shorter than 4,096 bytes would
 * belong in the mini stream; this writer pads nothing and keeps every stream in regular sectors, so
 * callers give it streams of at least 4,096 bytes.
 */
export function writeCfb(streams: readonly { name: string; data: Buffer }[], tamper?: (layout: CfbLayout) => void): Buffer {
  const dataSectors = streams.map((s) => Math.ceil(s.data.length / SECTOR));
  const used = 1 + dataSectors.reduce((a, b) => a + b, 0); // directory + streams
  // FAT sectors (and DIFAT sectors beyond the header's 109) must also be covered by the FAT.
  let fatCount = 1;
  let difatCount = 0;
  for (;;) {
    difatCount = Math.max(0, Math.ceil((fatCount - 109) / (PER_SECTOR - 1)));
    const needed = Math.ceil((used + fatCount + difatCount) / PER_SECTOR);
    if (needed <= fatCount) break;
    fatCount = needed;
  }
  const total = used + fatCount + difatCount;
  const fat: number[] = new Array<number>(fatCount * PER_SECTOR).fill(CFB.free);
  const fatSectors = Array.from({ length: fatCount }, (_, i) => i);
  const difatSectors = Array.from({ length: difatCount }, (_, i) => fatCount + i);
  for (const s of fatSectors) fat[s] = CFB.fatSector;
  for (const s of difatSectors) fat[s] = CFB.difatSector;
  const directorySector = fatCount + difatCount;
  fat[directorySector] = CFB.endOfChain;
  let next = directorySector + 1;
  const entries: CfbEntry[] = [{ name: 'Root Entry', type: 5, start: CFB.endOfChain, size: 0, left: CFB.noStream, right: CFB.noStream, child: streams.length > 0 ? 1 : CFB.noStream }];
  const chains = new Map<number, number[]>();
  streams.forEach((s, i) => {
    const chain = Array.from({ length: dataSectors[i]! }, (_, k) => next + k);
    next += chain.length;
    chain.forEach((sector, k) => (fat[sector] = chain[k + 1] ?? CFB.endOfChain));
    // A degenerate but valid red-black tree: each stream the right sibling of the one before.
    entries.push({ name: s.name, type: 2, start: chain[0] ?? CFB.endOfChain, size: s.data.length, left: CFB.noStream, right: i + 1 < streams.length ? i + 2 : CFB.noStream, child: CFB.noStream });
    chains.set(i + 1, chain);
  });
  const layout: CfbLayout = { fat, entries, chains, directorySector };
  tamper?.(layout);
  if (layout.entries.length > 4) throw new Error('this writer keeps the directory in one sector (at most 4 entries)');

  const out = Buffer.alloc(SECTOR * (1 + total));
  const header = out.subarray(0, SECTOR);
  CFB.signature.copy(header);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatCount, 44);
  header.writeUInt32LE(layout.directorySector, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(CFB.endOfChain, 60);
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(difatCount > 0 ? difatSectors[0]! : CFB.endOfChain, 68);
  header.writeUInt32LE(difatCount, 72);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(fatSectors[i] ?? CFB.free, 76 + 4 * i);
  const at = (sector: number) => SECTOR * (sector + 1);
  difatSectors.forEach((sector, d) => {
    for (let i = 0; i < PER_SECTOR - 1; i++) out.writeUInt32LE(fatSectors[109 + d * (PER_SECTOR - 1) + i] ?? CFB.free, at(sector) + 4 * i);
    out.writeUInt32LE(difatSectors[d + 1] ?? CFB.endOfChain, at(sector) + SECTOR - 4);
  });
  fatSectors.forEach((sector, i) => {
    for (let j = 0; j < PER_SECTOR; j++) out.writeUInt32LE(layout.fat[i * PER_SECTOR + j] ?? CFB.free, at(sector) + 4 * j);
  });
  layout.entries.forEach((e, i) => {
    const p = at(layout.directorySector) + 128 * i;
    const name = Buffer.from(`${e.name}\u0000`, 'utf16le');
    name.copy(out, p);
    out.writeUInt16LE(name.length, p + 64);
    out[p + 66] = e.type;
    out[p + 67] = 1; // black
    out.writeUInt32LE(e.left, p + 68);
    out.writeUInt32LE(e.right, p + 72);
    out.writeUInt32LE(e.child, p + 76);
    out.writeUInt32LE(e.start, p + 116);
    out.writeUInt32LE(e.size, p + 120);
  });
  for (let i = layout.entries.length; i < 4; i++) out.writeUInt32LE(CFB.noStream, at(layout.directorySector) + CFB.directoryEntry * i + 68);
  streams.forEach((s, i) => {
    const chain = layout.chains.get(i + 1)!;
    chain.forEach((sector, k) => s.data.copy(out, at(sector), k * SECTOR, Math.min(s.data.length, (k + 1) * SECTOR)));
  });
  return out;
}

/** A Workbook stream padded with zeros after its last EOF to the 4,096 bytes of a regular stream (SheetJS stops at a zero record after EOF). */
export function padded(stream: Buffer): Buffer {
  return stream.length >= 4096 ? stream : Buffer.concat([stream, Buffer.alloc(4096 - stream.length)]);
}

export function xlsFile(sheets: readonly BiffSheet[], tamper?: (layout: CfbLayout) => void): Buffer {
  return writeCfb([{ name: 'Workbook', data: padded(biffWorkbook(sheets)) }], tamper);
}
