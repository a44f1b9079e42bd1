/** The `.sqlite` export and merge channels: export, preview (read in a worker), commit, cancel. */
import { randomUUID } from 'node:crypto';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { LIMITS } from '../import';
import { deliver } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { databaseFileName, exportDatabase } from './export';
import { commitMerge, mergeTargets, planMerge } from './merge';
import { tooLarge, type ReadDatabase } from './read-database';
import { readInWorker } from './reader';

/** Files read and not yet merged, per database: the newest only (a new preview forgets the one before). */
const previews = new WeakMap<Db, { id: string; read: ReadDatabase }>();

function previewOf(db: Db, previewId: string): ReadDatabase {
  const p = previews.get(db);
  if (!p || p.id !== previewId) {
    throw new UserError('merge-preview-gone', {
      nl: 'Deze database is niet meer klaargezet om samen te voegen; kies het bestand opnieuw. Er is niets gewijzigd.',
      en: 'This database is no longer ready to merge; choose the file again. Nothing was changed.',
    });
  }
  return p.read;
}

export const dbmergeHandlers: DomainHandlers<'dbmerge.export' | 'dbmerge.preview' | 'dbmerge.commit' | 'dbmerge.cancel'> = {
  'dbmerge.export': (db, { scans }, env) => deliver(env, databaseFileName(db, scans), exportDatabase(db, scans)),
  'dbmerge.preview': async (db, { fileName, data }, env) => {
    const bytes = Buffer.from(data, 'base64');
    if (bytes.length > LIMITS.fileBytes) throw tooLarge(fileName);
    const read = await readInWorker(bytes, fileName, env.databaseReader ? { factory: env.databaseReader } : {});
    const id = randomUUID();
    previews.set(db, { id, read });
    return { previewId: id, file: read.file, schemaVersion: read.version, scans: planMerge(db, read) };
  },
  'dbmerge.commit': async (db, { previewId, decisions }) => {
    const read = previewOf(db, previewId);
    assertWritable(db);
    const plan = planMerge(db, read);
    const undecided = plan.find((s) => s.existing && !Object.hasOwn(decisions, String(s.id)));
    if (undecided) {
      throw new UserError('merge-undecided', {
        nl: `Kies eerst of ${undecided.title} de bestaande scan vervangt of dat u beide houdt; er is niets gewijzigd.`,
        en: `First choose whether ${undecided.title} replaces the existing scan or both are kept; nothing was changed.`,
      });
    }
    const targets = mergeTargets(plan, (s) => (Object.hasOwn(decisions, String(s.id)) ? decisions[String(s.id)] : undefined));
    await backupBeforeWrite(db, 'before-merge');
    const merged = commitMerge(db, read, targets);
    previews.delete(db);
    return { file: read.file, scans: merged.map((m) => ({ sourceId: m.sourceId, id: m.id, title: m.title, region: m.region, year: m.year, initiatives: m.initiatives, activities: m.activities, replaced: m.replaced })) };
  },
  'dbmerge.cancel': (db, { previewId }) => {
    const had = previews.get(db)?.id === previewId;
    if (had) previews.delete(db);
    return { cancelled: had };
  },
};
