import { createExcelPort } from "../../../src/hosts/excel";
import { isCellError, isRichText } from "../../../src/core/sheet/cellValue";
import { WorkbookPort } from "../../../src/app/ports";
import { describePortContract } from "../portContract";
import { createExcelMock } from "./excelMock";

/** The Office.js adapter over the office-addin-mock workbook, held to the same contract as every port. */
describePortContract("Excel (office-addin-mock)", (book) => {
  const mock = createExcelMock(
    book.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) => r.map((c) => (c === null ? "" : isRichText(c) ? c.richText.map((x) => x.text).join("") : isCellError(c) ? c.error : c))),
      bold: [...(s.boldCells ?? [])],
      merges: s.merges ?? [],
      runs: Object.fromEntries(s.rows.flatMap((r, ri) => r.flatMap((c, ci) => (isRichText(c) ? [[`${ri},${ci}`, c.richText]] : [])))),
    })),
  );
  return createExcelPort(mock.env) as WorkbookPort;
});
