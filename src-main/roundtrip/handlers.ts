/**
 * The round trip's channels: `roundtrip.diff` (the preview; nothing written) and `roundtrip.apply`
 * (backup, then one change group with origin roundtrip). Apply reads the file again and makes the
 * diff anew, so what it writes is measured against the database as it is then.
 */
import { createHash } from 'node:crypto';
import { dimension } from '../../src-shared/codebook';
import type { RoundtripPreview } from '../../src-shared/roundtrip';
import { backupBeforeWrite } from '../db/backups';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { decodeUpload, nameKey } from '../import';
import type { DomainHandlers } from '../rpc/types';
import { scanLabels } from '../scans';
import { applyDiff } from './apply';
import { diffJson, type DiffChange, type RoundtripDiff } from './diff';
import { valueText } from './normalise';
import { planFile, readFile, readFileLenient, requirePlan, requireTables } from './plan';

type Lang = 'nl' | 'en';

/** A changed cell's values as people read them: labels for a dimension's codes. */
function labels(change: DiffChange, lang: Lang): { oldLabel: string | null; newLabel: string | null } {
  if (!change.dimension) return { oldLabel: change.old === null ? null : String(change.old), newLabel: change.new === null ? null : String(change.new) };
  const def = dimension(change.dimension);
  const label = (values: DiffChange['oldValues']) =>
    values && values.length > 0 ? values.map((v) => ('code' in v ? (def.values.find((d) => d.code === v.code)?.[lang] ?? v.code) : valueText(v))).join('; ') : null;
  return { oldLabel: label(change.oldValues), newLabel: label(change.newValues) };
}

/** The diff as the preview shows it, hashed: the database changed since the preview when it differs. */
function fingerprint(diff: RoundtripDiff): string {
  return createHash('sha256').update(JSON.stringify(diffJson(diff))).digest('hex');
}

function preview(db: Db, diff: RoundtripDiff, lang: Lang): RoundtripPreview {
  const created = new Set(diff.newInitiatives.map((i) => nameKey(i.name)));
  return {
    scan: diff.scan,
    scanLabel: scanLabels(db)(diff.scan),
    fileName: diff.fileName,
    added: diff.added.map((a) => ({ initiative: a.initiative, name: a.name, newInitiative: a.initiativeId === null && created.has(nameKey(a.initiative)), sheet: a.sheet, row: a.row })),
    changed: diff.changed.map((c) => ({ kind: c.kind, id: c.id, field: c.field, subject: c.subject, old: c.old, new: c.new, ...labels(c, lang), sheet: c.sheet, row: c.row })),
    removed: diff.removed,
    issues: diff.issues.map((i) => ({ severity: i.severity, sheet: i.sheet, row: i.row, column: i.column, value: i.value, message: i[lang] })),
    fingerprint: fingerprint(diff),
  };
}

/**
 * A file is a round trip when it is an export of ours (its Filter sheet records it), or when the user
 * chose the scan to merge it into; anything else is an ordinary import (null).
 */
async function offered(db: Db, bytes: Buffer, fileName: string, scan: number | undefined, lang: Lang): Promise<RoundtripPreview | null> {
  const file = await readFileLenient(bytes, fileName);
  if (scan === undefined && !file.record) return null;
  const diff = planFile(db, requireTables(file), scan);
  return diff ? preview(db, diff, lang) : null;
}

export const roundtripHandlers: DomainHandlers<'roundtrip.diff' | 'roundtrip.apply' | 'roundtrip.choose'> = {
  'roundtrip.diff': (db, { fileName, data, scan, language }) => offered(db, decodeUpload(data), fileName, scan, language ?? 'nl'),
  'roundtrip.choose': async (db, { scan, language }, env) => {
    if (!env.chooseFile) {
      throw new UserError('not-available', { nl: 'Kies hier een bestand met de knop of sleep het op het venster.', en: 'Choose a file with the button or drop it on the window.' });
    }
    const file = await env.chooseFile();
    if (!file) return null;
    // The open dialog refused a file over the limit already; its bytes are read as they are.
    return { fileName: file.fileName, data: file.bytes.toString('base64'), preview: await offered(db, file.bytes, file.fileName, scan, language ?? 'nl') };
  },
  'roundtrip.apply': async (db, { fileName, data, scan, deleteMissing, fingerprint: shown }) => {
    const file = await readFile(decodeUpload(data), fileName);
    const diff = requirePlan(db, file, scan);
    if (shown !== undefined && shown !== fingerprint(diff)) {
      throw new UserError('roundtrip-changed', {
        nl: 'De scan is veranderd sinds dit overzicht is gemaakt; er is niets geschreven. Zet het bestand opnieuw neer voor een nieuw overzicht.',
        en: 'The scan has changed since this preview was made; nothing was written. Drop the file again for a new preview.',
      });
    }
    await backupBeforeWrite(db, 'before-roundtrip');
    const result = applyDiff(db, diff, { deleteMissing });
    return { scan: result.scan, group: result.group, added: result.added, changed: result.changed, removed: result.removed };
  },
};
