import { XmlDoctypeError, XmlSyntaxError } from "./xmlScan";

/**
 * The tokenizer of xmlScan.ts (XmlScanner) over a part's inflated bytes, for the read (readPackage.ts): the same
 * tokens, the same checks and the same errors, with offsets into the bytes instead of a decoded text. Markup is
 * ASCII and every byte of a multi-byte UTF-8 character is ≥ 0x80, so tags, names and quotes are found in the
 * bytes exactly where they are in the text, and nothing is decoded but what a reader keeps (a shared string, an
 * inline string, an attribute value it needs), with `utf8`. A sheet's digits (shared-string indices, numbers)
 * are read from the bytes as they are, and its row positions, which the zip-level copy needs in bytes, are byte
 * offsets already (issue 17).
 */

/** What ByteScanner hands out: ScanSink's events (xmlScan.ts), with offsets into `b`, valid only during the call. */
export interface ByteSink {
  open(b: Uint8Array, start: number, end: number, local: number, nameEnd: number, empty: boolean): void;
  close(b: Uint8Array, local: number, nameEnd: number, start: number, end: number): void;
  /** Character data, still escaped and not yet decoded (a character may be cut between two calls), or CDATA (`cdata`). */
  text(b: Uint8Array, start: number, end: number, cdata: boolean): void;
  /** As ScanSink.element: a whole small element read by the sink itself, or -1. */
  element?(b: Uint8Array, start: number): number;
}

const enum Inside {
  Nothing,
  Comment,
  Cdata,
  Pi,
}

// ignoreBOM: a U+FEFF at the start of a span is text like any other (the stream's decoder kept it too).
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** The UTF-8 text of b[from, to), bytes that are not UTF-8 replaced by U+FFFD as a streaming decoder does. */
export function utf8(b: Uint8Array, from: number, to: number): string {
  return to > from ? decoder.decode(b.subarray(from, to)) : "";
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** b[from, to) as a string of one character a byte (an element's name, kept to match its end tag). */
function byteString(b: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) s += String.fromCharCode(b[k]);
  return s;
}

/** A name kept by byteString, as its text (for messages). */
function nameText(name: string): string {
  const b = new Uint8Array(name.length);
  for (let k = 0; k < name.length; k++) b[k] = name.charCodeAt(k);
  return utf8(b, 0, b.length);
}

/** Whether b[from, to) holds the bytes of `word` (a name kept by byteString, or ASCII). */
export function bytesAre(b: Uint8Array, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (b[from + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Where `x y z` (or `x y` when z < 0) first begins in b[from, n), or -1. */
function find(b: Uint8Array, from: number, n: number, x: number, y: number, z: number): number {
  const last = n - (z < 0 ? 2 : 3);
  for (let k = from; k <= last; k++) if (b[k] === x && b[k + 1] === y && (z < 0 || b[k + 2] === z)) return k;
  return -1;
}

/**
 * Where a text outside the root element that reaches the end of the bytes stops being whole: before the first
 * bytes of a byte order mark (EF BB BF) cut by the end, which the next bytes complete.
 */
function wholeTo(b: Uint8Array, from: number, n: number): number {
  if (n - 1 >= from && b[n - 1] === 0xef) return n - 1;
  if (n - 2 >= from && b[n - 2] === 0xef && b[n - 1] === 0xbb) return n - 2;
  return n;
}

function outside(b: Uint8Array, from: number, to: number): void {
  // A byte order mark (U+FEFF, EF BB BF, as some programs begin a part with) is not text.
  for (let k = from; k < to; k++) {
    const c = b[k];
    if (isSpace(c)) continue;
    if (c === 0xef && k + 2 < to && b[k + 1] === 0xbb && b[k + 2] === 0xbf) {
      k += 2;
      continue;
    }
    throw new XmlSyntaxError("text outside the root element");
  }
}

/**
 * XmlScanner over bytes, fed the inflated chunks of a part with write(), end() at the end of the part. A token
 * cut by a chunk's end is read again joined to the start of the next chunk up to its first '>' (most tokens end
 * there), so a chunk is not copied to join a few bytes to it.
 */
export class ByteScanner {
  // Names of the open elements, one character a byte; a slot is reused while siblings share a name.
  private readonly stack: string[] = [];
  private depth = 0;
  private rootSeen = false;
  private inside = Inside.Nothing;
  private carry: Uint8Array | null = null;
  private hint = 0;
  private stop = -1;
  private fed = 0;
  /** Where the bytes the sink is handed in the current call start in the whole part: `start` is at `offset + start`. */
  offset = 0;

  constructor(private readonly sink: ByteSink) {}

  write(chunk: Uint8Array): void {
    // One kind of array for the loop: a Buffer (a subclass) beside a Uint8Array would be two maps to it.
    let b = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    const start = this.fed;
    this.fed += b.length;
    let from = 0;
    const carry = this.carry;
    if (carry !== null) {
      this.carry = null;
      from = this.joinCarry(carry, b, start);
      if (from < 0) {
        const joined = new Uint8Array(carry.length + b.length);
        joined.set(carry);
        joined.set(b, carry.length);
        b = joined;
        from = 0;
        this.offset = start - carry.length;
      } else this.offset = start;
    } else this.offset = start;
    this.pieceEnd(b, this.scan(b, from));
  }

  /**
   * The token the last chunk ended in, read joined to this chunk up to its first '>': where in the chunk the scan
   * goes on, or -1 (nothing handed out) when the token does not end there, and the two are joined whole.
   */
  private joinCarry(carry: Uint8Array, b: Uint8Array, start: number): number {
    let gt = 0;
    while (gt < b.length && b[gt] !== 62) gt++;
    if (gt >= b.length) return -1;
    const head = new Uint8Array(carry.length + gt + 1);
    head.set(carry);
    head.set(b.subarray(0, gt + 1), carry.length);
    this.offset = start - carry.length;
    const i = this.scan(head, 0);
    // Short of the carry's end, the scan stopped where it began (the carried token is still open), having changed nothing.
    if (i < carry.length) return -1;
    // The search of a start tag the head ended in resumes where it stopped.
    this.hint = this.stop < 0 ? 0 : this.stop - (i + 1);
    return i - carry.length;
  }

  /** XmlScanner.scan over b from `from`: see there. */
  private scan(b: Uint8Array, from: number): number {
    const sink = this.sink;
    const element = sink.element;
    const stack = this.stack;
    let depth = this.depth;
    let inside = this.inside;
    let hint = this.hint;
    let stop = -1;
    const n = b.length;
    let i = from;
    while (i < n) {
      if (inside !== Inside.Nothing) {
        const e = inside === Inside.Comment ? find(b, i, n, 45, 45, 62) : inside === Inside.Cdata ? find(b, i, n, 93, 93, 62) : find(b, i, n, 63, 62, -1);
        if (e < 0) break;
        if (inside === Inside.Cdata && e > i) sink.text(b, i, e, true);
        i = e + (inside === Inside.Pi ? 2 : 3);
        inside = Inside.Nothing;
        continue;
      }
      if (b[i] !== 60 /* < */) {
        let e = i + 1;
        while (e < n && b[e] !== 60) e++;
        if (depth === 0) {
          const to = e === n ? wholeTo(b, i, n) : e;
          outside(b, i, to);
          i = to;
          if (to < e) break;
        } else {
          sink.text(b, i, e, false);
          i = e;
        }
        continue;
      }
      if (n - i < 2) break;
      const c1 = b[i + 1];
      if (c1 === 47 /* / */) {
        let gt = i + 2;
        while (gt < n && b[gt] !== 62) gt++;
        if (gt >= n) break;
        let ne = i + 2;
        while (ne < gt && !isSpace(b[ne])) ne++;
        for (let k = ne; k < gt; k++) if (!isSpace(b[k])) throw new XmlSyntaxError("bad end tag");
        if (depth === 0) throw new XmlSyntaxError("end tag without a start tag");
        const name = stack[--depth];
        let colon: number;
        if (bytesAre(b, i + 2, ne, name)) colon = name.indexOf(":");
        else {
          // Bytes that are not UTF-8 are one U+FFFD each in the text, where two such names were the same.
          if (utf8(b, i + 2, ne) !== nameText(name)) throw new XmlSyntaxError(`mismatched </${utf8(b, i + 2, ne)}>`);
          colon = b.subarray(i + 2, ne).indexOf(58);
        }
        sink.close(b, i + 2 + colon + 1, ne, i, gt + 1);
        i = gt + 1;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (n - i < 4) break;
        if (b[i + 2] === 45 && b[i + 3] === 45) {
          inside = Inside.Comment;
          i += 4;
        } else if (n - i < 9) break;
        else if (bytesAre(b, i, i + 9, "<![CDATA[")) {
          if (depth === 0) throw new XmlSyntaxError("CDATA outside the root element");
          inside = Inside.Cdata;
          i += 9;
        } else throw new XmlDoctypeError("DOCTYPE");
        continue;
      }
      if (c1 === 63 /* ? */) {
        inside = Inside.Pi;
        i += 2;
        continue;
      }
      if (element !== undefined && hint === 0 && depth > 0) {
        const e = sink.element!(b, i);
        if (e >= 0) {
          i = e;
          continue;
        }
      }
      // A start tag: '>' ends it unless inside a quoted attribute value.
      let j = i + 1 + hint;
      let gt = -1;
      let open = false;
      for (; j < n; j++) {
        const c = b[j];
        if (c === 62 /* > */) {
          gt = j;
          break;
        }
        if (c === 34 || c === 39) {
          let q = j + 1;
          while (q < n && b[q] !== c) q++;
          if (q >= n) {
            open = true;
            break;
          }
          j = q;
        }
      }
      if (gt < 0) {
        stop = open ? j : n;
        break;
      }
      hint = 0;
      let ne = i + 1;
      let colon = -1;
      for (; ne < gt; ne++) {
        const c = b[ne];
        if (isSpace(c) || c === 47) break;
        if (c === 58 /* : */ && colon < 0) colon = ne;
      }
      if (ne === i + 1) throw new XmlSyntaxError("tag without a name");
      const empty = b[gt - 1] === 47;
      if (depth === 0) {
        if (this.rootSeen) throw new XmlSyntaxError("more than one root element");
        this.rootSeen = true;
      }
      const local = colon < 0 ? i + 1 : colon + 1;
      sink.open(b, i, gt + 1, local, ne, empty);
      if (empty) sink.close(b, local, ne, -1, gt + 1);
      else {
        const prev = stack[depth];
        if (prev === undefined || !bytesAre(b, i + 1, ne, prev)) stack[depth] = byteString(b, i + 1, ne);
        depth++;
      }
      i = gt + 1;
    }
    this.depth = depth;
    this.inside = inside;
    this.stop = stop;
    return i;
  }

  /** What a chunk's end needs, after scan stopped at `i`, as XmlScanner.pieceEnd. */
  private pieceEnd(b: Uint8Array, i: number): void {
    const n = b.length;
    const inside = this.inside;
    if (inside !== Inside.Nothing) {
      const keep = Math.max(i, n - (inside === Inside.Pi ? 2 : 3) + 1);
      if (inside === Inside.Cdata && keep > i) this.sink.text(b, i, keep, true);
      i = keep;
    }
    this.hint = this.stop < 0 ? 0 : this.stop - (i + 1);
    if (i < n) this.carry = b.slice(i);
  }

  end(): void {
    const carry = this.carry;
    // A byte order mark cut short by the part's end: one U+FFFD, text outside the root element, to a decoder.
    if (carry !== null && this.inside === Inside.Nothing && carry[0] === 0xef) throw new XmlSyntaxError("text outside the root element");
    if (carry !== null || this.inside !== Inside.Nothing) throw new XmlSyntaxError("unexpected end of part");
    if (this.depth > 0) throw new XmlSyntaxError(`unclosed <${nameText(this.stack[this.depth - 1])}>`);
    if (!this.rootSeen) throw new XmlSyntaxError("no root element");
  }
}

/** A part's chunks scanned (see ByteScanner). */
export async function scanBytes(source: AsyncIterable<Uint8Array>, scanner: ByteScanner): Promise<void> {
  for await (const chunk of source) scanner.write(chunk);
  scanner.end();
}

/** The plain decimal digits in b[from, to) as a number, or -1 (as digitsIn in xmlScan.ts). */
export function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = b[k] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The raw value of the unprefixed attribute `name` of a tag handed to ByteSink.open, as [valueStart, valueEnd) in
 * `out`; false when the tag has none. Attributes that are not well-formed throw, as findAttr's do (xmlScan.ts).
 */
export function findByteAttr(b: Uint8Array, nameEnd: number, end: number, name: string, out: [number, number]): boolean {
  let k = nameEnd;
  for (;;) {
    while (k < end && isSpace(b[k])) k++;
    const c = b[k];
    if (k >= end - 1 || c === 62 || c === 47) return false;
    const a = k;
    while (k < end && b[k] !== 61 /* = */ && !isSpace(b[k])) k++;
    const ae = k;
    while (k < end && isSpace(b[k])) k++;
    if (b[k] !== 61 || ae === a) throw new XmlSyntaxError("attribute without a value");
    k++;
    while (k < end && isSpace(b[k])) k++;
    const q = b[k];
    if (q !== 34 && q !== 39) throw new XmlSyntaxError("attribute value without quotes");
    let close = k + 1;
    while (close < end && b[close] !== q) close++;
    if (close >= end) throw new XmlSyntaxError("unterminated attribute value");
    if (bytesAre(b, a, ae, name)) {
      out[0] = k + 1;
      out[1] = close;
      return true;
    }
    k = close + 1;
  }
}
