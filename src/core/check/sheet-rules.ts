/**
 * The rules that read whole sheets rather than analysed indicator rows: DX self-scores, legacy-encoded text and the
 * structure of the appendix tables. Each rule is a pure function of the workbook model.
 */
import type { WorkbookModel } from "../model/sheet";
import { checkLegacyText } from "./rules/legacy-text";
import { checkScores } from "./rules/scores";
import { checkMergedData, checkNoHeader, checkNumbering } from "./rules/structure";
import type { Finding, Rule } from "./types";

export { checkScores, isDxSheet, readDxTables, findDxColumns } from "./rules/scores";
export { checkLegacyText } from "./rules/legacy-text";
export { checkNoHeader, checkNumbering, checkMergedData, checkStructure } from "./rules/structure";

/** The sheet rules, in the order their findings are produced. */
export const sheetRules: readonly Rule<WorkbookModel>[] = Object.freeze([
  checkScores,
  checkLegacyText,
  checkNoHeader,
  checkNumbering,
  checkMergedData,
]);

/**
 * Every sheet rule over the workbook. Rules do not throw; should one fail on input nobody foresaw, its findings are
 * lost but the other rules' are still returned.
 */
export function checkSheets(workbook: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  for (const rule of sheetRules) {
    try {
      out.push(...rule(workbook));
    } catch {
      // A rule's bug must not hide the other rules' findings (the property tests run the rules unguarded).
    }
  }
  return out;
}
