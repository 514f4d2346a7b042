/**
 * Comparison formulas: what a comparison cell computes (`evaluateComparison`), the Excel formula written for it
 * (`comparisonFormula`), and the fill plan (which comparison cells of a sheet get one). The column expressions they
 * compute (`7=6/4`) are read with the tables (src/core/tables/expr.ts).
 */
export { comparisonFormula, type ComparisonFormulaOptions } from "./excel-formula";
export { evaluateComparison } from "./evaluate";
export { ownFormulaValues } from "./own-values";
export { alreadyPercent } from "./guards";
export { planFill, typedMatchesFormula, type FillPlan, type FillOptions, type FormulaWrite, type TypedComparison } from "./fill";
