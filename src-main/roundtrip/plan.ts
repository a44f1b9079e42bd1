/**
 * A workbook against the database: read through the importer's guarded reader, its IDs looked up,
 * the scan they belong to chosen (a file whose IDs span several scans is refused), and the diff made.
 */
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import { readWorkbook } from '../import';
import { scanRow } from '../scans';
import { diffFile, readId, type RoundtripDiff } from './diff';
import { readRoundtripFile, type RoundtripFile } from './read-file';
import { scanState, scansOfIds } from './state';

function refuse(nl: string, en: string): never {
  throw new UserError('roundtrip-refused', { nl, en });
}

function ids(table: RoundtripFile['activities']): number[] {
  return (table?.rows ?? []).map((r) => readId(r.id)).filter((id): id is number => typeof id === 'number');
}

/** The scan a file's IDs belong to; undefined when it carries none. */
export function fileScan(db: Db, file: RoundtripFile): number | undefined {
  const found = scansOfIds(db, { activities: ids(file.activities), initiatives: ids(file.initiatives) });
  const scans = [...new Set([...found.activities.values(), ...found.initiatives.values()])].sort((a, b) => a - b);
  const name = clip(file.fileName, 80);
  if (scans.length > 1) {
    refuse(
      `"${name}" bevat rijen van ${scans.length} scans (${scans.join(', ')}); exporteer één scan en bewerk dat bestand.`,
      `"${name}" holds rows of ${scans.length} scans (${scans.join(', ')}); export one scan and edit that file.`,
    );
  }
  if (scans.length === 1) return scans[0];
  const recorded = file.record?.scans ?? [];
  return recorded.length === 1 && scanRow(db, recorded[0]!) ? recorded[0] : undefined;
}

/** The file's sheets as the round trip reads them, through the importer's guarded reader (every limit holds). */
export async function readFileLenient(bytes: Buffer, fileName: string): Promise<RoundtripFile> {
  const { grids } = await readWorkbook(bytes, fileName);
  return readRoundtripFile(fileName, grids);
}

/** As readFileLenient; a file without an Activiteiten or Initiatieven table is refused with one sentence. */
export function requireTables(file: RoundtripFile): RoundtripFile {
  const fileName = file.fileName;
  if (!file.activities && !file.initiatives) {
    refuse(`"${clip(fileName, 80)}" heeft geen blad Activiteiten met een kolom Activiteit.`, `"${clip(fileName, 80)}" has no Activiteiten sheet with an Activiteit column.`);
  }
  return file;
}

export async function readFile(bytes: Buffer, fileName: string): Promise<RoundtripFile> {
  return requireTables(await readFileLenient(bytes, fileName));
}

/**
 * The diff of a file against the scan its IDs belong to, or against `scan` (a file without IDs is
 * merged into it). `null` when the file carries no IDs and no scan is given: it is not a round trip.
 */
export function planFile(db: Db, file: RoundtripFile, scan?: number): RoundtripDiff | null {
  if (scan !== undefined && !scanRow(db, scan)) refuse(`Er is geen scan ${scan}.`, `There is no scan ${scan}.`);
  const own = fileScan(db, file);
  if (scan !== undefined && own !== undefined && own !== scan) {
    refuse(`De ID's in "${clip(file.fileName, 80)}" horen bij scan ${own}, niet bij scan ${scan}.`, `The IDs in "${clip(file.fileName, 80)}" belong to scan ${own}, not to scan ${scan}.`);
  }
  const target = scan ?? own;
  if (target === undefined) return null;
  return diffFile(file, scanState(db, target));
}

/** As planFile, but a file without IDs and without --scan is refused with one sentence. */
export function requirePlan(db: Db, file: RoundtripFile, scan?: number): RoundtripDiff {
  const diff = planFile(db, file, scan);
  if (!diff) {
    refuse(
      `"${clip(file.fileName, 80)}" heeft geen ID's van deze database; geef met --scan ID de scan waarin het moet worden samengevoegd.`,
      `"${clip(file.fileName, 80)}" carries no IDs of this database; give the scan to merge it into with --scan ID.`,
    );
  }
  return diff;
}
