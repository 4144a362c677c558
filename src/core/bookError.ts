import { DubanError } from "./issues";

/** A workbook that cannot be analysed at all (no catalogue sheet, a required column missing …): a DubanError. */
export class BookError extends DubanError {}
