/**
 * Every failure duban reports, one code each: what stops a file being read (FILE_), a workbook being analysed
 * (BOOK_, MERGE_), a command being run (CLI_, IMPORT_ of the command), a host doing its part (HOST_), the task
 * pane (TASKPANE_) or a worksheet function (FN_). Each has a Chinese and an English summary (what the code
 * means; README and the pane's help read them); a code whose message is built here has a typed `message`
 * taking its parameters, and `failure(code, params)` (./duban Error) raises it. Findings on a workbook's rows
 * are the other half of the catalogue: src/core/validate/ruleCatalog.ts (RULES), joined in ./index.ts.
 */

/** Parameters a message takes: names and their values, always text or numbers. */
type Params = Record<string, string | number>;

interface FailureSpec<P extends Params = Params> {
  zh: string;
  en: string;
  /** The full message from its parameters, Chinese first and English apart (each surface places the English). */
  message?: (p: P) => { zh: string; en: string };
}

const summary = (zh: string, en: string): FailureSpec<Record<string, never>> => ({ zh, en });
const withMessage = <P extends Params>(zh: string, en: string, message: (p: P) => { zh: string; en: string }): FailureSpec<P> & { message: (p: P) => { zh: string; en: string } } => ({
  zh,
  en,
  message,
});

export const FAILURES = {
  // Files (the xlsx host and the CLI's files).
  FILE_NOT_FOUND: withMessage("文件不存在或无权限读取", "file missing or unreadable", (p: { file: string }) => ({
    zh: `无法读取文件「${p.file}」：文件不存在或无权限。`,
    en: `cannot read ${p.file}`,
  })),
  FILE_SAME_AS_INPUT: withMessage("输出文件与输入文件相同", "the output file is an input file", (p: { file: string }) => ({
    zh: `输出文件不能与输入文件相同（${p.file}）：督办助手从不改写原文件。`,
    en: "Output must differ from input.",
  })),
  FILE_WRITE_FAILED: withMessage("无法写入文件", "cannot write the file", (p: { file: string; reason: string }) => ({
    zh: `无法写入「${p.file}」：${p.reason}`,
    en: `cannot write ${p.file}`,
  })),
  FILE_EMPTY: summary("文件为空", "empty file"),
  FILE_DAMAGED: summary("文件已损坏，无法读取", "damaged file"),
  FILE_ENCRYPTED: summary("文件已加密", "encrypted file"),
  FILE_NOT_XLSX: summary("不是 .xlsx 工作簿", "not an .xlsx workbook"),
  FILE_XLS: summary("旧版 .xls 工作簿，请另存为 .xlsx", "old .xls workbook; save it as .xlsx"),
  FILE_TOO_LARGE: summary("文件过大", "file too large"),
  FILE_ZIP_BOMB: summary("压缩包解压后过大，拒绝读取", "archive expands too far"),
  FILE_UNSAFE_XML: summary("工作簿含不安全的 XML（DTD / 实体）", "workbook XML declares a DTD or entities"),

  // Workbooks.
  BOOK_NO_CATALOGUE: summary("找不到任务清单工作表", "no task catalogue sheet"),
  BOOK_MISSING_COLUMN: summary("工作表缺少必需的列", "a required column is missing"),
  BOOK_NO_SHEET_NAME: summary("找不到可用的工作表名称", "no free sheet name"),
  BOOK_DUPLICATE_SHEET: summary("工作表重名", "duplicate sheet name"),
  BOOK_SHEET_MISSING: summary("要改的工作表不存在", "the sheet to edit is missing"),
  BOOK_NO_FREE_COLUMN: summary("进展表右侧没有空列可写入结果", "no free column beside the progress rows"),
  BOOK_CONTENT_TYPES: summary("工作簿的内容类型清单无法读取", "the workbook's [Content_Types].xml is unreadable"),
  BOOK_COPY_UNSUPPORTED: summary("无法在原工作簿副本上写入，改为另存", "the copy cannot be patched in place"),
  MERGE_NOTHING_READ: summary("没有可合并的工作簿", "no workbook to merge"),

  // The command line.
  CLI_BAD_ARGS: summary("命令参数有误", "bad arguments"),
  CLI_UNKNOWN_COMMAND: summary("未知命令", "unknown command"),
  CLI_NOT_BUILT: summary("命令行尚未编译", "the CLI is not built"),
  CLI_BAD_DATE: withMessage("日期无法识别", "bad date", (p: { value: string }) => ({
    zh: `日期「${p.value}」无法识别，请写成 2024-06-30。`,
    en: `bad date: ${p.value}`,
  })),
  CLI_BAD_YEAR: withMessage("年度无效", "bad year", (p: { value: string }) => ({
    zh: `年度「${p.value}」无效，应为四位年份，如 2024`,
    en: "bad --year",
  })),
  CLI_PARSE_USAGE: summary("duban parse 的用法有误", "duban parse usage"),
  CLI_JUDGE_USAGE: summary("duban judge 的用法有误", "duban judge usage"),
  INTERNAL_ERROR: summary("内部错误", "internal error"),
  IMPORT_BAD_ARGS: summary("导入参数有误", "bad import arguments"),
  IMPORT_BAD_KIND: summary("导入类型无法识别", "unknown import kind"),
  IMPORT_BAD_YEAR: summary("导入年度无效", "bad import year"),
  IMPORT_EMPTY: summary("没有可导入的内容", "nothing to import"),
  IMPORT_FILE_DAMAGED: summary("导入的文件已损坏", "the file to import is damaged"),
  IMPORT_FILE_NOT_FOUND: withMessage("导入的文件不存在", "the file to import is missing", (p: { file: string }) => ({
    zh: `无法读取文件「${p.file}」：文件不存在或无权限。`,
    en: `cannot read ${p.file}`,
  })),
  IMPORT_OUTPUT_EXISTS: summary("输出文件已存在", "the output file exists"),
  IMPORT_OUTPUT_SAME: withMessage("输出文件与输入文件相同", "output equals input", () => ({ zh: "输出文件不能与输入文件相同。", en: "output equals input" })),
  IMPORT_UNSUPPORTED_FILE: summary("不支持的导入文件类型", "unsupported file type to import"),

  // Hosts.
  HOST_CANCELLED: summary("操作已取消", "cancelled"),
  HOST_EXCEL_BUSY: summary("Excel 正忙（单元格编辑中）", "Excel is busy"),
  HOST_EXCEL_INVALID: summary("Excel 拒绝了写入的内容", "Excel rejected the write"),
  HOST_EXCEL_NOT_FOUND: summary("Excel 中找不到工作表或区域", "sheet or range not found in Excel"),
  HOST_EXCEL_PAYLOAD_TOO_LARGE: summary("一次写入的数据过多", "payload too large"),
  HOST_EXCEL_READ_FAILED: summary("读取 Excel 工作簿失败", "reading the Excel workbook failed"),
  HOST_EXCEL_WRITE_FAILED: summary("写入 Excel 工作簿失败", "writing the Excel workbook failed"),
  HOST_EXCEL_SELECT_FAILED: summary("定位 Excel 单元格失败", "selecting the Excel cell failed"),
  HOST_WPS_NOT_FOUND: summary("未连接到 WPS 表格", "WPS Spreadsheets not found"),
  HOST_WPS_NO_WORKBOOK: summary("WPS 中没有打开的工作簿", "no open workbook in WPS"),
  HOST_WPS_NO_TASKPANE: summary("WPS 无法打开任务窗格", "WPS offers no task pane"),
  HOST_WPS_PROTECTED: summary("WPS 工作表受保护", "the WPS sheet is protected"),
  HOST_WPS_READ_FAILED: summary("读取 WPS 工作簿失败", "reading the WPS workbook failed"),
  HOST_WPS_WRITE_FAILED: summary("写入 WPS 工作簿失败", "writing the WPS workbook failed"),
  HOST_WPS_SELECT_FAILED: summary("定位 WPS 单元格失败", "selecting the WPS cell failed"),
  HOST_WPS_TASKPANE_FAILED: summary("打开 WPS 任务窗格失败", "opening the WPS task pane failed"),
  HOST_WPS_BAD_FUNCTION_NAME: summary("WPS 自定义函数名不合规", "bad WPS custom function name"),

  // The task pane.
  TASKPANE_BAD_SETTING: summary("设置值无效", "bad setting"),
  TASKPANE_BUSY: summary("上一个操作仍在进行", "busy"),
  TASKPANE_CANCELLED: summary("操作已取消", "cancelled"),
  TASKPANE_CLIPBOARD_DENIED: summary("浏览器不允许写入剪贴板", "clipboard write denied"),
  TASKPANE_EMPTY_PASTE: summary("粘贴的内容为空", "nothing pasted"),
  TASKPANE_INTERNAL: summary("内部错误", "internal error"),
  TASKPANE_NODE_ONLY: summary("此功能只在命令行中可用", "available in the CLI only"),
  TASKPANE_NOTHING_TO_COPY: summary("没有可复制的内容", "nothing to copy"),
  TASKPANE_NO_FILES: summary("没有生成任何文件", "no files"),
  TASKPANE_NO_HOST: summary("请在 Excel 或 WPS 中打开督办助手", "open duban inside Excel or WPS"),
  TASKPANE_NO_PREVIEW: summary("没有可写入的预览", "no preview to write"),

  // Worksheet functions (=DUBAN.*): the cell shows the code's Chinese message.
  FN_BAD_DATE: summary("不是日期", "not a date"),
  FN_BAD_INDEX: summary("序号超出范围", "index out of range"),
  FN_BAD_PERIOD: summary("报告期无法识别", "period not recognised"),
  FN_BAD_TEXT: summary("参数应为文字", "text expected"),
  FN_BAD_YEAR: summary("年度无效", "bad year"),
  FN_EMPTY_RANGE: summary("区域为空", "empty range"),
  FN_EMPTY_TEXT: summary("文字为空", "empty text"),
  FN_INTERNAL: summary("函数内部错误", "internal error in the function"),
  FN_NO_ACTUAL: summary("未识别到完成值", "no actual figure"),
  FN_NO_DATE: summary("缺少日期", "date missing"),
  FN_NO_DEADLINE: summary("未识别到完成时限", "no deadline"),
  FN_NO_RATIO: summary("无法计算完成比例", "no ratio"),
  FN_NO_SUCH_METRIC: summary("没有这一指标", "no such metric"),
  FN_NO_SUCH_TARGET: summary("没有这一目标", "no such target"),
  FN_NO_TARGET: summary("未识别到量化目标", "no quantified target"),
  FN_NO_YEAR: summary("缺少年度", "year missing"),
  FN_RANGE_SIZE: summary("区域大小不一致", "range sizes differ"),
  FN_UNIT_NOT_FOUND: summary("单位不在单位名录", "unit not in the registry"),
} as const;

export type FailureCode = keyof typeof FAILURES;

/** The codes whose message the catalogue builds, and the parameters each takes. */
export type MessageCode = { [C in FailureCode]: (typeof FAILURES)[C] extends { message: unknown } ? C : never }[FailureCode];
export type FailureParams<C extends MessageCode> = (typeof FAILURES)[C] extends { message: (p: infer P) => unknown } ? P : never;
