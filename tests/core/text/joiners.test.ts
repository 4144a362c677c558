/**
 * 和, 及 and 与 inside words (和美乡村, 协和医院, 及时, 普及率, 参与) join nothing (session 23, the lead's pass over train misses):
 * names keep them, a task naming one such thing is one thing, and real lists are still lists.
 */
import { judgeTask } from "../../../src/core/judge";
import { parseTargets } from "../../../src/core/metrics";
import { hideBoundJoiners, listsThings, showBoundJoiners, splitAtJoiners } from "../../../src/core/text/joiners";

const verdict = (targetText: string, progress: string, asOf: string) => judgeTask({ targetText, progress: { text: progress }, asOf }).verdict;
const metrics = (text: string) => parseTargets(text).targets.map((t) => t.metric);

describe("which 和, 及, 与 join things", () => {
  test("words that hold one are no list", () => {
    for (const words of ["和美乡村示范村", "和谐社区", "协和医院", "及时办结率", "农村自来水普及率", "涉及企业", "参与企业", "是否达标与否"])
      expect(listsThings(words)).toBe(false);
  });
  test("lists are still lists, whatever the words around the joiner", () => {
    for (const words of ["城镇和农村", "化学需氧量及氨氮", "A与B", "城中和城郊道路", "二氧化硫、氮氧化物", "和美乡村和美丽庭院", "平安和和谐", "文化中心和平川县人民医院", "政协和人大", "汇总和分析", "公共和社会服务", "以及时间节点"])
      expect(listsThings(words)).toBe(true);
  });
  test("a cut at the joiners keeps the words that hold one whole", () => {
    expect(splitAtJoiners("和美乡村和美丽庭院")).toEqual(["和美乡村", "美丽庭院"]);
    expect(splitAtJoiners("普及率、及时率")).toEqual(["普及率", "及时率"]);
    expect(splitAtJoiners("城镇和及时办结率")).toEqual(["城镇", "及时办结率"]);
  });
  test("hiding keeps the offsets and showing gives the text back", () => {
    const s = "协和医院及时办结，参与企业和美丽乡村";
    expect(hideBoundJoiners(s)).toHaveLength(s.length);
    expect(hideBoundJoiners(s)).not.toBe(s);
    expect(showBoundJoiners(hideBoundJoiners(s))).toBe(s);
  });
});

describe("names keep their 和", () => {
  test("和美乡村 at a name's head is not a joiner cut off", () => {
    expect(metrics("和美乡村示范村达到20个")).toEqual(["和美乡村示范村"]);
    expect(metrics("创建省级和美乡村5个")).toEqual(["省级和美乡村"]);
  });
  test("a leading joiner is still cut off a name after a list", () => {
    expect(metrics("培育规上企业10家和高新技术企业5家")).toEqual(["规上企业", "高新技术企业"]);
  });
});

describe("a task naming one thing with 和 in its name is one thing", () => {
  test("协和医院's building finished and put to use answers its task", () => {
    expect(verdict("协和医院（一期）年内建成投用", "协和医院（一期）工程已完工，9月26日正式投入使用", "2023-10-16").status).toBe("done");
  });
  test("two hospitals joined by 和: one finished is not the task", () => {
    expect(verdict("协和医院和人民医院年内竣工", "协和医院已竣工", "2023-10-16").status).not.toBe("done");
  });
  test("one of its parts finished is still a part", () => {
    expect(verdict("协和医院年内建成投用", "协和医院门诊楼已完工，9月26日投入使用", "2023-10-16").status).not.toBe("done");
  });
});
