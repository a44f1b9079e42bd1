/**
 * The detail drawer's stack on a screen: `show` opens one row (from a table, the map, a list),
 * `drawer` is what DetailDrawer takes (open a row on top from inside it, back, close). A stack may
 * belong to something (Leer van…'s address): when that changes, the drawer is closed.
 */
import { useCallback, useMemo, useState } from 'react';
import type { DetailTarget } from './DetailDrawer';

const NONE: readonly DetailTarget[] = [];

export interface DetailStack {
  /** The open rows, the shown one last. */
  stack: readonly DetailTarget[];
  /** Opens this row alone. */
  show(target: DetailTarget): void;
  drawer: { stack: readonly DetailTarget[]; onOpen(target: DetailTarget): void; onBack(): void; onClose(): void };
}

export function useDetailStack(belongsTo?: unknown): DetailStack {
  const [state, setState] = useState<{ owner: unknown; stack: readonly DetailTarget[] }>({ owner: belongsTo, stack: NONE });
  const stack = state.owner === belongsTo ? state.stack : NONE;
  const update = useCallback(
    (next: (stack: readonly DetailTarget[]) => readonly DetailTarget[]) => setState((s) => ({ owner: belongsTo, stack: next(s.owner === belongsTo ? s.stack : NONE) })),
    [belongsTo],
  );
  const show = useCallback((target: DetailTarget) => update(() => [target]), [update]);
  const drawer = useMemo(
    () => ({
      stack,
      onOpen: (target: DetailTarget) => update((s) => [...s, target]),
      onBack: () => update((s) => s.slice(0, -1)),
      onClose: () => update(() => NONE),
    }),
    [stack, update],
  );
  return { stack, show, drawer };
}
