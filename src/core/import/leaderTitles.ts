/**
 * Government leaders named by their post (issue 13): "分管副省长、协管副秘书长负责" in an assignment bracket names who
 * answers for the task, not units; "一、常务副省长高建民" or "王纲市长主抓重点工作" heads the items one leader answers for.
 */
const HAN = "\\u4e00-\\u9fa5";
/** The levels of government whose heads and party committees lead a catalogue's tasks. */
const LEVEL = "[省市县区州旗]";
/**
 * Leaders' posts, the one list every reader builds on (import-units2), as regex sources, each without the 常务, 分管 or 副
 * a reader allows before it. `head`: the head of a government (区长 … 旗长); `townHead`: 镇长, 乡长, a leader only as a post
 * alone in an assignment ("分管副镇长"); `secretaryGeneral`: 秘书长, alone or after the government's name (区政府副秘书长);
 * `party`: the party, congress and CPPCC posts written before a name (区委常委, 区人大常委会副主任, 区政协主席);
 * `leaders`: 领导, 区领导, as an assignment names them. The person splitter's leader posts (unitPerson) read the same list.
 */
export const LEADER_POSTS = {
  head: `${LEVEL}长`,
  townHead: "[镇乡]长",
  secretaryGeneral: "秘书长",
  government: `${LEVEL}政府`,
  party: `${LEVEL}委(?:常委|书记|副书记)|${LEVEL}人大常委会副?主任|${LEVEL}政协副?主席|${LEVEL}政府党组成员`,
  leaders: "[省市县区]?领导",
} as const;
/** A government leader's post after 常务 or 分管 and 副: 县长, 秘书长. */
const GOVERNMENT = `(?:${LEADER_POSTS.head}|${LEADER_POSTS.secretaryGeneral})`;
/** A post: 市长, 常务副县长, 分管副省长, 协管副秘书长, 分管市领导. */
const POST = `(?:常务|分管|协管|主管|联系)?副?(?:${LEADER_POSTS.head}|${LEADER_POSTS.townHead}|${LEADER_POSTS.secretaryGeneral}|${LEADER_POSTS.leaders})`;
const ROLE = new RegExp(`^${POST}$`);
/** "常务副省长高建民", "副市长 李明（3项）" — the post, then the name. */
const POST_NAME = new RegExp(`^(?:常务|分管)?副?${GOVERNMENT}[\\s:：]*([${HAN}]{2,3})(?:同志)?$`);
/** "王纲市长主抓重点工作", "李明副县长分管事项" — the name, then the post and what the part holds. */
const NAME_POST = new RegExp(`^([${HAN}]{2,3}?)(?:同志)?\\s*(?:常务)?副?${GOVERNMENT}(?:主抓|分管|领办|牵头|负责)?的?(?:重点)?(?:工作|事项|任务)?$`);
/**
 * "常务副县长王强分管工作", "副区长李四牵头事项", "副市长陈晓明主抓的重点工作" — the post, the name, then what the part
 * holds (import-units2).
 */
const POST_NAME_HOLDS = new RegExp(
  `^(?:常务|分管)?副?${GOVERNMENT}[\\s:：]*([${HAN}]{2,3}?)(?:同志)?\\s*(?:(?:主抓|分管|领办|牵头|负责|联系)的?(?:重点)?(?:工作|事项|任务)?|(?:重点)?(?:工作|事项|任务))$`,
);
/** What a name never starts with: the words of a part's name around a post ("常务副县长分管工作" names nobody). */
const NOT_A_NAME_START = /^(?:常务|分管|协管|主管|主抓|领办|牵头|负责|联系|重点|工作|事项|任务|副)/;

/** Whether a name in an assignment is a leader's post ("分管副省长"), never a unit. */
export function isLeaderPost(name: string): boolean {
  return ROLE.test(name.trim());
}

/**
 * A leader's post written in brackets after the name ("马强（常务副州长）", "吉克(副州长)", round m): who the leader is
 * is the name, so the post is left out (a bracket holding anything else stays).
 */
export function withoutPosts(names: string): string {
  return names.replace(/[（(]\s*([^（）()]{2,12}?)\s*[）)]/g, (all, inner: string) => (isLeaderPost(inner) ? "" : all));
}

/**
 * A heading row that labels the leader of the rows under it: "分管区领导：张明（常务副区长）", "责任领导：李华" (round s).
 * The name is two or three characters, with the post in brackets or nothing after it.
 */
const LABELLED_LEADER = new RegExp(`^(?:分管|牵头|责任|包抓|联系)[省市县区州旗]?(?:级)?领导[:：]\\s*([${HAN}]{2,3})(?:\\s*[（(][^（）()]{2,12}[）)])?$`);

/** What follows a post without being a person: "市长热线", "市长信箱", "县长办公会". */
const NOT_A_PERSON = /(?:热线|信箱|专线|办公会|办|室|局|委|会|工程|项目|工作|事项|任务|行动|制度|基金|奖)$/;

/** The leader a heading names with a post ("常务副省长高建民" → 高建民), or "". */
export function headingLeader(heading: string): string {
  const t = heading
    .trim()
    // Numbered 一、 （一） 1. or in words: 一是, 第一，, 第一部分 (issue 13).
    .replace(/^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}(?:(?:部分|方面)[，,、：:\s]?|[，,、：:\s]))\s*/, "")
    .replace(/[。：:]$/, "");
  const name = POST_NAME.exec(t)?.[1] ?? NAME_POST.exec(t)?.[1] ?? POST_NAME_HOLDS.exec(t)?.[1] ?? LABELLED_LEADER.exec(t)?.[1] ?? "";
  return name && !NOT_A_PERSON.test(name) && !NOT_A_NAME_START.test(name) ? name : "";
}
