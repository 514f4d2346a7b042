/**
 * The rules over appendix tables, each a pure function of the analysed workbook (see analysis.ts). A rule that
 * meets an input it did not foresee gives no findings rather than throwing.
 */
import type { Finding, Rule } from "./types";
import { safely, type WorkbookAnalysis } from "./analysis";
import { numberRule } from "./rules/numbers";
import { unitRule } from "./rules/units";
import { percentRule } from "./rules/percent";
import { comparisonRule } from "./rules/comparison";
import { sumRule } from "./rules/sums";
import { flowRule } from "./rules/flow";
import { crossRule } from "./rules/cross";

export { analyseWorkbook, type WorkbookAnalysis } from "./analysis";
export { numberRule, unitRule, percentRule, comparisonRule, sumRule, flowRule, crossRule };

export const tableRules: readonly Rule<WorkbookAnalysis>[] = Object.freeze([
  numberRule,
  unitRule,
  percentRule,
  comparisonRule,
  sumRule,
  flowRule,
  crossRule,
]);

export function checkTables(analysis: WorkbookAnalysis): Finding[] {
  return tableRules.flatMap((rule) => safely(() => rule(analysis)));
}
