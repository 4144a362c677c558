import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { catalogueSheet, progressSheet, settingsSheet } from "../support/books";
import { runCli, tempDir, writeXlsx } from "../support/files";
import { officeSavedParts, Saver } from "./officeSaved";

/**
 * A form filled in and saved by Excel or WPS reads as the same form written plainly: the same findings on
 * the same cells. What the programs change — shared strings with rich-text runs and phonetic properties,
 * dates as serial numbers in a 年月日 format, a table, a photo in a cell, columns the department added —
 * changes nothing duban judges. (That the -o copy keeps every part and cell is tests/corpus/corpus.test.ts.)
 */

const FORM = {
  catalogue: catalogueSheet([{ id: "1", text: "新增规上工业企业25家以上。" }, { id: "2" }, { id: "3", text: "新建城市书房3处。" }]),
  progress: progressSheet([
    { id: "1", text: "新增规上工业企业10家。", value: 10 },
    { id: "2", text: "受资金影响，进度滞后。", status: "进展滞后", problems: "资金未到位", next: "加快争取资金" },
    // Reported after the 报送截止 of 2024-07-05: read from a serial date, or the lateness is missed.
    { id: "3", text: "已建成城市书房3处。", status: "已完成", date: "2024-07-08" },
  ]),
  settings: settingsSheet([["年度", 2024], ["截至日期", "2024-07-10"], ["报告期", "二季度", "2024-06-30", "2024-07-05"]]),
};

describe("forms saved by Excel and WPS (their conventions) read as the form itself", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const findings = async (file: string) => {
    const r = await runCli(["validate", file, "--json"]);
    const body = JSON.parse(r.out) as { findings: { code: string; cell?: string; sheet?: string; message: string }[] };
    return body.findings.map((f) => `${f.code} ${f.sheet ?? ""}!${f.cell ?? ""} ${f.message}`).sort();
  };
  let plain: string[];
  beforeAll(async () => {
    const file = path.join(dir, "plain.xlsx");
    await writeXlsx(file, [FORM.catalogue, FORM.progress, FORM.settings]);
    plain = await findings(file);
  });

  it("the plain form has the findings the comparison rests on (a late report, a metric behind)", () => {
    expect(plain.some((f) => /^REPORT_LATE|LATE/.test(f))).toBe(true);
    expect(plain.some((f) => f.startsWith("METRIC_BEHIND"))).toBe(true);
  });

  it.each<Saver>(["Excel", "WPS"])("saved by %s: the same findings on the same cells", async (by) => {
    const zip = new JSZip();
    for (const [name, data] of officeSavedParts(FORM, by)) zip.file(name, data);
    const file = path.join(dir, `${by}.xlsx`);
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(await findings(file)).toEqual(plain);
  });
});
