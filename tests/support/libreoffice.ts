import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/**
 * Every sheet of a workbook as UTF-8 CSV, converted by LibreOffice headless with a private profile (so
 * parallel runs don't share a lock). Returns sheet name → rows of cells.
 */
export function libreOfficeSheets(soffice: string, file: string, workDir: string): Map<string, string[][]> {
  const profile = path.join(workDir, "lo-profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  const outDir = path.join(workDir, "csv");
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", outDir, file],
    { stdio: "pipe", timeout: 180000 },
  );
  const base = path.basename(file, path.extname(file));
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(outDir)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
    const sheet = name.slice(base.length + 1, -4);
    sheets.set(sheet, parseCsv(readFileSync(path.join(outDir, name), "utf8")));
  }
  return sheets;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}
