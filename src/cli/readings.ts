/**
 * The reading of a workbook's tables on the command line: `--column` corrections (the same spelling on check, fill,
 * fix and xac-nhan) turned into the `ColumnCorrection`s the workbook stores, and the reading printed the way
 * `phuluc check` shows it.
 *
 *   --column "Biểu 01!H=F/D (%)"      a comparison, as the reading shows one
 *   --column "E=Kế hoạch năm 2027"     header words (the sheet may be left out when one sheet has that column)
 *   --column "Biểu 01!K=other"         the notation of test/fixtures/header-phrasings.json
 */
import type { ColumnCorrection, WorkbookModel } from "../core/model/sheet";
import { withCorrections } from "../core/settings";
import {
  columnText,
  correctionOf,
  readingWorthShowing,
  shownColumns,
  tableText,
  workbookReading,
  yearSourceText,
  type TableReading,
  type WorkbookReading,
} from "../core/tables";
import { UserError, type Context } from "./context";
import type { WorkbookPort } from "../core/port";
import { parseYear } from "./workbook-files";

/** Collects a repeated option's values (commander's accumulator). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

interface ColumnSpec {
  sheet?: string;
  col: string;
  text: string;
}

function parseSpec(spec: string): ColumnSpec {
  const eq = spec.indexOf("=");
  const where = eq < 0 ? "" : spec.slice(0, eq).trim();
  const text = eq < 0 ? "" : spec.slice(eq + 1).trim();
  const bang = where.lastIndexOf("!");
  const sheet =
    bang < 0
      ? undefined
      : where
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .trim();
  const col = (bang < 0 ? where : where.slice(bang + 1)).trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(col) || text === "" || sheet === "")
    throw new UserError("error.column.syntax", { spec });
  return sheet === undefined ? { col, text } : { sheet, col, text };
}

/** The tables of the reading holding column `col` (on `sheet` when given). */
function tablesWith(reading: WorkbookReading, col: string, sheet?: string): TableReading[] {
  return reading.tables.filter(
    (t) => (sheet === undefined || t.sheet === sheet) && t.columns.some((c) => c.letter === col),
  );
}

/**
 * The corrections `--column` gives for a workbook, checked against its tables: each names a column of a table and a
 * reading that table can use; else a UserError that says which and why.
 */
export function correctionsFromSpecs(
  workbook: WorkbookModel,
  specs: readonly string[],
  file: string,
): ColumnCorrection[] {
  if (specs.length === 0) return [];
  const reading = workbookReading(workbook);
  const out: ColumnCorrection[] = [];
  for (const raw of specs) {
    const spec = parseSpec(raw);
    if (spec.sheet !== undefined && !workbook.sheets.some((s) => s.name === spec.sheet))
      throw new UserError("error.column.sheet", { file, sheet: spec.sheet });
    const tables = tablesWith(reading, spec.col, spec.sheet);
    const sheets = [...new Set(tables.map((t) => t.sheet))];
    if (sheets.length === 0)
      throw new UserError("error.column.no-table", {
        file,
        col: spec.col,
        where: spec.sheet === undefined ? "" : ` («${spec.sheet}»)`,
      });
    if (sheets.length > 1)
      throw new UserError("error.column.ambiguous", {
        file,
        col: spec.col,
        sheets: sheets.join(", "),
        sheet: sheets[0],
      });
    for (const table of tables) {
      const column = table.columns.find((c) => c.letter === spec.col);
      const correction = column && correctionOf(table, column, spec.text);
      if (!correction) throw new UserError("error.column.reading", { text: spec.text, col: spec.col });
      if (!out.some((c) => c.sheet === correction.sheet && c.col === correction.col)) out.push(correction);
    }
  }
  return out;
}

/**
 * Stores in the workbook (its settings, through the port) the year and the column readings given on the command
 * line, when any: what `xac-nhan` does, and what fill and fix do before they read the tables. Returns what was
 * stored.
 */
export async function storeReadings(
  port: WorkbookPort,
  file: string,
  opts: { year?: string; column?: string[] },
): Promise<{ year?: number; corrections: ColumnCorrection[] }> {
  const year = opts.year === undefined ? undefined : parseYear(opts.year);
  const specs = opts.column ?? [];
  if (year === undefined && specs.length === 0) return { corrections: [] };
  const settings = await port.loadSettings();
  const corrections = correctionsFromSpecs(await port.read(), specs, file);
  await port.saveSettings({
    ...withCorrections(settings, corrections),
    ...(year !== undefined ? { year } : {}),
  });
  return year === undefined ? { corrections } : { year, corrections };
}

/**
 * Prints the reading of the tables (all of them, or those `readingWorthShowing`), with the report year's source;
 * under a table with a year alone over a column whose kind nothing tells, how to say it (`file`: the workbook read).
 */
export function printReading(ctx: Context, reading: WorkbookReading, all: boolean, file?: string): void {
  const tables = all ? reading.tables : reading.tables.filter(readingWorthShowing);
  if (tables.length === 0) return;
  ctx.io.out(
    reading.year === undefined
      ? ctx.say("cli.reading.header.no-year")
      : ctx.say("cli.reading.header", {
          year: reading.year,
          source: yearSourceText(reading.yearSource, ctx.lang),
        }),
  );
  for (const table of tables) {
    ctx.io.out(`    ${tableText(table, ctx.lang)}`);
    const columns = shownColumns(table).map((c) => columnText(table, c, ctx.lang));
    if (columns.length > 0) ctx.io.out(`      ${columns.join(" · ")}`);
    const unknown = table.columns.find((c) => c.kindUnknown && !c.corrected);
    const year = unknown?.reading.role === "figure" ? unknown.reading.figure.year : undefined;
    if (unknown && year?.kind === "absolute")
      ctx.io.out(
        ctx.say("cli.reading.kind-unknown", {
          file: file ?? "<tệp>.xlsx",
          column: `${table.sheet}!${unknown.letter}`,
          year: year.year,
        }),
      );
  }
}

/** The reading as the JSON report gives it: per table, each column's notation (sheet letters) and text. */
export function readingJson(reading: WorkbookReading, ctx: Context) {
  return reading.tables.map((t) => ({
    sheet: t.sheet,
    range: t.range,
    foundBy: t.foundBy,
    title: t.title ?? null,
    year: t.year ?? null,
    yearSource: t.yearSource ?? null,
    columns: t.columns.map((c) => ({
      column: c.letter,
      header: c.header,
      reading: c.notation,
      text: columnText(t, c, ctx.lang),
      yearSource: c.yearSource ?? null,
      corrected: c.corrected,
      inferred: c.inferred,
      kindUnknown: c.kindUnknown === true,
      formula: c.formula ?? null,
    })),
  }));
}
