import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { docxXmlRows } from "../../src/hosts/docx/readDocx";
import { buildSampleWorkbooks } from "../../src/tools/buildSample";
import { analyzeWorkbook } from "../../src/core/engine";
import { readWorkbookFile } from "../../src/hosts/xlsx/readWorkbook";

const SEEDS = path.join(__dirname, "../../seeds");
const seed = (prefix: string) => path.join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith(prefix) && n.endsWith(".txt"))!);

function fakeIO(stdin = "") {
  const io = { stdout: "", stderr: "" };
  const cli: CliIO = {
    out: (t) => void (io.stdout += t),
    err: (t) => void (io.stderr += t),
    readStdin: async () => stdin,
    errIsTTY: false,
  };
  return { io, cli };
}

const tmp = mkdtempSync(path.join(tmpdir(), "duban-import-"));

describe("duban import", () => {
  test("PDF table: says which kind it chose, --json lists the tasks with progress", async () => {
    const { io, cli } = fakeIO();
    expect(await main(["import", seed("000_"), "--json"], cli)).toBe(0);
    expect(io.stderr).toMatch(/识别为「PDF 提取的表格」（pdf-table）/);
    const result = JSON.parse(io.stdout);
    expect(result.tasks).toHaveLength(82);
    expect(result.tasks[3]).toMatchObject({ section: "主要预期目标", id: "4", text: "规上工业增加值增速8%。", leadUnits: ["区工信局"] });
    expect(result.tasks[3].progress).toMatchObject({ period: "上半年", text: "上半年，规上工业增加值-11.5%。" });
    expect(result.notes.map((n: { code: string }) => n.code)).toContain("IMPORT_SECTION_MISSING");
  });

  test("preview without -o writes nothing and says so", async () => {
    const { io, cli } = fakeIO();
    expect(await main(["import", seed("004_")], cli)).toBe(0);
    expect(io.stdout).toMatch(/^导入预览：52 项任务/);
    expect(io.stdout).toContain("4. 加快泰山数谷");
    expect(io.stdout).toContain("牵头：区工业推进委；协办：各产业链专班；责任人：各产业链组长");
    expect(io.stdout).toMatch(/未识别的行（0）/);
    expect(io.stderr).toMatch(/尚未写入任何文件/);
  });

  test("the preview's lead words are the pane's: a shared task, a task without units, deadline and progress labels", async () => {
    // The same table the pane's e2e test pastes (tests/e2e/taskpane.test.ts), plus a row naming no unit.
    const table = [
      "序号\t任务内容\t牵头单位\t配合单位\t完成时限\t上半年完成情况",
      "1\t城镇新增就业9000人\t区人社局\t各镇街\t年底前\t新增就业5200人",
      "2\t完成农村生活污水治理村30个\t\t区水务局、区农业农村局按职责分工负责\t\t",
      "3\t新建口袋公园5处\t\t\t\t",
    ].join("\n");
    const { io, cli } = fakeIO(table);
    expect(await main(["import", "-"], cli)).toBe(0);
    expect(io.stdout).toContain("牵头：区人社局；协办：各镇街；待展开：各镇街");
    expect(io.stdout).toContain("1. 城镇新增就业9000人  时限：年底前");
    expect(io.stdout).toContain("进展：新增就业5200人");
    expect(io.stdout).toContain("牵头：（未明确，按职责分工负责）；协办：区水务局、区农业农村局");
    expect(io.stdout).toContain("牵头：（未识别）");
    expect(io.stdout).not.toMatch(/牵头：—/);
  });

  test("-o: towns a catalogue happens to name are not all of 各镇街 — written 镇街（待核）, the group stays a CAT_GROUP_UNIT", async () => {
    const text = [
      "一、重点工作（共3项）",
      "1. 推进老旧小区改造10个。（牵头单位：区住建局；配合单位：各镇街）",
      "2. 建设新驿镇污水处理厂。（牵头单位：新驿镇；配合单位：区水务局）",
      "3. 新开工产业链项目20个。（牵头单位：区发改局；配合单位：要素保障相关单位）",
      "注：要素保障相关单位指区自然资源局、区财政局。",
    ].join("\n");
    const input = path.join(tmp, "towns.txt");
    writeFileSync(input, text);
    const out = path.join(tmp, "towns.xlsx");
    const { io, cli } = fakeIO();
    expect(await main(["import", input, "-o", out, "--force"], cli)).toBe(0);
    expect(io.stdout).toMatch(/\[CAT_GROUP_UNIT\] 「各镇街」是一类单位的统称.*涉及任务 1（共 1 项）.*类别「镇街」/);
    const data = await readWorkbookFile(out);
    const units = data.sheets.find((s) => s.name === "单位")!.rows.map((r) => r.map((c) => String(c ?? "")));
    expect(units.find((r) => r[0] === "新驿镇")![2]).toBe("镇街（待核）");
    expect(units.find((r) => r[0] === "区水务局")![2]).toBe("区直部门");
    const a = analyzeWorkbook(data, { today: "2024-04-10" });
    expect(a.findings.filter((f) => f.code === "CAT_GROUP_UNIT").map((f) => f.unit)).toEqual(["各镇街"]);
    expect(a.tasks.find((t) => t.id === "3")!.coUnits).toEqual(["区自然资源局", "区财政局"]);
  });

  test("notice: preview shows leaders, groups and the 分管 registry; --kind forces a kind", async () => {
    const { io, cli } = fakeIO();
    expect(await main(["import", seed("003_"), "--kind", "notice"], cli)).toBe(0);
    expect(io.stderr).toMatch(/按指定的类型「任务分解通知」导入/);
    expect(io.stdout).toContain("领导：吴广、孙恒民");
    expect(io.stdout).toContain("待展开：各镇街");
    expect(io.stdout).toContain("王营：区财政局、区审计局");
    expect(io.stdout).toMatch(/未识别的行（96）/);
  });

  test("-o writes the catalogue workbook; refuses to overwrite without --force", async () => {
    const out = path.join(tmp, "清单.xlsx");
    const first = fakeIO();
    expect(await main(["import", seed("003_"), "-o", out], first.cli)).toBe(0);
    expect(first.io.stderr).toMatch(/已写入任务清单/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["任务清单", "进展填报", "单位", "设置"]));
    const catalogue = wb.getWorksheet("任务清单")!;
    expect(catalogue.rowCount).toBe(93);
    const units = wb.getWorksheet("单位")!;
    const unitNames: string[] = [];
    units.eachRow((row, n) => n > 1 && unitNames.push(String(row.getCell(1).value)));
    expect(unitNames).toContain("区财政局");

    const again = fakeIO();
    expect(await main(["import", seed("003_"), "-o", out], again.cli)).toBe(2);
    expect(again.io.stderr).toMatch(/IMPORT_OUTPUT_EXISTS/);
    expect(await main(["import", seed("003_"), "-o", out, "--force"], fakeIO().cli)).toBe(0);
  });

  test("-o writes the sub-section (a 类别 column under headings) as 子板块 and reads it back; roll-up stays per section", async () => {
    const src = path.join(__dirname, "../fixtures/import/layouts/13-yearend-headings.txt");
    const out = path.join(tmp, "子板块.xlsx");
    const { io, cli } = fakeIO();
    expect(await main(["import", src, "-o", out], cli)).toBe(0);
    expect(io.stderr).toMatch(/已写入任务清单/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const header = (wb.getWorksheet("任务清单")!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["序号", "板块", "子板块"]);
    const a = analyzeWorkbook(await readWorkbookFile(out), { today: "2024-12-31" });
    const task3 = a.tasks.find((t) => t.id.startsWith("3"))!;
    expect(task3).toMatchObject({ section: "二、“四新”方向产业发展", subsection: "新能源产业" });
    expect(task3.text).toContain("新增规上工业企业");
    expect(a.tasks.find((t) => t.id === "1")).toMatchObject({ section: "一、主要经济指标", subsection: "" });
    const sections = a.rollup.lines.filter((l) => l.dimension === "section").map((l) => l.name);
    expect(sections).toContain("二、“四新”方向产业发展");
    expect(sections).not.toContain("新能源产业");
    // Imported again, the workbook gives the same sections and sub-sections.
    const first = fakeIO();
    expect(await main(["import", src, "--json"], first.cli)).toBe(0);
    const again = fakeIO();
    expect(await main(["import", out, "--json"], again.cli)).toBe(0);
    const pick = (r: { tasks: { id: string; section: string; subsection?: string }[] }) => r.tasks.map((t) => [t.id, t.section.replace(/\s+/g, ""), t.subsection ?? ""]);
    expect(pick(JSON.parse(again.io.stdout))).toEqual(pick(JSON.parse(first.io.stdout)));
    expect(pick(JSON.parse(again.io.stdout)).filter((t) => t[2] === "新能源产业").length).toBeGreaterThanOrEqual(2);
  });

  test("-o keeps a bracketed second name as an alias in 单位: a row filled by it resolves to the bureau", async () => {
    const notice = [
      "关于印发2024年重点工作任务分解的通知",
      "一、推动经济高质量发展",
      "1. 全年新增光伏装机容量5万千瓦。（牵头领导：张明。承办单位：区发改局（区能源中心），区住建局）",
      "2. 固定资产投资增长5%左右。（牵头领导：张明。承办单位：区发改局，区统计局）",
      "3. 规上工业增加值增长7%。（牵头领导：李华。承办单位：区工信局，区发改局）",
    ];
    const src = path.join(tmp, "别名通知.txt");
    writeFileSync(src, notice.join("\n"));
    const out = path.join(tmp, "别名.xlsx");
    expect(await main(["import", src, "-o", out], fakeIO().cli)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const unitRows = (wb.getWorksheet("单位")!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1, 3));
    const named = unitRows.filter((r) => String(r[0]).includes("发改") || String(r[1] ?? "").includes("发改"));
    expect(named).toEqual([["区发改局", "区发改局（区能源中心）、区能源中心"]]);
    // A department fills a progress row with the inner name, then with the full bracketed form.
    const progress = wb.getWorksheet("进展填报")!;
    const header = (progress.getRow(1).values as unknown[]).slice(1);
    const at = (h: string) => header.indexOf(h) + 1;
    ["区能源中心", "区发改局（区能源中心）"].forEach((unit, i) => {
      const row = progress.getRow(2 + i);
      row.getCell(at("序号")).value = "1";
      row.getCell(at("填报单位")).value = unit;
      row.getCell(at("报告期")).value = "二季度";
      row.getCell(at("进展情况")).value = "已新增光伏装机容量3万千瓦，完成年度目标的60%。";
      row.commit();
    });
    await wb.xlsx.writeFile(out);
    const a = analyzeWorkbook(await readWorkbookFile(out), { today: "2024-07-10" });
    // Both rows are read as the bureau's (the reader writes the registry's name).
    expect(a.progress.map((p) => p.unit)).toEqual(["区发改局", "区发改局"]);
    const unitCodes = a.findings.map((f) => f.code).filter((c) => /UNKNOWN_UNIT|NOT_RESPONSIBLE|UNIT/.test(c));
    expect(unitCodes).toEqual([]);
    expect(a.registry.resolve("区能源中心")).toBe("区发改局");
  });

  test("-o: a second name another task names on its own is a unit of its own, not an alias", async () => {
    const notice = [
      "一、推动经济高质量发展",
      "1. 全年新增光伏装机容量5万千瓦。（牵头领导：张明。承办单位：区发改局（区能源中心），区住建局）",
      "2. 固定资产投资增长5%左右。（牵头领导：张明。承办单位：区发改局，区统计局）",
      "3. 建成充电桩200个。（牵头领导：李华。承办单位：区工信局，区能源中心）",
    ];
    const src = path.join(tmp, "同名单位通知.txt");
    writeFileSync(src, notice.join("\n"));
    const out = path.join(tmp, "同名单位.xlsx");
    expect(await main(["import", src, "-o", out], fakeIO().cli)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const unitRows = (wb.getWorksheet("单位")!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => [r[1], r[2] ?? ""]);
    expect(unitRows.find((r) => r[0] === "区发改局")).toEqual(["区发改局", "区发改局（区能源中心）"]);
    expect(unitRows.find((r) => r[0] === "区能源中心")).toEqual(["区能源中心", ""]);
  });

  test("an .xlsx table with the lead unit in bold, read back through the importer", async () => {
    const file = path.join(tmp, "year-end.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["2023年度重点工作任务完成情况表"]);
    ws.addRow(["序号", "事项", "年度奋斗目标", "年度工作目标", "责任单位", "完成情况", "存在问题", "下步打算"]);
    ws.addRow([1, "主要经济指标", "增长7%", "地区生产总值增长6%左右", "区发改局", "增长6.2%。", "", ""]);
    const row = ws.addRow([2, "主要经济指标", "增长8%", "一般公共预算收入增长6%", "", "增长6.3%。", "", ""]);
    row.getCell(5).value = { richText: [{ text: "区财政局、" }, { text: "区税务局", font: { bold: true } }] };
    await wb.xlsx.writeFile(file);
    const { io, cli } = fakeIO();
    expect(await main(["import", file, "--json"], cli)).toBe(0);
    const result = JSON.parse(io.stdout);
    expect(result.tasks.map((t: { id: string }) => t.id)).toEqual(["1", "2"]);
    expect(result.tasks[1]).toMatchObject({ leadUnits: ["区税务局"], coUnits: ["区财政局"], workTarget: "一般公共预算收入增长6%" });
  });

  test("a .docx table: bold runs mark the lead, paragraphs between tables are headings", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const r = (text: string, bold = false) => `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const tc = (...paras: string[]) => `<w:tc><w:tcPr/>${paras.map((p) => `<w:p>${p}</w:p>`).join("")}</w:tc>`;
    const xml =
      `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>` +
      `<w:p>${r("一、项目建设（共2项）")}</w:p>` +
      `<w:tbl><w:tr>${tc(r("序号"))}${tc(r("责任单位"))}${tc(r("目标任务"))}${tc(r("责任人"))}</w:tr>` +
      `<w:tr>${tc(r("1"))}${tc(r("区住建局"), r("区发改局", true))}${tc(r("新建改造供热管网3公里，"), r("铺设燃气管道4.8公里。"))}${tc(r("吴广庆"))}</w:tr>` +
      `<w:tr>${tc(r("2"))}${tc(r("区交运局"))}${tc(r("新改建&#8220;四好农村路&#8221;40公里。"))}${tc(r("孙大伟"))}</w:tr>` +
      `</w:tbl>` +
      `<w:p>${r("二、城市建设（共1项）")}</w:p>` +
      `<w:tbl><w:tr>${tc(r("3"))}${tc(r("区综合行政执法局"))}${tc(r("补齐2条区管道路路灯。"))}${tc(r("于晓国"))}</w:tr>` +
      `<w:tr>${tc("")}${tc(r("区住建局"))}${tc(r("加快建设“城管一张图”。"))}${tc("")}</w:tr></w:tbl>` +
      `<w:p>${r("注：标注黑体的为牵头单位。")}</w:p>` +
      `<w:sectPr/></w:body></w:document>`;
    const zip = new JSZip();
    zip.file("word/document.xml", xml);
    const file = path.join(tmp, "分解表.docx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    expect(docxXmlRows(xml)[0]).toEqual(["一、项目建设（共2项）"]);
    const { io, cli } = fakeIO();
    expect(await main(["import", file, "--json"], cli)).toBe(0);
    const result = JSON.parse(io.stdout);
    expect(result.sections).toEqual([
      { name: "一、项目建设", declaredCount: 2, foundCount: 2 },
      { name: "二、城市建设", declaredCount: 1, foundCount: 1 },
    ]);
    // A row without 序号 (a merged cell in Word) continues the task above.
    expect(result.tasks[2]).toMatchObject({
      id: "3",
      text: "补齐2条区管道路路灯。加快建设“城管一张图”。",
      leadUnits: ["区综合行政执法局"],
      coUnits: ["区住建局"],
    });
    expect(result.skipped.map((x: { reason: string }) => x.reason)).toEqual(["表头", "注释"]);
    expect(result.tasks[0]).toMatchObject({ id: "1", leadUnits: ["区发改局"], coUnits: ["区住建局"], text: "新建改造供热管网3公里，铺设燃气管道4.8公里。" });
    expect(result.tasks[1].text).toBe("新改建“四好农村路”40公里。");
  });

  test("a notice written in Word: paragraphs and the 十件实事 table read as text", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
    const lines = readFileSync(seed("003_"), "utf8").split("\n");
    const start = lines.findIndex((l, i) => i > 100 && /关于分解落实/.test(l));
    const body: string[] = [];
    for (const line of lines.slice(start, 470)) {
      if (!line.trim()) continue;
      if (line.includes("\t")) {
        const cells = line.split("\t").map((c) => `<w:tc>${para(c)}</w:tc>`).join("");
        body.push(`<w:tbl><w:tr>${cells}</w:tr></w:tbl>`);
      } else body.push(para(line));
    }
    const zip = new JSZip();
    zip.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body.join("")}</w:body></w:document>`);
    const file = path.join(tmp, "通知.docx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const { io, cli } = fakeIO();
    expect(await main(["import", file, "--json"], cli)).toBe(0);
    expect(io.stderr).toMatch(/任务分解通知/);
    const result = JSON.parse(io.stdout);
    const ids = result.tasks.map((t: { id: string }) => t.id);
    expect(ids.filter((id: string) => /^\d+$/.test(id))).toHaveLength(76);
    expect(ids.filter((id: string) => id.startsWith("实事"))).toHaveLength(10);
    expect(result.tasks.find((t: { id: string }) => t.id === "6").leader).toBe("吴广、孙恒民");
  });

  test("text from standard input", async () => {
    const { io, cli } = fakeIO("序号\t责任单位\t目标任务\n1\t区发改局、区财政局\t固定资产投资增长8%\n2\t区财政局\t\"一般公共预算收入\n增长6%\"\n");
    expect(await main(["import", "-", "--json"], cli)).toBe(0);
    const result = JSON.parse(io.stdout);
    expect(result.tasks.map((t: { text: string }) => t.text)).toEqual(["固定资产投资增长8%", "一般公共预算收入增长6%"]);
    expect(result.tasks[0]).toMatchObject({ leadUnits: ["区发改局"], coUnits: ["区财政局"] });
  });

  test("usage errors exit 2 with a Chinese message and a code", async () => {
    const missing = fakeIO();
    expect(await main(["import", path.join(tmp, "不存在.txt")], missing.cli)).toBe(2);
    expect(missing.io.stderr).toMatch(/无法读取文件.*\(IMPORT_FILE_NOT_FOUND\)/);
    const kind = fakeIO();
    expect(await main(["import", seed("004_"), "--kind", "pdfx"], kind.cli)).toBe(2);
    expect(kind.io.stderr).toMatch(/IMPORT_BAD_KIND/);
    const year = fakeIO();
    expect(await main(["import", seed("004_"), "--year", "24"], year.cli)).toBe(2);
    expect(year.io.stderr).toMatch(/IMPORT_BAD_YEAR/);
    const none = fakeIO();
    expect(await main(["import"], none.cli)).toBe(2);
    expect(none.io.stderr).toMatch(/IMPORT_BAD_ARGS/);
    const pdf = fakeIO();
    writeFileSync(path.join(tmp, "x.pdf"), "%PDF-1.4");
    expect(await main(["import", path.join(tmp, "x.pdf")], pdf.cli)).toBe(2);
    expect(pdf.io.stderr).toMatch(/IMPORT_UNSUPPORTED_FILE/);
  });

  test("GB18030 text files are decoded", async () => {
    const file = path.join(tmp, "gbk.txt");
    // "序号\t责任单位\t目标任务\n1\t区发改局\t增长8%\n" in GB18030.
    const bytes = Buffer.from("d0f2bac509d4f0c8ceb5a5cebb09c4bfb1eac8cecef10a3109c7f8b7a2b8c4bed609d4f6b3a438250a", "hex");
    writeFileSync(file, bytes);
    const { io, cli } = fakeIO();
    expect(await main(["import", file, "--json"], cli)).toBe(0);
    const result = JSON.parse(io.stdout);
    expect(result.tasks[0]).toMatchObject({ leadUnits: ["区发改局"], text: "增长8%" });
  });
});

describe("round trip", () => {
  test("a catalogue written by -o imports back to the same tasks", async () => {
    const out = path.join(tmp, "roundtrip.xlsx");
    const first = fakeIO();
    expect(await main(["import", seed("003_"), "-o", out, "--json"], first.cli)).toBe(0);
    const again = fakeIO();
    expect(await main(["import", out, "--json"], again.cli)).toBe(0);
    const pick = (r: { tasks: { id: string; section: string; text: string; leader: string; leadUnits: string[]; coUnits: string[] }[] }) =>
      r.tasks.map((t) => ({ id: t.id, section: t.section.replace(/\s+/g, ""), text: t.text.replace(/\s+/g, ""), leader: t.leader, lead: t.leadUnits, co: t.coUnits }));
    expect(pick(JSON.parse(again.io.stdout))).toEqual(pick(JSON.parse(first.io.stdout)));
  });
});

describe("buildSampleWorkbooks", () => {
  test("builds the three sample workbooks from the seeds", async () => {
    const out = path.join(tmp, "samples");
    const built = await buildSampleWorkbooks(SEEDS, out);
    expect(built.map((b) => [path.basename(b.file), b.tasks, b.progress, b.units])).toEqual([
      ["sample-yicheng.xlsx", 82, 82, 0],
      ["sample-taishan.xlsx", 52, 0, 0],
      ["sample-yanzhou.xlsx", 92, 0, 39],
    ]);
    for (const b of built) expect(existsSync(b.file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "sample-yicheng.xlsx"));
    const progress = wb.getWorksheet("进展填报")!;
    const second = progress.getRow(2);
    expect(second.getCell(1).value).toBe("1");
    expect(second.getCell(2).value).toBe("区发改局");
    expect(second.getCell(3).value).toBe("上半年");
    expect(String(second.getCell(4).value)).toBe("上半年，地区生产总值增长3.6%。");
  });
});
