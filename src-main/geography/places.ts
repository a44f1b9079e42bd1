/**
 * The geography hierarchy's rules: which province a region name the importer knows lies in (a
 * COROP area or a landstreek, src-shared/codebook/regions-nl.ts), the hierarchy as stored, its
 * labels, and that no name may lie within itself.
 */
import { dimension, foldKey, KNOWN_REGIONS } from '../../src-shared/codebook';
import { geographyRows as storedGeography, type GeographyRow } from '../activities';
import type { Db } from '../db/open';


const KNOWN = new Map<string, string>();
for (const region of KNOWN_REGIONS) {
  for (const name of [region.name, ...(region.aliases ?? [])]) KNOWN.set(foldKey(name), region.province);
}
const PREFIXES = ['regio', 'gemeente', 'streek', 'de'];

/** The province a known region name lies in ("Regio Twente", "Zeeuws Vlaanderen"). */
export function knownProvince(name: string): string | undefined {
  const folded = foldKey(name);
  const direct = KNOWN.get(folded);
  if (direct) return direct;
  for (const prefix of PREFIXES) if (folded.startsWith(prefix) && KNOWN.has(folded.slice(prefix.length))) return KNOWN.get(folded.slice(prefix.length));
  return undefined;
}

/** Every geography value in the database with its parent's code, by code. */
export function geographyRows(db: Db): Map<string, GeographyRow> {
  return new Map(storedGeography(db).map((r) => [r.code, r]));
}

/** True when placing `code` under `parent` would make `code` its own ancestor. */
export function makesCycle(code: string, parent: string, parentOf: (code: string) => string | null | undefined): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = parent; at; at = parentOf(at)) {
    if (at === code) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

export function labelOfGeography(db: Map<string, GeographyRow>, code: string): string {
  return dimension('geography').values.find((v) => v.code === code)?.nl ?? db.get(code)?.label ?? code;
}
