/**
 * The header grammar: what a table's columns hold, read from their headers as officials type them — in any
 * province's words, abbreviated, without diacritics, in TCVN3/VNI, one or two header rows — and the year the header
 * or the title gives. The vocabulary is data with its sources (vocabulary.ts); the reading has one written form, the
 * notation (reading.ts), shared by the corpus test, the corrections a user stores and the faces.
 *
 *  - `readHeader(text, formNumber?)` / `readHeaderFolded(folded, formNumber?)` → `HeaderReading`: one column alone.
 *  - `readTableHeader(columns, title?)` → `TableHeaderReading`: every column's `ColumnReading` in the table (a
 *    comparison's operands resolved to column indices or `missing`, «cùng kỳ» given its period, years resolved
 *    against the N the header or title gives, `yearSource`), and that N with its source.
 *  - `readTitle(text)` → the N a title gives and the year of each kind it names.
 *  - `formatReading(reading, letter?)` / `parseReading(text, index?)`: the notation.
 *
 * The table finder (../find.ts) reads every table's header through `readTableHeader` and turns a comparison with
 * both operands in the table into a declared formula, exactly as a `7=6/4` column-number row would.
 */
export * from "./reading";
export {
  readHeader,
  readHeaderFolded,
  foldHeader,
  headerEncoding,
  headerAsksPercent,
  plainWords,
  isUnitHeader,
  CODE_HEADER_FOLDED,
  type FigurePattern,
  type HeaderReading,
} from "./read";
export {
  readTableHeader,
  headerReportYear,
  comparisonOfExpr,
  type HeaderColumn,
  type ReadColumn,
  type TableHeaderReading,
  type TableYearSource,
} from "./table";
export { readTitle, type TitleReading } from "./title";
export { SOURCES, type Phrase } from "./vocabulary";
