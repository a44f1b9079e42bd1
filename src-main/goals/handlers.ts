/** The goal channels: list (measured against the scans), add, edit, delete, compare across scans, .xlsx, the goals file. */
import { deliver, fileStamp } from '../rpc/deliver';
import type { DomainHandlers } from '../rpc/types';
import { scanLabels } from '../scans';
import { compareGoals } from './compare';
import { goalsXlsx } from './export';
import { goalsFile, importGoalsFile } from './goal-file';
import { addGoal, measureGoals, removeGoal, updateGoal } from './goals';

export const goalHandlers: DomainHandlers<'goals.list' | 'goals.add' | 'goals.delete' | 'goals.update' | 'goals.compare' | 'export.goals' | 'goals.exportFile' | 'goals.importFile'> = {
  'goals.list': (db, args) => measureGoals(db, args.scans),
  'goals.add': (db, args) => addGoal(db, { name: args.name, filter: args.filter, target: args.target ?? null, minReach: args.minReach ?? null }),
  'goals.delete': (db, args) => removeGoal(db, args.id),
  'goals.update': (db, args) => updateGoal(db, args.id, { name: args.name, filter: args.filter, target: args.target, minReach: args.minReach }),
  'goals.compare': (db, args) => compareGoals(db, args.scans),
  'export.goals': (db, args, env) => {
    const date = new Date();
    const lang = args.language ?? 'nl';
    const bytes = goalsXlsx(db, measureGoals(db, args.scans), compareGoals(db, args.scans), { version: env.version, date, lang, scanLabel: scanLabels(db) });
    return deliver(env, `regioscan-${lang === 'nl' ? 'beleidsdoelen' : 'goals'}-${fileStamp(date)}.xlsx`, bytes);
  },
  'goals.exportFile': (db, _args, env) => {
    const file = goalsFile(db);
    return deliver(env, file.fileName, Buffer.from(file.text, 'utf8'));
  },
  'goals.importFile': (db, args) => importGoalsFile(db, args.text),
};
