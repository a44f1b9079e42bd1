/**
 * The desktop menu's "Exporteren…" command: the shell navigates to Activiteiten and raises this
 * flag; the export menu there opens and clears it (also when it mounts after the navigation).
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface ExportRequestValue {
  pending: boolean;
  request(): void;
  consume(): void;
}

const ExportRequestContext = createContext<ExportRequestValue>({ pending: false, request: () => undefined, consume: () => undefined });

export function ExportRequestProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState(false);
  const value = useMemo(() => ({ pending, request: () => setPending(true), consume: () => setPending(false) }), [pending]);
  return <ExportRequestContext.Provider value={value}>{children}</ExportRequestContext.Provider>;
}

export function useExportRequest(): ExportRequestValue {
  return useContext(ExportRequestContext);
}
