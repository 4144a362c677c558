/**
 * The core's one door: everything outside src/core (the CLI, the hosts, the task pane, the custom functions)
 * imports from here and from nowhere deeper; eslint (no-restricted-imports) and tests/architecture.test.ts
 * hold it. The core is pure: no host API, no I/O, no clock. Grouped by what a caller does with it.
 */

// Analyse a workbook and turn the analysis into patches and text.
export { analyzeWorkbook, bulletinLines, bulletinPatch, bulletinText, countBySeverity, deferValidationPatch, rollupPatch, settingsPatch, validationPatch } from "./engine";
export type { Analysis, AnalyzeOptions } from "./engine";
export { cellErrorOf, DAMAGE, FAILURES, isFailure, isIssueCode, issueSummary } from "./issues";
export type { CellErrorValue, FailureCode, FailureParams, HostOperation } from "./issues";
// The narrow door a file reader uses (./base.ts), re-exported whole.
export { DubanError, isCellError, isRichText, serialFromIso } from "./base";
export type { CellValue, DamageReason, SheetData, TextRun, WorkbookData } from "./base";

// Findings, rules and the model.
export { SEVERITY_LABEL } from "./findings";
export type { Finding, Severity } from "./findings";
export { RULES } from "./validate/ruleCatalog";
export type { RuleCode } from "./validate/ruleCatalog";
export { STATUS_VALUES } from "./model";
export type { PlaceLevel, Settings, UnitEntry } from "./model";

// What hosts read and write: cell values, addresses and the patch a host applies.
export { renderSheetRows } from "./output";
export type { AppendedColumn, CellEdit, CellLink, ColumnSpec, ColumnValidation, Fill, MarkName, OutputSheet, WorkbookPatch } from "./output";
export { cellAddress, columnLetter, parseRange, quoteSheetName } from "./sheet/address";
// The patch resolved once (palette, validations, widths, print layout, names): the four renderers only move it.
export { argb, boxRef, DATA_BAR_COLOR, LINK_COLOR, PALETTE, points, renderPlan, widenFilter } from "./renderPlan";
export type { AppendedPlan, CellBox, ColumnPlan, FilterWidening, NamePlan, PagePlan, RenderPlan, SheetPlan, ValidationPlan } from "./renderPlan";
export { findHeader } from "./sheet/findHeader";

// Text, dates and units.
export { parseDateCell } from "./text/dates";
export type { IsoDate } from "./text/dates";
export { formatPercent } from "./text/format";
export { cellText, foldText } from "./text/normalize";
export { createUnitRegistry, splitUnits } from "./units";
export { readUnits } from "./units/readUnits";
export { periodEndMonth } from "./settings/periods";
export { LEVEL_EXPECTED, SETTING_KEYS, placeLevel } from "./settings/readSettings";
export { editSettingsPatch, storedAsOf, storedText } from "./settings/editSettings";
export { SETTING_EXPECTED, settingValue } from "./settings/settingValues";
export { OUTPUT_SHEETS, SHEET } from "./layout/sheetNames";

// Sheet layout: templates, 设置 and 填报表 per unit.
export { SETTING_HEADERS } from "./layout/headers";
export { findSheets } from "./layout/findSheets";
export { buildLayoutPatch } from "./layout/buildLayout";
export { layoutOptions, perUnitPatches, taskToLayout, unitFormGroups } from "./layout/perUnit";
export { withSelfCheck } from "./layout/selfCheck";
export { DIMENSION_LABEL } from "./rollup/rollUp";
export { roundRows } from "./rollup/roundRows";
export { expectedShare, parseActuals, parseDeadline, parseTargets, shownRatio } from "./metrics";

// The judge and its parsers (the =DUBAN functions, `duban parse` and `duban judge`).
export type { Actual, Comparator, Judgement, Target } from "./metrics";
export { judgeTask } from "./judge";
export type { TaskJudgement } from "./judge";
export { detectKind, importRows, importText, kindName, noteLevel, previewModel, renderPreview, splitLines } from "./import";
export { withoutPastYearProgress } from "./import/pastYearTitle";

// Importers, merging returned 填报表, bulletins and notices.
export type { ImportKind, ImportResult } from "./import";
export { mergeBooks } from "./merge/mergeBooks";
export type { MergeInput, MergeSkipped } from "./merge/mergeBooks";
export { bulletinCounts, bulletinDocument } from "./bulletin/bulletinDocument";
export { documentLines } from "./bulletin/document";
export type { DocBlock, DocTableCell, NoticeColour, OfficialDocument } from "./bulletin/document";
export { chaseDocument, chaseList, noticeDocument, noticesDocument, unitNotices } from "./notices/notices";

// The names of the files duban offers and writes, one rule for every surface.
export { ALL_NOTICES_FILE_NAME, bulletinFileName, CHASE_LIST_FILE_NAME, noticeFileName, unitFormFileName } from "./fileNames";
