import type { OptionSpec } from "./args";

/** What `duban COMMAND --help` prints: Chinese first, English after, every option the command accepts. */
interface CommandHelp {
  usage: string[];
  zh: string;
  en: string;
  options: Record<string, { arg?: string; zh: string; en: string }>;
}

const AS_OF = { arg: "日期", zh: "截至日期（如 2024-06-30），默认取「设置」表中的截至日期，再缺省为今天", en: "as-of date; default: the 设置 sheet's, else today" };
const JSON_OUT = { zh: "以 JSON 输出到标准输出", en: "print JSON to stdout" };

const analysis = (zh: string, en: string, writes: string): CommandHelp => ({
  usage: [`BOOK.xlsx [-o OUT.xlsx] [--as-of 日期] [--json]`],
  zh,
  en,
  options: {
    output: { arg: "OUT.xlsx", zh: `写出输入工作簿的副本，另加${writes}（原文件不改动）`, en: "write a copy of the book with duban's results added (the input is never changed)" },
    "as-of": AS_OF,
    json: JSON_OUT,
  },
});

export const COMMAND_HELP: Record<string, CommandHelp> = {
  validate: analysis("校验进展填报：逐行对照任务清单，找出未知任务、单位不符、缺报迟报、超长或空白、状态矛盾、数字无法识别、逾期与落后于序时进度的指标。",
    "validate progress rows against the catalogue", "「校验结果」「指标跟踪」两张表和进展表右侧的「校验状态」「校验说明」两列"),
  rollup: analysis("汇总完成情况：按牵头单位、协办单位、板块和牵头领导统计完成率与序时率，以及报送情况。",
    "roll up completion per unit, section and leader", "「汇总」「报送情况」「任务状态」「指标跟踪」四张表"),
  bulletin: {
    usage: ["BOOK.xlsx [-o OUT.docx|OUT.xlsx] [--as-of 日期] [--office 发文机关] [--json]"],
    zh: "起草通报：总体情况、成效、进展滞后和逾期任务（按单位、按领导）、报送情况、下步要求。-o 通报.docx 写出公文格式（GB/T 9704）的 Word 文档；-o OUT.xlsx 写出带「通报」表的工作簿副本。",
    en: "draft the bulletin: a .docx in the official layout, or a copy of the book with a 通报 sheet",
    options: {
      output: { arg: "OUT", zh: "输出文件：.docx 为公文，.xlsx 为带「通报」表的工作簿副本（原文件不改动）", en: ".docx: the official document; .xlsx: a copy of the book with the 通报 sheet" },
      "as-of": AS_OF,
      office: { arg: "发文机关", zh: "发文机关名称（仅 .docx）", en: "the issuing office (.docx only)" },
      json: JSON_OUT,
    },
  },
  notices: {
    usage: ["BOOK.xlsx -o DIR [--as-of 日期] [--reply-days 7] [--first-number 1] [--office 发文机关] [--json]"],
    zh: "督办单和催办清单：按单位写出督办单（蓝：临近时限；黄：未达序时进度；红：逾期未完成）和未按时报送的催办清单，写入目录 DIR。",
    en: "urging notices per unit (blue / yellow / red) and the list of reports overdue, into the folder DIR",
    options: {
      output: { arg: "DIR", zh: "输出目录", en: "output folder" },
      "as-of": AS_OF,
      json: JSON_OUT,
      office: { arg: "发文机关", zh: "发文机关名称", en: "the issuing office" },
      "reply-days": { arg: "天数", zh: "要求回复的期限（天，默认 7）", en: "days allowed for a reply (default 7)" },
      "first-number": { arg: "编号", zh: "督办单起始编号（默认 1）", en: "number of the first notice (default 1)" },
    },
  },
  template: {
    usage: ["[BOOK.xlsx] [--units 单位.xlsx] [--per-unit] [--year 年度] -o OUT"],
    zh: "生成填报工作簿：不带 BOOK 时为空白模板；带 BOOK 时填入其任务清单；--per-unit 时每个单位一个工作簿（OUT 为目录）。表内有下拉选项，进展填报首行为「自查」行，用公式标出并统计超长、漏填、序号无效等问题，无需加载项。",
    en: "write a fill-in workbook: blank, or from a book's catalogue; --per-unit writes one workbook per unit into the folder OUT. The forms check themselves with formulas (a 自查 line and coloured cells), no add-in needed",
    options: {
      output: { arg: "OUT", zh: "输出文件（--per-unit 时为输出目录）", en: "output file (a folder with --per-unit)" },
      units: { arg: "单位.xlsx", zh: "从该工作簿的「单位」表读入单位名录", en: "take the unit registry from this book's 单位 sheet" },
      "per-unit": { zh: "每个单位生成一个只含其任务的工作簿", en: "one workbook per unit, holding only its tasks" },
      year: { arg: "年度", zh: "填报年度（默认今年）", en: "the year (default: this year)" },
    },
  },
  merge: {
    usage: ["A.xlsx B.xlsx … -o OUT.xlsx [--json]"],
    zh: "合并各单位回传的填报表：每一行都保留；同一任务、单位、报告期的多行在「合并报告」中列为重复或冲突。",
    en: "merge returned unit workbooks; every row is kept, duplicates and conflicts are listed in 合并报告",
    options: {
      output: { arg: "OUT.xlsx", zh: "合并结果写入的工作簿", en: "the merged workbook" },
      json: JSON_OUT,
    },
  },
  import: {
    usage: ["FILE [--kind auto|notice|table|pdf-table|report] [--year 年度] [-o 清单.xlsx] [--force] [--json]"],
    zh: "导入任务分解通知、Word/PDF 表格或工作报告正文（.txt / .xlsx / .docx，- 表示标准输入），生成任务清单。",
    en: "import a notice, a Word/PDF table or report prose into a task catalogue",
    options: {
      kind: { arg: "类型", zh: "文档类型：auto（自动识别，默认）、notice、table、pdf-table、report", en: "document kind (default auto)" },
      year: { arg: "年度", zh: "任务所属年度，用于推算完成时限", en: "the year deadlines belong to" },
      output: { arg: "清单.xlsx", zh: "写出任务清单工作簿", en: "write the catalogue workbook" },
      force: { zh: "输出文件已存在时覆盖", en: "overwrite an existing output file" },
      json: JSON_OUT,
    },
  },
  parse: {
    usage: ["target [--year 年度] [--json] [文本]", "progress [--json] [文本]"],
    zh: "解析任务文本中的目标（target）或进展文本中的实际完成值（progress）；不给文本时从标准输入每行读一条。",
    en: "parse the targets of a task text or the figures of a progress text; without TEXT, one text per stdin line",
    options: {
      year: { arg: "年度", zh: "目标所属年度（默认今年），用于推算时限", en: "the year (default: this year)" },
      json: { zh: "每条文本输出一行 JSON", en: "one JSON line per text" },
    },
  },
  judge: {
    usage: ["--target 目标 --progress 进展 --as-of 日期 [--level 省|市|县] [--json]"],
    zh: "研判：用进展文本对照任务目标，给出每个指标的状态与红黄绿；不给 --target/--progress 时从标准输入读「目标<TAB>进展」行。",
    en: "judge targets against progress at a date; without --target/--progress, reads TARGET<TAB>PROGRESS lines",
    options: {
      target: { arg: "目标", zh: "任务目标文本", en: "the task's target text" },
      progress: { arg: "进展", zh: "进展文本", en: "the progress text" },
      "as-of": { arg: "日期", zh: "截至日期（必填，如 2024-06-30）", en: "as-of date (required)" },
      level: { arg: "层级", zh: "单位层级：省、市或县（区、旗按县），同设置表的「单位层级」；不给时全市/全省的数字不据以判绿", en: "the office's level (省, 市 or 县), as the 设置 sheet's 单位层级; without it a 全市/全省 figure gives no green" },
      json: JSON_OUT,
    },
  },
  demo: {
    usage: ["[--out 目录]"],
    zh: "演示：由 seeds/ 中的文件生成示例工作簿，逐个校验并汇总。",
    en: "build the sample workbooks from seeds/, validate and roll them up",
    options: { out: { arg: "目录", zh: "输出目录（默认 out/）", en: "output folder (default out/)" } },
  },
};

/** The help text of one command, options in the order the command declares them. */
export function renderCommandHelp(name: string, spec: OptionSpec): { text: string; undocumented: string[]; stale: string[] } {
  const help = COMMAND_HELP[name];
  const documented = help?.options ?? {};
  const undocumented = Object.keys(spec).filter((o) => !documented[o]);
  const stale = Object.keys(documented).filter((o) => !spec[o]);
  const lines = [`用法 Usage:`, ...(help?.usage ?? [""]).map((u) => `  duban ${name} ${u}`.trimEnd()), ""];
  if (help) lines.push(help.zh, help.en, "");
  lines.push("选项 Options:");
  const flags = Object.entries(spec).map(([long, o]) => {
    const doc = documented[long];
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${long}${doc?.arg ? ` ${doc.arg}` : o.type === "string" ? " 值" : ""}`;
    return { flag, doc };
  });
  flags.push({ flag: "-h, --help", doc: { zh: "显示本帮助", en: "show this help" } });
  const width = Math.max(...flags.map((f) => displayWidth(f.flag))) + 2;
  for (const { flag, doc } of flags) lines.push(`  ${flag}${" ".repeat(width - displayWidth(flag))}${doc ? `${doc.zh}  ${doc.en}` : "（无说明）"}`);
  return { text: lines.join("\n") + "\n", undocumented, stale };
}

/** Columns in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
