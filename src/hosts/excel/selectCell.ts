/// <reference types="office-js" />
import { ExcelEnvironment } from "./excelContext";
import { toExcelHostError } from "./excelHostError";

/** Activates a sheet and selects a cell: what clicking a finding in the task pane does. */
export async function selectCell(env: ExcelEnvironment, sheet: string, address: string | null): Promise<void> {
  try {
    await env.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (address) ws.getRange(address).select();
      await context.sync();
    });
  } catch (err) {
    throw toExcelHostError(err, "select");
  }
}
