/**
 * The `regioscan serve` token in the page. The printed URL carries it in the fragment
 * (`#token=…`, never sent over the network); at start the page moves it into sessionStorage (this
 * tab, this origin — so this port — only) and takes it out of the address bar. The HTTP transport
 * and the event stream send it as a header. The desktop app has no token: it talks over IPC.
 */
import { TOKEN_FRAGMENT_KEY, TOKEN_HEADER, TOKEN_STORAGE_KEY } from '../../../src-shared/serve-protocol';

/** What of `window` this needs (structural, so it is testable without a DOM). */
export interface TokenStorage {
  getItem(key: string): string | null;
}

export interface TokenHost {
  location: { readonly hash: string; readonly pathname: string; readonly search: string };
  history: { readonly state: unknown; replaceState(data: unknown, unused: string, url?: string | null): void };
  sessionStorage: TokenStorage & { setItem(key: string, value: string): void };
}

/** The token in a fragment such as `#token=abc`, or null. */
export function tokenFromFragment(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(`${TOKEN_FRAGMENT_KEY}=`)) return null;
  const token = new URLSearchParams(fragment).get(TOKEN_FRAGMENT_KEY);
  return token ? token : null;
}

/**
 * Moves a token in the fragment into sessionStorage and removes the fragment from the address bar
 * and from this history entry (before anything reads the hash as a route). Returns whether it found one.
 */
export function adoptServeToken(host: TokenHost): boolean {
  const token = tokenFromFragment(host.location.hash);
  if (token === null) return false;
  try {
    host.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } finally {
    host.history.replaceState(host.history.state, '', host.location.pathname + host.location.search);
  }
  return true;
}

/** The header with this tab's token, or none (desktop app, or a page opened without the token). */
export function tokenHeaders(storage: TokenStorage | undefined): Record<string, string> {
  let token: string | null = null;
  try {
    token = storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    // Storage can be switched off; the server then answers with its sentence.
  }
  return token ? { [TOKEN_HEADER]: token } : {};
}
