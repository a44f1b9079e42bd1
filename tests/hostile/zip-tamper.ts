/**
 * Byte-level changes to zips written by tests/helpers/ooxml.ts (no extra fields, no comments), for
 * the ambiguous-container cases: rename one side of an entry, change what it declares, put bytes in
 * front, or give the file a second end record that another reader would take instead.
 */

export interface EntryLayout {
  name: string;
  /** Offset of the entry's central directory header. */
  central: number;
  /** Offset of its local header. */
  local: number;
}

const END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export function endRecord(buf: Buffer): number {
  return buf.lastIndexOf(END);
}

export function zipLayout(buf: Buffer): EntryLayout[] {
  const end = endRecord(buf);
  const out: EntryLayout[] = [];
  let p = buf.readUInt32LE(end + 16);
  for (let n = 0; n < buf.readUInt16LE(end + 10); n++) {
    const nameLength = buf.readUInt16LE(p + 28);
    out.push({ name: buf.toString('latin1', p + 46, p + 46 + nameLength), central: p, local: buf.readUInt32LE(p + 42) });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

function entry(buf: Buffer, name: string): EntryLayout {
  const e = zipLayout(buf).find((x) => x.name === name);
  if (!e) throw new Error(`no entry ${name}`);
  return e;
}

/** Renames an entry in the central directory only (the same length), so its local header names another part. */
export function renameCentral(bytes: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only');
  const buf = Buffer.from(bytes);
  buf.write(to, entry(buf, from).central + 46, 'latin1');
  return buf;
}

/** Changes an entry's uncompressed size in its central header only. */
export function setCentralSize(bytes: Buffer, name: string, size: number): Buffer {
  const buf = Buffer.from(bytes);
  buf.writeUInt32LE(size, entry(buf, name).central + 24);
  return buf;
}

/** Changes an entry's uncompressed size in both its headers, consistently: only inflating it shows the lie. */
export function setDeclaredSize(bytes: Buffer, name: string, size: number): Buffer {
  const buf = setCentralSize(bytes, name, size);
  buf.writeUInt32LE(size, entry(buf, name).local + 22);
  return buf;
}

/**
 * An entry in front of the others that has a local header but no central-directory entry: a
 * reader that walks local headers (a streaming unzipper) sees a part the directory does not list.
 */
export function withUnlistedEntry(bytes: Buffer, from: Buffer, name: string): Buffer {
  const starts = [...zipLayout(from).map((e) => e.local), from.readUInt32LE(endRecord(from) + 16)].sort((a, b) => a - b);
  const local = entry(from, name).local;
  const prefix = from.subarray(local, starts.find((s) => s > local));
  const buf = Buffer.concat([prefix, bytes]);
  for (const e of zipLayout(bytes)) buf.writeUInt32LE(e.local + prefix.length, e.central + prefix.length + 42);
  const at = endRecord(buf);
  buf.writeUInt32LE(buf.readUInt32LE(at + 16) + prefix.length, at + 16);
  return buf;
}

/** `bytes` with every local-header offset in its central directory moved by `shift`; returns the entries and the directory. */
function split(bytes: Buffer, shift: number): { entries: Buffer; directory: Buffer; count: number } {
  const end = endRecord(bytes);
  const start = bytes.readUInt32LE(end + 16);
  const directory = Buffer.from(bytes.subarray(start, end));
  for (const e of zipLayout(bytes)) directory.writeUInt32LE(e.local + shift, e.central - start + 42);
  return { entries: bytes.subarray(0, start), directory, count: bytes.readUInt16LE(end + 10) };
}

function endBytes(count: number, directory: Buffer, directoryOffset: number, comment: Buffer): Buffer {
  const end = Buffer.alloc(22);
  END.copy(end);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([end, comment]);
}

/**
 * The attack of issue 13: `benign` as the end record within 22 bytes of the end describes it, and
 * `hidden` as a second record in the last 20 bytes describes it — where a reader searching from 4
 * bytes before the end (SheetJS) finds it, and one searching from 22 bytes before (the old guard)
 * does not.
 */
export function withShadowEndRecord(benign: Buffer, hidden: Buffer): Buffer {
  const a = split(benign, 0);
  const b = split(hidden, a.entries.length);
  const hiddenDirectoryAt = a.entries.length + b.entries.length;
  const directoryAt = hiddenDirectoryAt + b.directory.length;
  // The shadow record is cut after its directory offset: 20 bytes, all a reader needs of it.
  const shadow = endBytes(b.count, b.directory, hiddenDirectoryAt, Buffer.alloc(0)).subarray(0, 20);
  return Buffer.concat([a.entries, b.entries, b.directory, a.directory, endBytes(a.count, a.directory, directoryAt, shadow)]);
}

/** Two complete end records that both describe a zip ending at the end of the file: `second`'s entries and directory sit in the first's comment. */
export function withSecondEndRecord(first: Buffer, second: Buffer): Buffer {
  const a = split(first, 0);
  const commentAt = a.entries.length + a.directory.length + 22;
  const b = split(second, commentAt);
  const comment = Buffer.concat([b.entries, b.directory, endBytes(b.count, b.directory, commentAt + b.entries.length, Buffer.alloc(0))]);
  return Buffer.concat([a.entries, a.directory, endBytes(a.count, a.directory, a.entries.length, comment)]);
}
