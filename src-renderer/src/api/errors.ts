import type { WireError } from '../../../src-shared/contract';

export type LocalisedMessage = WireError['message'];

/**
 * An error from main (or from the transport itself). `code` is the stable machine code;
 * `userMessage` is the bilingual sentence for the user (`Error.message` must stay a string, so it
 * holds the English text for logs).
 */
export class ApiError extends Error {
  readonly code: string;
  readonly userMessage: LocalisedMessage;

  constructor(code: string, message: LocalisedMessage, options?: { cause?: unknown }) {
    super(message.en, options);
    this.name = 'ApiError';
    this.code = code;
    this.userMessage = message;
  }
}

export const TRANSPORT_ERRORS = {
  unreachable: {
    nl: 'Regioscan kon de gegevens niet bereiken. Probeer het opnieuw.',
    en: 'Regioscan could not reach its data. Please try again.',
  },
  badResponse: {
    nl: 'Regioscan kreeg een onverwacht antwoord en kon het niet lezen.',
    en: 'Regioscan received an unexpected response and could not read it.',
  },
} as const satisfies Record<string, LocalisedMessage>;

/** Turns anything thrown into an `ApiError`, keeping an `ApiError` as it is. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('transport', TRANSPORT_ERRORS.unreachable, { cause: error });
}
