/**
 * Turns cell text into codes for one activity, reporting every deviation: near spellings (warning),
 * ambiguous or unknown values of closed codebooks (kept verbatim as unmapped), new open-list entries
 * (goal, application, technology) and new regions (geography) that become entries of their own.
 */
import { dimension } from '../../src-shared/codebook';
import type { ValueDimension } from '../workbook/scan-data';
import { tidyName } from './cells';
import { resolveWhere, type IssueLog, type LazyWhere } from './issues';
import type { Matchers } from '../workbook/matchers';

export interface CodedValues {
  values: Map<ValueDimension, string[]>;
  unmapped: Map<ValueDimension, string[]>;
}

/** A code's Dutch label (a new open-list entry's code is its own text). */
export function codeLabel(dim: ValueDimension, code: string): string {
  return dimension(dim).values.find((v) => v.code === code)?.nl ?? code;
}

export function emptyCoded(): CodedValues {
  return { values: new Map(), unmapped: new Map() };
}

function push<T>(map: Map<ValueDimension, T[]>, key: ValueDimension, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export class ValueCoder {
  constructor(
    private readonly matchers: Matchers,
    private readonly log: IssueLog,
  ) {}

  /** Adds a cell's values of `dim` to `target`. */
  code(dim: ValueDimension, text: string, target: CodedValues, at: LazyWhere): void {
    if (text === '') return;
    const def = dimension(dim);
    const matcher = this.matchers[dim];
    const parts = def.multi ? matcher.matchMany(text) : this.single(dim, text);
    const dimName = def.nl;
    for (const { text: part, match } of parts) {
      if (match.kind === 'exact') {
        push(target.values, dim, match.code);
        if (match.rule) this.log.add('warning', 'value-mapped', { text: part, label: codeLabel(dim, match.code), dimension: dimName }, () => ({ ...resolveWhere(at), value: text }));
      } else if (match.kind === 'near') {
        push(target.values, dim, match.code);
        this.log.add('warning', 'near-spelling', { text: part, label: match.label, dimension: dimName }, () => ({ ...resolveWhere(at), value: text }));
      } else if (def.kind === 'open' || def.kind === 'hierarchical') {
        if (match.kind === 'ambiguous') {
          push(target.unmapped, dim, part);
          this.log.add('unmapped', 'ambiguous', { text: part, candidates: match.candidates.map((c) => `"${c}"`).join(' / '), dimension: dimName }, () => ({ ...resolveWhere(at), value: text }));
          continue;
        }
        // A new entry of an open list: its code is its text, so nothing about it is lost.
        const code = tidyName(part);
        matcher.add({ code, nl: code, en: code });
        push(target.values, dim, code);
        if (def.kind === 'hierarchical') this.log.add('warning', 'new-region', { text: code }, () => ({ ...resolveWhere(at), value: text }));
      } else {
        push(target.unmapped, dim, part);
        if (match.kind === 'ambiguous') {
          this.log.add('unmapped', 'ambiguous', { text: part, candidates: match.candidates.map((c) => `"${c}"`).join(' / '), dimension: dimName }, () => ({ ...resolveWhere(at), value: text }));
        } else {
          this.log.add('unmapped', 'unmapped-value', { text: part, dimension: dimName }, () => ({ ...resolveWhere(at), value: text }));
        }
      }
    }
    if (!def.multi) this.keepOne(dim, target, at, text);
  }

  /** A single-valued cell is matched whole first; only if that fails is it split. */
  private single(dim: ValueDimension, text: string) {
    const whole = this.matchers[dim].match(text);
    return whole.kind === 'none' ? this.matchers[dim].matchMany(text) : [{ text: text.trim(), match: whole }];
  }

  /** Single-valued dimensions keep their first value; any further one is kept as unmapped. */
  private keepOne(dim: ValueDimension, target: CodedValues, at: LazyWhere, cell: string): void {
    const list = target.values.get(dim);
    if (!list || list.length <= 1) return;
    const [kept, ...extra] = list;
    target.values.set(dim, [kept!]);
    const label = (code: string) => dimension(dim).values.find((v) => v.code === code)?.nl ?? code;
    for (const code of extra) {
      push(target.unmapped, dim, label(code));
      this.log.add('warning', 'extra-single-value', { dimension: dimension(dim).nl, kept: label(kept!), text: label(code) }, () => ({ ...resolveWhere(at), value: cell }));
    }
  }

  /** After a row: every single-valued dimension keeps one value (one-hot marks can set several). */
  enforceSingle(target: CodedValues, at: LazyWhere): void {
    for (const dim of target.values.keys()) {
      if (!dimension(dim).multi) this.keepOne(dim, target, at, (target.values.get(dim) ?? []).join('; '));
    }
  }

  /** A one-hot cell that is marked. */
  mark(dim: ValueDimension, code: string, target: CodedValues): void {
    push(target.values, dim, code);
  }
}
