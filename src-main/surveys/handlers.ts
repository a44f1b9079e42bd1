/** The survey channels: the response workbook for a scan, reading filled ones, and impact per knelpunt. */
import { backupBeforeWrite } from '../db/backups';
import { deliver, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { impact } from './impact';
import { createSurvey, importSurveys } from './surveys';

export const surveyHandlers: DomainHandlers<'surveys.template' | 'surveys.import' | 'surveys.impact'> = {
  'surveys.template': (db, args, env) => {
    const made = createSurvey(db, { scan: args.scan, ...(args.initiative !== undefined ? { initiative: args.initiative } : {}), round: args.round ?? null });
    return deliver(env, `regioscan-vragenlijst-${args.scan}-${fileStamp(new Date())}.xlsx`, made.bytes);
  },
  'surveys.import': (db, args) =>
    importSurveys(db, args.files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') })), { round: args.round ?? null, lang: args.language ?? 'nl', beforeWrite: () => backupBeforeWrite(db, 'before-survey-import') }),
  'surveys.impact': (db, args) => impact(db, { filter: args.filter, round: args.round ?? null, language: args.language ?? 'nl' }),
};
