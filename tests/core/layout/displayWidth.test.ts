import fc from "fast-check";
import { displayWidth } from "../../../src/core/renderPlan";
import { RowValues } from "../../../src/core/output";

/** The width rule as written first, character by character: what the faster loop by UTF-16 unit must give. */
function byCharacter(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const wide = code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000);
    n += wide ? 2 : 1;
  }
  return n;
}

describe("displayWidth", () => {
  it("counts CJK and full-width characters as two, others as one, a surrogate pair as its one character", () => {
    expect(displayWidth("校验abc")).toBe(7);
    expect(displayWidth("ＡＢ１")).toBe(6);
    expect(displayWidth("𠀀x")).toBe(3);
    expect(displayWidth("😀")).toBe(1);
    expect(displayWidth("\ud800a\udc00")).toBe(3);
    expect(displayWidth("")).toBe(0);
  });

  it("gives what the rule by character gives, on any text (lone surrogates, astral characters, CJK, ASCII)", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x1000, max: 0x1200 }),
      fc.integer({ min: 0x2e00, max: 0xffff }),
      fc.constantFrom(0xd7a3, 0xd7a4, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfe30, 0xff60, 0xff61, 0xffe6),
    );
    const astral = fc.integer({ min: 0x10000, max: 0x2ffff }).map((cp) => String.fromCodePoint(cp));
    const text = fc.array(fc.oneof(unit.map((u) => String.fromCharCode(u)), astral), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (t) => displayWidth(t) === byCharacter(t)), { numRuns: 2000 });
  });
});

describe("RowValues", () => {
  it("walks its keys and values in row order and knows its last row", () => {
    const rows = new RowValues();
    expect(rows.lastRow()).toBe(-1);
    rows.set(5, "a").set(2, null).set(9, "").set(3, 0);
    expect([...rows.keys()]).toEqual([2, 3, 5, 9]);
    expect([...rows.values()]).toEqual([null, 0, "a", ""]);
    expect(rows.lastRow()).toBe(9);
  });
});
