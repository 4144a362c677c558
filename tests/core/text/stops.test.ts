import { clauseStart, sentenceStart } from "../../../src/core/text/stops";
import { replaceContents } from "../../../src/core/arrays";

/** The loops the judge used before (placeOf, clauseAround): a RegExp tested on each character going back. */
function byRegExp(s: string, at: number, stops: RegExp): number {
  let from = at;
  while (from > 0 && !stops.test(s[from - 1])) from--;
  return from;
}

describe("clause and sentence starts by code unit", () => {
  // Every stop in both widths, and characters next to them in code order, a lone surrogate and a pair.
  const alphabet = ["，", ",", "。", "；", ";", "！", "!", "？", "?", "、", "：", ":", "－", "-", "－", "\uff0b", "\uff1a", "\u3001", "\ud83d", "\ude00", "已", "完", "成", "3", "个", " ", "\u3000"];
  it("finds the same start as the RegExp loops, at every position of many texts", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 400; n++) {
      let s = "";
      const length = next() % 24;
      for (let i = 0; i < length; i++) s += alphabet[next() % alphabet.length];
      for (let at = 0; at <= s.length; at++) {
        expect(clauseStart(s, at)).toBe(byRegExp(s, at, /[，,。；;！!？?]/));
        expect(sentenceStart(s, at)).toBe(byRegExp(s, at, /[。；;！!？?]/));
      }
    }
  });
});

describe("replaceContents", () => {
  it("leaves the same array with the other's elements, as splice with a spread does", () => {
    for (const [before, next] of [[[1, 2, 3], [4]], [[1], [5, 6, 7]], [[1, 2], []], [[], [8, 9]]] as [number[], number[]][]) {
      const xs = before.slice();
      const ys = before.slice();
      replaceContents(xs, next);
      ys.splice(0, ys.length, ...next);
      expect(xs).toEqual(ys);
      expect(xs).not.toBe(next);
    }
    const same = [1, 2, 3];
    replaceContents(same, same);
    expect(same).toEqual([1, 2, 3]);
  });
});
