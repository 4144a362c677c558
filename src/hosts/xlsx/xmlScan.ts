/**
 * XML read as XML, for the parts of a package duban edits in place: tokens with their exact offsets, so an
 * edit copies everything it does not change character for character. Comments, CDATA and processing
 * instructions are tokens of their own (a `</row>` inside one is text, never markup), tags are read with
 * their quoted attributes (a `>` inside a value does not end them), and element and attribute names are
 * resolved against the namespace declarations in scope, wherever they are declared: `x:row` in the
 * SpreadsheetML namespace is a row, `r:id` is a relationship id whatever the prefix is called and whether
 * it is declared on the root or on the element itself.
 *
 * The scanner works on a whole string or on a stream of pieces; either way each character is looked at a
 * bounded number of times, so a part (or one row) of any size is read in linear time.
 */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

type TokenKind = "open" | "close" | "empty" | "text" | "cdata" | "comment" | "pi" | "doctype";

export class XmlSyntaxError extends Error {}

/**
 * The end (exclusive) of the token starting at `i`, or -1 when the text ends inside it and more may come.
 * `hint` is where a previous call on the same incomplete token stopped looking, so a long token arriving in
 * many pieces is not rescanned from its start each time.
 */
function tokenEnd(s: string, i: number, final: boolean, hint: number): { kind: TokenKind; end: number; hint: number } {
  const incomplete = (kind: TokenKind, h: number) => {
    if (final) throw new XmlSyntaxError(`unterminated ${kind}`);
    return { kind, end: -1, hint: h };
  };
  if (s.charCodeAt(i) !== 60 /* < */) {
    const lt = s.indexOf("<", Math.max(i, hint));
    if (lt < 0) return final ? { kind: "text", end: s.length, hint: 0 } : { kind: "text", end: -1, hint: s.length };
    return { kind: "text", end: lt, hint: 0 };
  }
  if (s.length < i + 2) return incomplete("open", i);
  const c1 = s.charCodeAt(i + 1);
  if (c1 === 33 /* ! */) {
    if (s.length < i + 9 && !final) return incomplete("comment", i);
    if (s.startsWith("<!--", i)) {
      const e = s.indexOf("-->", Math.max(i + 4, hint - 2));
      return e < 0 ? incomplete("comment", s.length) : { kind: "comment", end: e + 3, hint: 0 };
    }
    if (s.startsWith("<![CDATA[", i)) {
      const e = s.indexOf("]]>", Math.max(i + 9, hint - 2));
      return e < 0 ? incomplete("cdata", s.length) : { kind: "cdata", end: e + 3, hint: 0 };
    }
    // DOCTYPE and its relatives are refused before any part is read; here they only need to be skipped.
    const e = s.indexOf(">", Math.max(i, hint));
    return e < 0 ? incomplete("doctype", s.length) : { kind: "doctype", end: e + 1, hint: 0 };
  }
  if (c1 === 63 /* ? */) {
    const e = s.indexOf("?>", Math.max(i + 2, hint - 1));
    return e < 0 ? incomplete("pi", s.length) : { kind: "pi", end: e + 2, hint: 0 };
  }
  if (c1 === 47 /* / */) {
    const e = s.indexOf(">", Math.max(i, hint));
    return e < 0 ? incomplete("close", s.length) : { kind: "close", end: e + 1, hint: 0 };
  }
  // A start tag: '>' ends it unless inside a quoted attribute value.
  let quote = 0;
  let j = Math.max(i + 1, hint);
  // hint is only ever set outside quotes (see below), so resuming there is safe.
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
      const close = s.indexOf(c === 34 ? '"' : "'", j + 1);
      if (close < 0) return incomplete("open", j);
      j = close;
      quote = 0;
    } else if (c === 62 /* > */) {
      return { kind: s.charCodeAt(j - 1) === 47 ? "empty" : "open", end: j + 1, hint: 0 };
    }
  }
  return incomplete("open", j);
}

interface Attr {
  qname: string;
  value: string;
}

/** The name of a start, empty or end tag: `<x:row r="1">` → "x:row". */
export function tagName(raw: string): string {
  let j = raw.charCodeAt(1) === 47 ? 2 : 1;
  const start = j;
  for (; j < raw.length; j++) {
    const c = raw.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
  }
  return raw.slice(start, j);
}

/** The attributes of a start or empty tag, values unescaped. */
export function tagAttrs(raw: string): Attr[] {
  const out: Attr[] = [];
  const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  re.lastIndex = 1 + tagName(raw).length;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) out.push({ qname: m[1], value: unescapeXml(m[2] ?? m[3] ?? "") });
  return out;
}

export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Prefix → namespace URI in scope; "" is the default namespace. */
export type NsMap = Readonly<Record<string, string>>;

const ROOT_NS: NsMap = { xml: XML_NS, "": "" };

/** The scope inside an element: its parent's, plus what the element declares. */
export function scopeOf(parent: NsMap, attrs: Attr[]): NsMap {
  let scope: Record<string, string> | null = null;
  for (const a of attrs) {
    if (a.qname === "xmlns" || a.qname.startsWith("xmlns:")) {
      if (!scope) scope = Object.create(parent) as Record<string, string>;
      scope[a.qname === "xmlns" ? "" : a.qname.slice(6)] = a.value;
    }
  }
  return scope ?? parent;
}

function splitName(qname: string): { prefix: string; local: string } {
  const colon = qname.indexOf(":");
  return colon < 0 ? { prefix: "", local: qname } : { prefix: qname.slice(0, colon), local: qname.slice(colon + 1) };
}

/** An element's namespace: its prefix (or the default namespace) looked up in scope. */
function elementNs(scope: NsMap, qname: string): string {
  const { prefix } = splitName(qname);
  return scope[prefix] ?? "";
}

/** The value of the attribute in namespace `ns` with local name `local` (unprefixed attributes have no namespace). */
export function nsAttr(scope: NsMap, attrs: Attr[], ns: string, local: string): string | undefined {
  for (const a of attrs) {
    const { prefix, local: l } = splitName(a.qname);
    if (l !== local) continue;
    if (ns === "" ? prefix === "" : prefix !== "" && prefix !== "xmlns" && scope[prefix] === ns) return a.value;
  }
  return undefined;
}

/** The prefix bound to `ns` in scope ("" for the default namespace), or null when none is. */
export function prefixFor(scope: NsMap, ns: string, allowDefault = true): string | null {
  if (allowDefault && scope[""] === ns) return "";
  // Own and inherited keys: a prefix redeclared nearer the element wins.
  const seen = new Set<string>();
  for (let o: object | null = scope; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const p of Object.keys(o)) {
      if (p === "" || seen.has(p)) continue;
      seen.add(p);
      if (scope[p] === ns) return p;
    }
  }
  return null;
}

/** An element of a part read whole, with the offsets of its tags in the part's text. */
export interface XmlElement {
  qname: string;
  local: string;
  ns: string;
  attrs: Attr[];
  /** Scope inside the element (its own declarations included). */
  scope: NsMap;
  start: number;
  /** End of the start tag. */
  openEnd: number;
  /** Start of the end tag (openEnd for an empty element). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
  parent: XmlElement | null;
  children: XmlElement[];
}

/**
 * A small part (workbook, relationships, content types, styles, properties) read whole: every element
 * with its tags' offsets. Throws XmlSyntaxError when the part is not well-formed.
 */
export function parseXml(text: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let i = 0;
  while (i < text.length) {
    const t = tokenEnd(text, i, true, 0);
    if (t.kind === "open" || t.kind === "empty") {
      const raw = text.slice(i, t.end);
      const qname = tagName(raw);
      const attrs = tagAttrs(raw);
      const parent = stack.length ? stack[stack.length - 1] : null;
      const scope = scopeOf(parent ? parent.scope : ROOT_NS, attrs);
      const el: XmlElement = {
        qname,
        local: splitName(qname).local,
        ns: elementNs(scope, qname),
        attrs,
        scope,
        start: i,
        openEnd: t.end,
        closeStart: t.end,
        end: t.end,
        selfClosing: t.kind === "empty",
        parent,
        children: [],
      };
      parent?.children.push(el);
      out.push(el);
      if (t.kind === "open") stack.push(el);
    } else if (t.kind === "close") {
      const el = stack.pop();
      const name = tagName(text.slice(i, t.end));
      if (!el || el.qname !== name) throw new XmlSyntaxError(`mismatched </${name}>`);
      el.closeStart = i;
      el.end = t.end;
    }
    i = t.end;
  }
  if (stack.length) throw new XmlSyntaxError(`unclosed <${stack[stack.length - 1].qname}>`);
  return out;
}

/** An element's attribute by unprefixed name. */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.qname === name)?.value;
}

/** The first child (or descendant, with `deep`) in namespace `ns` named `local`. */
export function child(el: XmlElement | null | undefined, ns: string, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local && c.ns === ns);
}

export function children(el: XmlElement | null | undefined, ns: string, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local && c.ns === ns) : [];
}

/** Text edits applied from the end backwards; edits must not overlap. */
export function applyEdits(text: string, edits: { at: number; end: number; text: string }[]): string {
  const sorted = edits.slice().sort((a, b) => a.at - b.at || a.end - b.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.at < pos) throw new XmlSyntaxError("overlapping edits");
    parts.push(text.slice(pos, e.at), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join("");
}

/**
 * The default-namespace declaration new unprefixed markup needs at a place whose scope is `scope`: none
 * when the default namespace there is already `ns`, else ` xmlns="ns"` to put on the new element.
 */
export function declareDefault(scope: NsMap, ns: string): string {
  return scope[""] === ns ? "" : ` xmlns="${ns}"`;
}

/** A DOCTYPE or ENTITY declaration met while scanning: the caller refuses the file as unsafe. */
export class XmlDoctypeError extends XmlSyntaxError {}

/**
 * What scanXml hands out, as offsets into the text it is looking at (valid only during the call), so a
 * reader that ignores most of a part allocates nothing for it.
 */
export interface ScanSink {
  /**
   * A start tag (or an empty-element tag, `empty`): s[start] is '<' and s[end - 1] is '>'; the element's
   * name is s[name, nameEnd) and its local name s[local, nameEnd) (after any prefix).
   */
  open(s: string, start: number, end: number, local: number, nameEnd: number, empty: boolean): void;
  /**
   * An end tag, s[start, end) (also called right after `open` for an empty-element tag, with start -1 and
   * the end of that tag).
   */
  close(s: string, local: number, nameEnd: number, start: number, end: number): void;
  /**
   * Character data, still escaped (decode it with decodeText), or the content of a CDATA section (`cdata`,
   * taken as it is). Long text arrives in several calls.
   */
  text(s: string, start: number, end: number, cdata: boolean): void;
  /**
   * Called once a piece is read as far as it can be: s[0, end) has been handed out (in events, or skipped
   * as comments and processing instructions); the rest, s[end, …), starts the text the next call sees.
   */
  flush?(s: string, end: number): void;
  /**
   * Offered every start tag inside the root element, s[start] being its '<', before the scanner reads it: a sink
   * may read a whole small element there by itself (the sheet reader's common cell) and return where it ends,
   * having done exactly what the events for it would have done, or return -1 (having done nothing) to have it
   * scanned as usual. It may only take an element complete in s[start, s.length) whose tags are well-formed and
   * nest, and that contains no comment, CDATA section or processing instruction, so the scanner's checks could
   * not have told it apart.
   */
  element?(s: string, start: number): number;
}

const enum Inside {
  Nothing,
  Comment,
  Cdata,
  Pi,
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * Scans a part arriving in pieces, for readers that want a few elements out of a large part (sheet data,
 * shared strings, styles). Checks what a reader must not get wrong: tags nest and match, one root, no text
 * outside it, quoted attribute values (a '>' inside one does not end the tag), comments, CDATA and
 * processing instructions skipped whole wherever they are split; DOCTYPE/ENTITY throws XmlDoctypeError.
 * Each character is looked at a bounded number of times, whatever the piece boundaries.
 */
export async function scanXml(source: AsyncIterable<string>, sink: ScanSink | XmlScanner): Promise<void> {
  const scanner = sink instanceof XmlScanner ? sink : new XmlScanner(sink);
  for await (const piece of source) scanner.write(piece);
  scanner.end();
}

/**
 * scanXml as a push parser: pieces handed in with write(), end() at the end of the part. For a pass that
 * copies the part as it reads it (copyWorkbook's columns), which hands its output on between pieces.
 */
export class XmlScanner {
  // Names of the open elements; a slot is reused while siblings share a name, so a row of cells allocates none.
  private readonly stack: string[] = [];
  private depth = 0;
  private rootSeen = false;
  private inside = Inside.Nothing;
  private carry = "";
  // Within an unfinished start tag carried over: how far (from its '<') it was already searched, outside quotes.
  private hint = 0;
  // Where scan stopped searching an unfinished start tag (its quote or the piece's end), or -1: see pieceEnd.
  private stop = -1;
  private fed = 0;
  /**
   * Where the text the sink is handed in the current call starts in the whole part (UTF-16 units from its
   * first character): an offset `start` handed to the sink is at `offset + start` in the part.
   */
  offset = 0;

  constructor(private readonly sink: ScanSink) {}

  write(piece: string): void {
    this.offset = this.fed - this.carry.length;
    this.fed += piece.length;
    const s = this.carry.length ? this.carry + piece : piece;
    this.carry = "";
    this.pieceEnd(s, this.scan(s));
  }

  /**
   * The loop over a piece's tokens, up to where the piece ends or stops in the middle of one: returns where
   * it stopped. Everything done only once a piece ends is in pieceEnd, not here: V8 compiles this loop on the
   * stack part-way through a large part's first piece, before any piece has ended inside a tag, so code here
   * run only then would have no type feedback and throw that compiled code away (issue 17). So its exits
   * only set locals (`stop`), and what it stores after the loop is stored on every piece of every part.
   */
  private scan(s: string): number {
    const sink = this.sink;
    const element = sink.element;
    const stack = this.stack;
    let depth = this.depth;
    let inside = this.inside;
    let hint = this.hint;
    // Where the search of an unfinished start tag stopped (its quote, or the end), or -1.
    let stop = -1;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (inside !== Inside.Nothing) {
        const term = inside === Inside.Comment ? "-->" : inside === Inside.Cdata ? "]]>" : "?>";
        const e = s.indexOf(term, i);
        // pieceEnd keeps what could begin the terminator.
        if (e < 0) break;
        if (inside === Inside.Cdata && e > i) sink.text(s, i, e, true);
        i = e + term.length;
        inside = Inside.Nothing;
        continue;
      }
      if (s.charCodeAt(i) !== 60 /* < */) {
        let e = s.indexOf("<", i);
        if (e < 0) e = n;
        if (depth === 0) outside(s, i, e);
        else sink.text(s, i, e, false);
        i = e;
        continue;
      }
      if (n - i < 2) break;
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 47 /* / */) {
        const gt = s.indexOf(">", i + 2);
        if (gt < 0) break;
        let ne = i + 2;
        while (ne < gt && !isSpace(s.charCodeAt(ne))) ne++;
        for (let k = ne; k < gt; k++) if (!isSpace(s.charCodeAt(k))) throw new XmlSyntaxError("bad end tag");
        if (depth === 0) throw new XmlSyntaxError("end tag without a start tag");
        const name = stack[--depth];
        if (ne - (i + 2) !== name.length || !s.startsWith(name, i + 2)) throw new XmlSyntaxError(`mismatched </${s.slice(i + 2, ne)}>`);
        const colon = name.indexOf(":");
        sink.close(s, i + 2 + colon + 1, ne, i, gt + 1);
        i = gt + 1;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (n - i < 4) break;
        if (s.startsWith("<!--", i)) {
          inside = Inside.Comment;
          i += 4;
        } else if (n - i < 9) break;
        else if (s.startsWith("<![CDATA[", i)) {
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
        const e = sink.element!(s, i);
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
        const c = s.charCodeAt(j);
        if (c === 62 /* > */) {
          gt = j;
          break;
        }
        if (c === 34 || c === 39) {
          const q = s.indexOf(c === 34 ? '"' : "'", j + 1);
          if (q < 0) {
            open = true;
            break;
          }
          j = q;
        }
      }
      if (gt < 0) {
        // Resume at the quote (or the end) next time: everything before it is outside quotes.
        stop = open ? j : n;
        break;
      }
      hint = 0;
      let ne = i + 1;
      let colon = -1;
      for (; ne < gt; ne++) {
        const c = s.charCodeAt(ne);
        if (isSpace(c) || c === 47) break;
        if (c === 58 /* : */ && colon < 0) colon = ne;
      }
      if (ne === i + 1) throw new XmlSyntaxError("tag without a name");
      const empty = s.charCodeAt(gt - 1) === 47;
      if (depth === 0) {
        if (this.rootSeen) throw new XmlSyntaxError("more than one root element");
        this.rootSeen = true;
      }
      const local = colon < 0 ? i + 1 : colon + 1;
      sink.open(s, i, gt + 1, local, ne, empty);
      if (empty) sink.close(s, local, ne, -1, gt + 1);
      else {
        const prev = stack[depth];
        if (prev === undefined || prev.length !== ne - i - 1 || !s.startsWith(prev, i + 1)) stack[depth] = s.slice(i + 1, ne);
        depth++;
      }
      i = gt + 1;
    }
    this.depth = depth;
    this.inside = inside;
    this.stop = stop;
    return i;
  }

  /** What a piece's end needs, after scan stopped at `i`: see scan. */
  private pieceEnd(s: string, i: number): void {
    const n = s.length;
    const inside = this.inside;
    if (inside !== Inside.Nothing) {
      // Inside a comment, CDATA section or processing instruction whose terminator is not in s[i, n):
      // keep what could begin it.
      const keep = Math.max(i, n - (inside === Inside.Pi ? 2 : 3) + 1);
      if (inside === Inside.Cdata && keep > i) this.sink.text(s, i, keep, true);
      i = keep;
    }
    // An unfinished start tag at i: the next piece starts with it, so its search resumes stop - (i + 1) on.
    this.hint = this.stop < 0 ? 0 : this.stop - (i + 1);
    this.sink.flush?.(s, i);
    if (i < n) this.carry = s.slice(i);
  }

  end(): void {
    if (this.carry.length || this.inside !== Inside.Nothing) throw new XmlSyntaxError("unexpected end of part");
    if (this.depth > 0) throw new XmlSyntaxError(`unclosed <${this.stack[this.depth - 1]}>`);
    if (!this.rootSeen) throw new XmlSyntaxError("no root element");
  }
}

function outside(s: string, from: number, to: number): void {
  // A byte order mark (U+FEFF, as some programs begin a UTF-8 part with) is not text.
  for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k)) && s.charCodeAt(k) !== 0xfeff) throw new XmlSyntaxError("text outside the root element");
}

/** Whether s[from, to) is exactly `word`. */
export function spanIs(s: string, from: number, to: number, word: string): boolean {
  return to - from === word.length && s.startsWith(word, from);
}

/**
 * The next attribute of a tag handed to ScanSink.open, from `k` (start at the name's end): its name is
 * s[out[0], out[1]) and its raw value s[out[2], out[3]); returns where to look for the one after, or -1 when
 * there are no more. Throws on attributes that are not well-formed (no '=', a value without quotes).
 */
function nextAttr(s: string, k: number, end: number, out: number[]): number {
  while (k < end && isSpace(s.charCodeAt(k))) k++;
  const c = s.charCodeAt(k);
  if (k >= end - 1 || c === 62 || c === 47) return -1;
  const a = k;
  while (k < end && s.charCodeAt(k) !== 61 /* = */ && !isSpace(s.charCodeAt(k))) k++;
  const ae = k;
  while (k < end && isSpace(s.charCodeAt(k))) k++;
  if (s.charCodeAt(k) !== 61 || ae === a) throw new XmlSyntaxError("attribute without a value");
  k++;
  while (k < end && isSpace(s.charCodeAt(k))) k++;
  const q = s.charCodeAt(k);
  if (q !== 34 && q !== 39) throw new XmlSyntaxError("attribute value without quotes");
  const close = s.indexOf(q === 34 ? '"' : "'", k + 1);
  if (close < 0 || close >= end) throw new XmlSyntaxError("unterminated attribute value");
  out[0] = a;
  out[1] = ae;
  out[2] = k + 1;
  out[3] = close;
  return close + 1;
}

const attrSpan = [0, 0, 0, 0];

/**
 * The raw value of the unprefixed attribute `name` of a tag handed to ScanSink.open, as
 * [valueStart, valueEnd) in `out`; false when the tag has none.
 */
export function findAttr(s: string, nameEnd: number, end: number, name: string, out: [number, number]): boolean {
  for (let k = nameEnd; (k = nextAttr(s, k, end, attrSpan)) >= 0; ) {
    if (attrSpan[1] - attrSpan[0] === name.length && s.startsWith(name, attrSpan[0])) {
      out[0] = attrSpan[2];
      out[1] = attrSpan[3];
      return true;
    }
  }
  return false;
}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

/**
 * Character data as its text: entities and character references resolved (anything else after '&' is not
 * XML and throws), line ends normalised as an XML parser does (CR LF and lone CR become LF).
 */
export function decodeText(raw: string): string {
  let text = raw;
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&<]{0,12});?/g, (m, e: string) => {
    if (!m.endsWith(";")) throw new XmlSyntaxError("bare '&' in text");
    const named = NAMED_ENTITIES[e];
    if (named) return named;
    const code = /^#x[0-9a-f]+$/i.test(e) ? parseInt(e.slice(2), 16) : /^#\d+$/.test(e) ? parseInt(e.slice(1), 10) : NaN;
    if (!Number.isFinite(code) || code > 0x10ffff || code === 0 || (code >= 0xd800 && code <= 0xdfff)) throw new XmlSyntaxError(`unknown entity &${e};`);
    return String.fromCodePoint(code);
  });
}

/** The plain decimal digits in s[from, to) as a non-negative number, or -1 (none, more than nine, or anything else there: the caller reads it the slow way). */
export function digitsIn(s: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
