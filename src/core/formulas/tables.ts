/** The comparison tables fill works on are the table model's tables that declare formulas (src/core/tables). */
export {
  findFormulaTables,
  findTables,
  withFormulaTableCache,
  tableColumnOf,
  inputColumns,
  type FormulaTable,
  type FormulaColumn,
  type TableRow,
  type TableRowKind,
} from "../tables/find";
