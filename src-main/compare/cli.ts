import { openCliDatabase } from '../cli/database';
import { presenceText } from './export';
import { compareScans } from './compare';
import { filterFromOptions } from '../cli/filter-options';
import { CliUsageError, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { counted } from '../../src-shared/plural';

/** `regioscan compare --scan ID --scan ID [filter options] [--json]`: the filter applied to each scan. */
export const runCompare: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { flags: ['json'], filter: true });
  if ((values.scan ?? []).length < 2) throw new CliUsageError({ nl: "compare heeft minstens twee --scan ID's nodig (zie 'regioscan scans').", en: "compare needs at least two --scan IDs (see 'regioscan scans')." });
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    const result = compareScans(db, { scans: filter.scans, filter });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const labels = result.scans.map((s) => s.label);
    io.out(result.scans.map((s) => `${s.label}: ${counted(s.total, 'activity', 'activities')}, ${counted(s.initiatives, 'initiative', 'initiatives')}`).join('\n') + '\n');
    const pct = (x: number | null) => (x === null ? '   –  ' : `${x.toFixed(1).padStart(5)}%`);
    for (const dim of result.dimensions) {
      io.out(`\n${dim.label} (${dim.key})\n`);
      for (const v of dim.values.filter((x) => x.presence !== 'none')) {
        const cells = v.counts.map((n, i) => `${String(n).padStart(5)} ${pct(v.shares[i]!)}`).join('  ');
        const note = v.presence === 'some' ? `  [${presenceText(v, labels, 'en')}]` : '';
        io.out(`  ${cells}  ${v.code ?? '(unmapped)'}  ${v.label}${note}\n`);
      }
    }
    return 0;
  } finally {
    db.close();
  }
};
