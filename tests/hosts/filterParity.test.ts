/**
 * One autofilter, four hosts: the same patch (校验状态 and 校验说明 appended at G:H beside a table typed in
 * A1:F20) applied by the zip-level copy, the exceljs fallback, Office.js (office-addin-mock) and WPS ET
 * (strict fake) over a sheet whose filter is given in each host's own terms. Every host must end with the
 * same filter range and the same filtered column; the port contract cannot say this (WorkbookData holds
 * no filters), so it is said here. The exceljs fallback keeps only a filter's range: its loss of criteria
 * is asserted, so that it shows if it ever changes.
 */
import path from "node:path";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createXlsxFilePort } from "../../src/hosts/xlsx/xlsxPort";
import { createExcelPort } from "../../src/hosts/excel";
import { createWpsPort, findEtRoots } from "../../src/hosts/wps";
import { filteredTableRows, statusColumnsPatch } from "../support/filteredTable";
import { tempDir } from "../support/files";
import { entries, worksheet, writePackage } from "./xlsx/bookParts";
import { createExcelMock } from "./excel/excelMock";
import { createFakeEt } from "./wps/fakeEt";
import { findProgram } from "../support/programs";

const { dir, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;

const ROWS = filteredTableRows();
const patch = () => statusColumnsPatch({ widths: [10, 40] });

/** The filter a host starts from: its range and, by 0-based column of the range, the one value it shows. */
interface Filter {
  ref: string;
  shows: Record<number, string>;
}

type Host = (filter: Filter | null) => Promise<Filter | null>;

async function viaFile(filter: Filter | null, fallbackOnly: boolean): Promise<Filter | null> {
  const input = path.join(dir, `in-${n++}.xlsx`);
  const output = path.join(dir, `out-${n++}.xlsx`);
  const columns = filter ? Object.entries(filter.shows).map(([c, v]) => `<filterColumn colId="${c}"><filters><filter val="${v}"/></filters></filterColumn>`).join("") : "";
  const xml = worksheet(ROWS).replace("</sheetData>", `</sheetData>${filter ? `<autoFilter ref="${filter.ref}">${columns}</autoFilter>` : ""}`);
  await writePackage(input, [{ name: "进展填报", xml }]);
  await (await createXlsxFilePort(input, output, { fallbackOnly })).apply(patch());
  const part = [...(await entries(output))].find(([name]) => /worksheets\/sheet1\.xml$/.test(name))![1].toString("utf8");
  const found = /<autoFilter\b[^>]*\bref="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/autoFilter>)/.exec(part);
  if (!found) return null;
  const shows: Record<number, string> = {};
  for (const m of (found[3] ?? "").matchAll(/<filterColumn colId="(\d+)"[^>]*>\s*<filters[^>]*>\s*<filter val="([^"]*)"/g)) shows[Number(m[1])] = m[2];
  return { ref: found[1], shows };
}

const hosts: [string, Host][] = [
  ["xlsx file (zip-level copy)", (f) => viaFile(f, false)],
  ["xlsx file (exceljs fallback)", (f) => viaFile(f, true)],
  [
    "Excel (office-addin-mock)",
    async (f) => {
      const criteria = f ? Object.fromEntries(Object.entries(f.shows).map(([c, v]) => [c, { filterOn: "Values", values: [v] } as Excel.FilterCriteria])) : undefined;
      const mock = createExcelMock([{ name: "进展填报", rows: ROWS, autoFilter: f ? { range: f.ref, criteria } : undefined }]);
      await createExcelPort(mock.env).apply(patch());
      const got = mock.filterOf("进展填报");
      return got && { ref: got.ref, shows: Object.fromEntries(Object.entries(got.criteria).map(([c, k]) => [c, String(k.values?.[0])])) };
    },
  ],
  [
    "WPS ET (strict fake)",
    async (f) => {
      const fields = f ? Object.fromEntries(Object.entries(f.shows).map(([c, v]) => [Number(c) + 1, { criteria1: `=${v}`, operator: 0 }])) : undefined;
      const fake = createFakeEt({ sheets: [{ name: "进展填报", rows: ROWS, autoFilter: f ? { range: f.ref, fields } : undefined }] });
      const scope: Record<string, unknown> = {};
      fake.install(scope);
      await createWpsPort(findEtRoots(scope)!, { tick: () => Promise.resolve() }).apply(patch());
      const got = fake.filterOf("进展填报");
      return got && { ref: got.ref, shows: Object.fromEntries(Object.entries(got.fields).map(([c, k]) => [Number(c) - 1, String(k.criteria1).replace(/^=/, "")])) };
    },
  ],
];

describe.each(hosts)("autofilter parity: %s", (name, host) => {
  const keepsCriteria = name !== "xlsx file (exceljs fallback)";

  test("a filter over A1:F20 with a criterion on C covers duban's G:H, the criterion on C kept", async () => {
    expect(await host({ ref: "A1:F20", shows: { 2: "区发改局" } })).toEqual({ ref: "A1:H20", shows: keepsCriteria ? { 2: "区发改局" } : {} });
  });

  test("a sheet without a filter gets none", async () => {
    expect(await host(null)).toBeNull();
  });

  test("a filter with a gap before duban's columns stays as it was", async () => {
    expect(await host({ ref: "A1:D20", shows: { 1: "任务3" } })).toEqual({ ref: "A1:D20", shows: keepsCriteria ? { 1: "任务3" } : {} });
  });
});

describe("autofilter in the zip-level copy: Excel's _xlnm._FilterDatabase name", () => {
  const soffice = findProgram("soffice");

  async function copy(): Promise<{ output: string; book: string; sheet: string }> {
    const input = path.join(dir, `in-${n++}.xlsx`);
    const output = path.join(dir, `out-${n++}.xlsx`);
    const xml = worksheet(ROWS).replace("</sheetData>", '</sheetData><autoFilter ref="A1:F20"><filterColumn colId="2"><filters><filter val="区发改局"/></filters></filterColumn></autoFilter>');
    const definedNames = `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'进展填报'!$A$1:$F$20</definedName></definedNames>`;
    await writePackage(input, [{ name: "进展填报", xml }], { definedNames });
    await (await createXlsxFilePort(input, output)).apply(patch());
    const parts = await entries(output);
    return { output, book: parts.get("xl/workbook.xml")!.toString("utf8"), sheet: parts.get("xl/worksheets/sheet1.xml")!.toString("utf8") };
  }

  test("is widened with the filter, so the two agree", async () => {
    const { book, sheet } = await copy();
    expect(sheet).toMatch(/<autoFilter ref="A1:H20">/);
    expect(book).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'进展填报'!$A$1:$H$20</definedName>`);
  });

  // LibreOffice takes the filter's range from the name: with the name left at A1:F20 it saved the filter back as A1:F20.
  (soffice ? test : test.skip)("LibreOffice opens the copy with the widened filter and its criterion", async () => {
    const { output } = await copy();
    const out = path.join(dir, `lo-${n++}`);
    mkdirSync(out, { recursive: true });
    execFileSync(soffice as string, [`-env:UserInstallation=file://${path.join(out, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out, output], { stdio: "pipe", timeout: 180000 });
    const saved = (await entries(path.join(out, path.basename(output))));
    const sheet = [...saved].find(([name]) => /worksheets\/sheet1\.xml$/.test(name))![1].toString("utf8");
    expect(sheet).toMatch(/<autoFilter ref="A1:H20"><filterColumn colId="2"><filters><filter val="区发改局"\/>/);
  }, 200000);
});
