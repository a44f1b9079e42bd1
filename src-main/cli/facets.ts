import { dimension } from '../../src-shared/codebook';
import { openDatabase } from '../db/open';
import { resolveDatabasePath } from '../paths';
import { facetCounts } from '../query/facets';
import { CliUsageError, parseOptions, type Subcommand } from './types';

export const runFacets: Subcommand = async (argv, io) => {
  const { values } = parseOptions(argv, { db: { type: 'string' }, scan: { type: 'string', multiple: true }, json: { type: 'boolean' } });
  const scanIds = (values.scan ?? []).map((s) => {
    const id = Number(s);
    if (!Number.isInteger(id) || id <= 0) throw new CliUsageError(`--scan takes a scan id (see 'regioscan scans'), not '${s}'.`);
    return id;
  });
  const db = await openDatabase(resolveDatabasePath(values.db));
  try {
    const result = facetCounts(db, { scanIds });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    io.out(`${result.total} activities\n`);
    for (const [key, list] of Object.entries(result.facets)) {
      io.out(`\n${dimension(key as never).nl} (${key})\n`);
      for (const v of list.filter((x) => x.count > 0)) io.out(`  ${String(v.count).padStart(6)}  ${v.code ?? '(unmapped)'}  ${v.label}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};
