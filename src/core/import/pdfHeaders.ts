/**
 * A table's header as a PDF copy gives it: each column's name may be spaced out character by character ("序 号",
 * "责 任 单 位", as a justified narrow cell is drawn) and may wrap over two or three lines at the cell's width ("牵头" /
 * "单位", "县级" / "责任" / "领导", "序" / "号"). Read back, the header is one line of whole names, one a column, so the
 * table readers see it as if the PDF had room.
 */

/** How a column's name ends when it is whole: what the column holds (单位, 领导, 时限, 情况 …) or the 序号 itself. */
const WHOLE_NAME = /(?:序号|编号|名称|题目|问题|措施|内容|任务|目标|事项|领导|单位|部门|街道|乡镇|处室|科室|时限|时间|期限|情况|进展|进度|结果|类别|类型|业主|投资|金额|规模|地点|备注|提案者|提案人|责任人|联系人)$/;

/** A column name's tail alone on a wrapped header line: a few characters, no figure, no punctuation. */
const NAME_TAIL = /^[\u4e00-\u9fa5（）()]{1,4}$/;

/**
 * The names of a header line, a run of single characters (a name spaced out) joined and cut again after each whole name
 * ("序 号 反 馈 问 题 整 改 措 施" → 序号, 反馈问题, 整改措施); a run with no whole name in it stays one name.
 */
export function headerNames(line: string): string[] {
  const tokens = line.trim().split(/\s+/).filter((t) => t);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    if ([...tokens[i]].length !== 1) {
      names.push(tokens[i++]);
      continue;
    }
    let run = "";
    while (i < tokens.length && [...tokens[i]].length === 1) run += tokens[i++];
    names.push(...cutAtWholeNames(run));
  }
  return names;
}

function cutAtWholeNames(run: string): string[] {
  const out: string[] = [];
  let rest = run;
  while (rest) {
    let cut = 0;
    for (let k = 2; k <= rest.length; k++) {
      if (WHOLE_NAME.test(rest.slice(0, k))) {
        cut = k;
        break;
      }
    }
    if (!cut) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return joinBareState(out);
}

/**
 * 情况 alone names no column: it is the state of what the name before it says (进展情况, 进度情况, 结果情况), so a spaced
 * name cut after a word that is whole by itself ("进 展 情 况" → 进展, 情况) is one name again.
 */
function joinBareState(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (name === "情况" && out.length > 0 && out[out.length - 1] !== "序号") out[out.length - 1] += name;
    else out.push(name);
  }
  return out;
}

/**
 * Which names a line of short tails completes, in order, or null when the line is no such continuation. Every name not
 * yet whole takes a tail; a name that reads whole may take one too when more tails stand than open names and the name
 * stays whole with it ("进展" / "情况" → 进展情况), when its cell is narrow (two characters on the first line).
 */
function tailTakers(names: readonly string[], line: string): [number, string][] | null {
  const tails = line.trim().split(/\s+/).filter((t) => t);
  if (tails.length === 0 || !tails.every((p) => NAME_TAIL.test(p))) return null;
  const isOpen = names.map((n) => !WHOLE_NAME.test(n));
  const takers: [number, string][] = [];
  let t = 0;
  for (let c = 0; c < names.length && t < tails.length; c++) {
    const openAfter = isOpen.slice(c + 1).filter(Boolean).length;
    const spare = tails.length - t - openAfter;
    // Only a narrow cell wraps: a name of four characters on the header's first line had room for a two-character tail.
    const narrow = [...names[c]].length <= 2;
    if (isOpen[c] || (spare > 0 && narrow && WHOLE_NAME.test(names[c] + tails[t]))) takers.push([c, tails[t++]]);
  }
  return t === tails.length ? takers : null;
}

interface PdfHeader {
  /** The header as one line of whole names apart by single spaces ("序号 项目名称 牵头单位 …"). */
  text: string;
  /** Index of the header's last line (its first when it did not wrap). */
  through: number;
}

/**
 * The headers of a table copied out of a PDF, by the index of their first line: a line whose names begin with 序号, or
 * whose first name is 序 over a next line beginning with 号. Each next line whose pieces are all short tails, no more than
 * the names not yet whole, completes those names in order (a PDF wraps only the names longer than their cell); at most
 * two such lines follow a header.
 */
export function pdfHeaders(lines: readonly string[]): Map<number, PdfHeader> {
  const found = new Map<number, PdfHeader>();
  for (let i = 0; i < lines.length; i++) {
    const names = headerNames(lines[i]);
    if (names.length < 3) continue;
    const splitId = names[0] === "序" && /^\s*号(\s|$)/.test(lines[i + 1] ?? "");
    if (names[0] !== "序号" && !splitId) continue;
    let through = i;
    for (let k = i + 1; k <= i + 2 && k < lines.length; k++) {
      const takers = tailTakers(names, lines[k]);
      if (!takers) break;
      takers.forEach(([c, tail]) => (names[c] += tail));
      through = k;
    }
    if (names[0] !== "序号") continue;
    found.set(i, { text: names.join(" "), through });
    i = through;
  }
  return found;
}
