import { DubanError } from "../core";

/** A failure the user can fix (bad argument, unreadable file): printed in Chinese with its code, exit 2. A DubanError. */
export class UserError extends DubanError {}
