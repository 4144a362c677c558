import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { makeRowFinding } from "../../src/core/validate/makeFinding";
import { Finding } from "../../src/core";

/**
 * A finding keeps its message as one run of characters, not as the tree of concatenations it was put
 * together from (V8 cons strings and the number strings inside them, kept alive as long as the finding):
 * at 10⁶ progress rows the findings were ~25 MB smaller so (docs/benchmarks.md).
 */
function heapAfterCollection(): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const N = 100_000;
const units = ["区水利局", "区审计局", "马庄镇"];
const message = (i: number) => `${units[i % 3]}未报送任务 ${i} 第${(i % 12) + 1}月（${2024}-${(i % 12) + 1}-${(i % 28) + 1} 前报送）。`;

describe("finding messages", () => {
  it("are held flat: the parts they were concatenated from are not kept", () => {
    const base = heapAfterCollection();
    const asBuilt: Finding[] = [];
    for (let i = 0; i < N; i++) asBuilt.push({ code: "REPORT_MISSING", severity: "error", message: message(i), sheet: "进展填报", row: i, col: 0, address: null });
    const built = heapAfterCollection() - base;
    asBuilt.length = 0;
    const base2 = heapAfterCollection();
    const made: Finding[] = [];
    for (let i = 0; i < N; i++) made.push(makeRowFinding("REPORT_MISSING", message(i), "进展填报", i, 0, undefined, undefined, undefined));
    const flat = heapAfterCollection() - base2;
    expect(made[7].message).toBe(message(7));
    // makeRowFinding's findings also hold an address each (~20 bytes), yet are smaller by far.
    expect(flat).toBeLessThan(built * 0.8);
  });
});
