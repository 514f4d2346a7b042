/**
 * The table model: the one reader of the tables in a sheet. Fill, every check rule, the targets coverage, the
 * targets action and the pane read sheets through it; nothing else in the core finds tables, reads headers, finds a
 * year or turns a cell into a number (that is `src/core/model/cell.ts`, re-exported here).
 *
 * Public API (for fixes, consolidation and the faces):
 *
 *  - `findTables(sheet): FoundTable[]` — every table of a sheet: found by its column-number row (`1 2 3 4 5 6 7=6/4`,
 *    or a plain `1 2 3 4 5` under a header naming the indicators and a figure column, or beside our hidden
 *    "Mã chỉ tiêu" column), else by a header row the header grammar reads (`foundBy: "header-row"`; `numberRow` is
 *    then the header's last row and column numbers count from its first column). Each table gives `headerTop`,
 *    `numberRow`, `firstCol`…`lastCol`, `lastRow`, `codeColumn?`, `declaresFormulas`, `year?` (the N its header,
 *    else its title, gives, with `source`), `title?` (the lines above it) and:
 *      - `columns: FoundColumn[]` — `col` (zero-based sheet column), `number` (form column), `header` (as shown),
 *        `folded` (read and folded once), `expr?` (the formula the number row declares, or the header's words:
 *        «ƯTH 2026/TH 2025 (%)» is `6/4` — `formula` says which, or a user's correction), `percent`, `reading` (the
 *        header grammar's `ColumnReading`), `yearSource?`, `inferred?`, `corrected?`, and the rules' role
 *        (`ColumnRole`, a view of the reading): `role` ∈ number | name | unit | level | value | comparison | ratio |
 *        evaluation | max-points | self-score | in-charge | code | note | other; for `value`: `kind` ∈ actual |
 *        half-year | estimate | plan | target and `year?` (the year the header or the title names);
 *      - `rows: TableRow[]` — every row under the header: `kind` ∈ sector | group | indicator | header-repeat | other,
 *        with its STT `label` and `name` as shown.
 *    `findFormulaTables(sheet)` is the subset with a declared formula (what fill writes). A sheet model's
 *    `corrections` (the user's stored column readings, attached by the ports) are applied here, so every reader
 *    sees them. `withFoundTableCache(work)` remembers `findTables` per sheet model while `work` runs.
 *  - `analyseSheet(sheet)` / `analyseWorkbook(workbook, { year?, storedYear? })` → `WorkbookAnalysis` — the tables
 *    with their indicator rows: `AnalysedTable` (`kind` ∈ forecast | plan | targets | dx | other, report `year?`
 *    with `yearSource?`, `columns: AnalysedColumn[]` with `purpose` = the column role, `kind`/`year` for value
 *    columns and `reading`/`yearSource` with the workbook's year applied, `unitColumn?`, `codeColumn?`, `evaluations`
 *    (the "Đánh giá" cell per row), `rows: IndicatorRow[]`), and `yearResolution`. An `IndicatorRow` has its row
 *    role (`kind` ∈ indicator | part | level; sectors, groups and notes are not indicator rows), `label`, `name`
 *    (legacy text converted), `unit`, catalog `code?` with `codeSource` (code-column | parent | name), `catalog?`
 *    (ICT row), `parent?`, and `values` / `comparisons`: `CellReading`s by form column number. `childRows(table,
 *    row)` gives an indicator's parts and levels.
 *  - The one year resolver, `resolveReportYear(workbook, tables, { stored?, user? })` → `YearResolution` (`year`,
 *    `source` ∈ header | title | stored | user | none, `own`, `evidence`, `disagreements`): ./year.ts.
 *  - The header grammar (./header-grammar): `readHeader`, `readTableHeader`, `readTitle`, the notation
 *    (`formatReading`, `parseReading`), the vocabulary with its sources.
 *  - The reading for the faces (./reading.ts): `readingOf(analysis)`, or `workbookReading(workbook)` without
 *    analysing rows, → `WorkbookReading` (each table's columns with their reading, notation and year source),
 *    `columnText`, `tableText`, `figureText`, `yearSourceText`,
 *    `readingFromText`/`correctionOf` (a user's correction to store in `Settings.readings`); ./reading-choices.ts:
 *    which tables a face shows prominently (`readingWorthShowing`, `shownColumns`) and a user's choice per column
 *    (`columnChoices`, `readingOfChoice`, `correctionOfChoice`, `choicePreview`).
 *  - `classifyHeader(folded, formNumber?, declaresFormula?)`, `foldHeader(text)` — one header read alone, in the
 *    rules' terms (the grammar's reading: columns.ts).
 *  - Cells: `readCell(cell, row, col): CellReading` (number | text-number | ambiguous (with `alternative`) | formula
 *    (cached `value`) | empty | text; `percentFormatted`), `percentNumber(reading)`, `cellNumber(cell)`,
 *    `typedNumber(cell)`, `hasPercentFormat(format)`, `round2`, `sameFigure`; the one figure test is the reading's
 *    `figure` (`holdsFigure(cell)` without a reading).
 *  - Row labels (./row-labels.ts): `readRowLabel`, `cleanLabel`, `isNumberedLabel`, `indicatorNumber`; the
 *    column-number row: `hasColumnNumberRow(sheet)` (./number-row.ts); a row's catalog code: ./row-catalog.ts;
 *    ambiguous figures settled by the table's conventions: ./ambiguity.ts; the DX self-score table: ./dx.ts.
 *
 * Pure: no Office, DOM, ExcelJS or Node. Never throws on a well-formed sheet model; the checker turns an unexpected
 * exception into a `check/internal` finding rather than hiding it.
 */
export {
  findTables,
  findFormulaTables,
  withFoundTableCache,
  hasColumnNumberRow,
  tableColumnOf,
  inputColumns,
  type FoundTable,
  type FoundColumn,
  type TableRow,
  type TableRowKind,
} from "./find";
export {
  parseColumnToken,
  parseExpr,
  formatExpr,
  formatColumnToken,
  renderExpr,
  columnRefs,
  exprEquals,
  evaluateExpr,
  evaluateFigures,
  MAX_COLUMN_NUMBER,
  type Expr,
  type BinaryOp,
  type ColumnToken,
} from "./expr";
export {
  cleanLabel,
  indicatorNumber,
  isNumberedLabel,
  readRowLabel,
  romanValue,
  type RowLabel,
} from "./row-labels";
export {
  classifyHeader,
  foldHeader,
  isFigureRole,
  type ColumnRole,
  type ColumnRoleName,
  type ValueKind,
} from "./columns";
export {
  readingOf,
  workbookReading,
  tableReadingOf,
  columnText,
  tableText,
  figureText,
  yearSourceText,
  correctionOf,
  readingFromText,
  type ColumnView,
  type TableReading,
  type WorkbookReading,
} from "./reading";
export {
  readingWorthShowing,
  shownColumns,
  columnChoices,
  readingOfChoice,
  correctionOfChoice,
  choicePreview,
  choiceWhatText,
  periodText,
  yearChoiceText,
  COMPARISON_OPS,
  type ChoiceWhat,
  type ColumnChoices,
  type ReadingChoice,
} from "./reading-choices";
export {
  resolveReportYear,
  type YearEvidence,
  type YearResolution,
  type YearSource,
  type TableYear,
} from "./year";
export {
  analyseSheet,
  analyseWorkbook,
  childRows,
  isRateRow,
  type AnalysedColumn,
  type AnalysedSheet,
  type AnalysedTable,
  type AnalysisOptions,
  type IndicatorRow,
  type IndicatorRowKind,
  type TableKind,
  type WorkbookAnalysis,
} from "./model";
export {
  readCell,
  percentNumber,
  cellNumber,
  typedNumber,
  holdsFigure,
  plainNumber,
  hasPercentFormat,
  round2,
  sameFigure,
  type CellReading,
  type ValueReading,
} from "../model/cell";
