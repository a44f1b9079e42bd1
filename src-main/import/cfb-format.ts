/**
 * The fixed numbers of an OLE compound file (the container of a legacy .xls), version 3: the
 * header's signature, the sector sizes and the special values a FAT or directory entry holds in
 * place of a sector or stream number. cfb-container.ts reads by them; the hostile-file writer under
 * tests/hostile writes by them, so both name one set of facts.
 */
export const CFB = {
  signature: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  /** Sector size of a version-3 file, and the size below which a stream lives in the mini stream. */
  sector: 512,
  miniSector: 64,
  miniCutoff: 4096,
  directoryEntry: 128,
  /** FAT values: the last sector of a chain, an unused sector, a sector of the FAT or DIFAT itself. */
  endOfChain: 0xfffffffe,
  free: 0xffffffff,
  fatSector: 0xfffffffd,
  difatSector: 0xfffffffc,
  /** A directory entry's sibling or child that is not there. */
  noStream: 0xffffffff,
} as const;
