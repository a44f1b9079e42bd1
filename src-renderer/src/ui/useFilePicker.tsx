/**
 * A file the user picks with a button (a saved filter, mapping rules, goals, a presentation, a demand
 * table), or several at once (`multiple`: survey responses): a hidden file input to render anywhere
 * and `open()` for the button. The input is emptied after every pick, so the same file can be
 * picked again after it was changed. When reading fails (main refuses the file), main's sentence is
 * said in an error toast.
 */
import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { useFailureToast } from './Toast';

/** The files Regioscan shares as JSON (`.regioscan-*.json`). */
export const JSON_FILES = '.json,application/json';

type FilePickerOptions = {
  /** The input's `accept`: extensions and media types. */
  accept: string;
  testId: string;
  /** The input's accessible name, where the button's own does not reach it. */
  label?: string;
} & ({ multiple?: false; onFile(file: File): Promise<unknown> } | { multiple: true; onFiles(files: File[]): Promise<unknown> });

export function useFilePicker(options: FilePickerOptions): { open(): void; input: ReactNode } {
  const ref = useRef<HTMLInputElement>(null);
  const fail = useFailureToast();
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    // Taken before the input is emptied (emptying it empties its list).
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    if (files.length === 0) return;
    (options.multiple ? options.onFiles(files) : options.onFile(files[0]!)).catch(fail);
  };
  return {
    open: () => ref.current?.click(),
    input: <input ref={ref} type="file" accept={options.accept} multiple={options.multiple ?? false} hidden onChange={picked} data-testid={options.testId} aria-label={options.label} />,
  };
}
