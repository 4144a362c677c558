/**
 * The import preview says which date a customary 完成时限 will be read as, in the words of the catalogue finding
 * CAT_DEADLINE_CUSTOMARY, so the office can write a date before the catalogue is written.
 */
import { importText, renderPreview } from "../../../src/core/import";

const TEXT = [
  "序号\t任务内容\t牵头单位\t完成时限",
  "1\t完成城区排水管网清淤12公里\t区水务局\t汛期前",
  "2\t新建社区食堂5个\t区民政局\t2024年9月底前",
].join("\n");

describe("import preview and customary deadlines", () => {
  const result = importText(TEXT);

  it("reads the two tasks with their 完成时限 as written", () => {
    expect(result.tasks.map((t) => [t.id, t.deadline])).toEqual([["1", "汛期前"], ["2", "2024年9月底前"]]);
  });

  it("lists the date chosen for 汛期前 under 提示 when the year is known, and nothing for a written date", () => {
    const preview = renderPreview(result, undefined, 2024);
    expect(preview).toContain("[CAT_DEADLINE_CUSTOMARY] 任务 1 的完成时限「汛期前」是习惯说法，按 2024-05-31 计（汛期前按5月31日计");
    expect(preview).not.toContain("任务 2 的完成时限");
  });

  it("says nothing of a date it cannot know without the year", () => {
    expect(renderPreview(result)).not.toContain("CAT_DEADLINE_CUSTOMARY");
  });
});
