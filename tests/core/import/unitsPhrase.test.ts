/**
 * One reader of unit phrases (import-am): the report importer's "由X牵头，Y、Z等部门密切配合，…工作" sentences are read by the
 * same `readUnitsPhrase` every other importer uses, and that reader now knows what the report importer alone knew — the manner
 * of helping (密切配合, 加强配合协调, 积极配合, 协同), a list closing on 等部门 / 等单位 / 等相关部门 (the units named stay), 具体负责
 * and traditional characters. Lookalikes: 配合 or 协同 in a task's own words is no helpers' part. Material written for these tests.
 */
import { readHelpersPart, readUnitsPhrase } from "../../../src/core/import/assignmentPhrase";
import { assignedWork } from "../../../src/core/import/importReport";

describe("readUnitsPhrase: the manner of helping and a list's close", () => {
  test.each([
    ["市发改委牵头，市财政局、市住建局等部门密切配合", { lead: "市发改委", co: "市财政局、市住建局" }],
    ["由县农业农村局牵头，县水利局、县林业局等单位积极配合", { lead: "县农业农村局", co: "县水利局、县林业局" }],
    ["区民政局牵头，区卫健委等相关部门加强配合", { lead: "区民政局", co: "区卫健委" }],
    ["区交通局牵头，区公安分局协同", { lead: "区交通局", co: "区公安分局" }],
    ["县教育局负责，县财政局、县人社局等其他有关单位加强配合协调", { lead: "县教育局", co: "县财政局、县人社局" }],
    ["市商务局具体负责，市市场监管局配合", { lead: "市商务局", co: "市市场监管局" }],
    ["市城管局牽頭，市住建局協同", { lead: "市城管局", co: "市住建局" }],
    ["县文旅局牵头，县发改局、县自然资源局等县级相关部门配合", { lead: "县文旅局", co: "县发改局、县自然资源局" }],
    ["区应急局牵头，各街道积极配合", { lead: "区应急局", co: "各街道" }],
  ])("%s", (text, phrase) => {
    expect(readUnitsPhrase(text)).toEqual(phrase);
  });

  test("a list's close is no unit; the units before it stay in the lead", () => {
    expect(readUnitsPhrase("由市卫健委、市医保局等部门牵头，市财政局配合")).toEqual({ lead: "市卫健委、市医保局", co: "市财政局" });
  });

  test.each([
    // 配合 and 协同 in the task's own words: a manner or a task, no units.
    "市发改委牵头，加强部门配合",
    "区交通局牵头，强化上下协同",
    "县水利局牵头，做好与省水利厅的配合",
    "市住建局牵头，相互配合",
    "区民政局牵头，推进医养协同",
    // Helpers alone assign nothing.
    "市财政局、市住建局等部门密切配合",
  ])("%s is no units phrase", (text) => {
    expect(readUnitsPhrase(text)).toBeNull();
  });

  test("a helpers' clause after a work's 由X负责 names its units, a task's 配合 none", () => {
    expect(readHelpersPart("县财政局、县审计局等部门积极配合")).toBe("县财政局、县审计局");
    expect(readHelpersPart("加强部门协同配合")).toBeNull();
    expect(readHelpersPart("确保配合到位")).toBeNull();
  });
});

describe("assignedWork reads its units with the shared reader", () => {
  test("lead, helpers with their manner and a list's close, then the work", () => {
    expect(assignedWork("县交通运输局牵头，县财政局、县住建局等部门密切配合，全力推进此次农村公路提档升级工作。")).toEqual({
      name: "农村公路提档升级工作",
      lead: ["县交通运输局"],
      co: ["县财政局", "县住建局"],
      leader: "",
    });
  });

  test("a class of leaders leads no unit; the unit answering for the work leads", () => {
    expect(assignedWork("由有关县领导牵头，县自然资源局负责，县农业农村局、县林业局等其他有关单位加强配合协调，按时完成永久基本农田核实工作。")).toEqual({
      name: "永久基本农田核实工作",
      lead: ["县自然资源局"],
      co: ["县农业农村局", "县林业局"],
      leader: "",
    });
  });

  test("a leader named with a post is kept as the leader, never a unit", () => {
    const read = assignedWork("由分管副县长王明牵头，县水利局负责，全力做好汛期安全度汛工作。");
    expect(read?.lead).toEqual(["县水利局"]);
    expect(read?.leader).toBe("王明");
  });

  test("a lead and the work in one clause", () => {
    expect(assignedWork("由县交通运输局牵头推进重点交通水毁工程的恢复重建工作。")?.lead).toEqual(["县交通运输局"]);
  });

  test.each([
    // 配合 in the work's own words, after a lead: the units phrase ends before it, no helper is made of it.
    ["县商务局牵头，加强部门配合，推进电商进农村工作。", ["县商务局"], []],
  ])("%s", (text, lead, co) => {
    const read = assignedWork(text);
    expect(read?.lead).toEqual(lead);
    expect(read?.co).toEqual(co);
  });

  test("no unit leading, or no work named, assigns nothing", () => {
    expect(assignedWork("县发改局、县住建局等县级有关部门负责人说明了有关情况。")).toBeNull();
    expect(assignedWork("各乡镇牵头，县交通局配合，推进道路养护工作。")).toBeNull();
    expect(assignedWork("县发改局牵头，县财政局配合。")).toBeNull();
  });
});
