/**
 * The one vocabulary of assignment labels ("牵头单位：", "责任领导：", "完成时限：" …) that notices and lists
 * write before a unit, leader, person or deadline, shared by the notice and list importers and by kind
 * detection. Offices vary the words freely; each label belongs to one kind.
 */

type LabelKind = "lead" | "co" | "all" | "leader" | "person" | "deadline" | "progress" | "problems" | "next";

const LABELS: Record<LabelKind, string[]> = {
  lead: ["牵头责任单位", "主要责任单位", "牵头单位", "主办单位", "牵头部门", "主责单位"],
  co: ["其他责任单位", "配合单位", "协办单位", "配合部门", "协办部门", "参与单位", "协同单位"],
  all: ["责任单位", "承办单位", "责任部门", "实施单位"],
  leader: ["牵头县领导", "牵头区领导", "牵头市领导", "牵头领导", "责任领导", "分管领导", "主管领导", "区级领导", "包保领导", "分线领导", "包抓领导", "包联领导", "挂点领导"],
  person: ["牵头责任人", "主要责任人", "具体责任人", "责任人", "联系人"],
  deadline: ["完成时限", "完成时间", "时间节点", "进度安排", "时限要求"],
  // A progress notice's line under an item ("完成情况：1-9月完成…"): what was reached, never a unit. Only lists read it
  // (labelPattern() leaves it out unless asked), so a notice's assignment bracket is cut as before.
  progress: ["完成情况", "进展情况", "落实情况", "推进情况", "整改情况", "整改进展", "工作进展", "目前进展", "最新进展", "办理情况", "办理进展", "进展"],
  // What holds an item back and what comes next, on lines of their own under it in a progress notice (round m): kept
  // with its progress, read by lists only once the item's assignment or progress has been given.
  problems: ["存在问题", "存在的问题", "主要问题", "困难和问题", "存在困难"],
  next: ["下一步计划", "下步计划", "下一步打算", "下步打算", "下一步措施", "下步措施", "下一步工作计划", "整改措施"],
};

/**
 * The labels offices coin beyond the words above, by how they are built rather than word by word (round v): a role and
 * 领导 ("牵头负责领导", "联系市领导"), a leading word and 单位/部门 ("牵头负责单位", "主责部门"), a helping word and 单位/部门
 * ("协同责任单位", "协作单位", "配合责任部门"); a 科室, 股室 or 处室 as a bureau's own sections name them ("牵头科室", "配合股室").
 * Read only before a colon, as the words are.
 */
const BUILT: Partial<Record<LabelKind, string>> = {
  leader: "(?:牵头|分管|主管|联系|包[保抓联挂]|挂点|责任)(?:负责)?[县区市镇]?领导",
  lead: "(?:牵头|主办|主责|主要)(?:负责|责任|实施|组织|协调)?(?:单位|部门|科室|股室|处室)",
  co: "(?:协同|配合|协办|协作|协助|参与|协责)(?:责任|实施|配合)?(?:单位|部门|科室|股室|处室)",
};

/** Label kinds a list reads only under an item (what it reached, what holds it back, what comes next). */
const ITEM_REPORT_KINDS: LabelKind[] = ["progress", "problems", "next"];

/** Alternation of the labels of the given kinds, longest first so "牵头责任单位" wins over "责任单位". */
export function labelPattern(...kinds: LabelKind[]): string {
  const chosen = kinds.length ? kinds : (Object.keys(LABELS) as LabelKind[]).filter((k) => !ITEM_REPORT_KINDS.includes(k));
  const words = chosen.flatMap((k) => LABELS[k]);
  const built = chosen.map((k) => BUILT[k]).filter((b): b is string => !!b);
  return [...[...new Set(words)].sort((a, b) => b.length - a.length), ...built].join("|");
}

/** The kind of a label as written (one of the vocabulary's words). */
export function labelKind(label: string): LabelKind | null {
  for (const kind of Object.keys(LABELS) as LabelKind[]) if (LABELS[kind].includes(label)) return kind;
  for (const [kind, built] of Object.entries(BUILT) as [LabelKind, string][]) if (new RegExp(`^(?:${built})$`).test(label)) return kind;
  return null;
}

/** A title or opening that makes the document a progress report (lists and notices read progress after an item then). */
export const PROGRESS_DOC = /进展|进度|落实情况|完成情况|实施情况|整改情况|通报|情况汇报|总结评估|评估报告|工作总结|進展|進度|落實情況|完成情況|實施情況|整改情況|通報|情況匯報|總結評估|評估報告|工作總結/;

/** An opening bracket of an inline assignment naming a leader or units: "（牵头领导：", "[牵头单位：", "【责任单位：". */
export const ASSIGNMENT_BRACKET = new RegExp(`[（(\\[【〔［](${labelPattern("leader", "lead", "all")})[:：]`, "g");

/**
 * Characters of the labels (and of 主要预期目标) as mirror sites render a page in traditional characters
 * ("牽頭單位：", "責任單位：", "主要預期目標"); only the label words are turned back, unit names stay as written.
 */
const TRADITIONAL: Record<string, string> = {
  牽: "牵", 頭: "头", 單: "单", 責: "责", 領: "领", 導: "导", 協: "协", 辦: "办", 門: "门", 實: "实", 與: "与",
  參: "参", 時: "时", 間: "间", 節: "节", 進: "进", 縣: "县", 區: "区", 預: "预", 標: "标", 務: "务", 線: "线",
  級: "级", 體: "体", 聯: "联", 繫: "系", 係: "系", 總: "总", 職: "职", 負: "负", 問: "问", 題: "题", 計: "计", 劃: "划",
};
const SIMPLIFIED: Record<string, string> = Object.fromEntries(Object.entries(TRADITIONAL).map(([t, s]) => [s, t]));
const traditionalForm = (word: string) => [...word].map((ch) => SIMPLIFIED[ch] ?? ch).join("");
const TRADITIONAL_WORDS = [...new Set([...Object.values(LABELS).flat(), "主要预期目标"].map(traditionalForm))].filter(
  (w) => [...w].some((ch) => TRADITIONAL[ch]),
);
const TRADITIONAL_RE = new RegExp(`(${TRADITIONAL_WORDS.sort((a, b) => b.length - a.length).join("|")})(?=[:：是为為])`, "g");

/** The words of a trailing assignment ("（市住建局牽頭，市級各有關部門按職責分工負責）") in traditional characters. */
const TRADITIONAL_TRAILING = /牽頭(?=[，,、；;）)負负])|按職責分工負責|職責分工負責|負責(?=[）)])/g;

/** More characters of table header names as mirror sites render them ("序號", "進展情況", "項目名稱", "備註"). */
const TRADITIONAL_HEADER: Record<string, string> = {
  ...TRADITIONAL, 號: "号", 況: "况", 項: "项", 內: "内", 達: "达", 績: "绩", 備: "备", 註: "注", 類: "类", 規: "规", 資: "资",
  額: "额", 狀: "状", 態: "态", 說: "说", 稱: "称", 設: "设", 據: "据", 產: "产", 業: "业", 際: "际", 處: "处", 構: "构",
  場: "场", 實: "实", 點: "点", 難: "难", 題: "题", 採: "采", 舉: "举", 條: "条", 順: "顺", 貨: "货", 階: "阶",
};
/** A short text with every character of `TRADITIONAL_HEADER` turned back: what a header cell would read in simplified characters. */
export function simplifiedHeaderForm(text: string): string {
  return [...text].map((ch) => TRADITIONAL_HEADER[ch] ?? ch).join("");
}

/** Turns labels written in traditional characters into the vocabulary's words; the rest of the line is kept. */
export function simplifyLabels(line: string): string {
  return line
    .replace(TRADITIONAL_RE, (w) => [...w].map((ch) => TRADITIONAL[ch] ?? ch).join(""))
    .replace(TRADITIONAL_TRAILING, (w) => [...w].map((ch) => TRADITIONAL[ch] ?? ch).join(""));
}
