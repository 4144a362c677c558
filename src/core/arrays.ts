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

/**
 * `xs.splice(0, xs.length, ...next)` without the spread and the call with one argument per element: the judge
 * puts each rule's judgements back into its one array a dozen times a task, and most rules hand back the very
 * array they were given when no judgement of theirs applies. Same array, same elements, same order; written in
 * order from index 0, so a packed array stays packed.
 */
export function replaceContents<T>(xs: T[], next: readonly T[]): void {
  if (next === xs) return;
  const n = next.length;
  for (let i = 0; i < n; i++) xs[i] = next[i];
  xs.length = n;
}
