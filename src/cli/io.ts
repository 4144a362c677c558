/** The few things a command needs from the process, so commands can be tested without spawning one. */
export interface CliIO {
  out(text: string): void;
  /** Bytes for standard output (UTF-8 text already encoded), where the output takes them. */
  outBytes?(bytes: Uint8Array): void;
  err(text: string): void;
  /** All of standard input as text. */
  readStdin(): Promise<string>;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  errIsTTY: boolean;
}

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text),
    outBytes: (bytes) => process.stdout.write(bytes),
    err: (text) => process.stderr.write(text),
    readStdin: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on("data", (c: Buffer) => chunks.push(c));
        process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        process.stdin.on("error", reject);
      }),
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** Exit codes: 0 ran and found no errors, 1 ran and found errors, 2 could not run, 3 internal error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;
