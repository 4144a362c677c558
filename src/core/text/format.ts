/**
 * The one rounding of every figure duban shows (issue 12): half away from zero on the decimal digits as
 * written, not on the binary fraction, so 0.3215 is 32.2% in every sheet, message and cell function, as Excel's
 * 0.0% format shows the same stored ratio.
 */
export function roundHalf(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  // Shift, then drop binary noise (321.49999999999994 → 321.5) before rounding half away from zero.
  const p = 10 ** digits;
  const scaled = Math.abs(value) * p;
  // A whole number already (6, 25, 45.25 at two digits): toFixed and Number would give it back unchanged.
  const shifted = Number.isInteger(scaled) ? scaled : Number(scaled.toFixed(6));
  const rounded = Math.round(shifted) / p;
  return value < 0 ? -rounded || 0 : rounded;
}

/** 0.5678 → "56.8%"; 0.3215 → "32.2%"; null → "—". */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${roundHalf(ratio * 100, 1)}%`;
}

/** A number as an official writes it: at most `digits` decimals, no trailing zeros (19.5, 2.4, 130). */
export function formatNumber(value: number, digits = 2): string {
  return String(roundHalf(value, digits));
}

/** 6 and "%" → "6%"; 45.25 and "亿元" → "45.25亿元". */
export function formatQuantity(value: number, unit: string): string {
  return `${roundHalf(value, 4)}${unit}`;
}
