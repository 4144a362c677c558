/** 0.5678 → "56.8%"; null → "—". */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${(Math.round(ratio * 1000) / 10).toString()}%`;
}

/** 6 and "%" → "6%"; 45.25 and "亿元" → "45.25亿元". */
export function formatQuantity(value: number, unit: string): string {
  const rounded = Math.round(value * 10000) / 10000;
  return `${rounded}${unit}`;
}
