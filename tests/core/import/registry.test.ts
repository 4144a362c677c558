import { importText } from "../../../src/core/import";
import { UnitEntry } from "../../../src/core/model";
import { seedText, task } from "./helpers";

const towns: UnitEntry[] = ["坛山街道", "吴林街道", "阴平镇", "峨山镇", "榴园镇", "古邵镇", "底阁镇"].map((name) => ({
  name,
  aliases: [],
  category: "镇街",
  leader: "",
}));

describe("a unit registry given by the caller (the 单位 sheet)", () => {
  test("aliases resolve to the registry's names", () => {
    const units: UnitEntry[] = [
      { name: "区发展和改革局", aliases: [], category: "区直部门", leader: "张三" },
      { name: "区教育和体育局", aliases: ["教体局"], category: "区直部门", leader: "李四" },
    ];
    const r = importText(seedText("004_"), { units });
    expect(task(r, "1").leadUnits).toEqual(["区发展和改革局"]); // written 区发改局 (built-in alias)
    expect(task(r, "2").leadUnits).toEqual(["区教育和体育局"]); // written 区教体局
    expect(task(r, "3").leadUnits).toEqual(["区科技局"]); // unknown to the registry: as written
  });

  test("group words for all towns expand through the registry; 相关 words stay groups", () => {
    const r = importText(seedText("000_"), { units: towns });
    expect(task(r, "18").coUnits).toEqual(["要素保障相关单位", ...towns.map((t) => t.name)]);
    // "要素保障相关单位" names some units by what they do: a group the registry cannot expand, kept and reported.
    expect(task(r, "18").groups).toEqual(["要素保障相关单位"]);
    const notice = importText(seedText("003_"), { units: towns });
    expect(task(notice, "9").coUnits).toEqual(["相关镇街"]);
    expect(task(notice, "9").groups).toEqual(["相关镇街"]);
    expect(task(notice, "2").coUnits).toEqual(expect.arrayContaining(["工业园区", "坛山街道", "底阁镇"]));
  });
});
