/** XML text helpers of the zip-level copy (copyWorkbook.ts): escaping, and pieces of XML written out as UTF-8 batches. */

export class Unsupported extends Error {}

/** Every character esc changes (a lone surrogate is one of them; a pair is tested as two, and kept). */
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** XML text: escaped, and characters XML 1.0 cannot hold written as OOXML's _xHHHH_. */
export function esc(text: string): string {
  // Most text (statuses, rule names, figures) needs nothing: one test instead of five replaces.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|[\ud800-\udbff][\udc00-\udfff]|[\udc00-\udfff]/g, (c) => (c.length === 2 ? c : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
}

/** Bytes handed to the zip writer at a time. */
const BATCH_BYTES = 256 * 1024;

/**
 * Text written out as UTF-8 straight into buffers of BATCH_BYTES, taken as they fill: no joined string of
 * the pieces is ever made (joining the slices of a sheet and encoding the result cost ~4× writing them).
 * Buffers live outside V8's heap. The bytes are those of the pieces joined and encoded as one string: a
 * surrogate pair split between two pieces is held back until its second half comes.
 */
export class Utf8Batches {
  private buf = Buffer.allocUnsafe(BATCH_BYTES);
  private used = 0;
  private full: Buffer[] = [];
  /** A high surrogate that ended the last piece. */
  private pending = "";

  write(text: string): void {
    if (this.pending) {
      text = this.pending + text;
      this.pending = "";
    }
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.pending = text.slice(-1);
      text = text.slice(0, -1);
    }
    // At most 3 bytes for each UTF-16 unit.
    this.room(text.length * 3);
    this.used += this.buf.write(text, this.used);
  }

  /** Bytes passed on as they are (the -o copy's rows, never decoded), after any text written before them. */
  copy(bytes: Buffer): void {
    this.flushPending();
    for (let at = 0; at < bytes.length; ) {
      this.room(1);
      const n = bytes.copy(this.buf, this.used, at);
      this.used += n;
      at += n;
    }
  }

  /** A high surrogate held back, written as a lone one would be (nothing more of its text is coming). */
  private flushPending(): void {
    if (!this.pending) return;
    const rest = this.pending;
    this.pending = "";
    this.write(rest + "\u0000");
    // The marker after it comes off again.
    this.used -= 1;
  }

  /** At least `n` bytes free in the current buffer; a buffer with bytes in it is put aside as full. */
  private room(n: number): void {
    if (this.buf.length - this.used >= n) return;
    if (this.used > 0) this.full.push(this.buf.subarray(0, this.used));
    this.buf = Buffer.allocUnsafe(Math.max(BATCH_BYTES, n));
    this.used = 0;
  }

  /** The buffers filled so far. */
  take(): Buffer[] {
    const out = this.full;
    this.full = [];
    return out;
  }

  /** Everything not yet taken. */
  end(): Buffer[] {
    this.flushPending();
    const out = this.take();
    if (this.used > 0) out.push(this.buf.subarray(0, this.used));
    this.used = 0;
    return out;
  }
}

/** XML in order: strings, or iterables (generators, run once when the part is written). */
export type Pieces = (string | Iterable<string>)[];

/** Pieces of XML as UTF-8 buffers of about 256 kB. */
export async function* bytesOf(pieces: Pieces): AsyncGenerator<Buffer> {
  const out = new Utf8Batches();
  for (const piece of pieces) {
    for (const text of typeof piece === "string" ? [piece] : piece) {
      out.write(text);
      // Not `yield*`: in an async generator that awaits a turn for each string, even with nothing to hand on
      // (~3 µs a row of a results sheet).
      for (const buffer of out.take()) yield buffer;
    }
  }
  yield* out.end();
}

export function unescapeXmlText(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
