import { DubanError } from "./issues";
import type { FailureCode } from "./issues";

/**
 * @deprecated The old (code, message) form of a failure, kept only for src/hosts/xlsx/zipArchive.ts until the
 * zip layer is rewritten on the catalogue (the ziplib branch). New code raises `new DubanError(code, params)`;
 * tests/core/issues.test.ts allows no other user of this class.
 */
export class BookError extends DubanError {
  constructor(code: FailureCode, message: string) {
    // The legacy caller passes text, not parameters: the catalogue's message is replaced by it.
    super(code as "BOOK_CONTENT_TYPES");
    this.message = message;
    (this as { english: string }).english = "";
  }
}
