import { HeaderOptions, HeaderSynonyms } from "../sheet/findHeader";
import { statusKind } from "../validate/status";
import { ProgressField, TaskField } from "../model";

/** Header names per field; the first is the one duban writes, the others are accepted when reading. */
export const CATALOGUE_HEADERS: HeaderSynonyms<TaskField> = {
  id: ["序号", "编号", "任务编号", "任务序号", "序"],
  subsection: ["子板块", "子类别", "二级板块", "小类"],
  // Before leadUnits: "总牵头单位" is matched whole, never read as a 牵头单位 column.
  coordinator: ["总牵头单位", "总牵头部门", "总牵头"],
  section: ["板块", "类别", "事项", "分类", "领域", "篇章", "所属板块"],
  text: ["任务内容", "年度任务目标", "目标任务", "重点工作任务", "工作任务", "主要任务", "重点任务", "任务目标", "任务", "工作内容", "具体任务"],
  leader: ["牵头领导", "责任领导", "分管领导", "牵头区领导", "领导"],
  leadUnits: ["牵头单位", "主办单位", "牵头部门", "主责单位"],
  coUnits: ["协办单位", "配合单位", "协同单位", "参与单位", "协办部门", "配合部门"],
  units: ["责任单位", "承办单位", "责任部门", "实施单位"],
  person: ["责任人", "具体责任人", "联系人"],
  deadline: ["完成时限", "完成时间", "时限", "时间节点", "完成期限"],
  stretchTarget: ["年度奋斗目标", "奋斗目标"],
  workTarget: ["年度工作目标", "工作目标"],
  weight: ["权重", "分值", "分数"],
};

export const PROGRESS_HEADERS: HeaderSynonyms<ProgressField> = {
  taskId: ["序号", "任务序号", "任务编号", "编号"],
  unit: ["填报单位", "报送单位", "单位", "责任单位", "牵头单位"],
  period: ["报告期", "填报期", "报告期间", "期次", "季度", "调度期"],
  text: ["进展情况", "工作进展", "进展", "落实情况", "完成情况", "推进情况"],
  // Hunt 22: 进展类别 (a category typed from a list: 已完成, 正常推进, 进展滞后 …) is a status, not the text.
  status: ["完成状态", "状态", "进度状态", "推进状态", "完成进度", "进展类别", "进度类别", "进展分类"],
  value: ["完成值", "实际值", "完成数", "实际完成值"],
  problems: ["存在问题", "问题", "困难问题"],
  nextSteps: ["下步打算", "下一步打算", "下步计划", "下一步工作", "下步工作"],
  date: ["填报日期", "报送日期", "日期", "填报时间"],
};

/**
 * Hunt 22: how a progress sheet's header names are read beyond the synonyms. A column whose parenthesis lists the
 * statuses to choose from ("完成情况（选择：已完成/序时推进/滞后/未启动）") is the 完成状态, not the text, wherever it stands; a
 * share ("完成进度（%）", "完成比例（%）") is no status; a synonym inside a header of a plan, a forecast, a target or a
 * measure ("计划完成数", "计划完成日期", "三季度目标", "计量单位") is not that field — but "目标任务完成情况" is still the text.
 */
export const PROGRESS_HEADER_OPTIONS: HeaderOptions<ProgressField> = {
  classify: (typed) => {
    const paren = /[（(]([^）)]*)[）)]$/.exec(typed)?.[1];
    if (paren) {
      const choices = paren.replace(/^[^：:]*[：:]/, "").split(/[/／、，,|｜;；]/).filter((w) => statusKind(w.trim()) !== null).length;
      if (choices >= 2 || (choices >= 1 && /选择|选填|下拉/.test(paren))) return "status";
    }
    if (/[%％]/.test(typed) && /进度|比例|百分比/.test(typed)) return null;
    return undefined;
  },
  qualifiers: /计划|预计|预期|目标|计量/,
  unqualified: ["text"],
};

export const PROGRESS_WRITTEN: ProgressField[] = ["taskId", "unit", "period", "text", "status", "value", "problems", "nextSteps", "date"];

type UnitField = "name" | "aliases" | "category" | "leader";
export const UNIT_HEADERS: HeaderSynonyms<UnitField> = {
  name: ["单位名称", "单位", "名称"],
  aliases: ["别名", "简称", "其他名称"],
  category: ["类别", "类型", "单位类别"],
  leader: ["分管领导", "分管区领导", "领导"],
};

type SettingField = "key" | "value" | "end" | "due";
export const SETTING_HEADERS: HeaderSynonyms<SettingField> = {
  key: ["项目", "设置项", "参数"],
  value: ["值", "设置值", "内容"],
  end: ["期末日期", "期末"],
  due: ["报送截止", "截止日期", "报送截止日"],
};
