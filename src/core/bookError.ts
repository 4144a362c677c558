/** A workbook that cannot be analysed at all (no catalogue sheet, a required column missing …). */
export class BookError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
