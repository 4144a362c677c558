/**
 * The one catalogue of codes and the one error class. Findings (rule codes, ../validate/ruleCatalog.ts) and
 * failures (./failures.ts) share one namespace of codes; every failure duban foresees is a DubanError with such
 * a code and its typed parameters, its Chinese message and the English beside it built by the catalogue.
 * Each surface renders it its own way: the CLI prints "中文 (CODE)" and the English on the next line and exits
 * 2; the pane shows the message and the code; the worksheet functions return the code's cell error value
 * (#VALUE! or #N/A) with the message. Programming errors stay plain `Error`s (see ./failures.ts).
 */
import { RULES } from "../validate/ruleCatalog";
import { CellErrorValue, DAMAGE, DamageReason, FAILURES, FailureCode, FailureParams, HostOperation, NoParams } from "./failures";

export { DAMAGE, FAILURES };
export type { CellErrorValue, DamageReason, FailureCode, FailureParams, HostOperation };

interface FailureOptions {
  /** What the host or library threw, kept for the developers (never shown as the message). */
  cause?: unknown;
}

/** A code that takes no parameters may leave them out. */
type FailureArgs<C extends FailureCode> = FailureParams<C> extends NoParams
  ? [params?: FailureParams<C>, options?: FailureOptions]
  : [params: FailureParams<C>, options?: FailureOptions];

export class DubanError<C extends FailureCode = FailureCode> extends Error {
  readonly code: C;
  readonly params: FailureParams<C>;
  /** The English beside the Chinese message. */
  readonly english: string;
  readonly cause?: unknown;

  constructor(code: C, ...[params, options]: FailureArgs<C>) {
    const p = (params ?? {}) as FailureParams<C>;
    const text = (FAILURES[code].message as (p: FailureParams<C>) => { zh: string; en: string })(p);
    super(text.zh);
    this.name = "DubanError";
    this.code = code;
    this.params = p;
    this.english = text.en;
    if (options && "cause" in options) this.cause = options.cause;
  }
}

/** Whether `err` is a DubanError carrying `code` (narrows its parameters). */
export function isFailure<C extends FailureCode>(err: unknown, code: C): err is DubanError<C> {
  return err instanceof DubanError && err.code === code;
}

/** The error value a worksheet function's failure shows in its cell; #VALUE! for anything not an FN_ code. */
export function cellErrorOf(code: string): CellErrorValue {
  const spec = Object.prototype.hasOwnProperty.call(FAILURES, code) ? (FAILURES[code as FailureCode] as { cell?: CellErrorValue }) : undefined;
  return spec?.cell ?? "#VALUE!";
}

/** Whether a code is one of duban's (a rule or a failure), as against a host's own codes ("ItemNotFound"). */
export function isIssueCode(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(FAILURES, code) || Object.prototype.hasOwnProperty.call(RULES, code);
}

/** What a code means, in Chinese and English (a rule's name or a failure's summary); null for an unknown code. */
export function issueSummary(code: string): { zh: string; en: string } | null {
  if (Object.prototype.hasOwnProperty.call(FAILURES, code)) {
    const f = FAILURES[code as FailureCode];
    return { zh: f.zh, en: f.en };
  }
  if (Object.prototype.hasOwnProperty.call(RULES, code)) {
    const r = RULES[code as keyof typeof RULES];
    return { zh: r.name, en: r.english };
  }
  return null;
}
