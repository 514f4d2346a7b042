import type { FillSummary, TypedCell } from "../../core/actions";
import { tCount } from "../../core/i18n/counts";
import { cellRangesText, FOLD_AT } from "../../core/check/fold";
import { formatNumber } from "../../core/i18n/numbers";
import { planFillWrites } from "../../core/actions/fill";
import type { CellValue } from "../../core/model/sheet";
import { UserError, type Context } from "../context";
import { saveWorkbookFile } from "../workbook-files";
import { printReading } from "../readings";
import { openToRewrite } from "../rewrite";
import { withFoundTableCache, workbookReading, type WorkbookReading } from "../../core/tables";
import type { XlsxPort } from "../../xlsx/port";

export interface FillOptions {
  output: string;
  overwrite: boolean;
  /** `--ghi-de`: replace an existing output file without asking. */
  ghiDe?: boolean;
  /** `--all`: every cell on its own line, nothing folded. */
  all?: boolean;
  /** The report year when the file names none (kept in the output). */
  year?: string;
  /** How columns read (`--column`), kept in the output. */
  column?: string[];
}

function shown(ctx: Context, value: CellValue | number | undefined): string {
  if (value === undefined || value === null || value === "") return ctx.say("cli.empty");
  if (typeof value === "number") return formatNumber(value, ctx.lang);
  return JSON.stringify(value);
}

/**
 * The fill, planned on the workbook as read and written, and the reading it planned by: the tables are found once,
 * for the plan and the reading said (a 100 000-row sheet's tables are not searched again in the model with the
 * formulas written). The model and the writes are let go when it returns, before the file is saved.
 */
async function fillWithReading(
  port: XlsxPort,
  overwrite: boolean,
): Promise<{ report: FillSummary; reading: WorkbookReading }> {
  const workbook = await port.read();
  const { writes, summary, reading } = withFoundTableCache(() => ({
    ...planFillWrites(workbook, { overwrite }),
    reading: workbookReading(workbook),
  }));
  if (Object.keys(writes).length > 0) await port.writeCells(writes);
  return { report: summary, reading };
}

export async function runFill(ctx: Context, input: string, opts: FillOptions): Promise<number> {
  const { port } = await openToRewrite(ctx, input, opts);
  const { report, reading } = await fillWithReading(port, opts.overwrite);
  if (report.sheetsWithTables.length === 0) throw new UserError("error.no-column-numbers", { file: input });
  // The report is put into words while the big sheet is deflated in the thread pool, and said once the file is
  // written (nothing of it when the file cannot be).
  const saving = saveWorkbookFile(port, opts.output);
  const lines: string[] = [];
  reportFill({ ...ctx, io: { ...ctx.io, out: (line) => lines.push(line) } }, input, opts, report, reading);
  await saving;
  ctx.io.out(
    ctx.say("cli.fill.written", {
      file: opts.output,
      formulas: tCount(ctx.lang, "count.formulas", report.formulasWritten),
      sheets: tCount(ctx.lang, "count.sheets", report.sheetsWithTables.length),
    }),
  );
  for (const line of lines) ctx.io.out(line);
  return 0;
}

/** What the fill did beyond the file written: the reading, figures stored as text, the typed cells kept or replaced. */
function reportFill(
  ctx: Context,
  input: string,
  opts: FillOptions,
  report: FillSummary,
  reading: WorkbookReading,
): void {
  // Formulas read from the headers' words (no column-number row): said, so the official sees what was filled.
  printReading(ctx, reading, false, input);
  // Figures stored as text: said once per sheet, pointing to `phuluc fix`, instead of a "(trống)" per cell.
  for (const t of report.textInputs) {
    ctx.io.out(ctx.say("cli.fill.text-inputs", { sheet: t.sheet, cells: t.cells, file: input }));
  }
  const row = (key: "cli.fill.kept.row" | "cli.fill.overwritten.row", c: TypedCell) =>
    ctx.say(key, {
      sheet: c.sheet,
      cell: c.cell,
      typed: shown(ctx, c.typed),
      computed: shown(ctx, c.computed),
    });
  const { differing, same, unknown } = report.kept;
  let folded = false;
  if (differing.length > 0) {
    ctx.io.out(tCount(ctx.lang, "count.fill-kept", differing.length));
    folded = printCells(ctx, differing, (c) => row("cli.fill.kept.row", c), opts.all) || folded;
  }
  if (same > 0) ctx.io.out(tCount(ctx.lang, "count.fill-kept-same", same));
  if (unknown > 0) ctx.io.out(tCount(ctx.lang, "count.fill-kept-unknown", unknown));
  if (report.overwritten.length > 0) {
    ctx.io.out(tCount(ctx.lang, "count.fill-overwritten", report.overwritten.length));
    folded =
      printCells(ctx, report.overwritten, (c) => row("cli.fill.overwritten.row", c), opts.all) || folded;
  }
  if (folded) ctx.io.out(ctx.say("cli.fill.folded-hint"));
}

/**
 * Cells listed one line each, except where a sheet has FOLD_AT or more: one line for the sheet with its cells as
 * ranges, as `phuluc check` folds repeated findings (a 100 000-row sheet is not 100 000 lines); `--all` lists each.
 * True if it folded.
 */
function printCells(
  ctx: Context,
  cells: readonly TypedCell[],
  line: (c: TypedCell) => string,
  all = false,
): boolean {
  const bySheet = new Map<string, TypedCell[]>();
  for (const c of cells) {
    const same = bySheet.get(c.sheet);
    if (same) same.push(c);
    else bySheet.set(c.sheet, [c]);
  }
  let folded = false;
  for (const [sheet, list] of bySheet) {
    if (all || list.length < FOLD_AT) {
      list.forEach((c) => ctx.io.out(line(c)));
      continue;
    }
    folded = true;
    const ranges = cellRangesText(list.map((c) => c.cell));
    ctx.io.out(
      ctx.say("cli.fill.folded", { sheet, cells: tCount(ctx.lang, "count.cells", list.length), ranges }),
    );
  }
  return folded;
}
