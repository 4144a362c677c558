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
    // A name the splitter filled in ("区财政局" from "区发改局、财政局", "黄埔区政府" from "黄埔区、南沙区政府") is
    // found as written.
    const written = [unit, unit.replace(/^(街道|省|市|县|区|镇|乡|旗)/, ""), unit.replace(/(人民政府|政府|党委政府|党委|管委会|管理委员会|党工委|办事处)$/, "")];
    const found = written.map((w) => ({ w, at: w ? text.indexOf(w, from) : -1 })).find((c) => c.at >= 0);
    if (!found) continue;
    const chars = boldMask.slice(found.at, found.at + found.w.length);
    if (chars.filter(Boolean).length * 2 > chars.length) bold.push(unit);
    from = found.at + found.w.length;
  }
  if (bold.length === 0 || bold.length === units.length) return null;
  return bold;
}
