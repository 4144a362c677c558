/**
 * A bounded memo: recalculating sheets parse the same cells again and again. Oldest entries go first.
 * What it holds is shared by every caller that asks for the same key, so nobody may change it: the result
 * types are readonly, and tests/core/metrics/sharedResults.test.ts runs the judge and the engine with every
 * memoised value deep-frozen and requires the same output. The values are not frozen here: a frozen object
 * has other hidden classes (maps) in V8 than the unfrozen ones the judge builds itself, and functions that
 * see both are compiled again and again (docs/benchmarks.md).
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  /** The last key found and its value: its entry may have gone since, but a key's value is always the same. */
  private lastKey: string | undefined = undefined;
  private lastValue: V | undefined = undefined;
  constructor(private readonly limit = 20000) {}

  get(key: string): V | undefined {
    // Callers ask for the same key several times in a row (the judge parses a task's texts in several rules).
    if (key === this.lastKey) return this.lastValue;
    const value = this.map.get(key);
    if (value !== undefined) {
      this.lastKey = key;
      this.lastValue = value;
    }
    return value;
  }

  set(key: string, value: V): V {
    if (this.map.size >= this.limit) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
    if (key === this.lastKey) this.lastValue = value;
    return value;
  }

  clear(): void {
    this.map.clear();
    this.lastKey = undefined;
    this.lastValue = undefined;
  }

  get size(): number {
    return this.map.size;
  }
}
