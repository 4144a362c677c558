import { Quantity } from "./types";

/**
 * How a unit behaves in a sentence. A money, physical or bare-magnitude figure right before a noun
 * qualifies that noun ("500万元以上技改项目"); a classifier figure before a noun counts it ("新建3处驿站").
 */
export type UnitClass = "percent" | "pp" | "money" | "physical" | "classifier" | "bare";

interface UnitDef {
  /** The dimension quantities are normalised to, so 亩 and 万亩 or 元 and 亿元 compare. */
  dim: string;
  factor: number;
  cls: UnitClass;
}

const CLASSIFIERS = [
  "人次", "场次", "户次", "家次", "辆次", "批次", "件次", "天次",
  "家", "个", "所", "处", "条", "台", "张", "套", "项", "座", "户", "辆", "件", "场", "次", "批", "份",
  "只", "头", "间", "根", "段", "架", "对", "幢", "人份", "剂次", "针次", "单", "笔", "宗", "艘", "班", "组", "类", "幅", "册", "盒", "枚", "吨次", "支", "部", "期", "块", "棵", "株", "例", "篇", "种", "趟", "人", "名", "栋", "盏", "口", "孔", "眼", "列", "片", "本",
  // Round aq: accidents and cases are counted in 起 (较大事故控制在4起以内, 发生事故51起).
  "起",
];

const UNITS: Record<string, UnitDef> = {
  "个百分点": { dim: "个百分点", factor: 1, cls: "pp" },
  "百分点": { dim: "个百分点", factor: 1, cls: "pp" },
  "%": { dim: "%", factor: 1, cls: "percent" },
  // Rates per thousand (人口自然增长率控制在7.2‰以内): a rate of their own dimension, never compared with %.
  "‰": { dim: "‰", factor: 1, cls: "percent" },
  // Rates per 100,000 (孕产妇死亡率控制在10/10万以下, 3.85/10万): a dimension of their own, as ‰ is.
  "/10万": { dim: "/10万", factor: 1, cls: "percent" },
  "美元": { dim: "美元", factor: 1, cls: "money" },
  // Amounts per person, per area or per month: a standard or an intensity, read as one unit ("280万元/人",
  // "2139.4亿元/平方公里", "300元/人"); never compared with a plain amount in 元.
  "元/人": { dim: "元/人", factor: 1, cls: "physical" },
  "元/人/月": { dim: "元/人/月", factor: 1, cls: "physical" },
  "元/人·月": { dim: "元/人/月", factor: 1, cls: "physical" },
  "元/月": { dim: "元/月", factor: 1, cls: "physical" },
  "元/年": { dim: "元/年", factor: 1, cls: "physical" },
  "元/亩": { dim: "元/亩", factor: 1, cls: "physical" },
  "元/平方公里": { dim: "元/平方公里", factor: 1, cls: "physical" },
  "元/平方米": { dim: "元/平方米", factor: 1, cls: "physical" },
  "元": { dim: "元", factor: 1, cls: "money" },
  // A ratio to one (城乡居民收入比缩小到2.6:1以内, prepared as 2.6比1): a level of its own dimension, the first term read
  // as its value. findQuantities refuses one followed by a digit (1比10).
  "比1": { dim: "比1", factor: 1, cls: "physical" },
  // Land and floor area are one dimension: 1公顷 = 1万平方米 = 15亩, so "新增绿地20万平方米" is answered by 21.5公顷 and
  // "供地300亩" by 20万平方米. Per-area densities (元/亩, 元/平方米) stay dimensions of their own.
  "亩": { dim: "平方米", factor: 10000 / 15, cls: "physical" },
  "公顷": { dim: "平方米", factor: 10000, cls: "physical" },
  "平方公里": { dim: "平方米", factor: 1e6, cls: "physical" },
  "平方米": { dim: "平方米", factor: 1, cls: "physical" },
  "平米": { dim: "平方米", factor: 1, cls: "physical" },
  "立方米": { dim: "立方米", factor: 1, cls: "physical" },
  "方": { dim: "立方米", factor: 1, cls: "physical" },
  "吨公里": { dim: "吨公里", factor: 1, cls: "physical" },
  // Round ax: passengers carried a distance (旅客周转量19079.88万人公里), as 吨公里 is freight: never people, never km.
  "人公里": { dim: "人公里", factor: 1, cls: "physical" },
  // Energy in tonnes of standard coal (能源消费总量540.8万吨标准煤): a dimension of its own, never plain tonnes.
  "吨标准煤": { dim: "吨标准煤", factor: 1, cls: "physical" },
  "吨标煤": { dim: "吨标准煤", factor: 1, cls: "physical" },
  "吨/天": { dim: "吨/天", factor: 1, cls: "physical" },
  "吨": { dim: "吨", factor: 1, cls: "physical" },
  "标箱": { dim: "标准箱", factor: 1, cls: "physical" },
  "公斤": { dim: "吨", factor: 0.001, cls: "physical" },
  "斤": { dim: "吨", factor: 0.0005, cls: "physical" },
  "千瓦时": { dim: "度", factor: 1, cls: "physical" },
  "度": { dim: "度", factor: 1, cls: "physical" },
  "千瓦": { dim: "瓦", factor: 1e3, cls: "physical" },
  "兆瓦": { dim: "瓦", factor: 1e6, cls: "physical" },
  "MW": { dim: "瓦", factor: 1e6, cls: "physical" },
  "GW": { dim: "瓦", factor: 1e9, cls: "physical" },
  "吉瓦": { dim: "瓦", factor: 1e9, cls: "physical" },
  "kW": { dim: "瓦", factor: 1e3, cls: "physical" },
  // An age (人均预期寿命达到80岁).
  "岁": { dim: "岁", factor: 1, cls: "physical" },
  "公里": { dim: "米", factor: 1e3, cls: "physical" },
  "米": { dim: "米", factor: 1, cls: "physical" },
  "微克/立方米": { dim: "微克/立方米", factor: 1, cls: "physical" },
  "微克": { dim: "微克/立方米", factor: 1, cls: "physical" },
  "小时": { dim: "小时", factor: 1, cls: "physical" },
  "天": { dim: "天", factor: 1, cls: "physical" },
  "个工作日": { dim: "工作日", factor: 1, cls: "physical" },
  "工作日": { dim: "工作日", factor: 1, cls: "physical" },
  "吨/日": { dim: "吨/天", factor: 1, cls: "physical" },
  "立方米/日": { dim: "立方米/天", factor: 1, cls: "physical" },
  "立方米/天": { dim: "立方米/天", factor: 1, cls: "physical" },
  "ug/m3": { dim: "微克/立方米", factor: 1, cls: "physical" },
  "μg/m3": { dim: "微克/立方米", factor: 1, cls: "physical" },
  "μg/m³": { dim: "微克/立方米", factor: 1, cls: "physical" },
  "ug/m³": { dim: "微克/立方米", factor: 1, cls: "physical" },
  "km": { dim: "米", factor: 1e3, cls: "physical" },
  "千米": { dim: "米", factor: 1e3, cls: "physical" },
  "平方千米": { dim: "平方米", factor: 1e6, cls: "physical" },
  // Hunt 15: the square-unit signs reports type for 平方米, 立方米, 公里, 千克 ("标准厂房7000㎡").
  "㎡": { dim: "平方米", factor: 1, cls: "physical" },
  "m²": { dim: "平方米", factor: 1, cls: "physical" },
  "㎥": { dim: "立方米", factor: 1, cls: "physical" },
  "㎞": { dim: "米", factor: 1e3, cls: "physical" },
  "㎏": { dim: "吨", factor: 0.001, cls: "physical" },
  "m3": { dim: "立方米", factor: 1, cls: "physical" },
  "m³": { dim: "立方米", factor: 1, cls: "physical" },
  "立方": { dim: "立方米", factor: 1, cls: "physical" },
  "千克": { dim: "吨", factor: 0.001, cls: "physical" },
  "标准箱": { dim: "标准箱", factor: 1, cls: "physical" },
  "TEU": { dim: "标准箱", factor: 1, cls: "physical" },
};
for (const c of CLASSIFIERS) UNITS[c] = { dim: c === "名" ? "人" : c, factor: 1, cls: "classifier" };

/**
 * Counting words that count the same things in different offices' wording: 书房2处 and 书房3家, 学校2所 and 2座,
 * 10辆 and 10台, 项 and 件 (tasks), 人 and 名 (already one dimension).
 */
const COUNTING_GROUP: Record<string, number> = {
  家: 1, 处: 1, 座: 1, 所: 1, 间: 1, 栋: 1, 幢: 1, 站: 1,
  项: 2, 件: 2,
  辆: 3, 台: 3, 部: 3, 架: 3, 艘: 3,
  条: 4, 根: 4, 段: 4,
  // Round aw: 场次 and 批次 count the same events as 场 and 批 (惠民演出500场 answered by 600场次; 抽检780批次), never visits.
  场: 5, 次: 5, 批: 5, 场次: 5, 批次: 5,
  // Hunt 20: a 期 is a course or a run of a class (培训班10期), many sessions each; it never counts as 场 or 场次.
  期: 7,
  人次: 6, 户次: 6, 家次: 6,
};

export const MAGNITUDES: Record<string, number> = { "万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3 };

/** Longest first, so 个百分点 wins over 个 and 平方公里 over 公里. */
export const UNIT_NAMES = Object.keys(UNITS).sort((a, b) => b.length - a.length);

/** Units a Chinese numeral may count (一万吨, 十件, 两所); 批, 期, 支 are left out because 一批, 二期, 三支一扶 are names. */
export const CHINESE_NUMERAL_UNITS = UNIT_NAMES.filter((u) => !["批", "期", "支", "段", "种", "部", "口", "方", "头", "块", "次", "天", "天次", "片", "本", "小时", "度", "米", "%", "‰", "/10万", "MW", "GW", "kW", "列"].includes(u));

export function unitClass(unit: string): UnitClass {
  return UNITS[unit]?.cls ?? "bare";
}

/** The value of `value` written with magnitude `mag` and unit `unit`, in the base unit of its dimension. */
function toBase(value: number, mag: string, unit: string): Quantity {
  const def = UNITS[unit];
  const m = MAGNITUDES[mag] ?? 1;
  const v = value * m * (def ? def.factor : 1);
  return { value: roundSig(v), unit: def ? def.dim : "" };
}

/** The base quantity of a unit as written ("45.25亿", "万亩", "个百分点"). */
export function baseOf(value: number, written: string): Quantity {
  const m = /^(万亿|千万|百万|万|亿|千)?(.*)$/.exec(written) as RegExpExecArray;
  return toBase(value, m[1] ?? "", m[2]);
}

/**
 * Counting words for people and households: 个 never counts them ("安置点6个" is no report on 搬迁18695人, "改造3000户"
 * none on 老旧小区30个).
 */
const PEOPLE_COUNTS = new Set(["人", "人次", "户", "户次"]);

/** Whether `a` is the generic 个 and `b` a counting word it may stand for: any, except people. */
function genericCount(a: string, b: string): boolean {
  return a === "个" && !PEOPLE_COUNTS.has(b);
}

/** Whether two base units measure the same thing; a bare magnitude (45.25亿) takes the unit of the other. 个 is generic. */
export function compatibleUnits(a: string, b: string): boolean {
  if (a === b || a === "" || b === "") return a === b || (a !== "%" && b !== "%" && a !== "个百分点" && b !== "个百分点");
  const ca = UNITS[a]?.cls;
  const cb = UNITS[b]?.cls;
  if (ca === "classifier" && cb === "classifier") return genericCount(a, b) || genericCount(b, a) || (COUNTING_GROUP[a] !== undefined && COUNTING_GROUP[a] === COUNTING_GROUP[b]);
  return false;
}

function roundSig(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}
