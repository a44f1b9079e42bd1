/**
 * A file the user picks with a button (a saved filter, mapping rules, goals, a presentation, a demand
 * table): a hidden file input to render anywhere and `open()` for the button. The input is emptied
 * after every pick, so the same file can be picked again after it was changed. When reading it
 * fails (main refuses the file), main's sentence is said in an error toast.
 */
import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { useFailureToast } from './Toast';

/** The files Regioscan shares as JSON (`.regioscan-*.json`). */
export const JSON_FILES = '.json,application/json';

interface FilePickerOptions {
  /** The input's `accept`: extensions and media types. */
  accept: string;
  testId: string;
  onFile(file: File): Promise<unknown>;
}

export function useFilePicker({ accept, testId, onFile }: FilePickerOptions): { open(): void; input: ReactNode } {
  const ref = useRef<HTMLInputElement>(null);
  const fail = useFailureToast();
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) onFile(file).catch(fail);
  };
  return {
    open: () => ref.current?.click(),
    input: <input ref={ref} type="file" accept={accept} hidden onChange={picked} data-testid={testId} />,
  };
}
