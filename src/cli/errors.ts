/** A failure the user can fix (bad argument, unreadable file): printed in Chinese with its code, exit 2. */
export class UserError extends Error {
  constructor(readonly code: string, message: string, readonly english?: string) {
    super(message);
  }
}
