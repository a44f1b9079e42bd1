/** Export handlers: filtered activities (.xlsx/.csv) and a whole scan as the canonical workbook. */
import type { Filter } from '../../src-shared/filter';
import { activitiesCsv, activitiesXlsx, buildActivitiesExport } from '../export/activities-export';
import { loadScanData } from '../export/scan-export';
import { scanLabel } from '../query/activities';
import { writeCanonicalWorkbook } from '../workbook/canonical-writer';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';

function stamp(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const exportHandlers: DomainHandlers<'export.activities' | 'export.scan'> = {
  'export.activities': (db, { filter, format, separator, language }, env) => {
    const lang = language ?? 'nl';
    const f = filter as Filter;
    const exp = buildActivitiesExport(db, f, lang);
    const date = new Date();
    const base = `regioscan-${lang === 'nl' ? 'activiteiten' : 'activities'}-${stamp(date)}`;
    if (format === 'csv') return deliver(env, `${base}.csv`, activitiesCsv(exp, separator ?? ';'));
    const scanNames = f.scans.map((id) => {
      const s = db.prepare('SELECT region, year FROM scan WHERE id = ?').get(id) as { region: string; year: number | null } | undefined;
      return s ? scanLabel(s.region, s.year) : `#${id}`;
    });
    return deliver(env, `${base}.xlsx`, activitiesXlsx(exp, f, { version: env.version, date, lang, scanNames }));
  },
  'export.scan': (db, { id }, env) => {
    const data = loadScanData(db, id);
    const slug = `${data.scan.region}-${data.scan.year ?? ''}`.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
    return deliver(env, `regioscan-${slug || 'scan'}.xlsx`, writeCanonicalWorkbook(data));
  },
};
