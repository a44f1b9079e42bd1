/** Client-side sorting of the initiatives list (it is small: hundreds, not tens of thousands). */
import { focusLabel, type FocusKey } from '../../../src-shared/focus';
import type { InitiativeRow } from '../../../src-shared/model';
import type { SortState } from './VirtualTable';

export type InitiativeSortKey = 'name' | 'scan' | 'matching' | 'focus' | 'startYear';

/** What a row is sorted by under each key (the focus by its label in the UI's language). */
const SORT_VALUE: Record<InitiativeSortKey, (row: InitiativeRow, lang: 'nl' | 'en') => string | number | null> = {
  name: (row) => row.name,
  scan: (row) => row.scan,
  matching: (row) => row.matching,
  focus: (row, lang) => focusLabel(row.focus as FocusKey, lang),
  startYear: (row) => row.startYear,
};

export function sortInitiatives(rows: readonly InitiativeRow[], sort: SortState | null, lang: 'nl' | 'en'): InitiativeRow[] {
  const collator = new Intl.Collator(lang === 'nl' ? 'nl' : 'en', { sensitivity: 'base', numeric: true });
  const key = (sort?.key ?? 'name') as InitiativeSortKey;
  const value = (row: InitiativeRow) => SORT_VALUE[key](row, lang);
  const sign = sort?.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    // Unknown values go last, whichever the direction.
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return order === 0 ? collator.compare(a.name, b.name) : sign * order;
  });
}
