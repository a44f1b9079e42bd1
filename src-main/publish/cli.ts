/** `regioscan publish --out DIR`: the Ecosysteemkaart as a static website in DIR (see publish.ts). */
import { counted } from '../../src-shared/plural';
import { filterFromOptions } from '../cli/filter-options';
import { openCliDatabase } from '../cli/database';
import { CliUsageError, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { packageVersion } from '../version';
import { splitFieldList } from './fields';
import { publishSite } from './publish';

export const runPublish: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['out', 'title', 'contact'], flags: ['english', 'json'], lists: ['fields'], filter: true });
  if (!values.out) throw new CliUsageError({ nl: 'Geef --out MAP: de map waarin de website komt.', en: 'Give --out FOLDER: the folder the website goes into.' });
  const db = await openCliDatabase(values.db);
  try {
    const request = {
      filter: filterFromOptions(db, values),
      fields: splitFieldList(values.fields ?? []),
      language: values.english ? ('en' as const) : ('nl' as const),
      title: values.title,
      contact: values.contact,
    };
    const result = await publishSite(db, request, values.out, { generator: `Regioscan ${packageVersion()}` });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const { summary } = result;
    const optional = summary.fields.optional.length > 0 ? `the public ones, and ${summary.fields.optional.join(', ')}` : 'the public ones only (names, descriptions, websites, coded dimensions, geography, organisations and roles)';
    io.out(
      [
        `Published ${counted(summary.counts.initiatives, 'initiative', 'initiatives')} and ${counted(summary.counts.activities, 'activity', 'activities')} (${summary.scans.map((s) => s.label).join(', ')}) to ${result.index}`,
        `Filter: ${summary.filter.en}`,
        `Fields: ${optional}`,
        `Map: ${summary.layout === 'stored' ? "the app's stored layout" : 'layout computed now'}, ${counted(summary.counts.lines, 'line', 'lines')}; ${(result.bytes / 1024).toFixed(0)} KB in ${result.files.length} files`,
        'Open index.html in a browser, copy the folder to a USB stick, send it as a zip, or put it on any static web host.',
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    db.close();
  }
};
