/** The keyboard shortcuts of undo: changes to the data (ui/ChangeUndoKeys) and filter changes (state/FilterProvider) keep separate keys. */

/** A field where typing goes (text input, text area, select, contenteditable): its own undo applies there. */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

type KeyPress = Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'key' | 'code' | 'defaultPrevented' | 'target'>;

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
