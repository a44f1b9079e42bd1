/**
 * Zip-bomb guard for xlsx/ods: walks the central directory and streams each entry through zlib,
 * counting the inflated bytes and discarding them, so a file whose content would inflate past the
 * limit is refused without ever holding the inflated data in memory. Declared sizes are not trusted.
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { CellCounter, isWorksheetPart } from './cell-count';

/**
 * Entries this small (compressed) are inflated in one synchronous call: deflate's ratio is at most
 * ~1032:1, so at most ~4 MB is held for a moment. A stream per entry costs far more than the inflating
 * itself when a file has tens of thousands of tiny entries (65,000 took 25 s that way).
 */
const SMALL_ENTRY = 4 * 1024;

/**
 * Inflated size of one deflated entry, or -1 once it passes `budget`, or -2 if it is not valid.
 * A `counter` sees the inflated bytes as they pass (worksheets: their cells are counted).
 */
function inflatedSize(data: Buffer, budget: number, counter?: CellCounter): Promise<number> {
  if (data.length <= SMALL_ENTRY) {
    try {
      const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      counter?.add(inflated);
      return Promise.resolve(inflated.length);
    } catch (error) {
      return Promise.resolve((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? -1 : -2);
    }
  }
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 1024 * 1024 });
    let size = 0;
    let settled = false;
    const finish = (value: number) => {
      if (settled) return;
      settled = true;
      resolve(value);
      inflate.destroy();
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      counter?.add(chunk);
      if (size > budget) finish(-1);
    });
    inflate.on('end', () => finish(size));
    inflate.on('error', () => finish(-2));
    inflate.end(data);
  });
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * `cells`, `merges`: the cell and merged-area elements in the .xlsx worksheets (0 for other packages); `binary`: the package has
 * binary worksheets (.xlsb), whose cells cannot be counted this way.
 */
export type ZipCheck = { ok: true; inflated: number; entries: number; cells: number; merges: number; binary: boolean } | { ok: false; reason: 'corrupt' | 'too-large' | 'unsupported' };

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

export async function checkZip(buf: Buffer, maxInflated: number): Promise<ZipCheck> {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, reason: 'corrupt' };
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) return { ok: false, reason: 'unsupported' };
  let offset = cdOffset;
  let total = 0;
  let cells = 0;
  let merges = 0;
  let binary = false;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL) return { ok: false, reason: 'corrupt' };
    const method = buf.readUInt16LE(offset + 10);
    const compressed = buf.readUInt32LE(offset + 20);
    const declared = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const localOffset = buf.readUInt32LE(offset + 42);
    if (compressed === 0xffffffff || declared === 0xffffffff) return { ok: false, reason: 'too-large' };
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) return { ok: false, reason: 'corrupt' };
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compressed > buf.length) return { ok: false, reason: 'corrupt' };
    const budget = maxInflated - total;
    if (declared > budget) return { ok: false, reason: 'too-large' };
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    const counter = isWorksheetPart(name) ? new CellCounter() : undefined;
    if (/^xl\/worksheets\/[^/]+\.bin$/i.test(name)) binary = true;
    if (method === 0) {
      total += compressed;
      counter?.add(buf.subarray(dataStart, dataStart + compressed));
    } else if (method === 8) {
      const size = await inflatedSize(buf.subarray(dataStart, dataStart + compressed), budget, counter);
      if (size === -1) return { ok: false, reason: 'too-large' };
      if (size === -2) return { ok: false, reason: 'corrupt' };
      total += size;
    } else {
      return { ok: false, reason: 'unsupported' };
    }
    if (total > maxInflated) return { ok: false, reason: 'too-large' };
    cells += counter?.count ?? 0;
    merges += counter?.merges ?? 0;
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, inflated: total, entries: count, cells, merges, binary };
}

/** One entry's bytes (call only after checkZip accepted the file, so its size is within the limit). */
export function readZipEntry(buf: Buffer, wanted: string): Buffer | undefined {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return undefined;
  let offset = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let n = 0; n < count && offset + 46 <= buf.length; n++) {
    const method = buf.readUInt16LE(offset + 10);
    const compressed = buf.readUInt32LE(offset + 20);
    const nameLength = buf.readUInt16LE(offset + 28);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localOffset = buf.readUInt32LE(offset + 42);
    if (name === wanted) {
      const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 0 ? data : inflateRawSync(data);
    }
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return undefined;
}
