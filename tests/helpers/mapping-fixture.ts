/**
 * Workbooks with values that match no code, for the mapping-rule tests (unit, CLI and browser): a
 * semicolon CSV of one scan whose Sector column holds "Maakindustrie" (twice) and "Zeevaart",
 * with a "Doelgroep" column the importer does not know.
 */
import type { Db } from '../../src-main/db/open';
import { commitImport, prepareImport, type PreparedImport } from '../../src-main/import/pipeline';
import type { ImportMapping } from '../../src-shared/import-mapping';
import { memoryDb } from './db';

export function unmappedCsv(rows: readonly (readonly string[])[] = [
  ['HZ Lab', 'Open dag', 'Workshops', 'Maakindustrie', 'mkb'],
  ['HZ Lab', 'Hackathon', 'Workshops', 'maak-industrie', 'studenten'],
  ['Impuls', 'Loket', 'Subsidies', 'Zeevaart', 'mkb'],
]): Buffer {
  const lines = [['Initiatief', 'Activiteit', 'Type activiteit', 'Sector', 'Doelgroep'], ...rows].map((r) => r.join(';'));
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/** A second scan of another year with the same unmapped spellings and the same unknown column. */
export const SECOND_ROWS = [
  ['Nieuw Lab', 'Demo', 'Workshops', 'MAAKINDUSTRIE', 'mkb'],
  ['Nieuw Lab', 'Cursus', 'Workshops', 'Zeevaart', 'zzp'],
] as const;

export async function importCsv(db: Db, bytes: Buffer, options: { year?: number; fileName?: string; mapping?: ImportMapping } = {}): Promise<{ prepared: PreparedImport; scanId: number }> {
  const prepared = await prepareImport(db, bytes, options.fileName ?? `zeeland-${options.year ?? 2024}.csv`, { region: 'Zeeland', year: options.year ?? 2024, ...(options.mapping ? { mapping: options.mapping } : {}) });
  const [result] = commitImport(db, prepared, () => 'keep-both');
  return { prepared, scanId: result!.scanId };
}

/** A database in memory holding the scan of unmappedCsv() (Zeeland 2024). */
export async function unmappedDb(): Promise<Db> {
  const db = await memoryDb();
  await importCsv(db, unmappedCsv());
  return db;
}

/** The codes (or an unmapped value's text) of one dimension per activity name. */
export function codesByActivity(db: Db, dimension: string): Record<string, string[]> {
  const rows = db
    .prepare(`SELECT a.name, coalesce(dv.code, '?' || dv.label_nl) AS v FROM activity a JOIN activity_value av ON av.activity_id = a.id
      JOIN dimension_value dv ON dv.id = av.value_id WHERE dv.dimension = ? ORDER BY a.name, v`)
    .all(dimension) as { name: string; v: string }[];
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.name] ??= []).push(r.v);
  return out;
}
