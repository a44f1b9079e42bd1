/** The SQL on demand_file and demand_row: imported demand tables in codebook codes. */
import type { Db } from '../db/open';
import { statements } from '../db/statements';

export interface DemandRowData {
  id: number;
  file: string;
  source: string | null;
  sector: string;
  size: string | null;
  form: string | null;
  bottleneck: string;
  weight: number;
}

/** A row to insert: a stored row's fields but its id and file, with its row in the source file. */
export type NewDemandRow = Omit<DemandRowData, 'id' | 'file'> & { row: number };

const sql = statements({
  fileByHash: 'SELECT id, file_name FROM demand_file WHERE sha256 = ?',
  insertFile: 'INSERT INTO demand_file (sha256, file_name, imported_at) VALUES (?, ?, ?)',
  insertRow: 'INSERT INTO demand_row (file_id, source, sector, size, form, bottleneck, weight, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  rows: `SELECT r.id, f.file_name AS file, r.source, r.sector, r.size, r.form, r.bottleneck, r.weight
    FROM demand_row r JOIN demand_file f ON f.id = r.file_id ORDER BY f.id, r.source_row, r.id`,
});

export function demandFileByHash(db: Db, sha256: string): { id: number; file_name: string } | undefined {
  return sql(db).fileByHash.get(sha256) as { id: number; file_name: string } | undefined;
}

/** Writes one demand table in one transaction; its id. */
export function insertDemandFile(db: Db, file: { sha256: string; fileName: string; at: string }, rows: readonly NewDemandRow[]): number {
  const s = sql(db);
  return db.transaction(() => {
    const fileId = Number(s.insertFile.run(file.sha256, file.fileName, file.at).lastInsertRowid);
    for (const r of rows) s.insertRow.run(fileId, r.source, r.sector, r.size, r.form, r.bottleneck, r.weight, r.row);
    return fileId;
  }).immediate();
}

export function demandRows(db: Db): DemandRowData[] {
  return sql(db).rows.all() as DemandRowData[];
}
