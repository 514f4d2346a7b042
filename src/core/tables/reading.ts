/**
 * How the tables of a workbook were read, as data every face renders and as text in the reader's language: for each
 * table, each column's reading (`F: Ước thực hiện 2026`, `H = F/D (%)`) with where its year came from, and the
 * report year with its source. The faces (the pane's reading card, the page, `phuluc check`) show this; a user who
 * reads a column otherwise stores a correction (see `ColumnCorrection`, src/core/model/sheet.ts, and
 * `correctionOf` below), and every later check, fill and consolidation reads the column so.
 *
 * API for the faces:
 *  - `readingOf(analysis)` → `WorkbookReading`: `year`, `yearSource`, `resolution` (every year the workbook names,
 *    and the disagreements), `tables: TableReading[]` — `sheet`, `index`, `range`, `foundBy`, `title?`, `year?`,
 *    `yearSource?`, `columns: ColumnView[]` (`col`, `letter` on the sheet, `header`, `reading`, `notation` with sheet
 *    letters, `yearSource?`, `corrected`, `inferred`, `formula?`).
 *  - `columnText(table, column, lang)` → «F: Ước thực hiện 2026», «H = F/D (%)»; `tableText(table, lang)` → the
 *    table's line; `figureText(figure, lang)`; `yearSourceText(source, lang)`.
 *  - `correctionOf(table, column, text)` → the `ColumnCorrection` to store, or undefined when the text says no
 *    reading the table can use. The text may be the notation («ratio F / D»), a formula as shown («F/D (%)») or
 *    header words («Ước thực hiện 2026»): `readingFromText`. Store it in `Settings.readings` (one per column: a
 *    later one for the same sheet and column replaces it) with `port.saveSettings`; the ports attach it to every
 *    model they read, so every check, fill and consolidation reads the column so. The report year the user confirms
 *    is `Settings.year`.
 */
import { t, type Lang } from "../i18n/messages";
import { columnLetter, rangeA1 } from "../model/address";
import type { ColumnCorrection, WorkbookModel } from "../model/sheet";
import {
  formatReading,
  formatYearRef,
  parseReading,
  readHeader,
  UNKNOWN_YEAR,
  type ColumnReading,
  type Figure,
  type Operand,
  type YearRef,
} from "./header-grammar";
import { analyseSheetColumns, analyseWorkbook, type AnalysedTable, type WorkbookAnalysis } from "./model";
import type { YearResolution, YearSource } from "./year";

export interface ColumnView {
  /** Zero-based sheet column. */
  col: number;
  /** The column's letters on the sheet. */
  letter: string;
  header: string;
  /** The reading: operands are indices into the table's `columns`. */
  reading: ColumnReading;
  /** The reading in the notation, operands as sheet letters (what a correction stores). */
  notation: string;
  yearSource?: YearSource;
  /** The reading is the user's stored correction. */
  corrected: boolean;
  /**
   * A comparison whose operands the header did not name: found among the figures beside it; a figure whose header is
   * a year alone: its kind inferred, to be confirmed.
   */
  inferred: boolean;
  /** A figure whose header is a year alone and whose kind nothing tells: its kind is a placeholder, never shown. */
  kindUnknown?: boolean;
  /** Who declares the column's formula, when it has one. */
  formula?: "number-row" | "header" | "correction";
}

export interface TableReading {
  sheet: string;
  /** Index of the table in its sheet. */
  index: number;
  /** The table's cells, header to last row ("A5:H40"). */
  range: string;
  foundBy: "number-row" | "header-row";
  title?: string;
  /** The report year N the table's header or title gives. */
  year?: number;
  yearSource?: YearSource;
  columns: ColumnView[];
}

export interface WorkbookReading {
  year?: number;
  yearSource: YearSource;
  resolution: YearResolution;
  tables: TableReading[];
}

function operandLetter(table: AnalysedTable, index: number): string {
  const col = table.columns[index]?.col;
  return col === undefined ? "?" : columnLetter(col);
}

/** The reading of one analysed table. */
export function tableReadingOf(table: AnalysedTable): TableReading {
  const ft = table.table;
  const out: TableReading = {
    sheet: table.sheet,
    index: table.index,
    range: rangeA1({ top: ft.headerTop, left: ft.firstCol, bottom: ft.lastRow, right: ft.lastCol }),
    foundBy: ft.foundBy,
    columns: table.columns.map((c) => {
      const reading: ColumnReading = c.reading ?? { role: "other" };
      const view: ColumnView = {
        col: c.col,
        letter: columnLetter(c.col),
        header: c.header,
        reading,
        notation: formatReading(reading, (i) => operandLetter(table, i)),
        corrected: c.corrected === true,
        inferred: c.inferred === true,
      };
      if (c.yearSource) view.yearSource = c.yearSource;
      if (c.kindUnknown) view.kindUnknown = true;
      if (c.formula) view.formula = c.formula;
      return view;
    }),
  };
  if (ft.title !== undefined) out.title = ft.title;
  if (table.year !== undefined) out.year = table.year;
  if (table.yearSource) out.yearSource = table.yearSource;
  return out;
}

/**
 * A table whose own header and title name no year but whose columns were read with the workbook's year (its years
 * relative to N: «Thực hiện năm trước» with the year stored in the file, or another table's): that year is the table's,
 * from the same source, so its line does not say «chưa rõ năm» over columns read as 2025 and 2026.
 */
function withWorkbookYear(table: TableReading, analysis: WorkbookAnalysis): TableReading {
  if (table.year !== undefined || analysis.year === undefined) return table;
  const source = analysis.yearResolution.source;
  if (!table.columns.some((c) => c.yearSource === source && c.reading.role === "figure")) return table;
  return { ...table, year: analysis.year, yearSource: source };
}

/**
 * How the workbook's tables read, without analysing their rows: the same as `readingOf(analyseWorkbook(workbook))`
 * for a face that shows the reading alone.
 */
export function workbookReading(workbook: WorkbookModel): WorkbookReading {
  return readingOf(analyseWorkbook(workbook, {}, analyseSheetColumns));
}

/** How the workbook's tables were read (see the module comment). */
export function readingOf(analysis: WorkbookAnalysis): WorkbookReading {
  const out: WorkbookReading = {
    yearSource: analysis.yearResolution.source,
    resolution: analysis.yearResolution,
    tables: analysis.sheets.flatMap((s) =>
      s.tables.map((t) => withWorkbookYear(tableReadingOf(t), analysis)),
    ),
  };
  if (analysis.year !== undefined) out.year = analysis.year;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Text

/** « 2026», « năm N-1», « (chưa rõ năm)»: a figure's year as its text ends. */
function yearText(year: Figure["year"], lang: Lang): string {
  return year.kind === "absolute"
    ? t(lang, "reading.year.absolute", { year: year.year })
    : year.kind === "relative"
      ? t(lang, "reading.year.relative", { n: formatYearRef(year) })
      : t(lang, "reading.year.unknown");
}

/** «Ước thực hiện 2026», «Thực hiện 6 tháng năm N-1», «Kế hoạch (chưa rõ năm)». */
export function figureText(figure: Figure, lang: Lang): string {
  return `${t(lang, `reading.kind.${figure.kind}`)}${t(lang, `reading.period.${figure.period}`)}${yearText(figure.year, lang)}`;
}

export function yearSourceText(source: YearSource, lang: Lang): string {
  return t(lang, `reading.source.${source}`);
}

function operandText(table: TableReading, operand: Operand, lang: Lang): string {
  if ("column" in operand) return table.columns[operand.column]?.letter ?? "?";
  return t(lang, "reading.missing", { what: figureText(operand.missing, lang) });
}

/** One column's reading as a face shows it: «F: Ước thực hiện 2026», «H = F/D (%)». */
export function columnText(table: TableReading, column: ColumnView, lang: Lang): string {
  const r = column.reading;
  const marks =
    (column.inferred ? t(lang, r.role === "figure" ? "reading.kindInferred" : "reading.inferred") : "") +
    (column.corrected ? t(lang, "reading.corrected") : "");
  if (r.role === "comparison") {
    const a = operandText(table, r.a, lang);
    const b = operandText(table, r.b, lang);
    const formula = t(lang, `reading.${r.op}`, { a, b }) + (r.percent ? t(lang, "reading.percent") : "");
    return t(lang, "reading.formula", { letter: column.letter, formula }) + marks;
  }
  if (r.role === "comparison-unresolved")
    return t(lang, r.opOpen ? "reading.opOpen" : "reading.unresolved", { letter: column.letter }) + marks;
  if (r.role === "figure" && column.kindUnknown && !column.corrected)
    return t(lang, "reading.kindUnknown", {
      letter: column.letter,
      // «số liệu năm N-1» (a relative year alone, «Năm trước», when N is not known either), never «năm năm N-1».
      year:
        r.figure.year.kind === "relative"
          ? formatYearRef(r.figure.year)
          : yearText(r.figure.year, lang).trim(),
    });
  const what = r.role === "figure" ? figureText(r.figure, lang) : t(lang, `reading.role.${r.role}`);
  return t(lang, "reading.column", { letter: column.letter, what }) + marks;
}

/** The table's line: where it is and its year with the year's source. */
export function tableText(table: TableReading, lang: Lang): string {
  return table.year === undefined
    ? t(lang, "reading.table.no-year", { sheet: table.sheet, range: table.range })
    : t(lang, "reading.table", {
        sheet: table.sheet,
        range: table.range,
        year: table.year,
        source: yearSourceText(table.yearSource ?? "header", lang),
      });
}

// ---------------------------------------------------------------------------------------------------------------
// Corrections

/** «F/D (%)», «F/D*100», «(F − D)/D × 100», «F/D − 100%», «F − D»: a comparison written as the faces show it. */
function comparisonFromFormula(
  text: string,
  index: (letters: string) => number | undefined,
): ColumnReading | undefined {
  const t = text
    .toUpperCase()
    .replace(/[\u2212\u2013\u2014]/g, "-")
    .replace(/[×X]/g, "*")
    .replace(/\(%\)|%/g, "")
    .replace(/\s+/g, "");
  const percent = /%/.test(text);
  const col = (letters: string) => index(letters);
  let m = /^([A-Z]{1,3})\/([A-Z]{1,3})(?:\*100)?$/.exec(t);
  if (m) {
    const a = col(m[1]);
    const b = col(m[2]);
    return a === undefined || b === undefined
      ? undefined
      : {
          role: "comparison",
          op: "ratio",
          a: { column: a },
          b: { column: b },
          percent: percent || /\*100$/.test(t),
        };
  }
  m =
    /^\(([A-Z]{1,3})-([A-Z]{1,3})\)\/([A-Z]{1,3})(?:\*100)?$/.exec(t) ??
    /^([A-Z]{1,3})\/([A-Z]{1,3})(?:\*100-100|-1|-100)$/.exec(t);
  if (m && (m.length === 3 || m[2] === m[3])) {
    const a = col(m[1]);
    const b = col(m[2]);
    return a === undefined || b === undefined
      ? undefined
      : { role: "comparison", op: "growth", a: { column: a }, b: { column: b }, percent: true };
  }
  m = /^([A-Z]{1,3})-([A-Z]{1,3})$/.exec(t);
  if (m) {
    const a = col(m[1]);
    const b = col(m[2]);
    return a === undefined || b === undefined
      ? undefined
      : { role: "comparison", op: "diff", a: { column: a }, b: { column: b }, percent: false };
  }
  return undefined;
}

/**
 * The reading a user gives a column, in any of three spellings: the notation («figure estimate year 2026», «ratio F
 * / D», «other»), a formula as the faces show one («F/D (%)», «(F − D)/D (%)», «F − D»), or header words the grammar
 * reads («Ước thực hiện 2026», «Kế hoạch năm sau», «Ghi chú»). Operands are the sheet's column letters of the
 * table. Undefined when none of them says a reading.
 */
export function readingFromText(text: string, table: TableReading): ColumnReading | undefined {
  const index = (letters: string) => {
    const i = table.columns.findIndex((c) => c.letter === letters.toUpperCase());
    return i < 0 ? undefined : i;
  };
  const notation = parseReading(text, index);
  if (notation) return notation;
  const formula = comparisonFromFormula(text, index);
  if (formula) return formula;
  const heard = readHeader(text);
  if (heard.role === "figure") {
    const f = heard.figure;
    if (f.previous || f.range) return { role: "other" };
    const year: YearRef = f.year ?? (f.samePeriodLastYear ? { kind: "relative", offset: -1 } : UNKNOWN_YEAR);
    return { role: "figure", figure: { kind: f.kind, period: f.period ?? "year", year } };
  }
  // Words the grammar does not know say nothing (the notation's «other» is read above).
  if (heard.role === "comparison" || heard.role === "other") return undefined;
  return { role: heard.role };
}

/**
 * The correction to store for a column of a table read as `notation` (operands as sheet letters: «ratio F / D»,
 * «figure plan year 2027», «other»); undefined when the notation says nothing the table can use.
 */
export function correctionOf(
  table: TableReading,
  column: ColumnView,
  text: string,
): ColumnCorrection | undefined {
  const reading = readingFromText(text, table);
  if (!reading) return undefined;
  // A comparison of the column with itself computes nothing.
  if (reading.role === "comparison") {
    const self = table.columns.indexOf(column);
    if (
      ("column" in reading.a && reading.a.column === self) ||
      ("column" in reading.b && reading.b.column === self)
    )
      return undefined;
  }
  const letters = formatReading(reading, (i) => table.columns[i]?.letter ?? "?");
  return { sheet: table.sheet, col: column.letter, reading: letters };
}
