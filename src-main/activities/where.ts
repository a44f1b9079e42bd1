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

/** Which option the clauses came with (its errors name it), and the error code they get. */
export interface ClauseOption {
  option: string;
  code: string;
}

const WHERE: ClauseOption = { option: '--where', code: 'invalid-where' };

/** `--set` shares the syntax; its unknown values are refused input (`regioscan edit`). */
export function parseWhere(db: Db, clauses: readonly string[], as: ClauseOption = WHERE): Condition[] {
  const { option } = as;
  const usage = (en: string, nl: string): never => {
    throw new UserError(as.code, { en, nl });
  };
  const matchers = buildMatchers(knownOpenEntries(db));
  const unmapped = unmappedValues(db);
  const organisations = new ValueMatcher(organisationNames(db).map((name) => ({ code: name, nl: name, en: name })));
  const scans = new ValueMatcher(scanNames(db).map((s) => ({ code: String(s.id), nl: scanLabel(s.region, s.year), en: s.title })));
  return clauses.map((clause) => {
    const m = /^\s*([^!=&]+?)\s*(!=|&=|=)\s*(.*)$/.exec(clause);
    if (!m) return usage(`${option} takes DIMENSION=VALUE[,VALUE…] (or != to exclude), not '${clip(clause)}'.`, `${option} verwacht DIMENSIE=WAARDE[,WAARDE…] (of != om uit te sluiten), niet '${clip(clause)}'.`);
    const key = resolveDimension(m[1]!);
    if (!key) return usage(`unknown dimension '${clip(m[1] ?? '')}' in ${option}; use a key such as sector, type, bottleneck or a Dutch/English column name.`, `onbekende dimensie '${clip(m[1] ?? '')}' in ${option}.`);
    const mode: ConditionMode = m[2] === '!=' ? 'none' : m[2] === '&=' ? 'all' : 'any';
    return { dimension: key, mode, values: resolveValues(key, m[3]!, { matchers, unmapped, organisations, scans }, option, usage) };
  });
}

function resolveValues(
  key: DimensionKey,
  text: string,
  ctx: { matchers: ReturnType<typeof buildMatchers>; unmapped: { dimension: string; label_nl: string }[]; organisations: ValueMatcher; scans: ValueMatcher },
  option: string,
  usage: (en: string, nl: string) => never,
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
      `unknown value '${clip(part.text)}' for ${dimension(key).en} in ${option}${near ? ` (did you mean '${near}'?)` : ''}.`,
      `onbekende waarde '${clip(part.text)}' voor ${dimension(key).nl} in ${option}${near ? ` (bedoelt u '${near}'?)` : ''}.`,
    );
  }
  if (values.length === 0) usage(`${option} ${dimension(key).en} names no value.`, `${option} ${dimension(key).nl} noemt geen waarde.`);
  return values;
}
