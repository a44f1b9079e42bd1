/** Reads a controller's store in a component (graph/controllers/store.ts). */
import { useSyncExternalStore } from 'react';
import type { ReadableStore } from './controllers/store';

export function useStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
