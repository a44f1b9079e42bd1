/**
 * Witte vlekken: a matrix of two dimensions (rows × columns), optionally per value of a third
 * (layers); each cell the number of activities matching the filter that have all of the cell's
 * values. A multi-valued activity counts in every cell it belongs to (two sectors: two rows).
 * Zero cells are kept: they are the white spots.
 *
 * The default is the report's sector × digitaliseringsvorm × knelpunt 0–10 (22 × 7 × 11 = 1694
 * combinations). Knelpunt 11 *Overig* is left out as the report does unless `includeOther`; the
 * generic values (Geen specifieke sector, Niet-gespecificeerd, …) are in unless `includeGeneric` is
 * false. An axis lists its codebook values in codebook order, then the open-list entries and
 * unmapped values (flagged) that occur in the filter's scans, so nothing is silently left out.
 * Geography cells count the value an activity is coded with (no roll-up of sub-regions), like the
 * facet counts.
 *
 * Counting runs on the activity index: a cell is popcount(filter ∧ layer ∧ row ∧ column).
 */
import { DIMENSIONS, type DimensionKey } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import type { WhiteSpotAxis, WhiteSpotResult, WhiteSpotValue } from '../../src-shared/model';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { activityIndex, B, filterMasks, scanListBits, type ActivityIndex } from '../activities';
import { scanLabel, scanNames } from '../scans';

type Lang = 'nl' | 'en';

/** Dimensions that can be an axis (organisations are too many to be one). */
export const WHITESPOT_DIMENSIONS: readonly DimensionKey[] = DIMENSIONS.map((d) => d.key).filter((k) => k !== 'organisation');

export const WHITESPOT_DEFAULT = { rows: 'sector', cols: 'form', layers: 'bottleneck' } as const satisfies Record<string, DimensionKey>;

/** The report leaves these codes out (knelpunt 11 Overig) unless asked. */
const OTHER: Partial<Record<DimensionKey, string>> = { bottleneck: '11' };

/** More cells than this is not a matrix anyone reads; refused with a sentence. */
export const MAX_CELLS = 250_000;

export interface WhiteSpotQuery {
  filter: Filter;
  rows?: DimensionKey;
  cols?: DimensionKey;
  /** null: no third dimension; undefined: the default (bottleneck) when rows and cols are the defaults too. */
  layers?: DimensionKey | null;
  includeGeneric?: boolean;
  includeOther?: boolean;
  language?: Lang;
}

interface AxisEntry extends WhiteSpotValue {
  bits: B.Bits;
}

function axis(db: Db, index: ActivityIndex, key: DimensionKey, scope: B.Bits, opts: { includeGeneric: boolean; includeOther: boolean }, lang: Lang): AxisEntry[] {
  const none = B.empty(index.n);
  if (key === 'scan') {
    return scanNames(db)
      .map((s) => ({ s, bits: index.scanBits.get(s.id) ?? none }))
      .filter(({ bits }) => B.countAnd(scope, bits) > 0)
      .map(({ s, bits }) => ({ value: String(s.id), label: scanLabel(s.region, s.year), generic: false, unmapped: false, bits }));
  }
  const def = DIMENSIONS.find((d) => d.key === key)!;
  const out: AxisEntry[] = [];
  for (const v of def.values) {
    if (v.generic && !opts.includeGeneric) continue;
    if (OTHER[key] === v.code && !opts.includeOther) continue;
    const bits = key === 'role' ? index.roleBits.get(v.code) : index.valueBits.get(index.valueByCode.get(`${key}\u0000${v.code}`) ?? -1);
    out.push({ value: v.code, label: lang === 'nl' ? v.nl : v.en, generic: v.generic === true, unmapped: false, bits: bits ?? none });
  }
  if (key === 'role') {
    for (const [role, bits] of index.roleBits) {
      if (def.values.some((v) => v.code === role) || B.countAnd(scope, bits) === 0) continue;
      out.push({ value: { unmapped: role }, label: role === '' ? (lang === 'nl' ? 'rol onbekend' : 'role unknown') : role, generic: false, unmapped: true, bits });
    }
    return out;
  }
  const extras = [...index.valueBits]
    .map(([id, bits]) => ({ info: index.values.get(id)!, bits }))
    .filter((e) => e.info.dimension === key && e.info.kind !== 'codebook' && B.countAnd(scope, e.bits) > 0)
    .sort((a, b) => (a.info.kind === b.info.kind ? a.info.labelNl.localeCompare(b.info.labelNl, 'nl') : a.info.kind === 'unmapped' ? 1 : -1));
  for (const { info, bits } of extras) {
    const unmapped = info.kind === 'unmapped';
    out.push({ value: unmapped || info.code === null ? { unmapped: info.labelNl } : info.code, label: lang === 'nl' ? info.labelNl : info.labelEn, generic: false, unmapped, bits });
  }
  return out;
}

function publicAxis(key: DimensionKey, entries: AxisEntry[], lang: Lang): WhiteSpotAxis {
  const def = DIMENSIONS.find((d) => d.key === key)!;
  return { key, label: def[lang], values: entries.map(({ value, label, generic, unmapped }) => ({ value, label, generic, unmapped })) };
}

/** Rows, columns and layers after defaults; refuses an axis used twice. */
export function resolveAxes(query: Pick<WhiteSpotQuery, 'rows' | 'cols' | 'layers'>): { rows: DimensionKey; cols: DimensionKey; layers: DimensionKey | null } {
  const rows = query.rows ?? WHITESPOT_DEFAULT.rows;
  const cols = query.cols ?? WHITESPOT_DEFAULT.cols;
  const layers = query.layers !== undefined ? query.layers : query.rows === undefined && query.cols === undefined ? WHITESPOT_DEFAULT.layers : null;
  for (const key of [rows, cols, layers]) {
    if (key !== null && !WHITESPOT_DIMENSIONS.includes(key)) {
      throw new UserError('invalid-whitespots', { nl: `De dimensie ${key} kan geen as van de matrix zijn.`, en: `The dimension ${key} cannot be an axis of the matrix.` });
    }
  }
  if (rows === cols || layers === rows || layers === cols) {
    throw new UserError('invalid-whitespots', { nl: 'Kies voor rijen, kolommen en lagen drie verschillende dimensies.', en: 'Choose three different dimensions for rows, columns and layers.' });
  }
  return { rows, cols, layers };
}

export function whiteSpots(db: Db, query: WhiteSpotQuery): WhiteSpotResult {
  const lang = query.language ?? 'nl';
  const opts = { includeGeneric: query.includeGeneric ?? true, includeOther: query.includeOther ?? false };
  const keys = resolveAxes(query);
  const index = activityIndex(db);
  const scope = scanListBits(index, query.filter.scans);
  const rows = axis(db, index, keys.rows, scope, opts, lang);
  const cols = axis(db, index, keys.cols, scope, opts, lang);
  const layers = keys.layers === null ? null : axis(db, index, keys.layers, scope, opts, lang);
  const cells = rows.length * cols.length * (layers?.length ?? 1);
  if (cells > MAX_CELLS) {
    throw new UserError('invalid-whitespots', {
      nl: `Deze matrix zou ${cells.toLocaleString('nl-NL')} cellen hebben; kies dimensies met minder waarden (hoogstens ${MAX_CELLS.toLocaleString('nl-NL')} cellen).`,
      en: `This matrix would have ${cells.toLocaleString('en-GB')} cells; choose dimensions with fewer values (at most ${MAX_CELLS.toLocaleString('en-GB')} cells).`,
    });
  }
  const mask = filterMasks(db, index, query.filter).all;
  const counts = new Array<number>(cells).fill(0);
  const layerMasks = layers ? layers.map((l) => { const m = mask.slice(); B.andInto(m, l.bits); return m; }) : [mask];
  const rowMask = B.empty(index.n);
  layerMasks.forEach((lm, l) => {
    rows.forEach((r, ri) => {
      rowMask.set(lm);
      B.andInto(rowMask, r.bits);
      if (B.count(rowMask) === 0) return;
      const base = (l * rows.length + ri) * cols.length;
      cols.forEach((c, ci) => {
        counts[base + ci] = B.countAnd(rowMask, c.bits);
      });
    });
  });
  return {
    rows: publicAxis(keys.rows, rows, lang),
    cols: publicAxis(keys.cols, cols, lang),
    layers: layers && keys.layers ? publicAxis(keys.layers, layers, lang) : null,
    counts,
    combinations: cells,
    empty: counts.filter((n) => n === 0).length,
    total: B.count(mask),
    ...opts,
  };
}

/** The long table: one entry per combination, in layer, row, column order, with its count. */
export function combinations(result: WhiteSpotResult): { values: WhiteSpotValue[]; count: number }[] {
  const out: { values: WhiteSpotValue[]; count: number }[] = [];
  const layers = result.layers?.values ?? [null];
  layers.forEach((l, li) =>
    result.rows.values.forEach((r, ri) =>
      result.cols.values.forEach((c, ci) => {
        out.push({ values: l ? [r, c, l] : [r, c], count: result.counts[(li * result.rows.values.length + ri) * result.cols.values.length + ci]! });
      }),
    ),
  );
  return out;
}
