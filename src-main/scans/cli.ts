/** `regioscan scans [--json]`: every scan with what it holds. */
import { openCliDatabase } from '../cli/database';
import { type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { counted } from '../../src-shared/plural';
import { listScans } from './summaries';

export const runScans: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { flags: ['json'] });
  const db = await openCliDatabase(values.db);
  try {
    const scans = listScans(db);
    if (values.json) io.out(JSON.stringify(scans, null, 2) + '\n');
    else if (scans.length === 0) io.out('No scans yet; import one with: regioscan import FILE\n');
    else for (const s of scans) io.out(`${String(s.id).padStart(4)}  ${s.region} ${s.year ?? ''}  ${s.title} — ${counted(s.counts.initiatives, 'initiative', 'initiatives')}, ${counted(s.counts.activities, 'activity', 'activities')} (imported ${s.importedAt.slice(0, 10)})\n`);
    return 0;
  } finally {
    db.close();
  }
};
