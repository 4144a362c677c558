import path from "node:path";
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { appProperties } from "../../src/hosts/xlsx/copyWorkbookParts";
import { catalogueSheet, progressSheet, settingsSheet } from "../support/books";
import { runCli, tempDir, writeXlsx } from "../support/files";
import { addDrawing, appWorksheets, packageProblems, relationships, relsOf, sheetPart } from "../support/package";

/**
 * The zip-level copy (-o) keeps the package consistent: docProps/app.xml lists the sheets it adds, and
 * a result sheet regenerated on a book that had it takes along the parts only the old one used (an
 * earlier 汇总's drawing and chart), never a part a user's sheet still uses.
 */
const settings = settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30"]]);
const load = async (file: string) => JSZip.loadAsync(await fs.readFile(file));
const sheetNames = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
};

describe("the -o copy's package", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const input = path.join(dir, "book.xlsx");
  beforeAll(async () => {
    await writeXlsx(input, [
      catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。" }, { id: "2", lead: "区财政局" }]),
      progressSheet([{ id: "1", text: "", status: "已完成" }, { id: "2", unit: "区财政局" }]),
      settings,
    ]);
  });

  it("lists the sheets it adds in docProps/app.xml, run after run", async () => {
    expect(appWorksheets(await (await load(input)).file("docProps/app.xml")!.async("string"))).toEqual(["任务清单", "进展填报", "设置"]);
    const checked = path.join(dir, "checked.xlsx");
    expect((await runCli(["validate", input, "-o", checked])).code).toBe(1);
    const rolled = path.join(dir, "rolled.xlsx");
    expect((await runCli(["rollup", checked, "-o", rolled])).code).toBe(0);
    const again = path.join(dir, "again.xlsx");
    expect((await runCli(["validate", rolled, "-o", again])).code).toBe(1);
    for (const file of [checked, rolled, again]) {
      const zip = await load(file);
      expect(await packageProblems(zip)).toEqual([]);
      expect(appWorksheets(await zip.file("docProps/app.xml")!.async("string"))).toEqual(await sheetNames(file));
    }
    expect(await sheetNames(again)).toEqual(["任务清单", "进展填报", "设置", "校验结果", "指标跟踪", "汇总", "报送情况", "任务状态"]);
  });

  it("keeps the other groups of app.xml (named ranges) and a localised worksheet heading", async () => {
    const zip = await load(input);
    const app = await zip.file("docProps/app.xml")!.async("string");
    const titles = /<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/.exec(app)![0];
    const pairs = /<HeadingPairs>[\s\S]*<\/HeadingPairs>/.exec(app)![0];
    zip.file(
      "docProps/app.xml",
      app
        .replace(pairs, `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>`)
        .replace(titles, `<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>任务清单</vt:lpstr><vt:lpstr>进展填报</vt:lpstr><vt:lpstr>设置</vt:lpstr><vt:lpstr>进展填报!Print_Area</vt:lpstr></vt:vector></TitlesOfParts>`),
    );
    const named = path.join(dir, "named.xlsx");
    await fs.writeFile(named, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const out = path.join(dir, "named-checked.xlsx");
    expect((await runCli(["validate", named, "-o", out])).code).toBe(1);
    const written = await (await load(out)).file("docProps/app.xml")!.async("string");
    expect(written).toContain(
      `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>5</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>`,
    );
    expect(written).toContain(
      `<TitlesOfParts><vt:vector size="6" baseType="lpstr"><vt:lpstr>任务清单</vt:lpstr><vt:lpstr>进展填报</vt:lpstr><vt:lpstr>设置</vt:lpstr><vt:lpstr>校验结果</vt:lpstr><vt:lpstr>指标跟踪</vt:lpstr><vt:lpstr>进展填报!Print_Area</vt:lpstr></vt:vector></TitlesOfParts>`,
    );
    // Everything else in the part as it was.
    expect(written.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, "")).toBe(app.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, ""));
  });

  it("leaves app.xml alone when its lists do not add up", () => {
    const odd = `<Properties><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>A</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
    expect(appProperties(odd, ["A", "B"])).toBeNull();
    expect(appProperties("<Properties><Application>x</Application></Properties>", ["A"])).toBeNull();
    expect(appProperties(odd.replace("<vt:i4>3</vt:i4>", "<vt:i4>1</vt:i4>"), ["A", "B & C"])).toContain("<vt:lpstr>B &amp; C</vt:lpstr>");
  });

  it("drops an earlier 汇总's drawing, chart and image when it regenerates it, and keeps what a user's sheet still uses", async () => {
    const rolled = path.join(dir, "first-rollup.xlsx");
    expect((await runCli(["rollup", input, "-o", rolled])).code).toBe(0);
    const zip = await load(rolled);
    // 汇总 as the Excel add-in leaves it (a chart), plus two pictures: one of them also on the user's 任务清单,
    // which has a chart of its own.
    const ours = await addDrawing(zip, "汇总", 1, ["image1.png", "image2.png"]);
    const users = await addDrawing(zip, "任务清单", 2, ["image1.png"]);
    const drawn = path.join(dir, "drawn.xlsx");
    await fs.writeFile(drawn, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(await packageProblems(await load(drawn))).toEqual([]);

    const out = path.join(dir, "drawn-again.xlsx");
    expect((await runCli(["rollup", drawn, "-o", out])).code).toBe(0);
    const written = await load(out);
    expect(await packageProblems(written)).toEqual([]);
    const parts = Object.keys(written.files);
    for (const gone of [ours.drawing, ours.chart, ours.style, relsOf(ours.drawing), relsOf(ours.chart), "xl/media/image2.png"]) expect([gone, parts.includes(gone)]).toEqual([gone, false]);
    for (const kept of [users.drawing, users.chart, users.style, relsOf(users.drawing), relsOf(users.chart), "xl/media/image1.png"]) expect([kept, parts.includes(kept)]).toEqual([kept, true]);
    const types = await written.file("[Content_Types].xml")!.async("string");
    for (const gone of [ours.drawing, ours.chart, ours.style]) expect(types).not.toContain(`"/${gone}"`);
    for (const kept of [users.drawing, users.chart, users.style]) expect(types).toContain(`"/${kept}"`);
    // The user's sheet still points at its drawing; the regenerated 汇总 at nothing but its links.
    expect((await relationships(written, await sheetPart(written, "任务清单"))).map((r) => r.target)).toEqual([users.drawing]);
    expect(await relationships(written, await sheetPart(written, "汇总"))).toEqual([]);
    expect(await sheetNames(out)).toEqual(["任务清单", "进展填报", "设置", "汇总", "报送情况", "任务状态", "指标跟踪"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("汇总")!.getCell("A2").value).toBe("维度");
  });
});
