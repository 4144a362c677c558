/**
 * Round u, second pass (branch judge-u2): the year's amount written beside a running total since the works began, funds
 * already secured (已争取到位) as a result and not a plan. Each rule with the lookalikes it must not turn green.
 */
import { judgeTask } from "../../../src/core/judge";

const verdict = (targetText: string, text: string, asOf: string, year?: number) => judgeTask({ targetText, progress: { text }, asOf, year }).verdict.status;
const GREEN = ["done", "on-track"];

describe("a 累计 since the works began is not the year's amount when the year's amount is written too", () => {
  it("the year's amount (with its share of the plan) is judged, not the running total", () => {
    expect(verdict("城区污水管网改造年度完成投资2000万元", "城区污水管网改造完成投资1600万元，占年度计划的80%；累计完成投资5200万元", "2024-09-30")).toBe("on-track");
    expect(verdict("城区污水管网改造年度完成投资2000万元", "城区污水管网改造完成投资1200万元；累计完成投资5200万元", "2024-09-30")).toBe("behind");
    expect(verdict("滨江大道年度完成投资1.5亿元", "滨江大道完成投资0.9亿元，占年度计划的60%；项目累计完成投资4.2亿元，占总投资的70%", "2024-10-31")).toBe("behind");
    expect(verdict("全年完成水库除险加固投资800万元", "水库除险加固完成投资810万元；累计完成投资2300万元", "2024-12-31")).toBe("done");
  });
  it("lookalikes: a running total alone, or a task that asks for the running total, are left as they were", () => {
    // Only the running total is written: since when is not said, so no green from it.
    expect(GREEN).not.toContain(verdict("城区污水管网改造年度完成投资2000万元", "城区污水管网改造累计完成投资5200万元", "2024-09-30"));
    expect(GREEN).not.toContain(verdict("滨江大道年度完成投资1.5亿元", "滨江大道累计完成投资4.2亿元，占总投资的70%", "2024-10-31"));
    // The year's figure is short, the running total large: the short one decides, never the total.
    expect(GREEN).not.toContain(verdict("水库除险加固年度完成投资800万元", "水库除险加固完成投资300万元；累计完成投资2300万元", "2024-12-31"));
  });
});

describe("funds already secured (已争取到位) are a result; 争取 without 已 stays a plan", () => {
  it("已争取, 已经争取 read as done so far", () => {
    expect(verdict("争取专项债券资金2亿元", "年内已争取到位专项债券资金1.66亿元", "2025-11-20")).toBe("behind");
    expect(verdict("争取上级补助资金5亿元", "今年以来已争取到位上级补助资金5.6亿元", "2024-06-30")).toBe("done");
    expect(verdict("争取上级补助资金5亿元", "已经争取到上级补助资金3.2亿元", "2024-06-30")).toBe("on-track");
  });
  it("lookalikes: 争取到位 as an aim, planned or hoped, is never green", () => {
    expect(GREEN).not.toContain(verdict("争取上级补助资金5亿元", "年内争取到位上级补助资金5.6亿元", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("争取上级补助资金5亿元", "计划争取到位上级补助资金5.6亿元", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("争取上级补助资金5亿元", "下半年力争争取上级补助资金5.6亿元", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("争取上级补助资金5亿元", "全年争取上级补助资金5.6亿元", "2024-06-30"));
  });
});

describe("a count divided by stage in the clauses after it (5家施工中，5家完成建设)", () => {
  it("the finished items are the part done of the task's own count", () => {
    expect(verdict("完成10家示范型居家养老服务照料中心建设", "确定改造提升示范型照料中心10个，已完成设计方案，5家施工中，5家完成建设", "2021-07-29")).toBe("behind");
    expect(verdict("建成12个社区食堂", "选定社区食堂12个，3个在建，其中9个已投用", "2024-06-30")).toBe("on-track");
    expect(verdict("改造8座农贸市场", "确定改造农贸市场8座，2座正在施工，6座完成改造", "2024-12-31")).toBe("behind");
    expect(verdict("完成6所乡镇卫生院改造", "确定改造卫生院6所，1所正在施工，5所完成改造", "2024-09-30")).toBe("on-track");
  });
  it("lookalikes: items that name no stage, that do not add up, or steps short of the finish are never a finish", () => {
    expect(GREEN).not.toContain(verdict("新建10个养老服务站", "确定养老服务站10个，5个在城区，5个在乡镇", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("新建10个养老服务站", "确定养老服务站10个，4个施工中，7个完成建设", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("新建10个养老服务站", "确定养老服务站10个，5个完成设计，5个完成招标", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("新建10个养老服务站", "确定养老服务站10个，5个基本建成，5个正在施工", "2024-06-30"));
    expect(verdict("完成10家示范型照料中心建设", "确定示范型照料中心10个，5家完成设计，5家完成建设", "2024-07-29")).toBe("behind");
  });
});

describe("a task to be finished in full, reported at its deadline with part still open (仍有…有待推进)", () => {
  it("is 进展滞后 on the deadline or in its last days", () => {
    expect(verdict("区政府承诺的10件实事年内全部完成", "截至12月底，10件实事大多数已经完成，仍有四方面内容有待推进", "2017-12-31")).toBe("behind");
    expect(verdict("年内全部完成8项民生工程", "民生工程总体推进顺利，尚有部分子项目正在收尾", "2024-12-25")).toBe("behind");
    expect(verdict("9月底前全部完成老旧小区改造", "老旧小区改造大部分已完工，还有两个小区的管网待改造", "2024-09-30")).toBe("behind");
  });
  it("lookalikes: earlier in the year, a task not asking for all of it, or nothing said to be open, are left as they were", () => {
    expect(verdict("区政府承诺的10件实事年内全部完成", "10件实事大多数已经完成，仍有四方面内容有待推进", "2017-06-30")).not.toBe("behind");
    expect(verdict("推进民生实事项目建设", "民生实事总体推进顺利，仍有部分内容有待推进", "2024-12-31")).not.toBe("behind");
    expect(verdict("区政府承诺的10件实事年内全部完成", "10件实事大多数已经完成，剩余事项均已落实资金", "2017-12-31")).not.toBe("behind");
  });
});

describe("a place in a named ranking (全国百强县…进入前5位), also read after the deadline", () => {
  const task = "全国百强县县域经济基本竞争力进入前5位";
  it("the place of the subject the task ranks, in a list of places, decides; after the year it is done", () => {
    expect(verdict(task, "位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5、绿色发展第5", "2023-02-02", 2022)).toBe("done");
    expect(verdict(task, "位居全国百强县投资潜力第3、县域经济基本竞争力第4", "2022-09-30")).toBe("on-track");
    expect(verdict("全省县域经济高质量发展综合评价稳定在前10位", "位列全省县域经济高质量发展综合评价第8、营商环境评价第12", "2024-02-10", 2023)).toBe("done");
  });
  it("lookalikes: a worse place, another subject's place, another scope, a hoped place, are never green", () => {
    expect(GREEN).not.toContain(verdict(task, "位居全国百强县投资潜力第3、县域经济基本竞争力第7", "2023-02-02", 2022));
    expect(GREEN).not.toContain(verdict(task, "位居全国百强县投资潜力第3、绿色发展第5", "2023-02-02", 2022));
    expect(GREEN).not.toContain(verdict(task, "位居全省百强县县域经济基本竞争力第2", "2023-02-02", 2022));
    expect(GREEN).not.toContain(verdict(task, "预计位居全国百强县县域经济基本竞争力第4", "2023-02-02", 2022));
    expect(GREEN).not.toContain(verdict(task, "位居全国百强县第3", "2023-02-02", 2022));
  });
});

describe("a doubling against a base year (比2005年翻一番) answered by a multiple of that year's figure", () => {
  it("为…的k倍 of the same base, k at least the doubling asked, is done", () => {
    expect(verdict("财政总收入比2005年翻一番", "财政总收入10.03亿元，为“十五”期末的3倍，年均增长24.8%", "2011-01-15", 2010)).toBe("done");
    expect(verdict("地区生产总值比2010年翻一番", "全区地区生产总值达到412亿元，是2010年的2.1倍", "2016-01-20", 2015)).toBe("done");
    expect(verdict("城乡居民收入在2010年基础上翻一番", "城乡居民收入比“十二五”初的2010年增长1.2倍", "2021-01-20", 2020)).toBe("done");
    expect(verdict("工业总产值比2015年翻两番", "工业总产值480亿元，为2015年的4.3倍", "2021-01-20", 2020)).toBe("done");
  });
  it("lookalikes: a smaller multiple, another base, another metric, a forecast, are never green", () => {
    expect(GREEN).not.toContain(verdict("财政总收入比2005年翻一番", "财政总收入10.03亿元，为“十五”期末的1.8倍", "2011-01-15", 2010));
    expect(GREEN).not.toContain(verdict("财政总收入比2005年翻一番", "财政总收入10.03亿元，为2008年的3倍", "2011-01-15", 2010));
    expect(GREEN).not.toContain(verdict("财政总收入比2005年翻一番", "一般预算收入4.1亿元，为“十五”期末的3倍", "2011-01-15", 2010));
    expect(GREEN).not.toContain(verdict("财政总收入比2005年翻一番", "财政总收入预计为“十五”期末的2.5倍", "2010-12-20", 2010));
    expect(GREEN).not.toContain(verdict("工业总产值比2015年翻两番", "工业总产值480亿元，为2015年的3.2倍", "2021-01-20", 2020));
  });
});

describe("the work itself reported with 已 (已为…安装空调970台) beside a preparatory step of other work", () => {
  it("is work done, not a restated target", () => {
    expect(verdict("新安装空调970台", "已为公办中小学安装空调970台（涉及教室485个）；新风系统正在招投标，8月10日开标", "2021-07-29")).toBe("done");
    expect(verdict("铺设供水管网12公里", "已在城南片区铺设供水管网12.5公里；二期管网正在开展施工图设计", "2024-08-31")).toBe("done");
    expect(verdict("为老旧小区加装电梯50台", "已为老旧小区加装电梯30台，其余小区正在招标", "2024-09-30")).toBe("behind");
  });
  it("lookalikes: the act named only in a plan, a design or a tender is never work done", () => {
    expect(GREEN).not.toContain(verdict("新安装空调970台", "已完成安装空调970台的招标，8月10日开标", "2021-07-29"));
    expect(GREEN).not.toContain(verdict("新安装空调970台", "已完成空调安装方案设计，970台空调正在招标", "2021-07-29"));
    expect(GREEN).not.toContain(verdict("新安装空调970台", "已确定安装空调970台的学校名单，正在招投标", "2021-07-29"));
    expect(GREEN).not.toContain(verdict("铺设供水管网12公里", "已对铺设供水管网12公里完成立项批复，正在招标", "2024-08-31"));
  });
});

describe("the works' overall progress (综合进度) of the one thing a task without figures builds", () => {
  it("is the share done, judged against 序时进度", () => {
    expect(verdict("黑河输气首站年内建成投用", "黑河输气首站综合进度达到62.66%，预计12月1日正式供气投用", "2019-08-31")).toBe("behind");
    expect(verdict("城东污水处理厂年内建成", "城东污水处理厂总体进度为85%，设备正在安装", "2024-09-30")).toBe("on-track");
  });
  it("lookalikes: progress of a preparatory stage, of a part, or of another thing is never the share done", () => {
    expect(GREEN).not.toContain(verdict("城东污水处理厂年内建成", "城东污水处理厂前期工作综合进度90%", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("城东污水处理厂年内建成", "城东污水处理厂主体工程进度90%", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("城东污水处理厂年内建成", "城西污水处理厂综合进度90%", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("城东污水处理厂年内建成", "城东污水处理厂征地拆迁综合进度95%", "2024-06-30"));
  });
});

describe("a count done and a forecast of the rest that together make the task's count", () => {
  it("the count done is the part of the task's own total", () => {
    expect(verdict("年内建成盟级重点项目51个", "截至8月底已建成重点项目9个，预计年底前还有42个项目可竣工投产", "2016-08-31")).toBe("behind");
    expect(verdict("年内建成市级重点项目30个", "已竣工重点项目12个，计划11月底前另有18个项目竣工", "2024-10-31")).toBe("behind");
    // Ahead of 序时 the forecast after the figure still keeps it from green (WEAK_NOT_RESULT): 无法研判, not a wrong answer.
    expect(verdict("年内建成市级重点项目30个", "已建成重点项目27个，预计10月底前还有3个项目可竣工", "2024-08-31")).toBe("unknown");
  });
  it("lookalikes: a forecast never counts as done, another stage or another total says nothing", () => {
    expect(GREEN).not.toContain(verdict("年内建成盟级重点项目51个", "已建成重点项目9个，预计年底前还有42个项目可竣工投产", "2016-12-31"));
    expect(verdict("年内建成盟级重点项目51个", "已开工重点项目9个，预计年底前还有42个项目可开工", "2016-08-31")).not.toBe("on-track");
    expect(GREEN).not.toContain(verdict("年内建成盟级重点项目51个", "已建成重点项目9个，预计年底前还有30个项目可竣工投产", "2016-08-31"));
  });
});

describe("an act written inside the name of its object (居民住宅加装电梯 for 加装居民住宅电梯)", () => {
  it("names the same works", () => {
    expect(verdict("加装居民住宅电梯120台", "居住改善方面，居民住宅加装电梯完成35台、在建101台；筹集保障性租赁住房664套", "2025-06-30")).toBe("behind");
    expect(verdict("改造城区雨水管网20公里", "城区雨水改造管网完成21公里", "2024-10-31")).toBe("done");
  });
  it("lookalikes: another act, or the works only under way, are never green", () => {
    expect(GREEN).not.toContain(verdict("加装居民住宅电梯120台", "居民住宅加装电梯在建101台", "2025-06-30"));
    expect(GREEN).not.toContain(verdict("加装居民住宅电梯120台", "公共建筑加装电梯完成130台", "2025-06-30"));
  });
});

describe("words of the next figure in a list (、在建101台) are not said of the figure before", () => {
  it("lookalikes: works under way written after a comma, or before the figure, still keep it from green", () => {
    expect(GREEN).not.toContain(verdict("新建幼儿园3所", "幼儿园3所，正在进行主体施工", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("新建幼儿园3所", "在建幼儿园3所、完成设计2所", "2024-06-30"));
    expect(GREEN).not.toContain(verdict("加装居民住宅电梯120台", "居民住宅加装电梯在建101台、完成35台", "2025-03-31"));
  });
});
