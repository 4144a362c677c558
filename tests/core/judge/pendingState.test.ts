/**
 * Figures of things on the way to the state a target asks for — in a reserve pool, applied for, awaiting a decision,
 * ready to start, intended — are no result of it (WEAK_PENDING). Hunted by hand after judge-hunt2 (docs/metrics.md
 * "Things on the way are not results"): each form below was 已完成 before the rule. The controls are the same figures
 * said of the target's own state, or with the pending word in another clause, and must stay green.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";

const AS_OF = "2024-09-30";
const GREEN = new Set(["done", "on-track"]);
const verdict = (target: string, text: string) => judgeTask({ targetText: target, progress: { text }, asOf: AS_OF }).verdict;

const TARGETS: [string, string, string][] = [
  // target, the state's verb and noun as a report writes them, the noun alone
  ["新增规上工业企业25家以上", "新增规上工业企业", "规上工业企业"],
  ["新增高新技术企业20家", "新增高新技术企业", "高新技术企业"],
  ["新开工项目20个", "新开工项目", "项目"],
  ["签约招商项目20个", "签约招商项目", "招商项目"],
  ["新增国家级专精特新小巨人企业5家", "新增国家级专精特新小巨人企业", "专精特新小巨人企业"],
];

/** Pending phrasings of a figure n of the noun; {v} is the state's verb and noun, {n} the noun alone. */
const PENDING_FORMS = [
  "储备{n}{x}",
  "今年以来已培育入库{n}后备库企业{x}",
  "纳入培育库的{n}{x}",
  "申报{n}{x}",
  "已申报{n}{x}，正在审核",
  "{v}{x}（含拟认定{n}12家）",
  "已有{x}{n}待认定",
  "{x}{n}已具备条件",
  "{v}前期手续已办理{x}",
  "已与{x}{n}达成意向",
  "在谈{n}{x}",
  "对接洽谈{n}{x}",
  "拟{v}{x}",
];

function withCount(form: string, v: string, n: string, count: number, unit: string): string {
  return form.replace("{v}", v).replace("{n}", n).replace("{x}", `${count}${unit}`);
}

describe("things on the way are not results", () => {
  const cases = TARGETS.flatMap(([target, v, n]) => {
    const unit = /(\d+)([家个])/.exec(target)![2];
    const goal = Number(/(\d+)/.exec(target)![1]);
    return PENDING_FORMS.map((form) => ({ target, text: withCount(form, v, n, goal + 5, unit) }));
  });

  it.each(cases)("$target ⟵ $text is not green", ({ target, text }) => {
    const v = verdict(target, text);
    expect([text, GREEN.has(v.status)]).toEqual([text, false]);
  });

  it("says why, with its code, where the figure would otherwise have been the result", () => {
    const v = verdict("新增规上工业企业25家以上", "储备规上工业企业30家");
    expect(v.status).toBe("unknown");
    expect(v.code).toBe("WEAK_PENDING");
    expect(v.reason).toContain("「储备」");
    expect(verdict("新开工项目20个", "20个项目已具备开工条件").code).toBe("WEAK_PENDING");
    expect(verdict("签约项目20个", "已与30个项目达成签约意向").code).toBe("WEAK_PENDING");
  });

  it.each([
    ["新增规上工业企业25家以上", "1-9月新增规上工业企业30家"],
    ["新增规上工业企业25家以上", "1-9月新增规上工业企业30家，另有储备企业15家"],
    ["新增规上工业企业25家以上", "1-9月新增入库规上工业企业30家"],
    ["新增高新技术企业20家", "1-9月新增高新技术企业25家，申报工作已启动"],
    ["新开工项目20个", "1-9月新开工项目25个，另有8个项目具备开工条件"],
    ["签约招商项目20个", "1-9月签约招商项目25个，在谈项目12个"],
    ["新增规上工业企业25家以上", "1-9月新增规上工业企业30家，待认定企业5家"],
    ["申报国家级专精特新小巨人企业5家", "1-9月申报国家级专精特新小巨人企业6家"],
    ["储备重大项目50个", "1-9月新增储备重大项目52个"],
  ])("%s ⟵ %s stays green", (target, text) => {
    const v = verdict(target, text);
    expect([text, v.status, v.reason]).toEqual([text, expect.stringMatching(/^(done|on-track)$/), expect.anything()]);
  });
});
