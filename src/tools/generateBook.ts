import ExcelJS from "exceljs";

/**
 * Writes a synthetic workbook in the default layout (任务清单, 进展填报, 单位, 设置) with a given number of
 * progress rows, deterministic from a seed: the input of the scale benchmarks and of the scale tests.
 * Monthly reporting periods, 60 units, 1,000 to 10,000 tasks; about 5% of rows carry a deliberate
 * problem (bad status, unknown task, unit not responsible, empty text, late report) so every rule runs.
 * Written with the exceljs streaming writer and shared strings, as Excel itself stores text.
 */
interface GenerateOptions {
  rows: number;
  seed?: number;
  /** Default: rows ÷ 10, kept within 1,000 … 10,000. */
  tasks?: number;
  /** Default 60. */
  units?: number;
  year?: number;
  /**
   * Share of progress rows with a deliberate problem, 0…1 (default 0.05): 0 gives a clean book, 1 one
   * where nearly every row draws a finding (the benchmark of findings against a clean book of the same size).
   */
  problems?: number;
}

interface GeneratedBook {
  file: string;
  rows: number;
  tasks: number;
  units: number;
  /** The as-of date written in 设置 (截至日期). */
  asOf: string;
}

/** mulberry32: small, fast and the same on every platform. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = [
  "发改局", "财政局", "工信局", "教体局", "科技局", "公安分局", "民政局", "司法局", "人社局", "自然资源局",
  "生态环境分局", "住建局", "交通运输局", "水利局", "农业农村局", "商务局", "文旅局", "卫健局", "退役军人事务局", "应急局",
  "审计局", "市场监管局", "统计局", "医保局", "城管局", "行政审批局", "投促局", "大数据局", "综合执法局", "信访局",
  "机关事务中心", "融媒体中心", "供销社", "总工会", "团区委", "妇联", "科协", "残联", "税务局", "人民银行支行",
];
const TOWNS = ["东城街道", "西城街道", "南关街道", "北园街道", "新城街道", "开发区", "高新区", "青山镇", "白石镇", "龙泉镇", "柳林镇", "河口镇", "石桥镇", "杨庄镇", "王集镇", "李营镇", "张店镇", "陈楼镇", "马庄镇", "周营镇"];
const LEADERS = ["张明", "李华", "王强", "赵敏", "刘洋", "陈静", "杨帆", "黄磊"];
const SECTIONS = ["一、稳增长", "二、强产业", "三、促创新", "四、扩开放", "五、兴乡村", "六、优城市", "七、护生态", "八、惠民生", "九、保安全", "十、强作风"];
const TARGETS: ((r: () => number) => string)[] = [
  (r) => `新增规上工业企业${10 + Math.floor(r() * 40)}家以上`,
  (r) => `完成固定资产投资${20 + Math.floor(r() * 80)}亿元`,
  (r) => `地区生产总值增长${4 + Math.floor(r() * 4)}%左右`,
  (r) => `新建改建农村公路${30 + Math.floor(r() * 100)}公里`,
  (r) => `新增城镇就业${1000 + Math.floor(r() * 5000)}人`,
  () => "深化“放管服”改革，优化营商环境",
  () => "推进老旧小区改造，提升城市品质",
  () => "加强安全生产监管，坚决遏制重特大事故",
];
/** Progress wording by status, so a clean row raises no finding (as most rows of a real book do). */
const PROGRESS_TEXTS: Record<string, string[]> = {
  序时推进: ["召开专题会议{m}次，完成阶段目标，工作有序开展。", "项目累计完成投资{n}亿元，序时推进。", "新增规上工业企业{n}家，后备企业培育有序。", "完成全年工作量的{n}%，按序时推进。"],
  已完成: ["已全部完成，累计完成投资{n}亿元。", "年度任务已完成，共新增{n}家。", "已办结，通过验收。"],
  进展滞后: ["受资金影响进度偏慢，完成{n}%。", "完成{n}%，土地手续未办结。"],
  未启动: ["前期手续办理中，尚未开工。", "方案报批中，项目未启动。"],
};
const STATUSES = ["序时推进", "序时推进", "序时推进", "序时推进", "序时推进", "已完成", "进展滞后", "未启动"];

function pick<T>(r: () => number, list: T[]): T {
  return list[Math.floor(r() * list.length)];
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export async function generateBook(file: string, options: GenerateOptions): Promise<GeneratedBook> {
  const r = seededRandom(options.seed ?? 1);
  const rowsWanted = Math.max(0, Math.floor(options.rows));
  const taskCount = options.tasks ?? Math.min(10000, Math.max(1000, Math.round(rowsWanted / 10)));
  const unitCount = Math.min(options.units ?? 60, DEPARTMENTS.length + TOWNS.length);
  const year = options.year ?? 2024;
  // Each of the five kinds of problem takes a fifth of the problem share (0.01 each at the default 0.05).
  const problemScale = Math.min(1, Math.max(0, options.problems ?? 0.05)) / 0.05;
  const asOf = `${year}-12-20`;
  const units = [...DEPARTMENTS.map((d) => `区${d}`), ...TOWNS].slice(0, unitCount);
  const unitLeader = units.map((_, i) => LEADERS[i % LEADERS.length]);

  // Enough responsible units per task that 12 monthly periods hold the rows asked for.
  const perTask = Math.min(unitCount, Math.max(1, Math.ceil(rowsWanted / (taskCount * 12))));
  const taskUnits: number[][] = [];
  for (let t = 0; t < taskCount; t++) {
    const first = Math.floor(r() * unitCount);
    const list: number[] = [];
    for (let k = 0; k < perTask; k++) list.push((first + k * 7) % unitCount);
    taskUnits.push([...new Set(list)]);
  }

  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  wb.creator = "duban generateBook";
  const bold = { bold: true };

  const cat = wb.addWorksheet("任务清单");
  const catHeader = cat.addRow(["序号", "板块", "任务内容", "牵头领导", "牵头单位", "协办单位", "责任人", "完成时限"]);
  catHeader.font = bold;
  catHeader.commit();
  for (let t = 0; t < taskCount; t++) {
    const [lead, ...co] = taskUnits[t].map((i) => units[i]);
    const month = 6 + Math.floor(r() * 7);
    const deadline = month > 12 ? "" : `${year}年${month}月底`;
    cat.addRow([t + 1, SECTIONS[t % SECTIONS.length], `${pick(r, TARGETS)(r)}（第${t + 1}项）`, unitLeader[taskUnits[t][0]], lead, co.join("、"), `责任人${t % 97}`, deadline]).commit();
  }
  cat.commit();

  const prog = wb.addWorksheet("进展填报");
  const progHeader = prog.addRow(["序号", "填报单位", "报告期", "进展情况", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"]);
  progHeader.font = bold;
  progHeader.commit();
  let written = 0;
  outer: for (let month = 1; month <= 12; month++) {
    for (let t = 0; t < taskCount; t++) {
      for (const u of taskUnits[t]) {
        if (written >= rowsWanted) break outer;
        const x = r();
        let taskId: string | number = t + 1;
        let unit = units[u];
        let status = pick(r, STATUSES);
        let text = `${month}月：${pick(r, PROGRESS_TEXTS[status]).replace("{n}", String(1 + Math.floor(r() * 60))).replace("{m}", String(1 + Math.floor(r() * 9)))}`;
        let day = 1 + Math.floor(r() * 5);
        if (x < 0.01 * problemScale) status = "差不多";
        else if (x < 0.02 * problemScale) taskId = taskCount + 1 + Math.floor(r() * 100);
        else if (x < 0.03 * problemScale) unit = units[(u + 1) % unitCount];
        else if (x < 0.04 * problemScale) text = "";
        else if (x < 0.05 * problemScale) day = 20 + Math.floor(r() * 5);
        const lagging = status === "进展滞后" || status === "未启动";
        const endMonth = month === 12 ? 12 : month + 1;
        const dateText = month === 12 ? `${year}-12-${pad(Math.min(31, 25 + day))}` : `${year}-${pad(endMonth)}-${pad(day)}`;
        prog
          .addRow([taskId, unit, `${month}月`, text, status, x < 0.3 ? Math.floor(r() * 100) : null, lagging ? "资金到位慢" : "", lagging ? "加快推进" : "", dateText])
          .commit();
        written++;
      }
    }
  }
  prog.commit();

  const reg = wb.addWorksheet("单位");
  reg.addRow(["单位名称", "别名", "类别", "分管领导"]).commit();
  units.forEach((u, i) => reg.addRow([u, "", i < DEPARTMENTS.length ? "区直部门" : "镇街", unitLeader[i]]).commit());
  reg.commit();

  const set = wb.addWorksheet("设置");
  set.addRow(["项目", "值", "期末日期", "报送截止"]).commit();
  set.addRow(["年度", year]).commit();
  set.addRow(["截至日期", asOf]).commit();
  set.addRow(["报送范围", "全部责任单位"]).commit();
  for (let m = 1; m <= 12; m++) {
    const end = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
    const due = m === 12 ? `${year}-12-31` : `${year}-${pad(m + 1)}-10`;
    set.addRow(["报告期", `${m}月`, end, due]).commit();
  }
  set.commit();
  await wb.commit();
  return { file, rows: written, tasks: taskCount, units: unitCount, asOf };
}

/** `node lib/tools/generateBook.js ROWS OUT.xlsx [SEED]` */
if (require.main === module) {
  const [rows, out, seed] = process.argv.slice(2);
  if (!rows || !out) {
    process.stderr.write("用法 usage: node lib/tools/generateBook.js ROWS OUT.xlsx [SEED]\n");
    process.exit(2);
  }
  generateBook(out, { rows: Number(rows), seed: seed ? Number(seed) : 1 }).then(
    (g) => process.stdout.write(JSON.stringify(g) + "\n"),
    (err) => {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
