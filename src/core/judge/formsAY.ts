/**
 * Round ay (科技创新 and 工业和信息化): forms of the judge. (The names' forms are in ../metrics/formsAY.ts.)
 *
 * - A grade a firm or a platform is recognised at (省级专精特新企业, 国家级高新技术企业, 省级重点实验室, 市级技术创新中心) is
 *   what the thing is, not the level of a list of projects: "新增省级专精特新企业133家，累计达到324家" answers 全市省级专精特新
 *   企业达到350家, where a list kept at 省级 (省级重点项目) would be a part of the 市's (formsO.ts, otherLevel).
 */

/** Things recognised at a grade: firms and the platforms of research and industry. */
const GRADED = /企业|公司|实验室|(?:技术|创新|研发|研究|工程)(?:中心|平台)|孵化器|众创空间|工厂|车间|示范基地/;
/** Words of a list of works: those lists are kept at a level. */
const WORKS = /项目|工程/;

/** Whether a name counts things recognised at a grade (not works on a level's list). */
export function gradedThing(metric: string): boolean {
  return GRADED.test(metric) && !WORKS.test(metric);
}
