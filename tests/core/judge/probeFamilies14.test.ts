/**
 * Probe families, session 14 (docs/metrics.md "Probe families, session 14"): the lead's hand lookalikes made general in
 * probe.ts, and pairs of our own for each family closed. Every lookalike below was green before this session's changes;
 * the controls must stay green.
 */
import { isGreen, verdict } from "./hunt";

/** [target, progress, as-of, the code the refusal carries ("": the part is read as the actual, or no figure is left)]. */
const LOOKALIKES: [string, string, string, string][] = [
  // laterStage: a restated total (no act of its own), then a smaller part handed over, in use, at a later stage or a step
  // of several characters, or with the part's own period or running total first (weakEvidence DONE_OF_TOTAL).
  ["建设公租房500套", "公租房500套，目前已移交200套", "2024-09-30", "WEAK_STEP_ONLY"],
  ["建成社区食堂12个", "社区食堂12个，已开业5个", "2024-09-30", "WEAK_STEP_ONLY"],
  ["建成乡村振兴示范村10个", "乡村振兴示范村10个，累计挂牌4个", "2024-09-30", "WEAK_STEP_ONLY"],
  ["新建农村公路80公里", "农村公路80公里，1-9月通车30公里", "2024-09-30", "WEAK_STEP_ONLY"],
  ["完成排水管网改造20公里", "排水管网改造20公里，已完成管道铺设施工8公里", "2024-09-30", "WEAK_STEP_ONLY"],
  // The part's number first and a unit of several characters (FINISHED_PART_FIRST).
  ["建成绿道30公里", "绿道30公里，12公里已投用", "2024-09-30", ""],
  ["建成社区卫生服务站8个", "社区卫生服务站8个，3个已通过验收", "2024-09-30", ""],
  // statusBreakdown: after 其中, the part still under way.
  ["改扩建学校8所", "学校改扩建8所，其中在建3所", "2024-09-30", "WEAK_STEP_ONLY"],
  // earlierPeriod: the end of last year, and last year's whole (judgeTask LAST_YEAR_HEAD).
  ["建成充电桩2000个", "截至上年末建成充电桩2000个", "2024-12-31", ""],
  ["新增城镇就业1万人", "去年全年新增城镇就业1.2万人", "2024-12-31", ""],
  // plannedAct: the figure's own clause puts its finish later (OWN_FINISH_LATER).
  ["打造口袋公园20个", "20个公园计划年内完成", "2024-09-30", "WEAK_NOT_RESULT"],
  ["新增停车位300个", "300个停车位年底前完成", "2024-09-30", "WEAK_NOT_RESULT"],
  // plannedQualifier: the class said only while applied for or awaiting a decision (PLANNED_CLAUSE).
  ["创建示范性社区康复中心30家", "1-9月社区康复中心30家，正在申报示范性", "2024-09-30", "WEAK_WIDER"],
  ["新建公办幼儿园3所", "1-9月新建幼儿园3所，待认定为公办", "2024-09-30", "WEAK_WIDER"],
];

/** The result said with its own act, a total said all done, a size class after 其中, a comparison with last year's end. */
const CONTROLS: [string, string, string][] = [
  ["建成社区食堂12个", "建成社区食堂12个，已开业5个", "2024-09-30"],
  ["建设公租房500套", "公租房500套，已全部完成", "2024-09-30"],
  ["签约亿元以上项目15个", "签约亿元以上项目15个，其中5亿元以上项目4个", "2024-09-30"],
  ["建成充电桩2000个", "截至9月底建成充电桩2000个，比上年末增加600个", "2024-09-30"],
  ["建成充电桩2000个", "1-9月建成充电桩2000个，较上年末增长40%", "2024-09-30"],
  ["新增城镇就业1万人", "去年新增城镇就业0.9万人，今年1-9月新增城镇就业1.1万人", "2024-09-30"],
  ["新增城镇就业1万人", "1-9月新增城镇就业1.1万人，年底前完成全部任务", "2024-09-30"],
  ["完成老旧小区改造40个", "1-9月完成老旧小区改造40个，配套工程将于年底前完成", "2024-09-30"],
  ["创建示范性社区康复中心30家", "1-9月创建示范性社区康复中心30家，正在申报省级", "2024-09-30"],
  ["新建公办幼儿园3所", "1-9月新建公办幼儿园3所，均已开园", "2024-09-30"],
];

describe("probe families, session 14: lookalikes of our own", () => {
  it.each(LOOKALIKES)("%s ⟵ %s (%s) is not green", (target, text, asOf, code) => {
    expect(isGreen(target, text, asOf)).toBe(false);
    if (code) expect(JSON.stringify(verdict(target, text, asOf))).toContain(code);
  });
  it.each(CONTROLS)("%s ⟵ %s (%s) stays green", (target, text, asOf) => {
    expect(isGreen(target, text, asOf)).toBe(true);
  });
});
