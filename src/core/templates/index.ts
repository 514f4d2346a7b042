/**
 * The appendix tables the product can insert, each a `Template` that plans one worksheet (see layout.ts for the
 * shared frame and the hidden "Mã chỉ tiêu" code column).
 */
import { dxTemplate } from "./dx-table";
import { forecastTemplate, nextYearPlanTemplate } from "./ict-tables";
import { egovTemplate, grassrootsTemplate } from "./target-tables";
import type { Template } from "./types";

export type { Template, TemplateOptions } from "./types";
export { forecastTemplate, nextYearPlanTemplate } from "./ict-tables";
export { egovTemplate, grassrootsTemplate, assessmentFormula } from "./target-tables";
export { dxTemplate, DX_TOTAL_LABEL } from "./dx-table";
export { CODE_HEADER, SHEET_FONT, numberFormatFor, attachedToPlanLine } from "./layout";
export {
  sheetNameFor,
  uniqueSheetName,
  sanitizeSheetName,
  isValidSheetName,
  MAX_SHEET_NAME_LENGTH,
} from "./sheet-names";

/** In the order offered to officials: the two standard tables first. */
export const templates: readonly Template[] = Object.freeze([
  forecastTemplate,
  nextYearPlanTemplate,
  grassrootsTemplate,
  egovTemplate,
  dxTemplate,
]);

export const templateIds: readonly string[] = Object.freeze(templates.map((t) => t.id));

export function templateById(id: string): Template | undefined {
  return templates.find((t) => t.id === id);
}
