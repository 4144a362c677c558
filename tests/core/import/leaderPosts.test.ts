/**
 * One list of leaders' posts (import-units2): the person splitter (unitPerson's leader posts) and the heading and
 * assignment readers (leaderTitles) build on the same list. What each reader makes of a grid of posts — every prefix
 * (常务, 分管, 区政府 …), with and without 副, before each post — is compared with what it made before the two lists were
 * made one (tests/fixtures/import/leaderPosts.json, written from the readers at dd1b356), so the change is proven to
 * change nothing.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { headingLeader, isLeaderPost, withoutPosts } from "../../../src/core/import/leaderTitles";
import { separatePersons } from "../../../src/core/import/unitPerson";

const PREFIXES = ["", "常务", "分管", "协管", "主管", "联系", "区政府", "市政府"];
const BODIES = ["区长", "县长", "市长", "省长", "州长", "旗长", "镇长", "乡长", "秘书长", "领导", "区领导", "市领导", "区委常委", "区委书记", "区委副书记", "区人大常委会主任", "区政协主席", "区政府党组成员", "局长", "主任", "区委常委会"];
const POSTS = PREFIXES.flatMap((p) => ["", "副"].flatMap((d) => BODIES.map((b) => `${p}${d}${b}`)));
const BEFORE = JSON.parse(readFileSync(path.join(__dirname, "../../fixtures/import/leaderPosts.json"), "utf8")) as Record<string, string[]>;

const people = (cell: string) => {
  const r = separatePersons(cell);
  return `${r.persons.join("、")}|${r.leaders.join("、")}`;
};

describe("leaders' posts read as before the lists were made one", () => {
  test("isLeaderPost: a post in an assignment is no unit", () => {
    expect(POSTS.filter((s) => isLeaderPost(s))).toEqual(BEFORE.isLeaderPost);
  });
  test("headingLeader: a heading naming a post and a person", () => {
    const got = POSTS.filter((s) => headingLeader(`一、${s}张三`) || headingLeader(`二、${s} 李明`)).map((s) => `${s}:${headingLeader(`一、${s}张三`)}/${headingLeader(`二、${s} 李明`)}`);
    expect(got).toEqual(BEFORE.headingLeader);
    expect(POSTS.filter((s) => headingLeader(`王纲${s}主抓重点工作`))).toEqual(BEFORE.namedAfter);
  });
  test("withoutPosts: a post in brackets after a name", () => {
    expect(POSTS.filter((s) => withoutPosts(`张三（${s}）`) === "张三")).toEqual(BEFORE.withoutPosts);
  });
  test("separatePersons: a post before or after a name makes a leader or a responsible person", () => {
    const got = POSTS.map((s) => [s, ...[`${s} 张三`, `张三（${s}）`, `${s}张三`, `区发改局（${s}张三）`].map(people)].join(" ")).filter((x) => /[^| ]/.test(x.split(" ").slice(1).join("")));
    expect(got).toEqual(BEFORE.separatePersons);
  });
  test("the grid holds leaders and lookalikes alike", () => {
    expect(BEFORE.isLeaderPost).toContain("常务副区长");
    expect(BEFORE.isLeaderPost).not.toContain("局长");
    expect(BEFORE.separatePersons.some((x) => x.startsWith("区委常委 |张三"))).toBe(true);
    expect(BEFORE.separatePersons.some((x) => x.startsWith("局长 ") && x.includes("张三|"))).toBe(true);
  });
});
