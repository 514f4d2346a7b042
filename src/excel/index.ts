/**
 * The Office.js adapter: the core's WorkbookPort on the workbook open in Excel (task pane). See port.ts for the
 * round trips per method and the ExcelApi versions each feature needs, errors.ts for the errors.
 */
export { createExcelPort, SETTINGS_KEY, READ_PROPERTIES } from "./port";
export { PortError, toPortError, type PortErrorCode, type PortErrorDetails } from "./errors";
export { officeHost, supports, type OfficeHost } from "./host";
export { charsToPoints, needsTextPrefix } from "./blocks";
export { MARKS_KEY } from "./marks";
