/** The Scans list's channels: list, rename, delete, a scan's import report, and a scan as the canonical workbook. */
import { invalidateIndex } from '../activities';
import { backupBeforeWrite } from '../db/backups';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { scanWorkbook } from './export';
import { deleteScan, existingScan, renameScan, scanIssues } from './scans';
import { getScan, listScans } from './summaries';

export const scanHandlers: DomainHandlers<'scans.list' | 'scans.rename' | 'scans.delete' | 'scans.issues' | 'export.scan'> = {
  'scans.issues': (db, { id }) => scanIssues(db, id),
  'scans.list': (db) => listScans(db),
  'scans.rename': (db, { id, title, region, year }) => {
    renameScan(db, id, { title, region, year });
    // Sorting by scan follows region and year.
    invalidateIndex(db);
    return getScan(db, id);
  },
  'scans.delete': async (db, { id }) => {
    existingScan(db, id);
    await backupBeforeWrite(db, `before-delete-scan-${id}`);
    const deleted = deleteScan(db, id);
    invalidateIndex(db);
    return { deleted };
  },
  'export.scan': (db, { id }, env) => {
    const { fileName, bytes } = scanWorkbook(db, id);
    return deliver(env, fileName, bytes);
  },
};
