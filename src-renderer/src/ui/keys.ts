/** The keyboard shortcuts of undo: changes to the data (ui/ChangeUndoKeys) and filter changes (state/FilterProvider) keep separate keys. */

/** What is read of an event's target (structurally, so this file is pure and testable under Node). */
interface FieldLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NOT_TEXT = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];

/** A field where typing goes (text input, text area, select, contenteditable): its own undo applies there. */
export function isTextField(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as FieldLike;
  if (el.isContentEditable === true) return true;
  const tag = el.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT.includes(el.type ?? 'text');
}

/** The parts of a KeyboardEvent the shortcuts read. */
interface KeyPress {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  key: string;
  code: string;
  defaultPrevented: boolean;
  target: unknown;
}

/**
 * The undo/redo of changes to the data a key press asks for: Ctrl+Z (Cmd on a Mac) undoes,
 * Ctrl+Shift+Z and Ctrl+Y redo; null when not ours (Alt held, another key, typing in a field).
 */
export function changeKey(event: KeyPress): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return null;
  const key = event.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return null;
  if (isTextField(event.target)) return null;
  return key === 'y' || event.shiftKey ? 'redo' : 'undo';
}

/** The filter undo/redo a key press asks for: Alt+Z / Alt+Shift+Z (Option on a Mac), outside text fields. */
export function filterKey(event: KeyPress): 'undo' | 'redo' | null {
  // By the key's place, not its character: Option+Z types "Ω" on a Mac.
  if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || event.code !== 'KeyZ') return null;
  if (isTextField(event.target)) return null;
  return event.shiftKey ? 'redo' : 'undo';
}
