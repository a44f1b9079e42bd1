import { openCliDatabase } from '../cli/database';
import { isDimensionKey, type DimensionKey } from '../../src-shared/codebook';
import { combinations, whiteSpots, WHITESPOT_DIMENSIONS } from './whitespots';
import { filterFromOptions } from '../cli/filter-options';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { counted } from '../../src-shared/plural';

function axisOption(name: string, value: string | undefined, allowNone: boolean): DimensionKey | null | undefined {
  if (value === undefined) return undefined;
  if (allowNone && value === 'none') return null;
  if (!isDimensionKey(value) || !WHITESPOT_DIMENSIONS.includes(value)) {
    throw new CliUsageError({
      nl: `--${name} neemt een van ${WHITESPOT_DIMENSIONS.join(', ')}${allowNone ? ' of none' : ''}, niet ${typed(value)}.`,
      en: `--${name} takes one of ${WHITESPOT_DIMENSIONS.join(', ')}${allowNone ? ' or none' : ''}, not ${typed(value)}.`,
    });
  }
  return value;
}

/**
 * `regioscan whitespots [--rows DIM] [--cols DIM] [--layers DIM|none] [--exclude-generic] [--include-other] [filter options] [--json]`:
 * every combination with its number of activities (zeros included) and the number of empty ones.
 */
export const runWhiteSpots: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['rows', 'cols', 'layers'], flags: ['json', 'exclude-generic', 'include-other'], filter: true });
  const rows = axisOption('rows', values.rows, false) ?? undefined;
  const cols = axisOption('cols', values.cols, false) ?? undefined;
  const layers = axisOption('layers', values.layers, true);
  const db = await openCliDatabase(values.db);
  try {
    const result = whiteSpots(db, {
      filter: filterFromOptions(db, values),
      ...(rows ? { rows } : {}),
      ...(cols ? { cols } : {}),
      ...(layers !== undefined ? { layers } : {}),
      includeGeneric: !values['exclude-generic'],
      includeOther: values['include-other'] === true,
    });
    const keys = [result.rows.key, result.cols.key, ...(result.layers ? [result.layers.key] : [])];
    const list = combinations(result);
    if (values.json) {
      const out = list.map((c) => ({ ...Object.fromEntries(keys.map((k, i) => [k, c.values[i]!.value])), count: c.count }));
      io.out(JSON.stringify({ combinations: out, empty: result.empty }, null, 2) + '\n');
      return 0;
    }
    io.out(`${counted(result.combinations, 'combination', 'combinations')} of ${keys.join(' × ')} (${[result.rows, result.cols, result.layers].filter((a) => a !== null).map((a) => a.values.length).join(' × ')}), ${result.empty} empty; ${counted(result.total, 'matching activity', 'matching activities')}\n`);
    for (const c of list.filter((x) => x.count > 0).sort((a, b) => b.count - a.count)) {
      io.out(`  ${String(c.count).padStart(5)}  ${c.values.map((v) => v.label).join(' · ')}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};
