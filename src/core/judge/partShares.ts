/**
 * Hunt 12: a share is of what its name says. "农村公路路基工程完成率100%", "老旧小区改造方案编制完成100%", "区域医疗中心主体工程
 * 完成率100%", "3条主干道改造均已完成100%" name, beside the task's own words, a part of the works (路基, 主体), a step before
 * them (方案编制, 选址, 采购, 意见征求), the money (投资) or a count of some of the things (3条 of 5): each is that part's
 * share, not the task's. Rather than list every part a report may name, the reading goes the other way: what is left of
 * the share's name once the task's own words and the words that restate a whole (建设, 工程, 年度, 全部, 已完成 …) are
 * taken out is what the share is of. Nothing left: the task's own share. Pure: no I/O, no clock.
 */
import { foldText } from "../text/normalize";
import { withoutCapacityFigures } from "../metrics/qualifiers";

/** The words closing a share's name that say only "done" or "how far": 完成率, 已完成, 均已完成100%, 进度. */
const DONE_CLOSE = /(?:已经?|均已|均|全部|已全部|累计|共)?(?:完成率|完工率|建成率|完成进度|建设进度|工程进度|进度|完成|完工|建成)(?:了)?(?:年度|全年|今年)?(?:目标|任务|计划)?(?:的)?$/;

/** Session 22: how a bulletin says which things it tracks ("列入调度的", "纳入统计的"): all of the task's things, not a part. */
export const TRACKED_SET = "(?:列入|纳入)(?:[省市县区]级)?(?:调度|统计|监测|考核|统计调度)(?:范围)?";

/**
 * Words that restate the whole, not a part of it: acts of building, the works and the project as such, the year's plan
 * or task, a time, the whole place, and the words of "all of it".
 */
const WHOLE_WORDS = new RegExp([
  "新建|改建|扩建|改扩建|新改建|建设|改造|提升|提质|整治|治理|实施|施工|修建|建成|完成|完工|竣工",
  "新增|培育|认定|引进|创建",
  "工程|项目|任务|工作|年度|全年|今年|本年|当年|计划|目标|总体|整体|综合|总|形象|进度|序时|时序|累计|实际",
  // The measure of what is counted ("城镇新增就业人数" for 城镇新增就业5000人) names no part of it.
  "人数|数量|个数|户数|家数|件数|总数|金额|总额",
  // The things a bulletin tracks, as it says it tracks them ("列入调度的420个重点投资项目", "纳入统计的"): the task's things.
  TRACKED_SET,
  "已经?|均|全部|全面|各项|所有|共|的|了|为|达到?|率|占|比",
  "截[至止]|目前|当前|今年以来|年初以来|上半年|下半年|前三季度|[一二三四1-4]季度|\\d{1,2}(?:-\\d{1,2})?月(?:份|底|末|\\d{1,2}日)?",
  "全[省市县区镇乡旗州盟]|本[市县区镇]|我[省市县区镇]",
].join("|"), "g");

/** A count of things with its classifier, in a share's name: "3条", "12个". */
const COUNT_IN_NAME = /(\d+(?:\.\d+)?)(个|项|条|所|座|处|家|栋|幢|户|套|公里|千米|米|亩|万亩|平方米|万平方米)/g;

/** A size written in a name: 40万千瓦, 10吉瓦时, 220千伏, 5万吨. */
const SIZE_IN_NAME = /\d+(?:\.\d+)?(?:万|亿|千)?(?:千瓦时|千瓦|兆瓦|吉瓦时|吉瓦|千伏|伏|吨|立方米|kV|MW|GW)/gi;

/** A rate named by one act of the works: 开工率, 竣工率, 签约率 … */
const OWN_ACT_RATE = /(开工|签约|竣工|完工|建成|投产|办结)率$/;

/** The longest stretch (two characters or more) of `words` that `own` holds, or null. */
function longestShared(words: string, own: string): string | null {
  for (let len = words.length; len >= 2; len--)
    for (let i = 0; i + len <= words.length; i++) {
      const w = words.slice(i, i + len);
      if (!/[|]/.test(w) && own.includes(w)) return w;
    }
  return null;
}

/**
 * What a share's name names beyond the task's own words (`own`: the target's name and the task's text), or null when it
 * names nothing else: a count the task does not write ("3条" for 5条), or two or more characters of another thing ("路基",
 * "方案编制", "投资"). Digits that the task writes with the same classifier are the task's own count.
 */
export function shareOfAPart(shareName: string, own: string): string | null {
  const ownText = foldText(own ?? "").replace(/开?复工/g, "开工");
  // 开复工 and 复工 are the start of works as 开工 is.
  let rest = foldText(shareName ?? "").replace(/\d+(?:\.\d+)?%$/, "").replace(/开?复工/g, "开工");
  // "签约项目开工率90%" for 新开工项目50个: a rate of the very act the task asks for; the words before it say which things
  // (the signed projects), not a part of the works.
  const act = OWN_ACT_RATE.exec(rest);
  if (act && ownText.includes(act[1])) return null;
  for (let before = ""; before !== rest; ) {
    before = rest;
    rest = rest.replace(DONE_CLOSE, "");
  }
  // A size in a project's name ("40万千瓦“光牧储”一体化项目") names the project, not a part of it.
  rest = withoutCapacityFigures(rest).replace(SIZE_IN_NAME, "|");
  if (!rest) return null;
  const counts: string[] = [];
  rest = rest.replace(COUNT_IN_NAME, (m: string, n: string, unit: string) => {
    if (!new RegExp(`(?:^|[^\\d.])${n.replace(".", "\\.")}${unit}`).test(ownText)) counts.push(m);
    return "|";
  });
  for (let shared = longestShared(rest, ownText); shared; shared = longestShared(rest, ownText)) rest = rest.replace(shared, "|");
  const left = rest.replace(WHOLE_WORDS, "|").split("|").filter((w) => /[\u4e00-\u9fff]{2,}/.test(w));
  if (counts.length) return counts[0];
  return left.length ? left.join("、") : null;
}
