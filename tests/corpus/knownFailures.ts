/**
 * Corpus cases that fail on the current code, each with the sentence of issue 11 it reproduces. The corpus
 * suite fails when a case listed here starts passing (remove it from the list) and when any case not
 * listed fails: the list only ever shrinks.
 */

export const KNOWN_FAILURES: Record<string, string> = {
};
