/**
 * A scan back out of the database as ScanData, for the canonical workbook ("export scan").
 * Re-importing that workbook gives the same data (tests prove the round trip).
 */
import { ROLES } from '../../src-shared/codebook';
import type { Db } from '../db/open';
import { getScan } from '../handlers/scans';
import type { ActivityData, ExtraField, ProviderData, ScanData, ValueDimension } from '../workbook/scan-data';

export function loadScanData(db: Db, scanId: number): ScanData {
  getScan(db, scanId);
  const scan = db.prepare('SELECT region, year, title, performed_by, source, notes FROM scan WHERE id = ?').get(scanId) as {
    region: string; year: number | null; title: string; performed_by: string | null; source: string | null; notes: string | null;
  };
  const initiatives = db.prepare('SELECT id, name, description, website, start_year, home_region FROM initiative WHERE scan_id = ? ORDER BY id').all(scanId) as {
    id: number; name: string; description: string | null; website: string | null; start_year: number | null; home_region: string | null;
  }[];
  const names = new Map(initiatives.map((i) => [i.id, i.name]));
  const activities = db.prepare('SELECT id, initiative_id, name, description, start_year, reach, reach_unit, reach_source FROM activity WHERE scan_id = ? ORDER BY id').all(scanId) as {
    id: number; initiative_id: number; name: string; description: string | null; start_year: number | null; reach: number | null; reach_unit: string | null; reach_source: string | null;
  }[];
  const byId = new Map<number, ActivityData>();
  for (const a of activities) {
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
  const values = db
    .prepare(`SELECT av.activity_id, dv.dimension, dv.code, dv.label_nl, dv.kind FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id
      JOIN activity a ON a.id = av.activity_id WHERE a.scan_id = ? ORDER BY av.activity_id, dv.kind = 'unmapped', dv.sort, dv.id`)
    .all(scanId) as { activity_id: number; dimension: ValueDimension; code: string | null; label_nl: string; kind: string }[];
  for (const v of values) {
    const a = byId.get(v.activity_id)!;
    if (v.kind === 'unmapped') ((a.unmapped ??= {})[v.dimension] ??= []).push(v.label_nl);
    else (a.values[v.dimension] ??= []).push(v.code!);
  }
  const providers = db
    .prepare(`SELECT p.activity_id, o.name, o.type, p.role FROM provider p JOIN organisation o ON o.id = p.organisation_id JOIN activity a ON a.id = p.activity_id
      WHERE a.scan_id = ? ORDER BY p.activity_id, o.id`)
    .all(scanId) as { activity_id: number; name: string; type: string | null; role: string }[];
  for (const p of providers) {
    const a = byId.get(p.activity_id)!;
    let provider: ProviderData | undefined = a.providers.find((x) => x.organisation === p.name);
    if (!provider) {
      provider = { organisation: p.name, organisationType: p.type, roles: [] };
      a.providers.push(provider);
    }
    if (p.role !== '') provider.roles.push(p.role);
  }
  for (const e of db.prepare('SELECT e.activity_id, e.name, e.value FROM activity_extra e JOIN activity a ON a.id = e.activity_id WHERE a.scan_id = ? ORDER BY e.activity_id, e.position').all(scanId) as { activity_id: number; name: string; value: string }[]) {
    (byId.get(e.activity_id)!.extra ??= []).push({ name: e.name, value: e.value });
  }
  const initiativeExtra = new Map<number, ExtraField[]>();
  for (const e of db.prepare('SELECT e.initiative_id, e.name, e.value FROM initiative_extra e JOIN initiative i ON i.id = e.initiative_id WHERE i.scan_id = ? ORDER BY e.initiative_id, e.position').all(scanId) as { initiative_id: number; name: string; value: string }[]) {
    initiativeExtra.set(e.initiative_id, [...(initiativeExtra.get(e.initiative_id) ?? []), { name: e.name, value: e.value }]);
  }
  // Roles in codebook order (the database keeps the set, not the order they were typed in).
  const order = (role: string) => {
    const i = ROLES.findIndex((r) => r.code === role);
    return i < 0 ? ROLES.length : i;
  };
  for (const a of byId.values()) for (const p of a.providers) p.roles.sort((x, y) => order(x) - order(y));
  return {
    scan: { region: scan.region, year: scan.year, title: scan.title, performedBy: scan.performed_by, source: scan.source, notes: scan.notes },
    initiatives: initiatives.map((i) => ({
      name: i.name, description: i.description, website: i.website, startYear: i.start_year, homeRegion: i.home_region,
      ...(initiativeExtra.has(i.id) ? { extra: initiativeExtra.get(i.id)! } : {}),
    })),
    activities: [...byId.values()],
  };
}
