/**
 * The consolidation's part of the page's lazy ExcelJS chunk (imported with a dynamic import() named "xlsx", like
 * workbook-io.ts): a district file's bytes to its report, the consolidation's plans to workbook bytes.
 */
export { consolidatedWorkbookBytes, districtReportOfBytes } from "../xlsx/consolidate";
