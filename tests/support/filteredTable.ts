/**
 * The table the autofilter tests share (Excel, WPS and the four-host parity test): A1:F20 as typed, a header
 * and 19 reports, and the patch that appends 校验状态 and 校验说明 at G:H beside it.
 */
import { AppendedColumn, WorkbookPatch } from "../../src/core/output";

const UNITS = ["区发改局", "区工信局", "区财政局"];

/** A1:F20: a header and 19 reports, as typed; `remark` fills the 备注 column. */
export function filteredTableRows(remark = "无"): (string | number)[][] {
  const rows: (string | number)[][] = [["序号", "任务", "填报单位", "进展情况", "完成时限", "备注"]];
  for (let i = 1; i < 20; i++) rows.push([i, `任务${i}`, UNITS[i % 3], `进展${i}`, "2024-12-31", remark]);
  return rows;
}

/** 校验状态 (every fourth row 错误, filled red) and 校验说明 appended at G:H of 进展填报; `widths` as the copy gives them. */
export function statusColumnsPatch(options: { sheets?: WorkbookPatch["sheets"]; widths?: [number, number] } = {}): WorkbookPatch {
  const status = new Map<number, string>();
  const detail = new Map<number, string>();
  for (let r = 1; r < 20; r++) {
    status.set(r, r % 4 ? "通过" : "错误");
    if (!(r % 4)) detail.set(r, "进展与目标不符");
  }
  const [statusWidth, detailWidth] = options.widths ?? [];
  const columns: AppendedColumn[] = [
    { sheet: "进展填报", headerRow: 0, col: 6, spec: { header: "校验状态", ...(statusWidth ? { width: statusWidth } : {}), conditionalFills: [{ equals: "错误", fill: "red" }] }, values: status },
    { sheet: "进展填报", headerRow: 0, col: 7, spec: { header: "校验说明", ...(detailWidth ? { width: detailWidth } : {}), wrap: true }, values: detail },
  ];
  return { sheets: options.sheets ?? [], columns, summary: [] };
}
