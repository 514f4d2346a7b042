/**
 * The rules that read whole sheets rather than analysed indicator rows: DX self-scores, legacy-encoded text and the
 * structure of the appendix tables. Each rule is a pure function of the workbook model; the runner (index.ts)
 * gives each one sheet at a time and turns a crash into a `check/internal` finding.
 */
import type { WorkbookModel } from "../model/sheet";
import { checkLegacyText } from "./rules/legacy-text";
import { checkScores } from "./rules/scores";
import { checkMergedData, checkNoHeader, checkNumbering } from "./rules/structure";
import type { Finding, Rule } from "./types";

export { checkScores } from "./rules/scores";
export { checkLegacyText } from "./rules/legacy-text";
export { checkNoHeader, checkNumbering, checkMergedData, checkStructure } from "./rules/structure";

/** The sheet rules with the names a `check/internal` finding gives them, in the order their findings come. */
export const namedSheetRules: readonly (readonly [string, Rule<WorkbookModel>])[] = Object.freeze([
  ["scores", checkScores],
  ["legacy-text", checkLegacyText],
  ["no-header", checkNoHeader],
  ["numbering", checkNumbering],
  ["merged-data", checkMergedData],
] as const);

/** The sheet rules, in the order their findings are produced. */
export const sheetRules: readonly Rule<WorkbookModel>[] = Object.freeze(
  namedSheetRules.map(([, rule]) => rule),
);

/** Every sheet rule over the workbook, unguarded (a crash propagates: tests see it). */
export function checkSheets(workbook: WorkbookModel): Finding[] {
  return sheetRules.flatMap((rule) => rule(workbook));
}
