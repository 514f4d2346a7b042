/**
 * The rules over tables, each a pure function of the analysed workbook (the table model, src/core/tables). A rule
 * runs wherever its columns exist; the runner (index.ts) runs each on one sheet at a time and turns a crash into a
 * `check/internal` finding.
 */
import type { Finding, Rule } from "./types";
import type { WorkbookAnalysis } from "./analysis";
import { numberRule } from "./rules/numbers";
import { unitRule } from "./rules/units";
import { percentRule } from "./rules/percent";
import { comparisonRule } from "./rules/comparison";
import { sumRule } from "./rules/sums";
import { flowRule } from "./rules/flow";
import { crossRule } from "./rules/cross";
import { evaluationRule } from "./rules/evaluation";
import { emptyTableRule } from "./rules/empty";

export { analyseWorkbook, type WorkbookAnalysis } from "./analysis";
export {
  numberRule,
  unitRule,
  percentRule,
  comparisonRule,
  sumRule,
  flowRule,
  crossRule,
  evaluationRule,
  emptyTableRule,
};

/** Rules that read one sheet at a time, with the names a `check/internal` finding gives them. */
export const namedTableRules: readonly (readonly [string, Rule<WorkbookAnalysis>])[] = Object.freeze([
  ["numbers", numberRule],
  ["units", unitRule],
  ["percent", percentRule],
  ["comparison", comparisonRule],
  ["sums", sumRule],
  ["flow", flowRule],
  ["evaluation", evaluationRule],
  ["empty", emptyTableRule],
] as const);

/** Rules that compare sheets with each other (the forecast's estimate with the plan's actual). */
export const namedWorkbookTableRules: readonly (readonly [string, Rule<WorkbookAnalysis>])[] = Object.freeze([
  ["cross", crossRule],
] as const);

/** Every table rule. */
export const tableRules: readonly Rule<WorkbookAnalysis>[] = Object.freeze(
  [...namedTableRules, ...namedWorkbookTableRules].map(([, rule]) => rule),
);

/** Every table rule over the analysed workbook, unguarded (a crash propagates: tests see it). */
export function checkTables(analysis: WorkbookAnalysis): Finding[] {
  return tableRules.flatMap((rule) => rule(analysis));
}
