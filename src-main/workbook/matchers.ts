/** One ValueMatcher per coded field, built from the codebook plus the open-list entries the database already has. */
import { DIMENSIONS, ORGANISATION_TYPES, REACH_SOURCES, REACH_UNITS, ROLES, type CodeEntry } from '../../src-shared/codebook';
import type { ValueDimension } from './scan-data';
import { ValueMatcher } from './value-matcher';

export type CodedField = ValueDimension | 'role' | 'organisationType' | 'reachUnit' | 'reachSource';

const CODE_PREFIXES: Partial<Record<CodedField, readonly string[]>> = {
  bottleneck: ['K', 'Knelpunt ', 'Bottleneck '],
  rationale: ['R', 'Rationale ', 'Beleidsrationale '],
  form: ['V', 'Vorm ', 'Form '],
  sector: ['SBI ', 'Sector '],
};

export type Matchers = Record<CodedField, ValueMatcher>;

export function buildMatchers(extra: Partial<Record<ValueDimension, readonly CodeEntry[]>> = {}): Matchers {
  const out = {} as Matchers;
  for (const d of DIMENSIONS) {
    if (d.key === 'organisation' || d.key === 'role' || d.key === 'scan') continue;
    const key = d.key as ValueDimension;
    out[key] = new ValueMatcher([...d.values, ...(extra[key] ?? [])], { codePrefixes: CODE_PREFIXES[key] ?? [] });
  }
  out.role = new ValueMatcher(ROLES);
  out.organisationType = new ValueMatcher(ORGANISATION_TYPES);
  out.reachUnit = new ValueMatcher(REACH_UNITS);
  out.reachSource = new ValueMatcher(REACH_SOURCES);
  return out;
}
