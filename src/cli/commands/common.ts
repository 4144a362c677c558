import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { IsoDate, parseDateCell } from "../../core";
import { CliIO } from "../io";
import { DubanError } from "../../core";

/** Today in the machine's own time zone: the as-of date when neither --as-of nor 设置 gives one. */
export function today(): IsoDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function parseAsOf(value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const iso = parseDateCell(value);
  if (!iso) throw new DubanError("CLI_BAD_DATE", { value });
  return iso;
}

export function requireOne(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new DubanError("CLI_BAD_ARGS", { kind: "one-book", what });
  return positionals[0];
}

/** Input files from this size up (~350,000 generated progress rows) run with a bounded heap growth. */
const LARGE_BOOK_BYTES = 16 * 1024 ** 2;

/**
 * For a large book, V8 is asked to let its heap grow by a quarter of what survived the last full collection
 * before the next one. By default, when collections are fast, it lets the heap grow up to fourfold: a
 * validate -o of 10⁶ rows whose live data never exceeds ~450 MB reached 0.75–0.9 GB of heap, mostly the
 * analysis's garbage (1.2 GB of RSS peaks in all); at 50% it peaked near 0.6 GB of RSS. Since the patch is
 * built once the analysis has gone (deferValidationPatch), the peak is the end of the analysis (~315 MB live
 * at 10⁶ rows): at 50% its garbage piled up to ~460 MB of heap before a collection (~590 MB of RSS), at 25% to
 * ~380 MB (~490 MB of RSS), for five more full collections of ~0.1 s each at most. (With each progress row's
 * cells let go as it is read and the findings' messages held flat, ~285 MB live there, ~320 MB of heap and
 * ~455 MB of RSS at most: docs/benchmarks.md.)
 * Small books keep V8's default: there the extra collections cost ~10% of a 2-second run and save little.
 * V8 reads this flag each time it sets the limit for its next full collection.
 *
 * Returns what runs a full collection at a phase boundary of a large book (a no-op for a small one): when
 * the copy is written, the analysis (~300 MB at 10⁶ rows) has just died, but the limit for the next full
 * collection was set while it was alive, so the write's garbage piled up to it (0.95 GB of RSS). One
 * collection there (~0.2 s at 10⁶ rows) sets the limit from what the write holds (the patch, the findings).
 * The collector is V8's own, taken the way jest's leak detector takes it: the flag, then a new context.
 */
export function boundHeapGrowth(path: string): () => void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return () => {};
  }
  if (size < LARGE_BOOK_BYTES) return () => {};
  setFlagsFromString("--heap-growing-percent=25");
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  return typeof gc === "function" ? () => gc() : () => {};
}

/** Progress on stderr, drawn only when stderr is a terminal so logs and pipes stay clean. */
export function progressReporter(io: CliIO, total: number) {
  let step = 0;
  return (label: string) => {
    step++;
    if (!io.errIsTTY) return;
    const width = 20;
    const filled = Math.round((step / total) * width);
    io.err(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${step}/${total} ${label}   ${step === total ? "\n" : ""}`);
  };
}
