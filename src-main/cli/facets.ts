import { openCliDatabase } from './database';
import { dimension } from '../../src-shared/codebook';
import { facetCounts } from '../query/facets';
import { FILTER_OPTIONS, filterFromOptions } from './filter-options';
import { parseOptions, type Subcommand } from './types';
import { counted } from '../../src-shared/plural';

export const runFacets: Subcommand = async (argv, io) => {
  const { values } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' }, ...FILTER_OPTIONS });
  const db = await openCliDatabase(values.db);
  try {
    const result = facetCounts(db, { filter: filterFromOptions(db, values) });
    if (values.json) {
      io.out(JSON.stringify({ total: result.total, facets: result.facets }, null, 2) + '\n');
      return 0;
    }
    io.out(`${counted(result.total, 'activity', 'activities')}\n`);
    for (const [key, list] of Object.entries(result.facets)) {
      io.out(`\n${dimension(key as never).nl} (${key})\n`);
      for (const v of list.filter((x) => x.count > 0)) io.out(`  ${String(v.count).padStart(6)}  ${v.code ?? '(unmapped)'}  ${v.label}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};
