/** The survey channels: the response workbook (and its printable pages) for a scan, reading filled ones, impact per knelpunt and its export. */
import { describeFilter } from '../../src-shared/filter-words';
import { valueLabel } from '../activities';
import { backupBeforeWrite } from '../db/backups';
import { deliver, filterFileName, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { scanLabels } from '../scans';
import { impact } from './impact';
import { impactXlsx } from './impact-export';
import { roundRows } from './repository';
import { createSurvey, createSurveyPages, importSurveys } from './surveys';

export const surveyHandlers: DomainHandlers<'surveys.template' | 'surveys.import' | 'surveys.impact' | 'surveys.rounds' | 'export.impact' | 'surveys.pages'> = {
  'surveys.template': (db, args, env) => {
    const made = createSurvey(db, { scan: args.scan, ...(args.initiative !== undefined ? { initiative: args.initiative } : {}), round: args.round ?? null });
    return deliver(env, `regioscan-vragenlijst-${args.scan}-${fileStamp(new Date())}.xlsx`, made.bytes);
  },
  'surveys.import': (db, args) =>
    importSurveys(db, args.files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') })), { round: args.round ?? null, lang: args.language ?? 'nl', beforeWrite: () => backupBeforeWrite(db, 'before-survey-import') }),
  'surveys.impact': (db, args) => impact(db, { filter: args.filter, round: args.round ?? null, language: args.language ?? 'nl' }),
  'surveys.rounds': (db) => roundRows(db),
  'export.impact': (db, args, env) => {
    const lang = args.language ?? 'nl';
    const result = impact(db, { filter: args.filter, round: args.round ?? null, language: lang });
    const label = scanLabels(db);
    const resolve = (dim: string, code: string) => valueLabel(db, dim, code, lang);
    const words = describeFilter(args.filter, { lang, scanLabel: label, resolve, counts: { activities: result.activities, initiatives: result.byInitiative.length } });
    const date = new Date();
    const bytes = impactXlsx(result, { lang, scanNames: args.filter.scans.map(label), words, filter: args.filter, version: env.version, date });
    return deliver(env, filterFileName({ kind: 'impact', scans: args.filter.scans.map(label), filter: args.filter, lang, date, ext: 'xlsx', resolve }), bytes);
  },
  'surveys.pages': async (db, args, env) => {
    const lang = args.language ?? 'nl';
    const made = await createSurveyPages(db, { scan: args.scan, ...(args.initiative !== undefined ? { initiative: args.initiative } : {}), round: args.round ?? null, lang, date: new Date(), resources: env.resources });
    return deliver(env, `regioscan-${lang === 'nl' ? 'vragenlijst' : 'questionnaire'}-${args.scan}${args.initiative !== undefined ? `-${args.initiative}` : ''}-${fileStamp(new Date())}.pdf`, made.bytes);
  },
};
