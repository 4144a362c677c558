/**
 * `xs.map(f)` built by pushing, for the judge's arrays of judgements, targets and actuals. V8's optimised code
 * makes the result of an inlined `map` a holey array while its builtin makes a packed one, so the same chain of
 * rules saw arrays of two kinds and threw its optimised code away on the second ("wrong map"); an array pushed
 * element by element is packed in every tier (docs/benchmarks.md). Same elements, same order; no holes to skip.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
