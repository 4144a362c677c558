/**
 * The parsers' memos (src/core/metrics/cache.ts) hand the same result object to every caller that asks for the same
 * text, and do not freeze it (a frozen object has other hidden classes in V8, and the judge was compiled again and
 * again on them). So no caller may change a memoised result: here the engine and the judge run twice in fresh module
 * registries, once as shipped and once with every value the memos store deep-frozen. Modules run in strict mode, so
 * a caller that changes a shared result throws in the frozen run (or, where the judge catches it, answers otherwise):
 * both runs must give the same output.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type Engine = typeof import("../../../src/core/engine");
type Judge = typeof import("../../../src/core/judge");
type Reader = typeof import("../../../src/hosts/xlsx/readWorkbook");
type Metrics = typeof import("../../../src/core/metrics");
type Cache = typeof import("../../../src/core/metrics/cache");

const ROOT = path.join(__dirname, "..", "..", "..");
const SAMPLES = ["sample-yicheng", "sample-taishan", "sample-yanzhou"];
const CORPUS = path.join(ROOT, "tests", "fixtures", "metrics", "corpus");
/** Train pairs only: their texts, as and when the judge reads them (labels are not looked at). */
const pairs = readdirSync(CORPUS)
  .filter((f) => /^pairs-.*\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(path.join(CORPUS, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { split: string; task: string; progress: string; asOf: string }))
  .filter((p) => p.split === "train");

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/* eslint-disable @typescript-eslint/no-require-imports -- each registry loads its own modules (jest.isolateModules) */
function load(frozen: boolean): { engine: Engine; judge: Judge; reader: Reader; metrics: Metrics } {
  let loaded!: { engine: Engine; judge: Judge; reader: Reader; metrics: Metrics };
  jest.isolateModules(() => {
    if (frozen) {
      const { Memo } = require("../../../src/core/metrics/cache") as Cache;
      const set = Memo.prototype.set;
      Memo.prototype.set = function (this: InstanceType<typeof Memo>, key: string, value: unknown) {
        return set.call(this, key, deepFreeze(value));
      } as typeof set;
    }
    loaded = {
      engine: require("../../../src/core/engine") as Engine,
      judge: require("../../../src/core/judge") as Judge,
      reader: require("../../../src/hosts/xlsx/readWorkbook") as Reader,
      metrics: require("../../../src/core/metrics") as Metrics,
    };
  });
  return loaded;
}
/* eslint-enable @typescript-eslint/no-require-imports */

async function run({ engine, judge, reader }: ReturnType<typeof load>): Promise<string> {
  const out: unknown[] = [];
  for (const name of SAMPLES) {
    const data = await reader.readWorkbookFile(path.join(ROOT, "seeds", `${name}.xlsx`));
    const a = engine.analyzeWorkbook(data, { today: "2030-01-01" });
    out.push(a.findings, [...a.states.values()], a.metrics, a.rollup);
  }
  // Twice over, so the second pass is answered from the memos the first one filled.
  for (let pass = 0; pass < 2; pass++)
    for (const p of pairs) out.push(judge.judgeTask({ targetText: p.task, progress: { text: p.progress }, asOf: p.asOf }));
  return JSON.stringify(out);
}

describe("memoised parse results are shared, and no caller changes them", () => {
  it("gives the same output with every memoised result frozen", async () => {
    expect(pairs.length).toBeGreaterThan(100);
    const plain = load(false);
    const frozen = load(true);
    // The frozen registry does freeze what its memos hand out (and the shipped one does not), so the test can fail.
    expect(Object.isFrozen(frozen.metrics.parseTargets("新增城镇就业4000人以上", { year: 2024 }).targets[0])).toBe(true);
    expect(Object.isFrozen(frozen.metrics.parseActuals("1-6月新增城镇就业2100人").actuals[0].base)).toBe(true);
    expect(Object.isFrozen(plain.metrics.parseTargets("新增城镇就业4000人以上", { year: 2024 }).targets[0])).toBe(false);
    const want = await run(plain);
    const got = await run(frozen);
    expect(got.length).toBe(want.length);
    expect(got === want).toBe(true);
  });
});
