/**
 * Size limits for imported files. A real regional scan is ~30 initiatives / ~100 activities
 * (a few hundred rows, well under 1 MB); all of the Netherlands is ~600 activities. The stress scan
 * of 60,000 activities (100× the whole country) stays inside these limits with a wide margin;
 * anything beyond them is not a scan and is refused before it is read.
 */
export const LIMITS = {
  /** Bytes of the file as stored. */
  fileBytes: 100 * 1024 * 1024,
  /**
   * Bytes of all zip entries once inflated (xlsx/ods): their declared sizes must add up to at most
   * this, and each entry is inflated (by us, never by SheetJS) only up to its declared size. SheetJS
   * holds every part as a string (about twice its size in memory): a 1 MB file that truthfully
   * inflates to 1,000 MB took 2.1 GB under the former 1 GB limit. The 60,000-activity stress scan
   * inflates to 76 MB.
   */
  inflatedBytes: 256 * 1024 * 1024,
  /** Rows with content in one sheet. */
  rowsPerSheet: 250_000,
  /** Columns with content in one sheet. */
  columnsPerSheet: 1_000,
  /** Characters in one cell: Excel itself stores at most 32,767. */
  cellCharacters: 32_767,
  /**
   * Cells in all sheets, counted before SheetJS builds them (each costs it ~120 bytes), in every
   * format: a small file can otherwise declare millions. Things that cost as much count too (shared
   * strings, the cells a hyperlink range touches, merged ranges in .xls). The 60,000-activity stress
   * scan has 1.75 million.
   */
  cells: 5_000_000,
  /**
   * Heap (old generation, MB) of the import worker thread: past it the worker stops with an
   * out-of-memory error and the app says so, instead of the whole app running out of memory.
   */
  workerHeapMb: 2048,
  /** Sheets in one workbook. */
  sheets: 200,
  /**
   * Bytes (UTF-8) of text one import may hold in its cells (each cell counted, also when cells share
   * one string) and may write to the database (every text value the writer stores, the import
   * report included). A real scan is well under 1 MB; the 60,000-activity stress scan holds 34 MB in
   * its cells and writes 14 MB.
   * Without it a 0.2 MB file whose one long shared string fills 12,500 cells became a 0.9 GB
   * database. A file past it is refused whole, never cut short.
   */
  textBytes: 64 * 1024 * 1024,
  /**
   * Merged areas in all sheets, counted before SheetJS builds them (.xls: as it built them): five
   * for each initiative of the stress scan. The cells that merges fill are held to `cells` apart.
   */
  merges: 100_000,
  /**
   * Providers linked to activities in one import. A provider row without an activity goes to every
   * activity of its initiative, and one cell may list many organisations: a few thousand such rows
   * once multiplied into a link for each activity times each row. The stress scan has 120,000.
   */
  providerLinks: 1_000_000,
} as const;
