export { loadWorkbook, workbookBytes, classifyBytes, type LoadProblem, type LoadResult } from "./load";
export { readSheet, readWorkbook } from "./read-sheet";
export { addPlannedSheet } from "./write-plan";
export { fillWorkbook, type FillReport, type TypedCell } from "./fill";
