import { fillComparisons, type TypedCell } from "../../core/actions";
import { createXlsxPort } from "../../xlsx";
import type { CellValue } from "../../core/model/sheet";
import { UserError, type Context } from "../context";
import { checkOutputName, openWorkbookFile, saveWorkbookFile } from "../workbook-files";
import { sameFile } from "../files";

export interface FillOptions {
  output: string;
  overwrite: boolean;
}

function shown(ctx: Context, value: CellValue | number | undefined): string {
  if (value === undefined || value === null || value === "") return ctx.say("cli.empty");
  if (typeof value === "number") {
    return value.toLocaleString(ctx.lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 });
  }
  return JSON.stringify(value);
}

export async function runFill(ctx: Context, input: string, opts: FillOptions): Promise<number> {
  checkOutputName(opts.output);
  if (await sameFile(input, opts.output))
    throw new UserError("error.output-exists-as-input", { file: input });
  const workbook = await openWorkbookFile(input, { rewriting: true });
  const report = await fillComparisons(createXlsxPort(workbook), { overwrite: opts.overwrite });
  if (report.sheetsWithTables.length === 0) throw new UserError("error.no-column-numbers", { file: input });
  await saveWorkbookFile(workbook, opts.output);
  ctx.io.out(
    ctx.say("cli.fill.written", {
      file: opts.output,
      formulas: report.formulasWritten,
      sheets: report.sheetsWithTables.length,
    }),
  );
  const row = (c: TypedCell) =>
    ctx.say("cli.fill.kept.row", {
      sheet: c.sheet,
      cell: c.cell,
      typed: shown(ctx, c.typed),
      computed: shown(ctx, c.computed),
    });
  if (report.kept.length > 0) {
    ctx.io.out(ctx.say("cli.fill.kept.header", { count: report.kept.length }));
    report.kept.forEach((c) => ctx.io.out(row(c)));
  }
  if (report.overwritten.length > 0) {
    ctx.io.out(ctx.say("cli.fill.overwritten", { count: report.overwritten.length }));
    report.overwritten.forEach((c) => ctx.io.out(row(c)));
  }
  return 0;
}
