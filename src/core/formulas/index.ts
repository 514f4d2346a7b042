/** Comparison columns of the appendix tables: reading `7=6/4`, finding the tables, writing and checking formulas. */
export {
  parseColumnToken,
  parseExpr,
  formatExpr,
  formatColumnToken,
  columnRefs,
  exprEquals,
  MAX_COLUMN_NUMBER,
  type Expr,
  type BinaryOp,
  type ColumnToken,
} from "./expr";
export { comparisonFormula, type ComparisonFormulaOptions } from "./excel-formula";
export { evaluateComparison } from "./evaluate";
export { ownFormulaValues } from "./own-values";
export { alreadyPercent } from "./guards";
export {
  findFormulaTables,
  withFormulaTableCache,
  tableColumnOf,
  inputColumns,
  type FormulaTable,
  type FormulaColumn,
  type TableRow,
  type TableRowKind,
} from "../tables/find";
export { readRowLabel, romanValue, foldText, type RowLabel } from "./row-labels";
export { planFill, type FillPlan, type FillOptions, type FormulaWrite, type TypedComparison } from "./fill";
