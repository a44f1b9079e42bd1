/** Client-side sorting of the initiatives list (it is small: hundreds, not tens of thousands). */
import { focusLabel, type FocusKey } from '../../../src-shared/focus';
import type { InitiativeRow } from '../../../src-shared/model';
import type { SortState } from './VirtualTable';

export type InitiativeSortKey = 'name' | 'scan' | 'matching' | 'focus' | 'startYear';

export function sortInitiatives(rows: readonly InitiativeRow[], sort: SortState | null, lang: 'nl' | 'en'): InitiativeRow[] {
  const collator = new Intl.Collator(lang === 'nl' ? 'nl' : 'en', { sensitivity: 'base', numeric: true });
  const key = (sort?.key ?? 'name') as InitiativeSortKey;
  const value = (row: InitiativeRow): string | number | null => {
    switch (key) {
      case 'name':
        return row.name;
      case 'scan':
        return row.scan;
      case 'matching':
        return row.matching;
      case 'focus':
        return focusLabel(row.focus as FocusKey, lang);
      case 'startYear':
        return row.startYear;
    }
  };
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
