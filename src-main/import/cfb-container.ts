/**
 * The one parse of an OLE compound file (.xls): its Workbook stream, read strictly, is all that
 * biff-count.ts counts and all that SheetJS reads (open-workbook.ts hands it the stream, never the
 * file). SheetJS' own container reader builds a copy of every sector chain that starts at every
 * sector it has not seen, following chains through sectors it has: a 1.6 MB file whose FAT chains
 * every sector to the one before made it copy ~n²/2 sectors (3.2 GB). Here every chain we follow
 * claims its sectors, and a sector claimed twice, a chain that loops or leaves the file, or a stream
 * larger than its chain is refused; nothing is copied but the Workbook stream.
 */
import { CFB } from './cfb-format';
import { Refusal } from './refusal';

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

const fail = (reason: 'cfb-header' | 'cfb-chain' | 'cfb-directory' | 'cfb-stream-size' | 'cfb-workbook'): never => {
  throw new Refusal(reason);
};

class Sectors {
  readonly size: number;
  readonly count: number;
  /** Which chain owns each sector (0 = none yet). */
  private readonly owner: Uint8Array;
  fat = new Uint32Array(0);

  constructor(
    readonly buf: Buffer,
    shift: number,
  ) {
    this.size = 1 << shift;
    this.count = Math.ceil((buf.length - this.size) / this.size);
    this.owner = new Uint8Array(Math.max(0, this.count));
  }

  offset(sector: number): number {
    return (sector + 1) * this.size;
  }

  claim(sector: number): void {
    if (sector >= this.count || this.owner[sector]) fail('cfb-chain');
    this.owner[sector] = 1;
  }

  /** The sectors of the chain from `start`, each claimed; at most `limit` of them. */
  chain(start: number, limit = this.count): number[] {
    const out: number[] = [];
    for (let s = start; s !== CFB.endOfChain; s = this.fat[s] ?? CFB.free) {
      if (out.length >= limit) fail('cfb-chain');
      this.claim(s);
      out.push(s);
    }
    return out;
  }
}

/** The FAT: sector numbers from the header's DIFAT and the DIFAT sector chain, each claimed. */
function readFat(s: Sectors, buf: Buffer): void {
  const fatCount = buf.readUInt32LE(44);
  const difatCount = buf.readUInt32LE(72);
  if (fatCount > s.count || difatCount > s.count) fail('cfb-header');
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(buf.readUInt32LE(76 + 4 * i));
  let next = buf.readUInt32LE(68);
  const perSector = s.size / 4 - 1;
  for (let n = 0; n < difatCount; n++) {
    s.claim(next);
    const at = s.offset(next);
    for (let i = 0; i < perSector && fatSectors.length < fatCount; i++) fatSectors.push(buf.readUInt32LE(at + 4 * i));
    next = buf.readUInt32LE(at + 4 * perSector);
  }
  if (fatSectors.length !== fatCount) fail('cfb-header');
  const fat = new Uint32Array(fatCount * (s.size / 4));
  fatSectors.forEach((sector, i) => {
    s.claim(sector);
    const at = s.offset(sector);
    for (let j = 0; j < s.size / 4; j++) fat[i * (s.size / 4) + j] = at + 4 * j + 4 <= buf.length ? buf.readUInt32LE(at + 4 * j) : CFB.free;
  });
  s.fat = fat;
}

function readDirectory(s: Sectors, buf: Buffer): Entry[] {
  const entries: Entry[] = [];
  for (const sector of s.chain(buf.readUInt32LE(48))) {
    for (let at = s.offset(sector); at + CFB.directoryEntry <= Math.min(buf.length, s.offset(sector) + s.size); at += CFB.directoryEntry) {
      const nameLength = buf.readUInt16LE(at + 64);
      if (nameLength > 64 || nameLength % 2) fail('cfb-directory');
      entries.push({
        name: buf.toString('utf16le', at, at + Math.max(0, nameLength - 2)),
        type: buf[at + 66]!,
        left: buf.readUInt32LE(at + 68),
        right: buf.readUInt32LE(at + 72),
        child: buf.readUInt32LE(at + 76),
        start: buf.readUInt32LE(at + 116),
        // Version 3 files keep only the low 32 bits; a version 4 stream is under the 100 MB file limit anyway.
        size: buf.readUInt32LE(at + 120) + (s.size === 512 ? 0 : buf.readUInt32LE(at + 124) * 2 ** 32),
      });
    }
  }
  if (entries[0]?.type !== 5) fail('cfb-directory');
  return entries;
}

/** The root storage's direct children (its red-black tree), each visited once. */
function rootChildren(entries: Entry[]): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<number>();
  const stack = [entries[0]!.child];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (i === CFB.noStream) continue;
    if (i >= entries.length || seen.has(i)) fail('cfb-directory');
    seen.add(i);
    const e = entries[i]!;
    out.push(e);
    stack.push(e.left, e.right);
  }
  return out;
}

/** Copies a stream's sectors (regular or mini) into one buffer of its size. */
function copyStream(pieces: { at: number; length: number }[], size: number, buf: Buffer): Buffer {
  const out = Buffer.alloc(size);
  let written = 0;
  for (const { at, length } of pieces) {
    const n = Math.min(length, size - written);
    if (at + n > buf.length) fail('cfb-stream-size');
    buf.copy(out, written, at, at + n);
    written += n;
  }
  return out;
}

function regularStream(s: Sectors, buf: Buffer, e: Entry): Buffer {
  const needed = Math.ceil(e.size / s.size);
  const chain = s.chain(e.start, needed);
  if (chain.length !== needed) fail('cfb-stream-size');
  return copyStream(chain.map((sector) => ({ at: s.offset(sector), length: s.size })), e.size, buf);
}

function miniStream(s: Sectors, buf: Buffer, root: Entry, e: Entry): Buffer {
  const container = regularStream(s, buf, root);
  const miniFatSectors = s.chain(buf.readUInt32LE(60), buf.readUInt32LE(64));
  const miniFat = new Uint32Array(miniFatSectors.length * (s.size / 4));
  miniFatSectors.forEach((sector, i) => {
    for (let j = 0; j < s.size / 4; j++) miniFat[i * (s.size / 4) + j] = buf.readUInt32LE(s.offset(sector) + 4 * j);
  });
  const needed = Math.ceil(e.size / CFB.miniSector);
  const seen = new Uint8Array(Math.floor(container.length / CFB.miniSector));
  const pieces: { at: number; length: number }[] = [];
  for (let m = e.start; m !== CFB.endOfChain; m = miniFat[m] ?? CFB.free) {
    if (pieces.length >= needed || m >= seen.length || seen[m]) fail('cfb-chain');
    seen[m] = 1;
    pieces.push({ at: m * CFB.miniSector, length: CFB.miniSector });
  }
  if (pieces.length !== needed) fail('cfb-stream-size');
  return copyStream(pieces, e.size, container);
}

export interface CfbContents {
  /** The BIFF stream ("Workbook", or "Book" for Excel 5/95); null when there is none (a Word file). */
  workbook: Buffer | null;
  /** Names of the streams and storages at the top of the file. */
  names: string[];
}

export function readCfbContainer(buf: Buffer): CfbContents {
  if (buf.length < 512 || !buf.subarray(0, 8).equals(CFB.signature)) fail('cfb-header');
  const major = buf.readUInt16LE(26);
  const shift = buf.readUInt16LE(30);
  if (buf.readUInt16LE(28) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12))) fail('cfb-header');
  if (buf.readUInt16LE(32) !== 6 || buf.readUInt32LE(56) !== CFB.miniCutoff || buf.length < 1 << shift) fail('cfb-header');
  const s = new Sectors(buf, shift);
  readFat(s, buf);
  const entries = readDirectory(s, buf);
  const top = rootChildren(entries);
  const named = (name: string) => top.filter((e) => e.type === 2 && e.name.toLowerCase() === name);
  const candidates = named('workbook').length > 0 ? named('workbook') : named('book');
  const names = top.map((e) => e.name);
  if (candidates.length === 0) return { workbook: null, names };
  if (candidates.length !== 1) fail('cfb-workbook');
  const stream = candidates[0]!;
  if (stream.size > buf.length) fail('cfb-stream-size');
  const workbook = stream.size < CFB.miniCutoff ? miniStream(s, buf, entries[0]!, stream) : regularStream(s, buf, stream);
  return { workbook, names };
}
