/** Scans an import or a merge will replace, checked inside its write: each existing scan replaced at most once, and still there. */
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { scanRow } from './repository';

type Words = { nl: string; en: string };

/** Who replaces: the error codes' prefix (`import-target-twice`), where the scans come from, the action, and what to do after a scan was deleted. */
export interface Replacer {
  code: string;
  source: Words;
  action: Words;
  again: Words;
}

/**
 * Refuses targets that no longer fit the database: two scans replacing the same existing one, or a
 * scan to replace deleted meanwhile. A null target adds a scan.
 */
export function assertReplaceTargets(db: Db, targets: Iterable<number | null>, by: Replacer): void {
  const seen = new Set<number>();
  for (const id of targets) {
    if (id === null) continue;
    if (seen.has(id)) {
      throw new UserError(`${by.code}-target-twice`, {
        nl: `Twee scans in ${by.source.nl} zouden dezelfde bestaande scan vervangen; kies bij een van beide "beide houden". Er is niets gewijzigd.`,
        en: `Two scans in ${by.source.en} would replace the same existing scan; choose "keep both" for one of them. Nothing was changed.`,
      });
    }
    seen.add(id);
    if (!scanRow(db, id)) {
      throw new UserError(`${by.code}-target-gone`, {
        nl: `De scan die ${by.action.nl} zou vervangen, is intussen verwijderd; er is niets gewijzigd. ${by.again.nl}`,
        en: `The scan ${by.action.en} would replace has been deleted meanwhile; nothing was changed. ${by.again.en}`,
      });
    }
  }
}
