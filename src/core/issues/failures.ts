/**
 * Every failure duban reports, one code each: what stops a file being read (FILE_), a workbook being analysed
 * (BOOK_, MERGE_), a command being run (CLI_, IMPORT_ of the command), a host doing its part (HOST_), the task
 * pane (TASKPANE_) or a worksheet function (FN_). Each code has a summary (what it means, Chinese and English:
 * README and the pane's help read them) and a `message` from its typed parameters, Chinese first and the
 * English apart: this is the one zh-CN message map. `new DubanError(code, params)` (./index.ts) raises it,
 * and TypeScript holds the parameters to the code's type. Findings on a workbook's rows are the other half of
 * the catalogue: src/core/validate/ruleCatalog.ts (RULES), joined in ./index.ts.
 *
 * Not here, on purpose: an internal invariant broken (a programming error: a row index below zero, an element
 * missing from the pane's own HTML, a control-flow signal such as the zip copy's "cannot copy this, fall back")
 * stays a plain `Error` (or a private subclass) with English text; it is never shown as a foreseen failure,
 * the CLI prints it as INTERNAL_ERROR with its stack and the pane as TASKPANE_INTERNAL.
 */

/** What a message says in each language. */
interface Text {
  zh: string;
  en: string;
}

/** The parameters of a code that takes none. */
export type NoParams = Record<string, never>;

/** The error value a worksheet function's failure becomes in the cell (only these two carry a message in Excel). */
export type CellErrorValue = "#VALUE!" | "#N/A";

interface FailureSpec<P> {
  /** What the code means (a summary, no parameters). */
  zh: string;
  en: string;
  /** The full message from its parameters. */
  message: (p: P) => Text;
  /** FN_ only: the error value the cell shows. */
  cell?: CellErrorValue;
}

/** A code whose message is its summary, or a fixed sentence. */
const fixed = (zh: string, en: string, message: Text = { zh, en }): FailureSpec<NoParams> => ({ zh, en, message: () => message });
const spec = <P>(zh: string, en: string, message: (p: P) => Text): FailureSpec<P> => ({ zh, en, message });
const fn = <P>(cell: CellErrorValue, zh: string, en: string, message: (p: P) => Text): FailureSpec<P> => ({ zh, en, message, cell });

/** What a host was doing when it failed. */
export type HostOperation = "connect" | "read" | "write" | "select" | "taskpane";

const OPERATION: Record<HostOperation, Text> = {
  connect: { zh: "连接 WPS 表格", en: "connecting to WPS" },
  read: { zh: "读取工作簿", en: "reading the workbook" },
  write: { zh: "写入工作簿", en: "writing the workbook" },
  select: { zh: "定位单元格", en: "selecting the cell" },
  taskpane: { zh: "打开任务窗格", en: "opening the task pane" },
};

/** A host's failure in its own words: 读取工作簿失败（where）：detail. */
interface HostFailure {
  operation: HostOperation;
  /** The sheet or range, "" when unknown. */
  where: string;
  /** The host's own message (an ET or Office.js error's text). */
  detail: string;
  /** Office.js's own code ("InvalidArgument"), "" when none. */
  officeCode?: string;
}

const excelFailed = (p: HostFailure): Text => ({
  zh: `${OPERATION[p.operation].zh}失败：${p.detail}${p.officeCode ? `（${p.officeCode}）` : ""}`,
  en: `${OPERATION[p.operation].en} failed`,
});
const wpsFailed = (p: HostFailure): Text => ({
  zh: `${OPERATION[p.operation].zh}失败${p.where ? `（${p.where}）` : ""}：${p.detail}`,
  en: `${OPERATION[p.operation].en} failed`,
});
const excelWhere = (where: string) => (where ? `（${where}）` : "");

/** The ways a command line can be wrong that share CLI_BAD_ARGS (the CLI adds "run duban CMD --help"). */
/** What node's argument parser found wrong (its own message, English, is the `detail`). */
type ParseProblem = "unknown-option" | "takes-no-value" | "needs-value" | "other";
const PARSE_PROBLEM: Record<ParseProblem, (option: string) => string> = {
  "unknown-option": (o) => `未知选项 ${o}`.trim(),
  "takes-no-value": (o) => `选项 ${o} 不带取值`,
  "needs-value": (o) => `选项 ${o} 缺少取值`,
  other: () => "无法识别的参数",
};

type BadArgs =
  | { kind: "parse"; problem: ParseProblem; option: string; detail: string }
  | { kind: "no-output"; command: "template" | "merge" | "notices" }
  | { kind: "one-book-at-most" }
  | { kind: "one-book"; what: string }
  | { kind: "bad-year"; value: string }
  | { kind: "per-unit-needs-book" }
  | { kind: "not-a-count"; option: string; value: string }
  | { kind: "office-needs-docx" }
  | { kind: "no-books" };

const NO_OUTPUT: Record<"template" | "merge" | "notices", Text> = {
  template: { zh: "请用 -o 指定输出文件（--per-unit 时为输出目录）。", en: "missing -o" },
  merge: { zh: "请用 -o 指定合并后的输出文件。", en: "missing -o" },
  notices: { zh: "请用 -o 指定输出文件夹：duban notices BOOK.xlsx -o 督办单/", en: "notices needs -o DIR" },
};

function badArgs(p: BadArgs): Text {
  switch (p.kind) {
    case "parse":
      return { zh: `参数有误：${PARSE_PROBLEM[p.problem](p.option)}。`, en: `bad arguments: ${p.detail}` };
    case "no-output":
      return NO_OUTPUT[p.command];
    case "one-book-at-most":
      return { zh: "最多指定一个工作簿。", en: "at most one workbook" };
    case "one-book":
      return { zh: `请指定一个${p.what}。运行 duban --help 查看用法。`, en: `expected one ${p.what}` };
    case "bad-year":
      return { zh: `年度「${p.value}」无效。`, en: "bad year" };
    case "per-unit-needs-book":
      return { zh: "--per-unit 需要一个含任务清单的工作簿。", en: "--per-unit needs a workbook with a catalogue" };
    case "not-a-count":
      return { zh: `参数 --${p.option} 应为非负整数（${p.value}）。`, en: `--${p.option} must be a whole number` };
    case "office-needs-docx":
      return { zh: "--office 仅用于 .docx 输出（-o 通报.docx）。", en: "--office needs a .docx output" };
    case "no-books":
      return { zh: "请指定要合并的工作簿。", en: "no workbooks given" };
  }
}

type JudgeUsage = "no-as-of" | "positional" | "pair" | "level";
const JUDGE_USAGE: Record<JudgeUsage, Text> = {
  "no-as-of": {
    zh: "用法：duban judge --target 目标 --progress 进展 --as-of 日期 [--level 省|市|县] [--json]（缺少 --as-of）",
    en: "usage: duban judge --target T --progress P --as-of DATE [--level 省|市|县] [--json]",
  },
  positional: { zh: "judge 不接受位置参数，请用 --target 和 --progress", en: "unexpected argument" },
  pair: { zh: "--target 和 --progress 须同时给出", en: "--target and --progress go together" },
  level: { zh: "--level 须为 省、市 或 县（区、旗按县）", en: "--level takes 省, 市 or 县" },
};

/**
 * Why a file is damaged (FILE_DAMAGED): a closed set of reasons, each with its message below. `part` is the
 * zip entry concerned; `detail` is what the inflater or XML reader itself said (English, kept for the
 * English message only). A throw site names a reason and its data, never writes a sentence.
 */
export type DamageReason =
  | { kind: "not-zip" }
  | { kind: "too-short" }
  | { kind: "no-directory" }
  | { kind: "zip64-end" }
  | { kind: "zip64-locator" }
  | { kind: "directory-range" }
  | { kind: "directory-short" }
  | { kind: "directory-record" }
  | { kind: "zip64-extra-missing"; part: string }
  | { kind: "zip64-extra-short"; part: string }
  | { kind: "unsafe-name"; part: string }
  | { kind: "duplicate-name"; part: string }
  | { kind: "compression"; part: string; method: number }
  | { kind: "stored-size"; part: string }
  | { kind: "local-header"; part: string }
  | { kind: "data-range"; part: string }
  | { kind: "overlap" }
  | { kind: "unaccounted" }
  | { kind: "truncated" }
  | { kind: "part-missing"; part: string }
  | { kind: "part-empty"; part: string }
  | { kind: "inflate"; part: string; detail: string }
  | { kind: "size-mismatch"; part: string }
  | { kind: "crc"; part: string }
  | { kind: "xml"; part: string; detail: string }
  | { kind: "bad-column"; part: string }
  | { kind: "bad-row"; part: string }
  | { kind: "no-workbook" }
  | { kind: "sheet-missing"; sheet: string }
  | { kind: "unreadable"; detail: string };

type DamageKind = DamageReason["kind"];

/** The one message of each reason, shown in brackets after FILE_DAMAGED's sentence. */
export const DAMAGE: { [K in DamageKind]: (p: Extract<DamageReason, { kind: K }>) => Text } = {
  "not-zip": () => ({ zh: "不是有效的 zip 文件", en: "not a zip archive" }),
  "too-short": () => ({ zh: "文件过短，不可能是 zip", en: "too short for a zip" }),
  "no-directory": () => ({ zh: "找不到 zip 目录，文件可能被截断", en: "no end of central directory (truncated?)" }),
  "zip64-end": () => ({ zh: "ZIP64 目录记录无效", en: "bad ZIP64 end record" }),
  "zip64-locator": () => ({ zh: "ZIP64 目录缺少定位记录", en: "ZIP64 locator missing" }),
  "directory-range": () => ({ zh: "zip 目录越界，文件可能被截断", en: "central directory out of range" }),
  "directory-short": () => ({ zh: "zip 目录不完整", en: "short central directory" }),
  "directory-record": () => ({ zh: "zip 目录记录无效", en: "bad central directory record" }),
  "zip64-extra-missing": (p) => ({ zh: `${p.part} 缺少 ZIP64 扩展字段`, en: `${p.part}: ZIP64 extra field missing` }),
  "zip64-extra-short": (p) => ({ zh: `${p.part} 的 ZIP64 扩展字段过短`, en: `${p.part}: ZIP64 extra field too short` }),
  "unsafe-name": (p) => ({ zh: `含不安全的条目名「${p.part}」（绝对路径或 ../）`, en: `unsafe entry name ${p.part}` }),
  "duplicate-name": (p) => ({ zh: `条目「${p.part}」重复（名称仅大小写不同）`, en: `duplicate part name ${p.part}` }),
  compression: (p) => ({ zh: `${p.part} 使用不支持的压缩方式 ${p.method}`, en: `${p.part}: unsupported compression method ${p.method}` }),
  "stored-size": (p) => ({ zh: `${p.part} 的压缩前后大小不一致`, en: `${p.part}: stored sizes differ` }),
  "local-header": (p) => ({ zh: `${p.part} 的本地文件头无效，文件可能被截断`, en: `${p.part}: bad local header` }),
  "data-range": (p) => ({ zh: `${p.part} 数据越界，文件可能被截断`, en: `${p.part}: entry data out of range` }),
  overlap: () => ({ zh: "zip 条目相互重叠", en: "overlapping entries" }),
  unaccounted: () => ({ zh: "zip 中有目录未登记的数据", en: "unaccounted data" }),
  truncated: () => ({ zh: "文件被截断", en: "truncated" }),
  "part-missing": (p) => ({ zh: `缺少 ${p.part}`, en: `${p.part} missing` }),
  "part-empty": (p) => ({ zh: `${p.part} 为空`, en: `${p.part} is empty` }),
  inflate: (p) => ({ zh: `${p.part} 无法解压`, en: `${p.part}: ${p.detail}` }),
  "size-mismatch": (p) => ({ zh: `${p.part} 大小与目录不符`, en: `${p.part}: size mismatch` }),
  crc: (p) => ({ zh: `${p.part} 校验和不符`, en: `${p.part}: CRC mismatch` }),
  xml: (p) => ({ zh: `${p.part || "工作簿部件"} 的 XML 格式错误`, en: `${p.part ? p.part + ": " : ""}malformed XML: ${p.detail}` }),
  "bad-column": (p) => ({ zh: `${p.part} 中的列号无效`, en: `${p.part}: bad column` }),
  "bad-row": (p) => ({ zh: `${p.part} 中的行号无效`, en: `${p.part}: bad row number` }),
  "no-workbook": () => ({ zh: "缺少工作簿部件（xl/workbook.xml），不是 Excel 工作簿", en: "no workbook part" }),
  "sheet-missing": (p) => ({ zh: `缺少工作表「${p.sheet}」的数据`, en: "missing sheet part" }),
  unreadable: (p) => ({ zh: "工作簿结构无法解析", en: p.detail }),
};

function damageText(p: DamageReason): Text {
  return (DAMAGE[p.kind] as (p: DamageReason) => Text)(p);
}

const GIB = 1024 ** 2;

export const FAILURES = {
  // Files (the xlsx host and the CLI's files).
  FILE_NOT_FOUND: spec("文件不存在或无权限读取", "file missing or unreadable", (p: { file: string }) => ({
    zh: `无法读取文件「${p.file}」：文件不存在或无权限。`,
    en: `cannot read ${p.file}`,
  })),
  FILE_NOT_A_FILE: spec("不是文件（是文件夹或设备）", "not a file", (p: { file: string }) => ({ zh: `「${p.file}」不是文件。`, en: `${p.file} is not a file` })),
  FILE_SAME_AS_INPUT: spec("输出文件与输入文件相同", "the output file is an input file", (p: { file: string }) => ({
    zh: `输出文件不能与输入文件相同（${p.file}）：督办助手从不改写原文件。`,
    en: "Output must differ from input.",
  })),
  FILE_NO_OUTPUT: fixed("未指定输出文件", "no output file", { zh: "未指定输出文件（-o），不能写入。", en: "No output file given." }),
  FILE_WRITE_FAILED: spec("无法写入文件", "cannot write the file", (p: { file: string; reason: string }) => ({
    zh: `无法写入「${p.file}」：${p.reason}`,
    en: `cannot write ${p.file}`,
  })),
  FILE_EMPTY: spec("文件为空", "empty file", (p: { file: string }) => ({ zh: `文件「${p.file}」是空文件。`, en: `empty file: ${p.file}` })),
  FILE_DAMAGED: spec("文件已损坏，无法读取", "damaged file", (p: { file: string } & DamageReason) => {
    const why = damageText(p);
    return { zh: `文件「${p.file}」已损坏或不完整，无法作为 .xlsx 工作簿读取（${why.zh}）。`, en: `File damaged: ${why.en}.` };
  }),
  FILE_ENCRYPTED: spec("文件已加密", "encrypted file", (p: { file: string; what: "password" | "zip" }) =>
    p.what === "zip"
      ? { zh: `工作簿「${p.file}」的压缩包已加密，请在 Excel 或 WPS 中取消密码后另存再试。`, en: "Encrypted zip entries." }
      : { zh: `工作簿「${p.file}」设有打开密码，请在 Excel 或 WPS 中取消密码后另存再试。`, en: "The workbook has an open password." },
  ),
  FILE_NOT_XLSX: spec("不是 .xlsx 工作簿", "not an .xlsx workbook", (p: { file: string }) => ({
    zh: `「${p.file}」不是 .xlsx 工作簿（可能是 CSV 或文本文件），请另存为 .xlsx 后再试。`,
    en: "not an .xlsx workbook",
  })),
  FILE_XLS: spec("旧版 .xls 工作簿，请另存为 .xlsx", "old .xls workbook; save it as .xlsx", (p: { file: string }) => ({
    zh: `「${p.file}」是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再试。`,
    en: "old .xls workbook; save it as .xlsx",
  })),
  FILE_TOO_LARGE: spec(
    "文件过大",
    "file too large",
    (p: { file: string; what: "zip-field" | "zip-directory" | "output-zip64" } | { sheet: string; emptyRows: number } | { rows: number; limit: number }): Text => {
      if ("what" in p) {
        if (p.what === "output-zip64") {
          return { zh: `输出的工作簿「${p.file}」超过 4 GB，超出督办助手可写入的范围。`, en: "The output would need ZIP64, which duban does not write." };
        }
        return p.what === "zip-field"
          ? { zh: `文件「${p.file}」的 zip 记录超出可处理的范围。`, en: "Zip field out of range." }
          : { zh: `文件「${p.file}」的 zip 目录过大，超出督办助手可处理的范围。`, en: "Zip directory too large." };
      }
      if ("sheet" in p) {
        return {
          zh: `工作表「${p.sheet}」含 ${p.emptyRows.toLocaleString("en-US")} 个设置了格式的空行，需要载入整个工作簿才能处理，内存不足以承受。请在 Excel/WPS 中删除表末空行后再试。`,
          en: `Sheet has ${p.emptyRows} formatted empty rows; delete them and try again.`,
        };
      }
      return {
        zh: `工作簿共 ${p.rows.toLocaleString("en-US")} 行，超过需要载入整个工作簿时的上限 ${p.limit.toLocaleString("en-US")} 行。请按单位拆分后分别处理。`,
        en: "Too many rows to load the whole workbook; split it.",
      };
    },
  ),
  FILE_ZIP_BOMB: spec(
    "压缩包解压后过大，拒绝读取",
    "archive expands too far",
    (p: { file: string; entries: number } | { file: string; part: string; declared: number; ratio: number } | { file: string; part: string }): Text => {
      if ("entries" in p) return { zh: `文件「${p.file}」含 ${p.entries} 个压缩条目，远超正常工作簿，已拒绝读取。`, en: "Too many zip entries." };
      if ("declared" in p) {
        return {
          zh: `文件「${p.file}」中的 ${p.part} 声明解压后为 ${(p.declared / GIB).toFixed(0)} MB（压缩比 ${p.ratio.toFixed(0)}:1），疑似恶意压缩文件（zip 炸弹），已拒绝读取。`,
          en: "Declared inflated size out of proportion.",
        };
      }
      return {
        zh: `文件「${p.file}」中的 ${p.part} 解压后超过其声明的大小，疑似恶意压缩文件（zip 炸弹），已拒绝读取。`,
        en: "Zip entry inflates beyond its declared size.",
      };
    },
  ),
  FILE_UNSAFE_XML: spec("工作簿含不安全的 XML（DTD / 实体）", "workbook XML declares a DTD or entities", (p: { file: string; part: string }) => ({
    zh: `文件「${p.file}」的 ${p.part} 含有 DOCTYPE/ENTITY 声明（可能引用外部实体），出于安全考虑已拒绝读取。`,
    en: "XML with DOCTYPE/ENTITY declarations is refused.",
  })),

  // Workbooks.
  BOOK_NO_CATALOGUE: spec("找不到任务清单工作表", "no task catalogue sheet", (p: { sheet: string }) => ({
    zh: `找不到任务清单工作表（应名为「${p.sheet}」，或含“序号”“任务内容”列）。`,
    en: "no task catalogue sheet",
  })),
  BOOK_MISSING_COLUMN: spec("工作表缺少必需的列", "a required column is missing", (p: { sheet: string; columns: string }) => ({
    zh: `工作表「${p.sheet}」缺少必需的列：${p.columns}。`,
    en: `sheet ${p.sheet} lacks a required column`,
  })),
  BOOK_NO_SHEET_NAME: spec("找不到可用的工作表名称", "no free sheet name", (p: { sheet: string }) => ({
    zh: `工作簿中已有「${p.sheet}」等同名工作表，找不到可用的名称写入督办助手的「${p.sheet}」，未写入任何内容。`,
    en: "No free sheet name.",
  })),
  BOOK_DUPLICATE_SHEET: spec("工作表重名", "duplicate sheet name", (p: { sheet: string }) => ({
    zh: `工作簿中有两个工作表都名为「${p.sheet}」，无法确定写入哪一个，未写入任何内容。请在 Excel 或 WPS 中重命名其中一个后再试。`,
    en: "Two sheets share one name.",
  })),
  BOOK_SHEET_MISSING: spec("要改的工作表不存在", "the sheet to edit is missing", (p: { sheet: string }) => ({
    zh: `找不到工作表「${p.sheet}」，未写入。`,
    en: "Sheet not found.",
  })),
  BOOK_NO_FREE_COLUMN: spec("进展表右侧没有空列可写入结果", "no free column beside the progress rows", (p: { sheet: string; header: string }) => ({
    zh: `工作表「${p.sheet}」已用到最后一列（XFD），没有空列可追加「${p.header}」，原有单元格不会被覆盖，未写入任何内容。请删除右侧多余的列后再试，或不带 -o 运行。`,
    en: "No free column left for duban's result columns.",
  })),
  BOOK_CONTENT_TYPES: fixed("工作簿的内容类型清单无法读取", "the workbook's [Content_Types].xml is unreadable"),
  BOOK_COPY_UNSUPPORTED: spec("无法在原工作簿副本上写入，改为另存", "the copy cannot be patched in place", (p: { file: string; lost: string }) => ({
    zh: `工作簿「${p.file}」的结构无法逐部件复制，而整体重写会丢失其中的 ${p.lost}，因此未写入任何内容。请在 Excel 或 WPS 中另存一次后再试，或不带 -o 运行。`,
    en: "The copy would lose parts; nothing written.",
  })),
  BOOK_PART_NOT_UTF8: spec("工作簿部件的编码无法原样保留", "a part to edit is not UTF-8", (p: { file: string; part: string }) => ({
    zh: `工作簿「${p.file}」的部件 ${p.part} 不是有效的 UTF-8 文本（或声明了其他编码）。督办助手写入时无法保证其中原有的字节不变，为避免改动已填写的内容，未写入任何内容。请在 Excel 或 WPS 中另存一次后再试，或不带 -o 运行。`,
    en: "A part duban must edit is not valid UTF-8 (or declares another encoding); nothing written.",
  })),
  MERGE_NOTHING_READ: spec("没有可合并的工作簿", "no workbook to merge", (p: { skipped: string }) => ({
    zh: `没有可合并的工作簿：${p.skipped}`,
    en: "no workbook could be merged",
  })),

  // The command line.
  CLI_BAD_ARGS: spec("命令参数有误", "bad arguments", badArgs),
  CLI_UNKNOWN_COMMAND: spec("未知命令", "unknown command", (p: { command: string }) => ({
    zh: `未知命令「${p.command}」。运行 duban --help 查看用法。`,
    en: `unknown command: ${p.command}`,
  })),
  // bin/duban.js prints this one itself: it runs before anything is compiled.
  CLI_NOT_BUILT: fixed("命令行尚未编译", "the CLI is not built"),
  CLI_BAD_DATE: spec("日期无法识别", "bad date", (p: { value: string }) => ({
    zh: `日期「${p.value}」无法识别，请写成 2024-06-30。`,
    en: `bad date: ${p.value}`,
  })),
  CLI_BAD_YEAR: spec("年度无效", "bad year", (p: { value: string }) => ({
    zh: `年度「${p.value}」无效，应为四位年份，如 2024`,
    en: "bad --year",
  })),
  CLI_PARSE_USAGE: fixed("duban parse 的用法有误", "duban parse usage", {
    zh: "用法：duban parse target [--year 年度] [--json] [文本] 或 duban parse progress [--json] [文本]",
    en: "usage: duban parse target|progress [--json] [TEXT]",
  }),
  CLI_JUDGE_USAGE: spec("duban judge 的用法有误", "duban judge usage", (p: { problem: JudgeUsage }) => JUDGE_USAGE[p.problem]),
  INTERNAL_ERROR: spec("内部错误", "internal error", (p: { detail: string }) => ({
    zh: "内部错误，请将以下信息反馈给开发者。",
    en: `internal error:\n${p.detail}`,
  })),
  IMPORT_BAD_ARGS: spec("导入参数有误", "bad import arguments", (p: { problem: "no-input" | "no-stdin" }) =>
    p.problem === "no-input"
      ? { zh: "请指定一个要导入的文件（.txt / .xlsx / .docx，或 - 表示标准输入）。", en: "expected one input file" }
      : { zh: "标准输入不可用。", en: "no stdin" },
  ),
  IMPORT_BAD_KIND: spec("导入类型无法识别", "unknown import kind", (p: { value: string }) => ({
    zh: `--kind 只能是 auto、notice、table、pdf-table 或 report，而不是「${p.value}」。`,
    en: `unknown kind: ${p.value}`,
  })),
  IMPORT_BAD_YEAR: spec("导入年度无效", "bad import year", (p: { value: string }) => ({
    zh: `--year 应为四位年份（如 2024），而不是「${p.value}」。`,
    en: `bad year: ${p.value}`,
  })),
  IMPORT_EMPTY: spec("没有可导入的内容", "nothing to import", (p: { file: string }) => ({ zh: `文件「${p.file}」没有工作表。`, en: "no worksheet" })),
  IMPORT_FILE_DAMAGED: spec("导入的文件已损坏", "the file to import is damaged", (p: { file: string; ext: string; reason?: string }) =>
    p.reason === undefined
      ? { zh: `文件「${p.file}」已损坏或不是有效的 ${p.ext} 文件，无法读取。`, en: `damaged ${p.ext}` }
      : { zh: `文件「${p.file}」无法作为 ${p.ext} 读取（${p.reason}）。`, en: `damaged ${p.ext.slice(1)}` },
  ),
  IMPORT_FILE_NOT_FOUND: spec("导入的文件不存在", "the file to import is missing", (p: { file: string }) => ({
    zh: `无法读取文件「${p.file}」：文件不存在或无权限。`,
    en: `cannot read ${p.file}`,
  })),
  IMPORT_OUTPUT_EXISTS: spec("输出文件已存在", "the output file exists", (p: { file: string }) => ({
    zh: `输出文件「${p.file}」已存在；确认覆盖请加 --force。`,
    en: `output exists: ${p.file}`,
  })),
  IMPORT_UNSUPPORTED_FILE: spec("不支持的导入文件类型", "unsupported file type to import", (p: { ext: string }) => ({
    zh: `暂不支持直接读取 ${p.ext} 文件：请另存为 .xlsx/.docx，或复制其中的文字保存为 .txt 后导入。`,
    en: `unsupported file type ${p.ext}`,
  })),

  // Hosts.
  HOST_CANCELLED: spec("操作已取消", "cancelled", (p: { kept: "written" | "nothing" }) =>
    p.kept === "written" ? { zh: "已取消（已写入的部分保留在工作簿中）。", en: "Cancelled." } : { zh: "已取消。", en: "Cancelled." },
  ),
  HOST_EXCEL_BUSY: spec("Excel 正忙（单元格编辑中）", "Excel is busy", (p: HostFailure) => ({
    zh: `${OPERATION[p.operation].zh}失败：请先结束单元格编辑或取消工作表保护后重试（${p.officeCode ?? ""}）`,
    en: "Excel is busy",
  })),
  HOST_EXCEL_INVALID: spec("Excel 拒绝了写入的内容", "Excel rejected the write", (p: HostFailure) => ({
    zh: `${OPERATION[p.operation].zh}失败：Excel 拒绝了该操作${excelWhere(p.where)}（${p.officeCode ?? ""}）`,
    en: "Excel rejected the operation",
  })),
  HOST_EXCEL_NOT_FOUND: spec("Excel 中找不到工作表或区域", "sheet or range not found in Excel", (p: HostFailure) => ({
    zh: `${OPERATION[p.operation].zh}失败：找不到工作表或单元格${excelWhere(p.where)}`,
    en: "sheet or range not found",
  })),
  HOST_EXCEL_PAYLOAD_TOO_LARGE: spec("一次写入的数据过多", "payload too large", (p: HostFailure) => ({
    zh: `${OPERATION[p.operation].zh}失败：单次请求超过 Excel 的 5 MB 上限${excelWhere(p.where)}`,
    en: "payload too large",
  })),
  HOST_EXCEL_READ_FAILED: spec("读取 Excel 工作簿失败", "reading the Excel workbook failed", excelFailed),
  HOST_EXCEL_WRITE_FAILED: spec("写入 Excel 工作簿失败", "writing the Excel workbook failed", excelFailed),
  HOST_EXCEL_SELECT_FAILED: spec("定位 Excel 单元格失败", "selecting the Excel cell failed", excelFailed),
  HOST_WPS_NOT_FOUND: spec("未连接到 WPS 表格", "WPS Spreadsheets not found", (p: { probe: string } | { pane: true }): Text =>
    "pane" in p
      ? { zh: "请在 WPS 表格中通过“督办”选项卡打开督办助手。", en: "Open duban from the 督办 tab in WPS Spreadsheets." }
      : { zh: `未检测到 WPS 表格${p.probe ? `（${p.probe}）` : ""}。`, en: "Not running inside WPS Spreadsheets." },
  ),
  HOST_WPS_SHEET_NOT_FOUND: spec("WPS 中找不到工作表", "sheet not found in WPS", (p: { sheet: string; operation: HostOperation }) => ({
    zh: `${p.operation === "write" ? "写入工作簿失败：" : ""}找不到工作表「${p.sheet}」。`,
    en: "Sheet not found.",
  })),
  HOST_WPS_NO_WORKBOOK: fixed("WPS 中没有打开的工作簿", "no open workbook in WPS", {
    zh: "请先在 WPS 表格中打开要督办的工作簿。",
    en: "Open a workbook in WPS Spreadsheets first.",
  }),
  HOST_WPS_NO_TASKPANE: fixed("WPS 无法打开任务窗格", "WPS offers no task pane", {
    zh: "此版本 WPS 不支持任务窗格（无 CreateTaskPane）。",
    en: "This WPS build has no task panes.",
  }),
  HOST_WPS_PROTECTED: spec("WPS 工作表受保护", "the WPS sheet is protected", (p: HostFailure) => ({
    zh: `${OPERATION[p.operation].zh}失败：工作表受保护，请先撤销保护${p.where ? `（${p.where}）` : ""}。`,
    en: "The sheet is protected.",
  })),
  HOST_WPS_READ_FAILED: spec("读取 WPS 工作簿失败", "reading the WPS workbook failed", wpsFailed),
  HOST_WPS_WRITE_FAILED: spec("写入 WPS 工作簿失败", "writing the WPS workbook failed", wpsFailed),
  HOST_WPS_SELECT_FAILED: spec("定位 WPS 单元格失败", "selecting the WPS cell failed", wpsFailed),
  HOST_WPS_TASKPANE_FAILED: spec("打开 WPS 任务窗格失败", "opening the WPS task pane failed", wpsFailed),
  HOST_WPS_BAD_FUNCTION_NAME: spec("WPS 自定义函数名不合规", "bad WPS custom function name", (p: { name: string }) => ({
    zh: `WPS 自定义函数名只能含字母、数字和下划线：${p.name}`,
    en: `WPS custom function names take no dots: ${p.name}`,
  })),

  // The task pane.
  TASKPANE_BAD_SETTING: spec("设置值无效", "bad setting", (p: { key: string; expected: string }) => ({
    zh: `“${p.key}”应为${p.expected}，未保存。`,
    en: `bad setting ${p.key}`,
  })),
  TASKPANE_BUSY: fixed("上一个操作仍在进行", "busy"),
  TASKPANE_CANCELLED: fixed("操作已取消", "cancelled", { zh: "已取消。", en: "Cancelled." }),
  TASKPANE_CLIPBOARD_DENIED: fixed("浏览器不允许写入剪贴板", "clipboard write denied"),
  TASKPANE_EMPTY_PASTE: fixed("粘贴的内容为空", "nothing pasted", { zh: "请先粘贴通知正文或表格。", en: "nothing pasted" }),
  TASKPANE_INTERNAL: fixed("内部错误", "internal error", { zh: "内部错误，请将详细信息反馈给开发者", en: "internal error" }),
  TASKPANE_NODE_ONLY: fixed("此功能只在命令行中可用", "available in the CLI only", {
    zh: "该操作只能在命令行中进行（需要读取本地文件）。",
    en: "available in the CLI only",
  }),
  TASKPANE_NOTHING_TO_COPY: fixed("没有可复制的内容", "nothing to copy", { zh: "请先生成通报草稿。", en: "nothing to copy" }),
  TASKPANE_NO_FILES: fixed("没有生成任何文件", "no files", { zh: "请先选择各单位回传的 .xlsx 文件。", en: "no files chosen" }),
  TASKPANE_NO_HOST: fixed("请在 Excel 或 WPS 中打开督办助手", "open duban inside Excel or WPS", {
    zh: "请在 Excel 中通过“督办”选项卡打开督办助手。",
    en: "Open duban from the 督办 tab in Excel.",
  }),
  TASKPANE_NO_PREVIEW: fixed("没有可写入的预览", "no preview to write", { zh: "请先预览。", en: "preview first" }),

  // Worksheet functions (=DUBAN.*): the cell shows the error value and the code's Chinese message.
  FN_BAD_DATE: fn("#VALUE!", "不是日期", "not a date", (p: { label: string; value: string }) => ({ zh: `${p.label}「${p.value}」不是日期`, en: `not a date: ${p.value}` })),
  FN_BAD_INDEX: fn("#VALUE!", "序号超出范围", "index out of range", (p: { value: string }) => ({
    zh: `序号应为正整数，收到「${p.value}」`,
    en: `the index must be a whole number from 1: ${p.value}`,
  })),
  FN_BAD_ARGUMENT: fn("#VALUE!", "参数类型无法识别", "argument of an unknown type", (p: { label: string; got: string }) => ({
    zh: `${p.label}的类型无法识别（${p.got}）`,
    en: `argument of an unknown type: ${p.got}`,
  })),
  FN_BAD_LEVEL: fn("#VALUE!", "单位层级无法识别", "level not recognised", (p: { value: string; expected: string }) => ({
    zh: `单位层级「${p.value}」无法识别，应为${p.expected}`,
    en: `not a level (省, 市 or 县): ${p.value}`,
  })),
  FN_BAD_PERIOD: fn("#VALUE!", "报告期无法识别", "period not recognised", (p: { from: string; to: string }) => ({
    zh: `起始日期 ${p.from} 晚于截止日期 ${p.to}`,
    en: "the start date is after the end date",
  })),
  FN_BAD_TEXT: fn("#VALUE!", "参数应为文字", "text expected", (p: { label: string }) => ({ zh: `${p.label}应为文字，收到逻辑值`, en: "text expected, got TRUE/FALSE" })),
  FN_BAD_YEAR: fn("#VALUE!", "年度无效", "bad year", (p: { value: string }) => ({ zh: `年度应为四位数字，收到「${p.value}」`, en: `bad year: ${p.value}` })),
  FN_EMPTY_RANGE: fn("#VALUE!", "区域为空", "empty range", (p: { label: string }) => ({ zh: `${p.label}为空`, en: "empty range" })),
  FN_EMPTY_TEXT: fn("#VALUE!", "文字为空", "empty text", (p: { label: string }) => ({ zh: `${p.label}为空`, en: "empty text" })),
  FN_INTERNAL: fn("#VALUE!", "函数内部错误", "internal error in the function", (p: { detail: string }) => ({ zh: `内部错误：${p.detail}`, en: "internal error" })),
  FN_NO_ACTUAL: fn("#N/A", "未识别到完成值", "no actual figure", (p: { reason: string } | { forTargets: true }) =>
    "forTargets" in p
      ? { zh: "进展文本中没有与目标对应的完成数据", en: "no figure matches the targets" }
      : { zh: `未识别到完成数据${p.reason ? "：" + p.reason : ""}`, en: "no actual figure" },
  ),
  FN_NO_DATE: fn("#VALUE!", "缺少日期", "date missing", (p: { label: string }) => ({ zh: `缺少${p.label}`, en: "date missing" })),
  FN_NO_DEADLINE: { ...fixed("未识别到完成时限", "no deadline"), cell: "#N/A" as const },
  FN_NO_RATIO: fn("#N/A", "无法计算完成比例", "no ratio", (p: { metric: string; detail: string }) => ({
    zh: `「${p.metric}」实际与目标方向相反，无完成率：${p.detail}`,
    en: "the figure goes the other way from the target",
  })),
  FN_WEAK_ACTUAL: fn("#N/A", "进展数字不能计算完成比例", "figure not trusted for a ratio", (p: { metric: string; code: string; reason: string }) => ({
    zh: `「${p.metric}」的进展数字不能确认是该指标本身的完成数，不计完成比例：${p.reason}（${p.code}）`,
    en: `the figure for ${p.metric} may not be its own result (${p.code})`,
  })),
  FN_NO_SUCH_METRIC: fn("#N/A", "没有这一指标", "no such metric", (p: { metric: string }) => ({
    zh: `进展文本中没有指标「${p.metric}」的数据`,
    en: `no figure for ${p.metric}`,
  })),
  FN_NO_SUCH_TARGET: fn("#N/A", "没有这一目标", "no such target", (p: { count: number; index: number }) => ({
    zh: `只识别到 ${p.count} 个目标，没有第 ${p.index} 个`,
    en: `only ${p.count} targets, no number ${p.index}`,
  })),
  FN_NO_TARGET: fn("#N/A", "未识别到量化目标", "no quantified target", (p: { reason: string }) => ({
    zh: `未识别到量化目标${p.reason ? "：" + p.reason : ""}`,
    en: "no quantified target",
  })),
  FN_NO_YEAR: { ...fixed("缺少年度", "year missing", { zh: "文本未写年度，请提供年度参数", en: "the text states no year; give one" }), cell: "#VALUE!" as const },
  FN_RANGE_SIZE: fn("#VALUE!", "区域大小不一致", "range sizes differ", (p: { units: number; statuses: number }) => ({
    zh: `单位区域（${p.units} 格）与状态区域（${p.statuses} 格）大小不同`,
    en: "the ranges differ in size",
  })),
  FN_UNIT_NOT_FOUND: fn("#N/A", "单位不在单位名录", "unit not in the registry", (p: { unit: string }) => ({
    zh: `区域中没有单位「${p.unit}」的任务`,
    en: `no task of ${p.unit}`,
  })),
};

export type FailureCode = keyof typeof FAILURES;

/** The parameters each code takes: `new DubanError("FILE_SAME_AS_INPUT", { file })` is checked against it. */
export type FailureParams<C extends FailureCode> = (typeof FAILURES)[C] extends FailureSpec<infer P> ? P : never;
