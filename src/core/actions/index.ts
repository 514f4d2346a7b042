/**
 * The actions every face (task pane, web page, command line) calls: pure orchestration over a WorkbookPort, each
 * making at most one reading call and one writing call to the port (what a call costs in Excel syncs: see
 * src/core/port.ts).
 */
export { ActionError, actionsText, type ActionErrorKey } from "./errors";
export { insertTemplates, previewInsert, planInsert, type InsertRequest, type InsertPreview } from "./insert";
export {
  fillComparisons,
  planFillWrites,
  type FillRequest,
  type FillSummary,
  type KeptCells,
  type TypedCell,
} from "./fill";
export {
  checkAction,
  checkModel,
  markFindings,
  clearFindingMarks,
  findingMarks,
  checkReportPlan,
  writeCheckReport,
  isCheckReport,
  withoutReports,
  CHECK_REPORT_ID,
} from "./check";
export {
  targetsAction,
  targetsReport,
  appendMissingTargets,
  planAppendTargets,
  findPlanColumns,
  APPENDED_GROUP_NAME,
  type PlanSheetColumns,
  type TargetsOptions,
  type TargetsReport,
} from "./targets";
export { previewFixes, applyFixes, type FixOutcome } from "./fix";
export { undoLastFix, lastFix, type UndoOutcome } from "./undo";
