/**
 * A scan back out of the database as ScanData, for the canonical workbook ("export scan").
 * Re-importing that workbook gives the same data (tests prove the round trip).
 */
import { ROLES } from '../../src-shared/codebook';
import { scanContent } from '../activities';
import type { Db } from '../db/open';
import { writeCanonicalWorkbook } from '../workbook/canonical-writer';
import type { ActivityData, ExtraField, ProviderData, ScanData, ValueDimension } from '../workbook/scan-data';
import { existingScan } from './scans';

export function loadScanData(db: Db, scanId: number): ScanData {
  const scan = existingScan(db, scanId);
  const content = scanContent(db, scanId);
  const names = new Map(content.initiatives.map((i) => [i.id, i.name]));
  const byId = new Map<number, ActivityData>();
  for (const a of content.activities) {
    byId.set(a.id, {
      initiative: names.get(a.initiative_id)!,
      name: a.name,
      description: a.description,
      startYear: a.start_year,
      values: {},
      reach: a.reach,
      reachUnit: a.reach_unit,
      reachSource: a.reach_source,
      providers: [],
    });
  }
  for (const v of content.values) {
    const a = byId.get(v.activity_id)!;
    const dimension = v.dimension as ValueDimension;
    if (v.kind === 'unmapped') ((a.unmapped ??= {})[dimension] ??= []).push(v.label_nl);
    else (a.values[dimension] ??= []).push(v.code!);
  }
  for (const p of content.providers) {
    const a = byId.get(p.activity_id)!;
    let provider: ProviderData | undefined = a.providers.find((x) => x.organisation === p.name);
    if (!provider) {
      provider = { organisation: p.name, organisationType: p.type, roles: [] };
      a.providers.push(provider);
    }
    if (p.role !== '') provider.roles.push(p.role);
  }
  for (const e of content.activityExtras) (byId.get(e.activity_id)!.extra ??= []).push({ name: e.name, value: e.value });
  const initiativeExtra = new Map<number, ExtraField[]>();
  for (const e of content.initiativeExtras) initiativeExtra.set(e.initiative_id, [...(initiativeExtra.get(e.initiative_id) ?? []), { name: e.name, value: e.value }]);
  // Roles in codebook order (the database keeps the set, not the order they were typed in).
  const order = (role: string) => {
    const i = ROLES.findIndex((r) => r.code === role);
    return i < 0 ? ROLES.length : i;
  };
  for (const a of byId.values()) for (const p of a.providers) p.roles.sort((x, y) => order(x) - order(y));
  return {
    scan: { region: scan.region, year: scan.year, title: scan.title, performedBy: scan.performed_by, source: scan.source, notes: scan.notes },
    initiatives: content.initiatives.map((i) => ({
      name: i.name, description: i.description, website: i.website, startYear: i.start_year, homeRegion: i.home_region,
      ...(initiativeExtra.has(i.id) ? { extra: initiativeExtra.get(i.id)! } : {}),
    })),
    activities: [...byId.values()],
  };
}

/** The canonical workbook of one scan, with its file name (`regioscan-<region>-<year>.xlsx`). */
export function scanWorkbook(db: Db, scanId: number): { fileName: string; bytes: Buffer } {
  const data = loadScanData(db, scanId);
  const slug = `${data.scan.region}-${data.scan.year ?? ''}`.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return { fileName: `regioscan-${slug || 'scan'}.xlsx`, bytes: writeCanonicalWorkbook(data) };
}
