import { useEffect, useState } from 'react';

/**
 * A local copy of an outside value that the user edits, handed back after `delay` ms of quiet.
 * When the outside value changes by itself (undo, a saved filter), the local copy follows it.
 */
export function useDebouncedEdit<T>(outside: T, commit: (value: T) => void, delay: number, same: (a: T, b: T) => boolean = Object.is): [T, (value: T) => void] {
  const [local, setLocal] = useState(outside);
  const [seen, setSeen] = useState(outside);
  if (!same(outside, seen)) {
    setSeen(outside);
    setLocal(outside);
  }
  useEffect(() => {
    if (same(local, outside)) return;
    const timer = window.setTimeout(() => commit(local), delay);
    return () => window.clearTimeout(timer);
  }, [local, outside, commit, delay, same]);
  return [local, setLocal];
}
