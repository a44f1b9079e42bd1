/**
 * Leer van elkaar's screen state: lens, level, scope, acquaintances, list length, and which pairs are
 * expanded. A pure reducer, tested directly; the screen keeps it for as long as the app runs.
 */
import type { PairingLens } from '../../../src-shared/pairing';


export type PairLevel = 'initiative' | 'activity';
export type PairScope = 'all' | 'across' | 'within';
export const TOP_CHOICES = [25, 50, 100, 250] as const;

export interface LearnState {
  lens: PairingLens;
  by: PairLevel;
  scope: PairScope;
  hideKnown: boolean;
  top: number;
  /** Keys of the expanded initiative pairs (`a:b`). */
  expanded: string[];
}

/** What the user chooses on the screen; the expanded pairs follow from it. */
export type LearnChoice = Partial<Omit<LearnState, 'expanded'>>;

export type LearnAction = { type: 'chosen'; choice: LearnChoice } | { type: 'pairToggled'; key: string };

export const initialLearnState: LearnState = { lens: 'A', by: 'initiative', scope: 'all', hideKnown: false, top: 50, expanded: [] };

export function pairKey(a: number, b: number): string {
  return `${a}:${b}`;
}

export function learnReducer(state: LearnState, action: LearnAction): LearnState {
  switch (action.type) {
    case 'chosen': {
      const { top, ...rest } = action.choice;
      const offered = top !== undefined && (TOP_CHOICES as readonly number[]).includes(top);
      const next: LearnState = { ...state, ...rest, ...(offered ? { top } : {}) };
      if ((Object.keys(next) as (keyof LearnState)[]).every((k) => next[k] === state[k])) return state;
      // Another lens or level is another list: what was expanded no longer means anything.
      return next.lens !== state.lens || next.by !== state.by ? { ...next, expanded: [] } : next;
    }
    case 'pairToggled':
      return { ...state, expanded: state.expanded.includes(action.key) ? state.expanded.filter((k) => k !== action.key) : [...state.expanded, action.key] };
  }
}
