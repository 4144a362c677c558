/**
 * How the name of a body ends: the one list the unit splitter, the registry and the importers share to tell
 * a unit ("区图书馆", "国家税务总局兖州区税务局", "农行兖州支行") from a piece of prose. A name ends in the
 * word for the kind of body it is; the words are grouped by kind so that a new one is added where it belongs.
 */
const BODY_WORDS: readonly (readonly string[])[] = [
  // Governments, their offices and agencies: 区人民政府, 街道办事处, 高新区管委会, 区政府办, 区应急指挥部.
  ["人民政府", "政府", "办事处", "管委会", "管理委员会", "委员会", "指挥部", "领导小组办公室", "办公室", "办"],
  // Departments and their parts: 局, 分局, 委, 厅, 署, 部, 处, 科, 室.
  ["局", "分局", "委", "厅", "署", "部", "处", "科", "室"],
  // Public services and institutions: 中心, 站, 所, 院, 馆, 社, 电视台, 党校, 监狱, 海关 (台 and 校 only in these
  // words: "平台", "新建学校" are not bodies).
  ["中心", "分中心", "站", "所", "院", "馆", "社", "电视台", "气象台", "党校", "监狱", "海关"],
  // People's organisations: 总工会, 妇联, 团区委 (委, above), 科协, 红十字会.
  ["会", "联", "科协", "侨联"],
  // Enterprises and banks: 公司, 分公司, 集团, 银行, 支行, 营业部 (行 only in these words: "试行", "先行" are not).
  ["公司", "集团", "银行", "支行", "分行", "商行", "营业部"],
  // Disciplined services: 大队, 支队, 中队, 总队, 消防救援站 (站, above).
  ["队"],
  // Places that answer as units: 镇, 乡, 街道, 社区.
  ["镇", "乡", "街道", "社区"],
];

const ALTERNATION = [...new Set(BODY_WORDS.flat())].sort((a, b) => b.length - a.length).join("|");

/** A name that ends like a body (the words above). */
export const BODY_END = new RegExp(`(?:${ALTERNATION})$`);

/**
 * A piece of a unit list that ends like a unit, also by the words lists use for a set of units or a district
 * itself (区, 专班, 部门, 单位, 工作组, 镇街, （街）): the ending the splitter and the line-by-line importers look at.
 */
export const UNIT_LIST_END = new RegExp(`(?:${ALTERNATION}|区|专班|部门|单位|组|街|镇街|（街）|\\(街\\))$`);
