/**
 * The one parse of a zip container (.xlsx, .xlsm, .ods): what the guard counts is exactly what
 * SheetJS reads, because SheetJS never sees the zip. We find the end record, walk the central
 * directory, check every local header against it, inflate every entry ourselves within its declared
 * size (and so within the unpacked-bytes limit) and check its CRC; open-workbook.ts hands SheetJS
 * these inflated parts and nothing else.
 *
 * Refused as ambiguous — two readers could see different files in it: more than one end record
 * that parses, a local header that disagrees with its central entry, two names that are one name to
 * SheetJS (it looks parts up case-insensitively, with `\` and `/` alike) or a name with a backslash,
 * an entry that inflates to more or less than it declares, and entries that overlap or leave bytes
 * outside every entry. ZIP64, encryption and methods other than stored and deflate are refused too.
 */
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { Refusal } from './refusal';

export interface ZipPart {
  /** The name as SheetJS' zip reader always read it: one character per byte. */
  name: string;
  data: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const DESCRIPTOR = 0x08074b50;
const END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** General-purpose flags: encrypted, strong encryption, masked local headers. */
const ENCRYPTION_FLAGS = 0x0001 | 0x0040 | 0x2000;
/** Flag bit 3: sizes and CRC follow the data in a data descriptor. */
const HAS_DESCRIPTOR = 0x0008;
/** Entries this small (compressed) inflate in one synchronous call; larger ones stream (see inflate). */
const SMALL_ENTRY = 64 * 1024;

/** An entry's extent in the file: its local header, its data, the end of its data (and descriptor). */
interface Span {
  header: number;
  start: number;
  end: number;
}

interface Central {
  nameBytes: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** Whether an end record at `at` describes this file: it ends the file, and the directory ends where it starts. */
function endRecordParses(buf: Buffer, at: number): boolean {
  if (at + 22 > buf.length) return false;
  if (at + 22 + buf.readUInt16LE(at + 20) !== buf.length) return false;
  const [disk, directoryDisk, here, total] = [4, 6, 8, 10].map((o) => buf.readUInt16LE(at + o));
  if (disk !== 0 || directoryDisk !== 0 || here !== total) return false;
  const size = buf.readUInt32LE(at + 12);
  const offset = buf.readUInt32LE(at + 16);
  if (offset + size !== at) return false;
  return total === 0 || (offset + 4 <= buf.length && buf.readUInt32LE(offset) === CENTRAL);
}

/**
 * The end record. Every end-record signature in the file is tried (a reader that searches from the
 * end takes the last one, as SheetJS did): exactly one may describe the file, and no other may
 * follow it (a shadow record in its comment, where such a reader would find it first).
 */
function findEndRecord(buf: Buffer): number {
  const found: number[] = [];
  const last = buf.lastIndexOf(END);
  for (let i = last; i >= 0; i = i > 0 ? buf.lastIndexOf(END, i - 1) : -1) {
    if (endRecordParses(buf, i)) found.push(i);
    if (found.length > 1) throw new Refusal('zip-end-records');
  }
  if (found.length === 0) throw new Refusal(buf.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06])) ? 'unsupported' : 'damaged');
  if (found[0] !== last) throw new Refusal('zip-end-records');
  return found[0]!;
}

/** Extra-field ids in a central or local extra block; a ZIP64 field (id 1) is refused. */
function checkExtra(extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length; p += 4 + extra.readUInt16LE(p + 2)) {
    if (extra.readUInt16LE(p) === 0x0001) throw new Refusal('unsupported');
  }
}

/** The key SheetJS finds a part by: lower case, with `\` and `/` alike (backslashes are refused before). */
const lookupKey = (name: string) => name.toLowerCase();

function readCentralDirectory(buf: Buffer, end: number): Central[] {
  const total = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const entries: Central[] = [];
  const seen = new Set<string>();
  for (let n = 0; n < total; n++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) throw new Refusal('damaged');
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const next = p + 46 + nameLength + extraLength + buf.readUInt16LE(p + 32);
    if (next > end) throw new Refusal('damaged');
    const entry: Central = {
      nameBytes: buf.subarray(p + 46, p + 46 + nameLength),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (entry.flags & ENCRYPTION_FLAGS) throw new Refusal('encrypted');
    if (entry.compressed === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) throw new Refusal('unsupported');
    if (buf.readUInt16LE(p + 34) !== 0) throw new Refusal('damaged');
    checkExtra(buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    if (entry.method !== 0 && entry.method !== 8) throw new Refusal('unsupported');
    if (entry.method === 0 && entry.compressed !== entry.size) throw new Refusal('zip-size-lie');
    const name = entry.nameBytes.toString('latin1');
    if (name.includes('\\')) throw new Refusal('zip-backslash-name');
    // eslint-disable-next-line no-control-regex -- a name with control characters is not a part name
    if (name === '' || /[\u0000-\u001f]/.test(name)) throw new Refusal('damaged');
    for (const key of [lookupKey(name), lookupKey(entry.nameBytes.toString('utf8'))]) {
      if (seen.has(key)) throw new Refusal('zip-duplicate-name');
    }
    seen.add(lookupKey(name)).add(lookupKey(entry.nameBytes.toString('utf8')));
    entries.push(entry);
    p = next;
  }
  if (p !== end) throw new Refusal('damaged');
  return entries;
}

/** Checks an entry's local header against its central entry; returns where its data starts and where the entry ends. */
function checkLocalHeader(buf: Buffer, c: Central, limit: number): Span {
  const at = c.localOffset;
  if (at + 30 > limit || buf.readUInt32LE(at) !== LOCAL) throw new Refusal('damaged');
  const nameLength = buf.readUInt16LE(at + 26);
  const extraLength = buf.readUInt16LE(at + 28);
  const start = at + 30 + nameLength + extraLength;
  if (start > limit) throw new Refusal('damaged');
  checkExtra(buf.subarray(at + 30 + nameLength, start));
  const flags = buf.readUInt16LE(at + 6);
  const [crc, compressed, size] = [14, 18, 22].map((o) => buf.readUInt32LE(at + o));
  const sameName = buf.subarray(at + 30, at + 30 + nameLength).equals(c.nameBytes);
  // With a data descriptor the local header may leave the CRC and sizes zero; any value it does give must agree.
  const deferred = (c.flags & HAS_DESCRIPTOR) !== 0;
  const agrees = (local: number, central: number) => local === central || (deferred && local === 0);
  const sameSizes = agrees(crc!, c.crc) && agrees(compressed!, c.compressed) && agrees(size!, c.size);
  if (!sameName || flags !== c.flags || buf.readUInt16LE(at + 8) !== c.method || !sameSizes) throw new Refusal('zip-local-header');
  let end = start + c.compressed;
  if (end > limit) throw new Refusal('damaged');
  if (c.flags & HAS_DESCRIPTOR) {
    // The descriptor (with or without its signature) repeats the CRC and sizes; they must be the central ones.
    const matches = (p: number) => p + 12 <= limit && buf.readUInt32LE(p) === c.crc && buf.readUInt32LE(p + 4) === c.compressed && buf.readUInt32LE(p + 8) === c.size;
    if (end + 4 <= limit && buf.readUInt32LE(end) === DESCRIPTOR && matches(end + 4)) end += 16;
    else if (matches(end)) end += 12;
    else throw new Refusal('zip-local-header');
  }
  return { header: at, start, end };
}

/** Every byte before the central directory belongs to exactly one entry: no overlap, no gap, nothing in front. */
function checkLayout(spans: Span[], directoryStart: number): void {
  const sorted = [...spans].sort((a, b) => a.header - b.header);
  let at = 0;
  for (const span of sorted) {
    if (span.header !== at) throw new Refusal('zip-layout');
    at = span.end;
  }
  if (at !== directoryStart) throw new Refusal('zip-layout');
}

/**
 * Inflates a deflate stream to exactly `size` bytes, never holding more: more output than declared
 * is refused as soon as it appears, as are less output, unused input and invalid data.
 */
function inflate(data: Buffer, size: number): Promise<Buffer> {
  if (data.length <= SMALL_ENTRY) {
    let result: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      // An output chunk of the declared size (+1 to see more): a 16 KB default chunk held per tiny part adds up.
      result = inflateRawSync(data, { maxOutputLength: size + 1, chunkSize: Math.max(64, Math.min(size + 1, 1024 * 1024)), info: true }) as unknown as typeof result;
    } catch (error) {
      return Promise.reject(new Refusal((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'zip-size-lie' : 'damaged'));
    }
    if (result.buffer.length !== size || result.engine.bytesWritten !== data.length) return Promise.reject(new Refusal('zip-size-lie'));
    return Promise.resolve(result.buffer);
  }
  // Streamed into a buffer of the declared size: a 1 KB entry that claims 2 KB and inflates to 1 GB
  // stops after 2 KB, and an honest large entry is held once, not twice.
  return new Promise((resolve, reject) => {
    const out = Buffer.allocUnsafe(size);
    const inflater = createInflateRaw({ chunkSize: 1024 * 1024 });
    let written = 0;
    let settled = false;
    const settle = (error: Refusal | null) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      if (error) reject(error);
      else resolve(out);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (written + chunk.length > size) return settle(new Refusal('zip-size-lie'));
      chunk.copy(out, written);
      written += chunk.length;
    });
    inflater.on('end', () => settle(written === size && inflater.bytesWritten === data.length ? null : new Refusal('zip-size-lie')));
    inflater.on('error', () => settle(new Refusal('damaged')));
    inflater.end(data);
  });
}

/**
 * Parses and inflates a zip, refusing what is ambiguous, damaged or larger once inflated than
 * `maxInflated` bytes (checked on the declared sizes before anything is inflated; each entry is then
 * held to its declared size).
 */
export async function readZipContainer(buf: Buffer, maxInflated: number): Promise<ZipPart[]> {
  const end = findEndRecord(buf);
  const entries = readCentralDirectory(buf, end);
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > maxInflated) throw new Refusal('too-large');
  const directoryStart = buf.readUInt32LE(end + 16);
  const spans = entries.map((e) => checkLocalHeader(buf, e, directoryStart));
  checkLayout(spans, directoryStart);
  const parts: ZipPart[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const raw = buf.subarray(spans[i]!.start, spans[i]!.start + e.compressed);
    const data = e.method === 0 ? raw : await inflate(raw, e.size);
    if (crc32(data) !== e.crc) throw new Refusal('damaged');
    const name = e.nameBytes.toString('latin1');
    if (name.endsWith('/') && data.length > 0) throw new Refusal('damaged');
    parts.push({ name, data });
  }
  return parts;
}
