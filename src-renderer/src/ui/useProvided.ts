/**
 * The value of a context that has no default: the app's state, the filter, the import. A component
 * used outside the context's provider is a programming error, said as such.
 */
import { useContext, type Context } from 'react';

export function useProvided<T>(context: Context<T | null>, hook: string, provider: string): T {
  const value = useContext(context);
  if (!value) throw new Error(`${hook} must be used inside <${provider}>`);
  return value;
}
