/** Importeren's channels: start (bytes or the desktop's open dialog), status, the mapping step, commit, cancel, the template. */
import { EMPTY_MAPPING } from '../../src-shared/import-mapping';
import { backupBeforeWrite } from '../db/backups';
import { UserError } from '../errors';
import type { DomainHandlers } from '../rpc/types';
import { readFileSync } from 'node:fs';
import { decodeUpload } from './file-size';
import { sessions } from './session-registry';
import { nodeResourceContext, resourcePath } from '../resources';

export const importHandlers: DomainHandlers<'import.start' | 'import.choose' | 'import.status' | 'import.remap' | 'import.commit' | 'import.cancel' | 'import.template'> = {
  'import.start': (db, { fileName, data, region, year }, env) => ({
    sessionId: sessions(db, env).start({ bytes: decodeUpload(data), fileName, ...(region ? { region } : {}), ...(year ? { year } : {}) }),
  }),
  'import.choose': async (db, _args, env) => {
    if (!env.chooseFile) {
      throw new UserError('not-available', { nl: 'Kies hier een bestand met de knop of sleep het op het venster.', en: 'Choose a file with the button or drop it on the window.' });
    }
    const file = await env.chooseFile();
    return file ? { sessionId: sessions(db, env).start(file) } : null;
  },
  'import.status': (db, { sessionId }, env) => sessions(db, env).status(sessionId),
  'import.remap': (db, { sessionId, mapping, scans }, env) => sessions(db, env).remap(sessionId, mapping, scans),
  'import.commit': async (db, { sessionId, decisions, mapping, scans }, env) => {
    const s = sessions(db, env);
    if (mapping || scans) await s.remap(sessionId, mapping ?? s.mapping(sessionId) ?? EMPTY_MAPPING, scans);
    s.assertCommittable(sessionId, decisions);
    // Every import (and replace) is preceded by a backup of the database as it was.
    await backupBeforeWrite(db, 'before-import');
    const status = s.commit(sessionId, decisions);
    // Answered at once (progress follows as events); the write queue stays held until the worker's write is in.
    env.holdWrites?.(s.ended(sessionId));
    return status;
  },
  'import.cancel': (db, { sessionId }, env) => sessions(db, env).cancel(sessionId),
  // The template ships as a file in resources/ (written from the codebook; a test holds them equal).
  'import.template': (_db, _args, env) => ({
    fileName: 'regioscan-sjabloon.xlsx',
    data: readFileSync(resourcePath('template', env.resources ?? nodeResourceContext())).toString('base64'),
  }),
};
