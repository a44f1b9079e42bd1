/** The "Leer van…" focus in the address (`#/leer-van-elkaar?initiatief=12`), following hash changes. */
import { useEffect, useState } from 'react';
import { learnFocusFromHash, type LearnFocus } from '../state/learn';

export function useLearnFocus(): [LearnFocus | null, () => void] {
  const [focus, setFocus] = useState(() => learnFocusFromHash(window.location.hash));
  useEffect(() => {
    const follow = () => setFocus(learnFocusFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const clear = () => {
    window.location.hash = '#/leer-van-elkaar';
  };
  return [focus, clear];
}
