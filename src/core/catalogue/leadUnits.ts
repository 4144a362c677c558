import { CellValue, isRichText } from "../sheet/cellValue";

/**
 * The lead units marked in bold inside a units cell ("标注黑体的为牵头单位"), or null when bold marks
 * nothing (no runs, all bold or none bold): then the first unit is the lead.
 */
export function leadUnitsFromCell(value: CellValue, units: string[], wholeCellBold: boolean): string[] | null {
  if (!isRichText(value) || wholeCellBold) return null;
  let text = "";
  const boldMask: boolean[] = [];
  for (const run of value.richText) {
    text += run.text;
    for (let i = 0; i < run.text.length; i++) boldMask.push(run.bold);
  }
  const bold: string[] = [];
  let from = 0;
  for (const unit of units) {
    const at = text.indexOf(unit, from);
    if (at < 0) continue;
    const chars = boldMask.slice(at, at + unit.length);
    if (chars.filter(Boolean).length * 2 > chars.length) bold.push(unit);
    from = at + unit.length;
  }
  if (bold.length === 0 || bold.length === units.length) return null;
  return bold;
}
