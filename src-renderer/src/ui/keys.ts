/** Keyboard helpers shared by the shortcuts (data undo in ui/ChangeUndoKeys, filter undo in state/FilterProvider). */

/** A field where typing goes (text input, text area, select, contenteditable): its own undo applies there. */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
