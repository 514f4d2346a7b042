export {
  loadWorkbook,
  workbookBytes,
  classifyBytes,
  partsLostOnRewrite,
  type LoadProblem,
  type LoadResult,
} from "./load";
export { readSheet, readWorkbook } from "./read-sheet";
export { addPlannedSheet } from "./write-plan";
export { createXlsxPort, SETTINGS_SHEET, type XlsxPort } from "./port";
