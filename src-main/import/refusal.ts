/**
 * Why a container (zip or OLE compound file) or its content is refused, as the low-level readers
 * report it; open-workbook.ts turns each reason into one sentence for the user.
 */
export type RefusalReason =
  /** Not a valid container: truncated, bad structure, bad checksum, invalid deflate data. */
  | 'damaged'
  /** A container feature that is never needed for a scan (ZIP64, an unknown compression method). */
  | 'unsupported'
  /** Zip-level or OLE-level encryption. */
  | 'encrypted'
  /** The declared sizes add up to more than the unpacked-bytes limit. */
  | 'too-large'
  // Ambiguous zips: two readers could disagree about what the file holds.
  | 'zip-end-records'
  | 'zip-local-header'
  | 'zip-duplicate-name'
  | 'zip-backslash-name'
  | 'zip-size-lie'
  | 'zip-layout'
  | 'zip-mixed-part'
  // Damaged or ambiguous OLE compound files (.xls).
  | 'cfb-header'
  | 'cfb-chain'
  | 'cfb-directory'
  | 'cfb-stream-size'
  | 'cfb-workbook'
  /** A package that is not a workbook SheetJS should read (Apple Numbers, a zip inside a zip). */
  | 'not-a-workbook'
  /** A binary Excel workbook (.xlsb) or binary sheet parts in an .xlsx. */
  | 'binary'
  /** More cells (or things that cost as much as cells) than LIMITS.cells. */
  | 'cells'
  /** More sheets than LIMITS.sheets. */
  | 'sheets'
  /** More merged areas than LIMITS.merges. */
  | 'merges'
  /** More list-copying than a scan needs (.xls MERGECELLS and EXTERNSHEET records; SheetJS copies its list per record). */
  | 'lists';

export class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** A count that belongs in the sentence (sheets), when the reason has one. */
    readonly count?: number,
  ) {
    super(reason);
    this.name = 'Refusal';
  }
}
