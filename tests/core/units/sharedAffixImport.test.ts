/**
 * End to end through import: a 分解表 whose unit cells leave out a shared prefix or suffix gives the units
 * as an office reads them, and only those; with a 单位 sheet, the sheet's names are kept.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { importRows, importText } from "../../../src/core/import";
import { CellValue } from "../../../src/core/sheet/cellValue";
import { splitUnits } from "../../../src/core/units/splitUnits";
import { leadUnitsFromCell } from "../../../src/core/catalogue/leadUnits";

const SOURCE = readFileSync(path.join(__dirname, "..", "..", "fixtures", "import", "units", "shared-affix.txt"), "utf8");
const units = (r: ReturnType<typeof importText>) => r.tasks.map((t) => ({ id: t.id, lead: t.leadUnits, co: t.coUnits }));

test("leads and co-units come out expanded; a party organ and a unit of another level are left as written", () => {
  const result = importText(SOURCE);
  expect(result.tasks).toHaveLength(4);
  expect(units(result)).toEqual([
    { id: "1", lead: ["省国税局", "省地税局"], co: ["区财政局", "区税务局"] },
    { id: "2", lead: ["区住建局"], co: ["黄埔区政府", "南沙区政府"] },
    { id: "3", lead: ["区发改局", "区财政局", "区住建局"], co: ["市财政局"] },
    { id: "4", lead: ["区应急局"], co: ["区委组织部", "宣传部"] },
  ]);
});

test("with a 单位 sheet: a name it holds as written is kept, a name it holds in the expanded form is its name", () => {
  const result = importText(SOURCE, {
    units: [
      { name: "税务局", aliases: [], category: "区直部门", leader: "" },
      { name: "南沙区人民政府", aliases: ["南沙区政府"], category: "区", leader: "" },
      { name: "黄埔区人民政府", aliases: ["黄埔区政府"], category: "区", leader: "" },
    ],
  });
  expect(units(result).slice(0, 2)).toEqual([
    { id: "1", lead: ["省国税局", "省地税局"], co: ["区财政局", "税务局"] },
    { id: "2", lead: ["区住建局"], co: ["黄埔区人民政府", "南沙区人民政府"] },
  ]);
});

test("a bold name the cell leaves bare is the lead in its filled-in form, in a table import and in a catalogue", () => {
  const cell: CellValue = { richText: [{ text: "区发改局、", bold: false }, { text: "财政局", bold: true }, { text: "、住建局", bold: false }] };
  const r = importRows([["序号", "工作任务", "责任单位"], [1, "新建充电桩300个", cell]]);
  expect(r.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([[["区财政局"], ["区发改局", "区住建局"]]]);
  const written = splitUnits("区发改局、财政局、住建局");
  expect(leadUnitsFromCell(cell, written, false)).toEqual(["区财政局"]);
  const places: CellValue = { richText: [{ text: "黄埔区", bold: true }, { text: "、南沙区政府", bold: false }] };
  expect(leadUnitsFromCell(places, splitUnits("黄埔区、南沙区政府"), false)).toEqual(["黄埔区政府"]);
});
