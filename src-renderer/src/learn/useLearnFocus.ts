/** The "Leer van…" focus in the address (`#/leer-van-elkaar?initiatief=12`), following hash changes. */
import { useEffect, useState } from 'react';
import { learnFocusFromHash, type LearnFocus } from '../routes';

/** The focus, a number that changes with every change of address (to close what belonged to the last one), and a way back. */
export function useLearnFocus(): [LearnFocus | null, number, () => void] {
  const [{ focus, version }, setFocus] = useState(() => ({ focus: learnFocusFromHash(window.location.hash), version: 0 }));
  useEffect(() => {
    const follow = () => setFocus((s) => ({ focus: learnFocusFromHash(window.location.hash), version: s.version + 1 }));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const clear = () => {
    window.location.hash = '#/leer-van-elkaar';
  };
  return [focus, version, clear];
}
