/**
 * An error meant for the user: one clear sentence in Dutch and English, and a stable code.
 * Anything else that escapes a handler is a bug and is reported as `internal`.
 */
export class UserError extends Error {
  readonly code: string;
  readonly nl: string;

  constructor(code: string, message: { nl: string; en: string }) {
    super(message.en);
    this.name = 'UserError';
    this.code = code;
    this.nl = message.nl;
  }

  get messages(): { nl: string; en: string } {
    return { nl: this.nl, en: this.message };
  }
}
