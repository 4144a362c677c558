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

/** Heap held by N findings made one way, after a collection. */
function heldBy(make: (i: number) => Finding): { bytes: number; sample: Finding } {
  const base = heapAfterCollection();
  const kept: Finding[] = [];
  for (let i = 0; i < N; i++) kept.push(make(i));
  const bytes = heapAfterCollection() - base;
  return { bytes, sample: kept[7] };
}

describe("finding messages", () => {
  it("are held flat: the parts they were concatenated from are not kept", () => {
    // A heap reading can be thrown off by what another part of the process frees meanwhile (seen once under load:
    // 1.7 MB for 100,000 findings); the comparison is made up to three times and must hold once. Before the change it
    // failed every time (52 MB against at most 37.8 MB).
    const tries: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const built = heldBy((i) => ({ code: "REPORT_MISSING", severity: "error", message: message(i), sheet: "进展填报", row: i, col: 0, address: null }));
      const made = heldBy((i) => makeRowFinding("REPORT_MISSING", message(i), "进展填报", i, 0, undefined, undefined, undefined));
      expect(made.sample.message).toBe(message(7));
      // makeRowFinding's findings also hold an address each (~20 bytes), yet are smaller by far.
      if (made.bytes < built.bytes * 0.8) return;
      tries.push(`${made.bytes} vs ${built.bytes}`);
    }
    expect(tries).toEqual([]);
  });
});
