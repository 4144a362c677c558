import { isUtf8 } from "node:buffer";

/** XML text helpers of the zip-level copy (copyWorkbook.ts): escaping, and pieces of XML written out as UTF-8 batches. */

export class Unsupported extends Error {}

/**
 * A part the copy must edit whose bytes it could not keep: not valid UTF-8 where its text has to be read
 * (workbook, relationships, content types, styles), or an encoding other than UTF-8 declared where duban's
 * UTF-8 text would go in (a sheet in UTF-16 …). The copy is refused (BOOK_PART_NOT_UTF8), never written damaged.
 */
export class PartNotUtf8 extends Error {
  constructor(readonly part = "") {
    super(`part ${part} is not UTF-8`);
  }
}

/**
 * Text of bytes as a "byte string": one character a byte (Latin-1), so every byte, valid UTF-8 or not, comes
 * back as it was (toBytes). The ASCII of the markup reads as itself; what is not ASCII is never looked at.
 */
export function byteString(bytes: Buffer, start = 0, end = bytes.length): string {
  return bytes.toString("latin1", start, end);
}

/** Text to put into a byte string: its UTF-8 bytes, one character a byte. */
export function asBytes(text: string): string {
  return /[^\u0000-\u007f]/.test(text) ? Buffer.from(text, "utf8").toString("latin1") : text;
}

const UTF8_BOM = "\u00ef\u00bb\u00bf";

/** How many characters of a byte string are a UTF-8 byte order mark at its start (0 or 3). */
export function bomLength(head: string): number {
  return head.startsWith(UTF8_BOM) ? 3 : 0;
}

/**
 * Throws PartNotUtf8 unless the start of a part (a byte string) is UTF-8 by its byte order mark and XML
 * declaration: no UTF-16 mark or UTF-16 "<", and an encoding declared, if any, that is UTF-8.
 */
export function assertUtf8Declared(start: string, part = ""): void {
  const c0 = start.charCodeAt(0);
  const c1 = start.charCodeAt(1);
  if ((c0 === 0xff && c1 === 0xfe) || (c0 === 0xfe && c1 === 0xff) || c0 === 0 || (start.length > 1 && c1 === 0)) throw new PartNotUtf8(part);
  const declaration = /^<\?xml\s[^?]*?\bencoding\s*=\s*("[^"]*"|'[^']*')/.exec(start.slice(bomLength(start)));
  if (declaration && !/^utf-?8$/i.test(declaration[1].slice(1, -1).trim())) throw new PartNotUtf8(part);
}

/**
 * The text of a small part the copy edits as text (workbook, relationships, content types, styles): only when
 * its bytes are valid UTF-8 and declared so, so that the text written back has every byte it did not edit
 * as it was. Otherwise PartNotUtf8.
 */
export function exactText(bytes: Buffer, part: string): string {
  assertUtf8Declared(byteString(bytes, 0, Math.min(bytes.length, 256)), part);
  if (!isUtf8(bytes)) throw new PartNotUtf8(part);
  return bytes.toString("utf8");
}

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

  /** A byte string (byteString, asBytes) written as its bytes. */
  writeBytes(text: string): void {
    this.flushPending();
    this.room(text.length);
    this.used += this.buf.write(text, this.used, "latin1");
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
