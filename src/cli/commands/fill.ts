import { fillComparisons, type TypedCell } from "../../core/actions";
import { tCount } from "../../core/i18n/counts";
import { formatNumber } from "../../core/i18n/numbers";
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
  if (typeof value === "number") return formatNumber(value, ctx.lang);
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
      formulas: tCount(ctx.lang, "count.formulas", report.formulasWritten),
      sheets: tCount(ctx.lang, "count.sheets", report.sheetsWithTables.length),
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
    ctx.io.out(tCount(ctx.lang, "count.fill-kept", report.kept.length));
    report.kept.forEach((c) => ctx.io.out(row(c)));
  }
  if (report.overwritten.length > 0) {
    ctx.io.out(tCount(ctx.lang, "count.fill-overwritten", report.overwritten.length));
    report.overwritten.forEach((c) => ctx.io.out(row(c)));
  }
  return 0;
}
