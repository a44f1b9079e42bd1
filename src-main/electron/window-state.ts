/**
 * Remembers the main window's size and position in the settings table, and puts it back only where
 * it is still visible on one of the current displays.
 */
import type { Rectangle } from 'electron';
import { setSettingValue, settingValue } from '../app';
import type { Db } from '../db/open';

const KEY = 'windowState';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export function loadWindowState(db: Db): WindowState | undefined {
  const text = settingValue(db, KEY);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as WindowState;
    const { x, y, width, height } = parsed.bounds;
    if ([x, y, width, height].every((n) => Number.isFinite(n))) return parsed;
  } catch {
    // A damaged value is ignored: the window opens at its default size.
  }
  return undefined;
}

export function saveWindowState(db: Db, state: WindowState): void {
  setSettingValue(db, KEY, JSON.stringify(state));
}

/** Keeps saved bounds only if at least 100×50 px of the window's top lies on some display. */
export function visibleBounds(bounds: Rectangle, displays: readonly Rectangle[]): Partial<Rectangle> {
  const onScreen = displays.some((d) => {
    const overlapX = Math.min(bounds.x + bounds.width, d.x + d.width) - Math.max(bounds.x, d.x);
    const overlapY = Math.min(bounds.y + 50, d.y + d.height) - Math.max(bounds.y, d.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  return onScreen ? bounds : { width: bounds.width, height: bounds.height };
}
