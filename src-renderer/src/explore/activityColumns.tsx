/**
 * The activities table's columns: the sortable ones (name … reach) and one per dimension, whose
 * values show as compact chips with the full label in a tooltip and for screen readers.
 */
import { UnstyledButton } from '@mantine/core';
import type { DimensionKey } from '../../../src-shared/codebook';
import type { ActivityRow, ActivitySortKey, ValueLabel } from '../../../src-shared/model';
import { dimensionLabel, entryLabel, type Language, type Translate } from '../i18n';
import type { Column } from './VirtualTable';
import { locale } from '../i18n/format';

export type ActivityColumnKey = 'name' | 'initiative' | 'scan' | 'type' | 'geography' | 'startYear' | 'reach' | DimensionKey;

/** Columns the chooser offers, in table order (the name is always shown). */
export const CHOOSABLE: readonly ActivityColumnKey[] = [
  'type', 'initiative', 'geography', 'sector', 'size', 'phase', 'maturity', 'form', 'goal', 'application', 'technology',
  'bottleneck', 'rationale', 'organisation', 'role', 'effort', 'startYear', 'reach', 'scan',
];

export const DEFAULT_COLUMNS: readonly ActivityColumnKey[] = ['type', 'initiative', 'geography', 'form', 'bottleneck', 'reach', 'scan'];

const SORTABLE: ReadonlySet<string> = new Set<ActivitySortKey>(['name', 'initiative', 'scan', 'type', 'geography', 'startYear', 'reach']);

/** Preferred and narrowest widths (px): the table fits as many chosen columns as it can (fitColumns). */
const WIDTH: Partial<Record<ActivityColumnKey, number>> = {
  name: 240, type: 160, initiative: 180, geography: 140, form: 110, bottleneck: 130, rationale: 120, sector: 130, organisation: 220,
  startYear: 90, reach: 90, scan: 150,
};
const MIN_WIDTH: Partial<Record<ActivityColumnKey, number>> = {
  name: 150, type: 110, initiative: 120, geography: 100, form: 64, bottleneck: 84, sector: 84, startYear: 72, reach: 72, scan: 96,
};

/** The short text of a chip: a numbered code or SBI letter alone, otherwise the label. */
export function chipText(v: ValueLabel): string {
  if (v.code !== null && (/^\d+$/.test(v.code) || /^[A-Z]$/.test(v.code))) return v.code;
  return v.label;
}

export function Chips({ dim, values }: { dim: DimensionKey; values: readonly ValueLabel[] | undefined }) {
  if (!values || values.length === 0) return <span className="rs-cell-empty">–</span>;
  const full = values.map((v) => entryLabel(dim, v.code, v.label));
  return (
    <span className="rs-chips" title={full.join('\n')}>
      <span className="rs-visually-hidden">{full.join('; ')}</span>
      {values.map((v, i) => (
        <span key={`${v.code ?? 'u'}-${i}`} className="rs-chip" data-unmapped={v.code === null || undefined} title={full[i]} aria-hidden="true">
          {chipText(v)}
        </span>
      ))}
    </span>
  );
}

function single(row: ActivityRow, dim: DimensionKey): string {
  return row.values[dim]?.map((v) => v.label).join(', ') || '–';
}

interface ColumnContext {
  t: Translate;
  lang: Language;
  onOpenActivity(row: ActivityRow): void;
  onOpenInitiative(row: ActivityRow): void;
}

export function activityColumns(keys: readonly ActivityColumnKey[], ctx: ColumnContext): Column<ActivityRow>[] {
  const { t, lang } = ctx;
  const number = (n: number) => n.toLocaleString(locale(lang));
  const column = (key: ActivityColumnKey): Column<ActivityRow> => {
    const base = { key, width: WIDTH[key] ?? 160, ...(MIN_WIDTH[key] ? { minWidth: MIN_WIDTH[key] } : {}), ...(SORTABLE.has(key) ? { sortKey: key } : {}) };
    switch (key) {
      case 'name':
        return { ...base, header: t('explore.col.name'), render: (row) => (
          <UnstyledButton className="rs-row-link" onClick={() => ctx.onOpenActivity(row)} data-testid={`open-activity-${row.id}`} title={row.name}>
            {row.name}
          </UnstyledButton>
        ) };
      case 'initiative':
        return { ...base, header: t('explore.col.initiative'), render: (row) => (
          <UnstyledButton className="rs-row-link rs-row-link-quiet" onClick={() => ctx.onOpenInitiative(row)} title={row.initiative}>
            {row.initiative}
          </UnstyledButton>
        ) };
      case 'scan':
        return { ...base, header: t('explore.col.scan'), render: (row) => <span className="rs-cell-text" title={row.scan}>{row.scan}</span> };
      case 'type':
      case 'geography':
        return { ...base, header: dimensionLabel(key, lang), render: (row) => <span className="rs-cell-text" title={single(row, key)}>{single(row, key)}</span> };
      case 'startYear':
        return { ...base, header: t('explore.col.startYear'), numeric: true, render: (row) => (row.startYear === null ? <span className="rs-cell-empty">–</span> : String(row.startYear)) };
      case 'reach':
        return { ...base, header: t('explore.col.reach'), numeric: true, render: (row) =>
          row.reach === null ? <span className="rs-cell-empty">{t('explore.reach.unknownShort')}</span> : (
            <span title={row.reachUnit ? `${number(row.reach)} ${row.reachUnit}` : undefined}>{number(row.reach)}</span>
          ) };
      default:
        return { ...base, header: dimensionLabel(key, lang), render: (row) => <Chips dim={key} values={row.values[key]} /> };
    }
  };
  return ['name' as const, ...CHOOSABLE.filter((k) => keys.includes(k))].map(column);
}
