/**
 * A short confirmation ("Gekopieerd", "Opgeslagen in …") in the corner, read out by screen readers
 * through a live region that is always present. It disappears after a few seconds.
 */
import { Button, Notification } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { toApiError } from '../api/errors';
import { useI18n, useT } from '../i18n';

type Tone = 'success' | 'error';
/** An optional follow-up, such as "Toon in map" after a desktop export. */
export interface ToastAction {
  label: string;
  run(): void;
}
interface ToastMessage {
  id: number;
  text: string;
  tone: Tone;
  action?: ToastAction | undefined;
}
type Notify = (text: string, tone?: Tone, action?: ToastAction) => void;

const ToastContext = createContext<Notify>(() => undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const notify = useCallback<Notify>((text, tone = 'success', action) => setMessage({ id: Date.now(), text, tone, action }), []);

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage(null), message.tone === 'error' || message.action ? 9000 : 5000);
    return () => window.clearTimeout(timer);
  }, [message]);

  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="rs-toast-region" role="status" aria-live="polite" data-testid="toast-region">
        {message && (
          <Notification
            key={message.id}
            role="presentation"
            withBorder
            color={message.tone === 'error' ? 'red' : 'teal'}
            icon={message.tone === 'error' ? <IconAlertTriangle size={18} aria-hidden="true" /> : <IconCheck size={18} aria-hidden="true" />}
            onClose={() => setMessage(null)}
            closeButtonProps={{ 'aria-label': t('explore.toast.close') }}
            data-testid="toast"
            className="rs-toast"
          >
            {message.text}
            {message.action && (
              <Button size="compact-xs" variant="light" ml="sm" onClick={message.action.run} data-testid="toast-action">
                {message.action.label}
              </Button>
            )}
          </Notification>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  return useContext(ToastContext);
}

/** Says why a call to main failed (its sentence, in the user's language) in an error toast. */
export function useFailureToast(): (cause: unknown) => void {
  const notify = useToast();
  const { lang } = useI18n();
  return useCallback((cause: unknown) => notify(toApiError(cause).userMessage[lang], 'error'), [notify, lang]);
}
