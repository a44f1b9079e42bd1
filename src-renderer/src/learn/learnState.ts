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

export type LearnAction =
  | { type: 'lensChosen'; lens: PairingLens }
  | { type: 'levelChosen'; by: PairLevel }
  | { type: 'scopeChosen'; scope: PairScope }
  | { type: 'hideKnownSet'; hideKnown: boolean }
  | { type: 'topChosen'; top: number }
  | { type: 'pairToggled'; key: string };

export const initialLearnState: LearnState = { lens: 'A', by: 'initiative', scope: 'all', hideKnown: false, top: 50, expanded: [] };

export function pairKey(a: number, b: number): string {
  return `${a}:${b}`;
}

export function learnReducer(state: LearnState, action: LearnAction): LearnState {
  switch (action.type) {
    case 'lensChosen':
      // Another lens is another list: what was expanded no longer means anything.
      return state.lens === action.lens ? state : { ...state, lens: action.lens, expanded: [] };
    case 'levelChosen':
      return state.by === action.by ? state : { ...state, by: action.by, expanded: [] };
    case 'scopeChosen':
      return state.scope === action.scope ? state : { ...state, scope: action.scope };
    case 'hideKnownSet':
      return state.hideKnown === action.hideKnown ? state : { ...state, hideKnown: action.hideKnown };
    case 'topChosen':
      return (TOP_CHOICES as readonly number[]).includes(action.top) && action.top !== state.top ? { ...state, top: action.top } : state;
    case 'pairToggled':
      return { ...state, expanded: state.expanded.includes(action.key) ? state.expanded.filter((k) => k !== action.key) : [...state.expanded, action.key] };
  }
}
