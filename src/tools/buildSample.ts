import { promises as fs } from "node:fs";
import path from "node:path";
import { importText, ImportResult } from "../core";
import { decodeTextFile } from "../hosts/textFile";
import { writeCatalogueBook } from "../app/importCatalogue";
import { createNewXlsxFilePort } from "../hosts/xlsx/newFilePort";

/** The sample workbooks built from the seed documents, by the seed's number. */
/**
 * Each sample carries its own 截至日期 in 设置, chosen where the document stands: the half-year table is read
 * just after its reports were due; the two catalogues without progress just after the first quarter's due
 * date, so the demo shows what a supervisor sees when nobody has reported yet.
 */
const SAMPLES: { seed: string; out: string; what: string; asOf: string; periods?: { name: string; end: string; due: string }[] }[] = [
  {
    seed: "000_",
    out: "sample-yicheng.xlsx",
    what: "峄城区 2024 年上半年任务落实情况（82 项任务及其半年进展）",
    asOf: "2024-07-10",
    // The table reports by half year; its due dates are not stated, so each is due on its last day.
    periods: [
      { name: "上半年", end: "2024-06-30", due: "2024-06-30" },
      { name: "全年", end: "2024-12-31", due: "2024-12-31" },
    ],
  },
  { seed: "004_", out: "sample-taishan.xlsx", what: "泰山区 2024 年重点工作任务分解表（52 项，无进展）", asOf: "2024-04-10" },
  { seed: "003_", out: "sample-yanzhou.xlsx", what: "兖州区 2024 年任务分解通知、十件实事与领导分管名录", asOf: "2024-04-10" },
];

interface SampleBuilt {
  file: string;
  what: string;
  tasks: number;
  progress: number;
  units: number;
  result: ImportResult;
}

/**
 * Builds seeds/sample-*.xlsx from the seed documents with the importers (the same path as
 * `duban import … -o`). Figures come only from the documents; the 填报日期 stays empty because the
 * half-year table states none.
 */
export async function buildSampleWorkbooks(seedDir: string, outDir: string): Promise<SampleBuilt[]> {
  const names = await fs.readdir(seedDir);
  await fs.mkdir(outDir, { recursive: true });
  const built: SampleBuilt[] = [];
  for (const sample of SAMPLES) {
    const seed = names.find((n) => n.startsWith(sample.seed) && n.endsWith(".txt"));
    if (!seed) continue;
    const text = decodeTextFile(await fs.readFile(path.join(seedDir, seed)));
    const result = importText(text);
    const file = path.join(outDir, sample.out);
    await writeCatalogueBook(createNewXlsxFilePort(file), result, { year: 2024, periods: sample.periods, asOf: sample.asOf });
    built.push({
      file,
      what: sample.what,
      tasks: result.tasks.length,
      progress: result.tasks.filter((t) => t.progress).length,
      units: result.units.length,
      result,
    });
  }
  return built;
}

if (require.main === module) {
  const [seedDir = "seeds", outDir = seedDir] = process.argv.slice(2);
  buildSampleWorkbooks(seedDir, outDir).then(
    (built) => {
      for (const b of built) process.stdout.write(`${b.file}: ${b.tasks} 项任务，${b.progress} 条进展，${b.units} 个名录单位 — ${b.what}\n`);
    },
    (err) => {
      process.stderr.write(`${(err as Error).stack ?? err}\n`);
      process.exitCode = 3;
    },
  );
}
