export const HELP = `督办助手 duban —— 政府工作报告任务督办
duban: follow up the tasks of a government work report

用法 Usage:
  duban validate BOOK.xlsx [-o OUT.xlsx] [--as-of 日期] [--json]   校验进展填报 validate progress rows
  duban rollup BOOK.xlsx [-o OUT.xlsx] [--as-of 日期] [--json]     汇总完成情况 roll up per unit, section, leader
  duban bulletin BOOK.xlsx [-o OUT.docx|OUT.xlsx] [--as-of 日期] [--office 发文机关] [--json]
                                                                   起草通报 draft the bulletin (.docx: 公文格式 official layout)
  duban notices BOOK.xlsx -o DIR [--as-of 日期] [--reply-days 7] [--first-number 1] [--office 发文机关] [--json]
                                                                   督办单和催办清单 urging notices per unit and the 催办 list
  duban template [BOOK.xlsx] [--units 单位.xlsx] [--per-unit] [--year 年度] -o OUT
                                                                   生成填报表 fill-in workbook(s) to send out
  duban merge A.xlsx B.xlsx … -o OUT.xlsx [--json]                 合并各单位回传表 merge returned workbooks
  duban import FILE [--kind auto|notice|table|pdf-table|report] [--year 年度] [-o 清单.xlsx] [--force] [--json]
                                                                   导入通知/表格/报告 import a document
  duban parse target [--year 年度] [--json] [文本]                  解析目标 parse targets of a task text
  duban parse progress [--json] [文本]                              解析进展 parse figures of a progress text
  duban judge --target 目标 --progress 进展 --as-of 日期 [--json]   研判 judge a target against progress
  duban demo [--out 目录]                                          在示例数据上演示 run the demo on seeds/

  duban 命令 --help 显示该命令的全部选项 (every option of a command)

退出码 Exit codes: 0 无错误 no errors · 1 发现错误 errors found · 2 无法运行 could not run · 3 内部错误 internal error
`;
