/**
 * The report's rows about columns: every column kept as an extra field (with the number of values
 * kept), and every column a mapping rule sent somewhere else than the header finder would have.
 */
import { dimension, isDimensionKey } from '../../src-shared/codebook';
import { FIELD_TARGETS, type ColumnTarget } from '../../src-shared/import-mapping';
import type { ScanData } from '../workbook/scan-data';
import { targetOfSpec } from './fields';
import { columnLetter, type IssueLog } from './issues';
import type { Table } from './table';

export interface ReadSheet {
  role: 'activities' | 'initiatives' | 'providers';
  table: Table;
}

/** A mapping target in words (Dutch, as the report names dimensions). */
export function targetLabel(target: ColumnTarget): string {
  if (target === 'extra') return 'extra veld';
  if (target.startsWith('role:')) return dimension('role').values.find((r) => `role:${r.code}` === target)?.nl ?? target;
  const field = FIELD_TARGETS.find((f) => f.key === target);
  if (field) return field.nl;
  return isDimensionKey(target) ? dimension(target).nl : target;
}

/** How many values of each extra field a scan keeps, on its activities and on its initiatives (one pass). */
function keptValues(data: ScanData): (name: string, level: 'activity' | 'initiative') => number {
  const counts = new Map<string, number>();
  const count = (level: string, holders: readonly { extra?: readonly { name: string }[] | undefined }[]) => {
    for (const h of holders) for (const e of h.extra ?? []) counts.set(`${level}\u0000${e.name}`, (counts.get(`${level}\u0000${e.name}`) ?? 0) + 1);
  };
  count('activity', data.activities);
  count('initiative', data.initiatives);
  return (name, level) => counts.get(`${level}\u0000${name}`) ?? 0;
}

export function reportColumns(sheets: readonly ReadSheet[], data: ScanData, log: IssueLog): void {
  const kept = keptValues(data);
  for (const { role, table } of sheets) {
    for (const column of table.columns) {
      const where = { sheet: table.grid.name, column: `${columnLetter(column.index)} (${column.header})` };
      if (column.spec.kind === 'extra' && !(column.ruled && column.found === 'recognised')) {
        const count = kept(column.spec.name, role === 'initiatives' ? 'initiative' : 'activity');
        if (column.found === 'headerless') log.add('warning', 'column-headerless', { letter: columnLetter(column.index), header: column.spec.name, count }, where);
        else log.add('warning', 'column-kept', { header: column.spec.name, count }, where);
      } else if (column.ruled) {
        log.add('warning', 'column-mapped', { header: column.header, target: targetLabel(targetOfSpec(column.spec)) }, where);
      }
    }
  }
}
