/** The sheets of the default layout (what `duban template` writes) and the other names they go by. */
export const SHEET = {
  catalogue: "任务清单",
  progress: "进展填报",
  units: "单位",
  settings: "设置",
  findings: "校验结果",
  metrics: "指标跟踪",
  rollup: "汇总",
  reporting: "报送情况",
  taskStates: "任务状态",
  bulletin: "通报",
} as const;

export const SHEET_SYNONYMS = {
  catalogue: ["任务清单", "任务", "任务分解", "任务分解表", "分解表", "任务台账", "台账", "清单", "目标任务"],
  progress: ["进展填报", "进展", "填报", "进度", "进展情况", "落实情况", "调度"],
  units: ["单位", "单位名录", "单位表", "责任单位"],
  settings: ["设置", "参数", "配置"],
};

/** Sheets duban writes: never read back as user data. */
export const OUTPUT_SHEETS: string[] = [SHEET.findings, SHEET.metrics, SHEET.rollup, SHEET.reporting, SHEET.taskStates, SHEET.bulletin];
