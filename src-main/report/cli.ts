/**
 * `regioscan report --scan ID [filter options] [--compare SCAN_ID] [--english] [--date YYYY-MM-DD]
 * --out FILE.pdf`: the region factsheet; with `--initiatives`, the printable list of initiatives.
 * With `--compare` it says what changed since the earlier scan (the links domain's change report).
 * Anything asked for but left out is said in one line on stderr; the factsheet is written without it.
 */
import { resolve } from 'node:path';
import { cliLanguage, openCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { writeOutputFile } from '../cli/output-file';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { packageVersion } from '../version';
import { buildFactsheet, buildInitiativeList } from './index';

/** --date: a calendar day, read as midnight UTC (so the same day prints the same everywhere). */
export function parseReportDate(text: string | undefined, now: () => Date = () => new Date()): Date {
  if (text === undefined) return now();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) throw new CliUsageError({ nl: `--date neemt een datum als 2026-12-03, niet ${typed(text)}.`, en: `--date takes a date such as 2026-12-03, not ${typed(text)}.` });
  return date;
}

export const runReport: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['out', 'compare', 'date'], flags: ['english', 'initiatives'], filter: true });
  if (!values.scan || values.scan.length === 0) throw new CliUsageError({ nl: "Geef --scan ID: de scan waarvan u een factsheet wilt (zie 'regioscan scans').", en: "Give --scan ID: the scan to make a factsheet of (see 'regioscan scans')." });
  if (!values.out) throw new CliUsageError({ nl: 'Geef --out BESTAND.pdf.', en: 'Give --out FILE.pdf.' });
  if (!values.out.toLowerCase().endsWith('.pdf')) throw new CliUsageError({ nl: `--out moet eindigen op .pdf, niet ${typed(values.out)}.`, en: `--out must end in .pdf, not ${typed(values.out)}.` });
  if (values.initiatives && values.compare !== undefined) throw new CliUsageError({ nl: '--compare hoort bij de factsheet, niet bij de lijst van initiatieven (--initiatives).', en: '--compare belongs to the factsheet, not to the list of initiatives (--initiatives).' });
  const compare = values.compare === undefined ? undefined : Number(values.compare);
  if (compare !== undefined && (!Number.isInteger(compare) || compare <= 0)) throw new CliUsageError({ nl: `--compare neemt een scan-id (zie 'regioscan scans'), niet ${typed(values.compare!)}.`, en: `--compare takes a scan id (see 'regioscan scans'), not ${typed(values.compare!)}.` });
  const date = parseReportDate(values.date);
  const out = resolve(values.out);
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    if (values.initiatives) {
      const list = await buildInitiativeList(db, filter, { lang: values.english ? 'en' : 'nl', date });
      writeOutputFile(out, list.bytes);
      io.out(`Wrote a list of ${list.data.initiatives.length} initiatives (${list.pages} pages, ${Math.round(list.bytes.length / 1024)} KB) to ${out}\n`);
      return 0;
    }
    const sheet = await buildFactsheet(db, { filter, compare, lang: values.english ? 'en' : 'nl' }, { date, version: packageVersion() });
    const lang = cliLanguage(argv);
    for (const sentence of sheet.omitted) io.err(`regioscan report: ${sentence[lang]}\n`);
    writeOutputFile(out, sheet.bytes);
    io.out(`Wrote a factsheet of ${sheet.pages} pages (${Math.round(sheet.bytes.length / 1024)} KB) to ${out}\n`);
    return 0;
  } finally {
    db.close();
  }
};
