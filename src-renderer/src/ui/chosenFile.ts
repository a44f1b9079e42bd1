/**
 * The text of the file picked in an `<input type="file">` (the import buttons' hidden inputs), or null
 * when none was picked. The input is emptied at once, so that picking the same file again is a new
 * change.
 */
import type { ChangeEvent } from 'react';

export async function chosenFileText(event: ChangeEvent<HTMLInputElement>): Promise<string | null> {
  const file = event.currentTarget.files?.[0];
  event.currentTarget.value = '';
  return file ? file.text() : null;
}
