import fc from "fast-check";
import { foldText, toHalfWidth } from "../../../src/core/text/normalize";

/** toHalfWidth as it was written first, a character at a time: the reference the faster one must equal. */
function reference(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

describe("toHalfWidth", () => {
  it("turns full-width ASCII and the ideographic space to half-width, and nothing else", () => {
    expect(toHalfWidth("增长６．５％（第１２项）　ＡＢｃ～！")).toBe("增长6.5%(第12项) ABc~!");
    expect(toHalfWidth("\uff00\uff5f\u3001\u3002")).toBe("\uff00\uff5f\u3001\u3002");
    expect(toHalfWidth("😀（ａ）")).toBe("😀(a)");
  });

  it("equals the character-by-character conversion on any text", () => {
    const piece = fc.oneof(
      fc.integer({ min: 0xff00, max: 0xff60 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("\u3000", "增长", "😀", "\ud83d", "a", " ", "，", "。"),
      fc.string(),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      expect(toHalfWidth(text)).toBe(reference(text));
      expect(foldText(text)).toBe(reference(text).replace(/[\s\u3000]+/g, ""));
    }), { numRuns: 500 });
  });
});
