/**
 * The .xlsx adapter: one reader and one writer over the workbook's package (package/), and the WorkbookPort over
 * them (port.ts). Every face reads and writes .xlsx files through here.
 */
export { classifyBytes, type LoadProblem } from "./load";
export { readPackage, XlsxDocument, type PackageModel, type PackageRead } from "./package";
export { createXlsxPort, SETTINGS_SHEET, type XlsxPort } from "./port";
