/**
 * Lead's probes, session 19: a target of things built and put to use is answered by the count put to use.
 */
import { isGreen, verdict } from "./hunt";

describe("建成投用 is answered by the count put to use, not the count built", () => {
  it.each([
    ["建成投用社区食堂20个", "已建成社区食堂20个，其中投入运营12个"],
    ["建成并投入使用社区食堂20个", "社区食堂已建成20个，投入使用12个"],
    ["建成投用充电桩500个", "已建成充电桩520个，已投用300个"],
    ["新建并投运污水处理站8座", "已建成污水处理站8座，投运5座"],
  ])("%s | %s is not green", (target, progress) => {
    expect(isGreen(target, progress, "2024-09-30")).toBe(false);
  });

  it("judges the count put to use against 序时进度", () => {
    expect(verdict("建成投用社区食堂20个", "已建成社区食堂20个，其中投入运营12个", "2024-09-30").reason).toContain("实际12个");
    // 380 of 500 is ahead of 序时进度 (74.9%) at 30 September: green on the count put to use.
    expect(isGreen("建成投用充电桩500个", "已建成充电桩520个，已投用380个", "2024-09-30")).toBe(true);
  });

  it.each([
    // A target that asks only for the building keeps the built count; a report of the built count alone is read as before.
    ["建成充电桩500个", "已建成充电桩520个，已投用380个"],
    ["建成投用社区食堂20个", "已建成社区食堂20个"],
  ])("%s | %s stays green", (target, progress) => {
    expect(isGreen(target, progress, "2024-09-30")).toBe(true);
  });
});
