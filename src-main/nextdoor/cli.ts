/** `regioscan nextdoor ID` and `regioscan overlap`: the klantreis one step further, and possible double work. */
import { openCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { CliUsageError, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { nextDoor } from './nextdoor';
import { overlap } from './overlap';

export const runNextDoor: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json', 'english'] }, true);
  const id = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(id) || id <= 0) throw new CliUsageError({ nl: "Geef het ID van één activiteit (zie 'regioscan list').", en: "Give one activity's ID (see 'regioscan list')." });
  const db = await openCliDatabase(values.db);
  try {
    const result = nextDoor(db, id, values.english ? 'en' : 'nl');
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    io.out(`${result.initiative} — ${result.activity}: ${result.suggestions.length} next doors${result.nextGroups.length ? ` (${result.nextGroups.join(', ')})` : ' (knelpunt 11 has no next group)'}\n`);
    for (const s of result.suggestions) io.out(`  ${s.activityId}  ${s.initiative} — ${s.activity}${s.referrals ? ` [${s.referrals} referrals]` : ''}\n      ${s.reason}\n`);
    for (const r of result.referrals) io.out(`  Volgende stap (${r.count}×): ${r.text}\n`);
    return 0;
  } finally {
    db.close();
  }
};

export const runOverlap: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { flags: ['json'], filter: true });
  const db = await openCliDatabase(values.db);
  try {
    const groups = overlap(db, filterFromOptions(db, values));
    if (values.json) {
      io.out(JSON.stringify(groups, null, 2) + '\n');
      return 0;
    }
    io.out(`${groups.length} groups of possible overlap\n`);
    for (const g of groups) {
      io.out(`  ${g.type} · knelpunt ${g.bottlenecks.join(', ')} · ${g.sectors.join(', ')} · ${g.geography.join(', ')}\n`);
      for (const a of g.activities) io.out(`    ${a.id}  ${a.initiative} — ${a.name}${a.funders.length ? ` (financier: ${a.funders.join(', ')})` : ''}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};
