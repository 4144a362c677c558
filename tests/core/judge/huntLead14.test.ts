/**
 * Lead's hand probes, session 14: pairs of our own written as a new user would try them. Each family has controls.
 */
import { judgeTask } from "../../../src/core/judge/judgeTask";
import { isGreen } from "./hunt";

describe("a restated total followed by a smaller count handed over is not a result", () => {
  it.each([
    ["完成棚户区改造800套", "棚户区改造800套，已交付520套"],
    ["建设安置房600套", "安置房600套，目前已交房350套"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text)).toBe(false);
  });

  it.each([
    // The total has its own act (完成), so it is a result; the handing over is a later stage.
    ["完成棚户区改造800套", "完成棚户区改造800套，已交付520套"],
    ["交付安置房800套", "已交付安置房820套"],
  ])("%s | %s stays green", (target, text) => {
    expect(isGreen(target, text)).toBe(true);
  });
});

describe("a figure within 左右 is not said to be above a limit", () => {
  const reason = (target: string, text: string) => judgeTask({ targetText: target, progress: { text }, asOf: "2025-09-30" }).judgements[0].reason;

  it("a ceiling about 5.5% met by 5.6%", () => {
    const r = reason("城镇调查失业率控制在5.5%左右", "城镇调查失业率5.6%");
    expect(r).toContain("高于目标0.1个百分点，在“左右”范围内");
    expect(r).not.toContain("上限");
  });

  it("a growth about 6% met by 5.8%", () => {
    expect(reason("地区生产总值增长6%左右", "地区生产总值增长5.8%")).toContain("增速低于目标0.2个百分点，在“左右”范围内");
  });

  it("outside the 左右 the shortfall is said as before", () => {
    const r = reason("地区生产总值增长6%左右", "地区生产总值增长5.2%");
    expect(r).toContain("增速低于目标0.8个百分点");
    expect(r).not.toContain("左右”范围内");
  });
});
