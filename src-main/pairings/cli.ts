/** `regioscan pairings`: Leer van elkaar on the command line — the same pairs the screen lists. */
import type { PairView } from '../../src-shared/model';
import { openCliDatabase } from '../cli/database';
import { describeShared, type PairingLens } from '../../src-shared/pairing';
import { partnersOf } from './partners';
import { topPairs } from './top-pairs';
import { filterFromOptions } from '../cli/filter-options';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { counted } from '../../src-shared/plural';

function positiveInt(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliUsageError({ nl: `${name} neemt een geheel getal van 1 tot en met ${max}, niet ${typed(text)}.`, en: `${name} takes a whole number from 1 to ${max}, not ${typed(text)}.` });
  return n;
}

function side(s: PairView['a'], by: 'activity' | 'initiative') {
  return by === 'activity' ? { initiative: s.initiative, activity: s.activity ?? null, id: s.activityId ?? null, scan: s.scan } : { initiative: s.initiative, id: s.initiativeId, scan: s.scan };
}

export const runPairings: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['lens', 'by', 'top', 'for-initiative', 'for-activity'], flags: ['json', 'across', 'within', 'hide-known'], filter: true });
  const lens = (values.lens ?? '').toUpperCase();
  if (lens !== 'A' && lens !== 'B' && lens !== 'C') throw new CliUsageError({ nl: `--lens neemt A, B of C${values.lens === undefined ? '' : `, niet ${typed(values.lens)}`}.`, en: `--lens takes A, B or C${values.lens === undefined ? '' : `, not ${typed(values.lens)}`}.` });
  const by = values.by ?? 'activity';
  if (by !== 'activity' && by !== 'initiative') throw new CliUsageError({ nl: `--by neemt activity of initiative, niet ${typed(by)}.`, en: `--by takes activity or initiative, not ${typed(by)}.` });
  if (values.across && values.within) throw new CliUsageError({ nl: '--across en --within sluiten elkaar uit.', en: '--across and --within exclude each other.' });
  const scope = values.across ? 'across' : values.within ? 'within' : 'all';
  const top = positiveInt('--top', values.top, 100, 5000);
  const forInitiative = values['for-initiative'] === undefined ? undefined : positiveInt('--for-initiative', values['for-initiative'], 0, 2 ** 31 - 1);
  const forActivity = values['for-activity'] === undefined ? undefined : positiveInt('--for-activity', values['for-activity'], 0, 2 ** 31 - 1);
  if (forInitiative !== undefined && forActivity !== undefined) throw new CliUsageError({ nl: '--for-initiative en --for-activity sluiten elkaar uit.', en: '--for-initiative and --for-activity exclude each other.' });
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    const common = { filter, lens: lens as PairingLens, top, scope, hideKnown: values['hide-known'] ?? false } as const;
    const partners = forInitiative !== undefined || forActivity !== undefined;
    const result = partners
      ? partnersOf(db, { ...common, ...(forInitiative !== undefined ? { initiative: forInitiative } : {}), ...(forActivity !== undefined ? { activity: forActivity } : {}) })
      : topPairs(db, { ...common, by });
    const shownBy = partners ? (forActivity !== undefined ? 'activity' : 'initiative') : by;
    if (values.json) {
      const out = result.pairs.map((p) => ({
        a: side(p.a, shownBy),
        b: side(p.b, shownBy),
        score: p.score,
        shared: p.shared,
        acrossRegions: p.acrossRegions,
        shareOrganisation: p.shareOrganisation,
        ...(p.activityPairs !== undefined ? { activityPairs: p.activityPairs } : {}),
      }));
      io.out(JSON.stringify(out, null, 2) + '\n');
      return 0;
    }
    result.pairs.forEach((p, i) => {
      const name = (s: PairView['a']) => (s.activity ? `${s.initiative} — ${s.activity}` : s.initiative);
      io.out(`${String(i + 1).padStart(3)}. [${p.score}] ${name(p.a)} ↔ ${name(p.b)}${p.acrossRegions ? ` (${p.a.scan} ↔ ${p.b.scan})` : ''}\n     ${describeShared(result.lens, p.shared, 'nl')}\n`);
    });
    io.out(`${counted(result.pairs.length, 'pair', 'pairs')} (lens ${lens}); ${counted(result.activities, 'activity', 'activities')} can pair, ${counted(result.examined, 'candidate pair', 'candidate pairs')} examined\n`);
    return 0;
  } finally {
    db.close();
  }
};
