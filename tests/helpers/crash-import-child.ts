/**
 * Child process for tests/unit/crash-safety.test.ts: imports a workbook into a database file the way
 * the import worker does (prepare, then one commit transaction), printing a line per write-progress
 * event so the parent can SIGKILL it in the middle of writing. Given a `.json` file instead of a
 * workbook, it takes that as the prepared import (what prepareImport returned, serialised by the
 * parent once) and only commits: the kill runs need not read the same workbook again and again.
 *
 *   node --import tsx tests/helpers/crash-import-child.ts DB.sqlite WORKBOOK.xlsx|PREPARED.json replace|keep-both
 *
 * Output lines: `prepared`, `write DONE TOTAL` (repeated), `committed`, `closed`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openDatabase } from '../../src-main/db/open';
import { commitImport, prepareImport, type ExistingDecision, type PreparedImport } from '../../src-main/import/pipeline';

const [dbPath, workbook, decision] = process.argv.slice(2) as [string, string, ExistingDecision];
if (!dbPath || !workbook || (decision !== 'replace' && decision !== 'keep-both')) {
  process.stderr.write('usage: crash-import-child.ts DB WORKBOOK replace|keep-both\n');
  process.exit(2);
}
// Writes to a pipe are synchronous on Linux, so each line is out before the next row is written.
const say = (line: string) => process.stdout.write(`${line}\n`);

const db = await openDatabase(dbPath, { backupBeforeMigrate: false });
const prepared = workbook.endsWith('.json')
  ? (JSON.parse(readFileSync(workbook, 'utf8')) as PreparedImport)
  : await prepareImport(db, readFileSync(workbook), basename(workbook));
say('prepared');
commitImport(db, prepared, () => decision, {
  onProgress: (p) => {
    if (p.phase === 'write') say(`write ${p.done} ${p.total}`);
  },
});
say('committed');
db.close();
say('closed');
