/**
 * Lead's probes, session 20: a figure that counts a preparatory step is named so in the reason, whatever the status.
 */
import { verdict } from "./hunt";

describe("a count of things at a preparatory step is not named the actual", () => {
  it.each([
    ["新增上市企业2家", "1家企业已报会", "2024-09-30"],
    ["新增上市企业3家", "2家企业已完成股改", "2024-11-30"],
    ["新增上市企业2家", "1家企业已报会", "2025-01-30"],
  ])("%s | %s (%s)", (target, progress, asOf) => {
    const v = verdict(target, progress, asOf);
    expect(v.status === "done" || v.status === "on-track").toBe(false);
    expect(v.reason).toContain("是完成前期工作的个数");
    expect(v.reason).not.toMatch(/实际\d|是目标数/);
    if (asOf === "2024-09-30") expect(v.rag).toBe(verdict(target, progress.replace("已报会", "已上市"), asOf).rag);
  });

  it("a figure equal to the target's, at a step, is still the target restated", () => {
    expect(verdict("新增上市企业2家", "2家企业已报会", "2024-09-30").reason).toContain("是目标数");
  });

  it("a count of the work itself keeps its figure", () => {
    expect(verdict("新增上市企业2家", "已有1家企业上市", "2024-09-30").reason).toContain("实际1家");
  });
});
