/**
 * The one catalogue of codes and the one error class. Findings (rule codes, ../validate/ruleCatalog.ts) and
 * failures (./failures.ts) share one namespace of codes; every error duban raises is a DubanError with such
 * a code, a Chinese message and the English beside it. Each surface renders it its own way: the CLI prints
 * "中文 (CODE)" and the English on the next line and exits 2; the pane shows the message and the code;
 * the worksheet functions return the message as the cell's error.
 */
import { RULES } from "../validate/ruleCatalog";
import { FAILURES, FailureCode, FailureParams, MessageCode } from "./failures";

export { FAILURES };
export type { FailureCode, FailureParams, MessageCode };

export class DubanError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly english?: string,
    readonly params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

/** A failure whose message the catalogue builds from typed parameters. */
export function failure<C extends MessageCode>(code: C, params: FailureParams<C>): DubanError {
  const spec = FAILURES[code] as { message: (p: FailureParams<C>) => { zh: string; en: string } };
  const text = spec.message(params);
  return new DubanError(code, text.zh, text.en, params as Record<string, string | number>);
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
