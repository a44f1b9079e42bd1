/**
 * `--where "DIMENSION=VALUE[,VALUE…]"` (also `!=` to exclude, `&=` for "all of") → filter
 * conditions. Dimensions and values are matched like workbook headers and cells: key, Dutch or
 * English name; code or label. A value that matches nothing is a usage error naming it.
 */
import { dimension, resolveDimension, type DimensionKey } from '../../src-shared/codebook';
import type { Condition, ConditionMode, FilterValue } from '../../src-shared/filter';
import type { Db } from '../db/open';
import { buildMatchers } from '../workbook/matchers';
import { ValueMatcher } from '../workbook/value-matcher';
import type { ValueDimension } from '../workbook/scan-data';
import { clip, UserError } from '../errors';
import { scanLabel, scanNames } from '../scans';
import { knownOpenEntries } from './values';
import { organisationNames, unmappedValues } from './values-repository';

function usage(en: string, nl: string): never {
  throw new UserError('invalid-where', { en, nl });
}

export function parseWhere(db: Db, clauses: readonly string[]): Condition[] {
  const matchers = buildMatchers(knownOpenEntries(db));
  const unmapped = unmappedValues(db);
  const organisations = new ValueMatcher(organisationNames(db).map((name) => ({ code: name, nl: name, en: name })));
  const scans = new ValueMatcher(scanNames(db).map((s) => ({ code: String(s.id), nl: scanLabel(s.region, s.year), en: s.title })));
  return clauses.map((clause) => {
    const m = /^\s*([^!=&]+?)\s*(!=|&=|=)\s*(.*)$/.exec(clause);
    if (!m) usage(`--where takes DIMENSION=VALUE[,VALUE…] (or != to exclude), not '${clip(clause)}'.`, `--where verwacht DIMENSIE=WAARDE[,WAARDE…] (of != om uit te sluiten), niet '${clip(clause)}'.`);
    const key = resolveDimension(m[1]!);
    if (!key) usage(`unknown dimension '${clip(m[1] ?? '')}' in --where; use a key such as sector, type, bottleneck or a Dutch/English column name.`, `onbekende dimensie '${clip(m[1] ?? '')}' in --where.`);
    const mode: ConditionMode = m[2] === '!=' ? 'none' : m[2] === '&=' ? 'all' : 'any';
    return { dimension: key, mode, values: resolveValues(key, m[3]!, { matchers, unmapped, organisations, scans }) };
  });
}

function resolveValues(
  key: DimensionKey,
  text: string,
  ctx: { matchers: ReturnType<typeof buildMatchers>; unmapped: { dimension: string; label_nl: string }[]; organisations: ValueMatcher; scans: ValueMatcher },
): FilterValue[] {
  const matcher = key === 'organisation' ? ctx.organisations : key === 'scan' ? ctx.scans : key === 'role' ? ctx.matchers.role : ctx.matchers[key as ValueDimension];
  const values: FilterValue[] = [];
  for (const part of matcher.matchMany(text)) {
    if (part.match.kind === 'exact') {
      values.push(part.match.code);
      continue;
    }
    const verbatim = ctx.unmapped.find((u) => u.dimension === key && u.label_nl.toLowerCase() === part.text.toLowerCase());
    if (verbatim) {
      values.push({ unmapped: verbatim.label_nl });
      continue;
    }
    const near = part.match.kind === 'near' ? part.match.label : null;
    usage(
      `unknown value '${clip(part.text)}' for ${dimension(key).en} in --where${near ? ` (did you mean '${near}'?)` : ''}.`,
      `onbekende waarde '${clip(part.text)}' voor ${dimension(key).nl} in --where${near ? ` (bedoelt u '${near}'?)` : ''}.`,
    );
  }
  if (values.length === 0) usage(`--where ${dimension(key).en} names no value.`, `--where ${dimension(key).nl} noemt geen waarde.`);
  return values;
}
