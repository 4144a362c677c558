/**
 * Round r (branch judge-r): a single thing reported built and opened answers a task to build it; one named thing built
 * never answers a task counting several (a wrong 已完成 the round found on the code before it).
 */
import { judgeTask } from "../../../src/core/judge";

const verdict = (task: string, progress: string, asOf = "2016-11-30") => judgeTask({ targetText: task, progress: { text: progress }, asOf, level: null }).verdict.status;

describe("built and opened is built", () => {
  it.each([
    ["城区再新建1个农贸市场", "城北农贸市场已建成并投入使用"],
    ["建成县残疾人综合服务中心", "县残疾人综合服务中心已建成并投入使用"],
    ["建成县残疾人综合服务中心", "县残疾人综合服务中心已竣工并交付使用"],
  ])("%s ← %s is done", (task, progress) => {
    expect(verdict(task, progress)).toBe("done");
  });
  it.each([
    ["城区再新建1个农贸市场", "城北农贸市场主体已建成并投入使用"],
    ["城区再新建1个农贸市场", "城北农贸市场计划年底建成并投入使用"],
    ["城区再新建1个农贸市场", "城北农贸市场已建成并投入试运营"],
    ["城区再新建1个农贸市场", "城北农贸市场一期已建成并投入使用"],
    ["城区再新建1个农贸市场", "去年城北农贸市场已建成并投入使用，今年新址正在选址"],
    ["新建城北、城南农贸市场", "城北农贸市场已建成并投入使用"],
  ])("%s ← %s is not done", (task, progress) => {
    expect(verdict(task, progress)).not.toBe("done");
  });
});

describe("one named thing built is one of several", () => {
  it.each([
    ["新建2个农贸市场", "城北农贸市场已建成"],
    ["新建2个农贸市场", "城北农贸市场已建成并投入使用"],
    ["新建中心幼儿园2所", "城关中心幼儿园已建成"],
    ["新建两座人行天桥", "解放路人行天桥已建成"],
  ])("%s ← %s is not done", (task, progress) => {
    expect(verdict(task, progress)).not.toBe("done");
    expect(verdict(task, progress)).not.toBe("on-track");
  });
  it("still takes words that cover them all", () => {
    expect(verdict("新建2个农贸市场", "城北、城南农贸市场等均已建成")).toBe("done");
    expect(verdict("新建城北、城南农贸市场", "城北、城南农贸市场均已建成")).toBe("done");
  });
});
