/**
 * `regioscan links --from SCAN_ID --to SCAN_ID [--activity] [--json]` lists automatic links,
 * proposals and decisions between two scans; `regioscan link [--activity] FROM_ID TO_ID` confirms
 * a link, `regioscan unlink [--activity] FROM_ID TO_ID` rejects one (initiative ids as in `links`
 * and `graph --json`; activity ids with --activity); `regioscan changes --from --to [filter
 * options] [--json]` reports what changed (docs/links.md).
 */
import { resolve } from 'node:path';
import { assertWritable } from '../db/health';
import { packageVersion } from '../version';
import { UserError } from '../errors';
import { openCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { writeOutputFile } from '../cli/output-file';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import type { ChangeReport, LinkReason, LinkView } from '../../src-shared/links';
import { changeReport } from './changes';
import { changesXlsx } from './export';
import { changeTimeline, timelineGexf } from './timeline';
import { decideLink, listActivityLinks, listLinks } from './links';

/** An id the user typed: a positive whole number, else one sentence and exit 2 (nothing is written). */
function idArgument(text: string | undefined, what: string): number {
  const id = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(id) || id <= 0) {
    throw new UserError('bad-id', { nl: `${what === 'scan' ? 'Een scan-id' : 'Een id'} is een positief geheel getal, niet ${typed(text ?? '')}.`, en: `${what === 'scan' ? 'A scan id' : 'An id'} is a positive whole number, not ${typed(text ?? '')}.` });
  }
  return id;
}

function scanPair(values: { from?: string; to?: string }, command: string): { from: number; to: number } {
  if (values.from === undefined || values.to === undefined) {
    throw new CliUsageError({ nl: `${command} heeft --from SCAN_ID en --to SCAN_ID nodig (zie 'regioscan scans').`, en: `${command} needs --from SCAN_ID and --to SCAN_ID (see 'regioscan scans').` });
  }
  return { from: idArgument(values.from, 'scan'), to: idArgument(values.to, 'scan') };
}

function reasonText(r: LinkReason): string {
  switch (r.kind) {
    case 'name':
      return r.same ? 'same name' : `name ${r.similarity.toFixed(2)}`;
    case 'organisation':
      return `${r.role}: ${r.organisations.join(', ')}`;
    case 'activities':
      return `activities ${r.similarity.toFixed(2)}`;
    case 'website':
      return `website ${r.website}`;
    case 'type':
      return `type ${r.code}`;
    case 'dimensions':
      return `dimensions ${r.similarity.toFixed(2)}`;
  }
}

function linkLine(l: LinkView): string {
  return `${l.status.padEnd(9)} ${l.score.toFixed(2)}  ${l.from.id} ${l.from.name} → ${l.to.id} ${l.to.name}  (${l.reasons.map(reasonText).join('; ')})\n`;
}

export const runLinks: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['from', 'to'], flags: ['json', 'activity'] });
  const { from, to } = scanPair(values, 'links');
  const db = await openCliDatabase(values.db);
  try {
    const links = values.activity ? listActivityLinks(db, from, to) : listLinks(db, from, to);
    if (values.json) io.out(JSON.stringify(links, null, 2) + '\n');
    else for (const l of links) io.out(linkLine(l));
    return 0;
  } finally {
    db.close();
  }
};

function decision(status: 'confirmed' | 'rejected'): Subcommand {
  return async (argv, io) => {
    const { values, positionals } = parseCommandOptions(argv, { flags: ['json', 'activity'] }, true);
    const command = status === 'confirmed' ? 'link' : 'unlink';
    if (positionals.length !== 2) {
      throw new CliUsageError({ nl: `Geef twee ids: regioscan ${command} [--activity] VAN_ID NAAR_ID.`, en: `Give two ids: regioscan ${command} [--activity] FROM_ID TO_ID.` });
    }
    const fromId = idArgument(positionals[0], 'id');
    const toId = idArgument(positionals[1], 'id');
    const db = await openCliDatabase(values.db);
    try {
      assertWritable(db);
      const link = decideLink(db, values.activity ? 'activity' : 'initiative', fromId, toId, status);
      if (values.json) io.out(JSON.stringify(link, null, 2) + '\n');
      else io.out(`${status === 'confirmed' ? 'Linked' : 'Rejected the link'}: ${link.from.name} → ${link.to.name} (score ${link.score.toFixed(2)}).\n`);
      return 0;
    } finally {
      db.close();
    }
  };
}

export const runLink = decision('confirmed');
export const runUnlink = decision('rejected');

function changesText(r: ChangeReport): string {
  const i = r.initiatives;
  const lines = [
    `${r.from.label} → ${r.to.label}`,
    `Initiatives: ${i.continued.length} continued, ${i.renamed.length} renamed, ${i.merged.length} merged, ${i.split.length} split, ${i.new.length} new, ${i.stopped.length} stopped, ${i.gap.length} in a gap`,
    ...i.renamed.map((p) => `  renamed  ${p.from.name} → ${p.to.name}`),
    ...i.merged.map((m) => `  merged   ${m.from.map((x) => x.name).join(' + ')} → ${m.to.name}`),
    ...i.split.map((s) => `  split    ${s.from.name} → ${s.to.map((x) => x.name).join(' + ')}`),
    ...i.new.map((x) => `  new      ${x.name}`),
    ...i.stopped.map((x) => `  stopped  ${x.name}`),
    ...i.gap.map((g) => `  gap      ${g.name} (${g.kind === 'absent' ? 'back in' : 'seen in'} ${g.seenIn.label})`),
    `Activities: ${r.activities.continued} continued, ${r.activities.new} new, ${r.activities.stopped} stopped`,
    `Reach (contacts, known for ${r.reach.knownFrom} and ${r.reach.knownTo} activities; unknown is not zero): ${r.reach.from} → ${r.reach.to}`,
    `Organisations: ${r.organisations.continued.length} continued, ${r.organisations.new.length} new, ${r.organisations.gone.length} gone`,
    `Ties kept (Jaccard, linked initiatives): ${r.jaccard === null ? '–' : r.jaccard.toFixed(2)}`,
  ];
  return lines.join('\n') + '\n';
}

export const runChanges: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['out', 'gexf', 'from', 'to'], flags: ['json', 'english'], filter: true });
  const { from, to } = scanPair(values, 'changes');
  if (values.gexf !== undefined && !values.gexf.toLowerCase().endsWith('.gexf')) throw new CliUsageError({ nl: `--gexf moet eindigen op .gexf, niet ${typed(values.gexf)}.`, en: `--gexf must end in .gexf, not ${typed(values.gexf)}.` });
  if (values.out !== undefined && !values.out.toLowerCase().endsWith('.xlsx')) throw new CliUsageError({ nl: `--out moet eindigen op .xlsx, niet ${typed(values.out)}.`, en: `--out must end in .xlsx, not ${typed(values.out)}.` });
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    const report = changeReport(db, from, to, filter);
    if (values.out !== undefined) writeOutputFile(resolve(values.out), changesXlsx(report, filter, { version: packageVersion(), date: new Date(), lang: values.english ? 'en' : 'nl' }));
    if (values.gexf !== undefined) writeOutputFile(resolve(values.gexf), timelineGexf(changeTimeline(db, from, to, filter), { version: packageVersion(), date: new Date() }));
    io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : changesText(report));
    return 0;
  } finally {
    db.close();
  }
};
