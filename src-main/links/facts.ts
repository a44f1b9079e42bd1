/**
 * A scan as the linker sees it (match.ts): its initiatives with normalised names, website,
 * organisations per role and activities (names, type, dimension codes), read through the activities
 * domain. With a filter, only the matching activities and the initiatives that have one.
 */
import type { Filter } from '../../src-shared/filter';
import type { Db } from '../db/open';
import { activityIndex, activityNames, B, filterMasks, initiativesOfScan, providerRows, type ActivityIndex } from '../activities';
import type { ActivityFacts, InitiativeFacts } from './match';
import { nameTokens, websiteKey } from './normalise';

export interface ScanFacts {
  scanId: number;
  initiatives: InitiativeFacts[];
  /** The activity positions (in the activity index) the facts cover. */
  mask: B.Bits;
  index: ActivityIndex;
}

function activityFacts(id: number, name: string): ActivityFacts & { codes: Set<string> } {
  const tokens = nameTokens(name);
  return { id, name, key: tokens.join(' '), tokens, type: null, codes: new Set() };
}

export function scanFacts(db: Db, scanId: number, filter?: Filter): ScanFacts {
  const index = activityIndex(db);
  const scanMask = index.scanBits.get(scanId) ?? B.empty(index.n);
  const mask = filter ? filterMasks(db, index, { ...filter, scans: [scanId] }).all : scanMask;

  const positions: number[] = [];
  B.forEachAnd(mask, mask, (p) => positions.push(p));
  const names = activityNames(db, positions.map((p) => index.ids[p]!));
  const byPosition = new Map<number, ActivityFacts & { codes: Set<string> }>();
  for (const p of positions) byPosition.set(p, activityFacts(index.ids[p]!, names.get(index.ids[p]!) ?? ''));
  for (const [valueId, bits] of index.valueBits) {
    const info = index.values.get(valueId)!;
    const code = info.code ?? `~${info.labelNl}`;
    B.forEachAnd(mask, bits, (p) => {
      const a = byPosition.get(p)!;
      a.codes.add(`${info.dimension}:${code}`);
      if (info.dimension === 'type' && info.code !== null) a.type = info.code;
    });
  }

  const initiatives = new Map<number, InitiativeFacts>();
  const organisations = new Map<number, Map<string, Map<number, string>>>();
  const initiativeOf = new Map<number, number>();
  for (const row of initiativesOfScan(db, scanId)) {
    const tokens = nameTokens(row.name);
    const orgs = new Map<string, Map<number, string>>();
    organisations.set(row.id, orgs);
    initiatives.set(row.id, { id: row.id, name: row.name, key: tokens.join(' '), tokens, website: websiteKey(row.website), organisations: orgs, activities: [] });
  }
  for (const p of positions) {
    const initiative = initiatives.get(index.initiative[p]!)!;
    initiative.activities.push(byPosition.get(p)!);
    initiativeOf.set(index.ids[p]!, initiative.id);
  }
  for (const [activityId, organisationId, role] of providerRows(db)) {
    const initiativeId = initiativeOf.get(activityId);
    if (initiativeId === undefined) continue;
    const orgs = organisations.get(initiativeId)!;
    let inRole = orgs.get(role);
    if (!inRole) orgs.set(role, (inRole = new Map()));
    inRole.set(organisationId, index.organisations.get(organisationId)?.name ?? `#${organisationId}`);
  }
  const list = [...initiatives.values()].filter((i) => !filter || i.activities.length > 0);
  return { scanId, initiatives: list, mask, index };
}
