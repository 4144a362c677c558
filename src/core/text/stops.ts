/**
 * Clause and sentence starts found by comparing code units, not by testing each character with a RegExp: the judge
 * looks for the stop before a figure several times a task, character by character back through its text.
 */

/** What /[，,。；;！!？?]/ matches in one character: a stop that ends a clause. */
function isClauseStop(c: number): boolean {
  return c === 0xff0c || c === 0x2c || isSentenceStop(c);
}

/** What /[。；;！!？?]/ matches in one character: a stop that ends a sentence. */
function isSentenceStop(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;
}

/** Where the clause holding position `at` of `s` starts: just after the last clause stop before `at`, else 0. */
export function clauseStart(s: string, at: number): number {
  let from = at;
  while (from > 0 && !isClauseStop(s.charCodeAt(from - 1))) from--;
  return from;
}

/** Where the clause going on at position `from` of `s` ends: at its next clause stop, else at the text's end. */
function clauseEnd(s: string, from: number): number {
  let to = from;
  while (to < s.length && !isClauseStop(s.charCodeAt(to))) to++;
  return to;
}

/** The clause holding s[from, to): from the clause stop before `from` to the one after `to`. */
export function clauseAround(s: string, from: number, to: number): string {
  return s.slice(clauseStart(s, from), clauseEnd(s, to));
}

/** Where the sentence holding position `at` of `s` starts: just after the last sentence stop before `at`, else 0. */
export function sentenceStart(s: string, at: number): number {
  let from = at;
  while (from > 0 && !isSentenceStop(s.charCodeAt(from - 1))) from--;
  return from;
}

/** Where the sentence going on at position `from` of `s` ends: at its next sentence stop, else at the text's end. */
export function sentenceEnd(s: string, from: number): number {
  let to = from;
  while (to < s.length && !isSentenceStop(s.charCodeAt(to))) to++;
  return to;
}
