/**
 * Counting the cells SheetJS would build from an .xls Workbook stream, record by record, before it
 * builds any. The walk steps from record to record by the declared lengths, as SheetJS does (it
 * parses each record from a copy and then moves on by its length, CONTINUE records included), so
 * both see the same records.
 *
 * Counted as cells: every cell record of BIFF 2 to 8 (NUMBER, RK, LABEL, LABELSST, RSTRING, BOOLERR,
 * FORMULA and its STRING, BLANK), MULRK and MULBLANK by the columns they span, NOTE (a comment makes
 * a cell), the cells a HLINK range visits, and shared strings (each costs SheetJS about as much).
 * Also counted: merged ranges (a MERGECELLS record makes as many as its count says, whatever its
 * length), sheets (BOUNDSHEET) and the list-copying work of MERGECELLS and EXTERNSHEET records,
 * which SheetJS appends to a copy of the list so far (quadratic in the number of records: a file
 * of tiny such records never finishes). A FILEPASS record means encryption.
 */

export interface BiffCount {
  cells: number;
  sheets: number;
  /** List entries SheetJS copies while it appends MERGECELLS and EXTERNSHEET records to its lists. */
  listWork: number;
  encrypted: boolean;
}

const ONE_CELL = new Set([
  0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, // BIFF 2: BLANK, INTEGER, NUMBER, LABEL, BOOLERR, FORMULA, STRING
  0x0201, 0x0203, 0x0204, 0x0205, 0x0206, 0x0207, 0x0406, // BLANK, NUMBER, LABEL, BOOLERR, FORMULA (BIFF 3, 4), STRING
  0x027e, 0x00d6, 0x00fd, 0x001c, // RK, RSTRING, LABELSST, NOTE
]);
/** The other records counted, by their BIFF record type. */
const RECORD = {
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
  HLINK: 0x01b8,
  HLINK_TOOLTIP: 0x0800,
  MERGECELLS: 0x00e5,
  SST: 0x00fc,
  EXTERNSHEET: 0x0017,
  BOUNDSHEET: 0x0085,
  FILEPASS: 0x002f,
} as const;
/** Records SheetJS appends to the record before them (its CONTINUE_RT). */
const CONTINUE = new Set([0x003c, 0x043c, 0x0812, 0x0875, 0x087f]);

/** Rows × columns of a Ref8U (first row, last row, first column, last column), as SheetJS loops over it. */
function area(stream: Buffer, at: number, end: number): number {
  if (at + 8 > end) return 0;
  const [r0, r1, c0, c1] = [0, 2, 4, 6].map((o) => stream.readUInt16LE(at + o)) as [number, number, number, number];
  return Math.max(0, r1 - r0 + 1) * Math.max(0, c1 - c0 + 1);
}

export function countBiff(stream: Buffer): BiffCount {
  const count: BiffCount = { cells: 0, sheets: 0, listWork: 0, encrypted: false };
  // Never reset (SheetJS empties its merge list at a sheet's BOF but not at a nested one): an upper bound.
  const listed = { merges: 0, references: 0 };
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = stream.readUInt16LE(at);
    const body = at + 4;
    const end = Math.min(stream.length, body + stream.readUInt16LE(at + 2));
    // SheetJS reads the continuations with the record: where the record really ends.
    let last = end;
    let continued = false;
    while (last + 4 <= stream.length && CONTINUE.has(stream.readUInt16LE(last))) {
      last = Math.min(stream.length, last + 4 + stream.readUInt16LE(last + 2));
      continued = true;
    }
    if (ONE_CELL.has(type)) count.cells += 1;
    else if (type === RECORD.MULRK || type === RECORD.MULBLANK) {
      // SheetJS loops from the first column (after the row) to the last (the record's last two bytes).
      const first = end - body >= 4 ? stream.readUInt16LE(body + 2) : 0;
      const lastColumn = continued || last - body < 6 ? 0xffff : stream.readUInt16LE(last - 2);
      count.cells += Math.max(0, lastColumn - first + 1);
    } else if (type === RECORD.HLINK) count.cells += area(stream, body, end);
    else if (type === RECORD.HLINK_TOOLTIP) count.cells += area(stream, body + 2, end);
    else if (type === RECORD.SST) count.cells += Math.min(end - body >= 8 ? stream.readUInt32LE(body + 4) : 0, Math.ceil((last - body) / 3));
    else if (type === RECORD.MERGECELLS) {
      const ranges = end - body >= 2 ? stream.readUInt16LE(body) : 0;
      count.cells += ranges;
      count.listWork += listed.merges + ranges;
      listed.merges += ranges;
    } else if (type === RECORD.EXTERNSHEET) {
      const references = end - body >= 2 ? Math.ceil((end - body) / 6) : 0;
      count.listWork += 2 * (listed.references + references);
      listed.references += references;
    } else if (type === RECORD.BOUNDSHEET) count.sheets++;
    else if (type === RECORD.FILEPASS) count.encrypted = true;
    at = end;
  }
  return count;
}
