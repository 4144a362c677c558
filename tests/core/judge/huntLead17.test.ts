/**
 * Lead's hand probes, session 17: pairs of our own written as a new user would try them. Each family has controls.
 */
import { isGreen, verdict } from "./hunt";

describe("a count the text says was not reached is no actual of its act", () => {
  it.each([
    ["开工建设10个项目", "10个项目均未开工"],
    ["开工建设10个项目", "10个项目尚未开工"],
    ["开工建设10个项目", "10个项目暂未开工建设"],
    ["开工建设10个项目", "10个项目目前都没有开工"],
    ["建成充电桩500个", "充电桩500个均未建成"],
    ["建成充电桩500个", "500个充电桩未能按期建成"],
    ["完成10所学校改造", "10所学校改造均未完工"],
    ["完成10所学校改造", "10所学校改造工程未按期完工"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });

  it.each([
    // The same counts with the stage reached stay done.
    ["开工建设10个项目", "10个项目均已开工", "done"],
    ["开工建设10个项目", "开工项目10个", "done"],
    ["建成充电桩500个", "充电桩500个均已建成", "done"],
    ["完成10所学校改造", "10所学校改造均已完工", "done"],
  ])("%s | %s is %s", (target, text, status) => {
    expect(verdict(target, text, "2025-09-30").status).toBe(status);
  });
});

describe("keeping a thing that stands is not making it", () => {
  it.each([
    ["建设农村公路50公里", "完成农村公路养护50公里"],
    ["建设农村公路50公里", "农村公路维修50公里"],
    ["改造燃气管道40公里", "燃气管道巡检40公里"],
    ["新建污水管网30公里", "污水管网清淤30公里"],
  ])("%s | %s is not green", (target, text) => {
    expect(isGreen(target, text, "2025-09-30")).toBe(false);
  });

  it.each([
    ["建设农村公路50公里", "建成农村公路52公里", "done"],
    ["完成农村公路养护100公里", "完成农村公路养护120公里", "done"],
    ["新建污水管网30公里", "新建污水管网32公里", "done"],
  ])("%s | %s is %s", (target, text, status) => {
    expect(verdict(target, text, "2025-09-30").status).toBe(status);
  });
});
