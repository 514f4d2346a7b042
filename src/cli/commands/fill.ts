import { fillComparisons, type TypedCell } from "../../core/actions";
import { tCount } from "../../core/i18n/counts";
import { formatNumber } from "../../core/i18n/numbers";
import { typedMatchesFormula } from "../../core/actions/fill";
import type { CellValue } from "../../core/model/sheet";
import { UserError, type Context } from "../context";
import { checkOutputKind, checkOutputName, openWorkbookFile, saveWorkbookFile } from "../workbook-files";
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
  checkOutputName(opts.output, true);
  if (await sameFile(input, opts.output))
    throw new UserError("error.output-exists-as-input", { file: input });
  const port = await openWorkbookFile(input);
  checkOutputKind(port, input, opts.output);
  const report = await fillComparisons(port, { overwrite: opts.overwrite });
  if (report.sheetsWithTables.length === 0) throw new UserError("error.no-column-numbers", { file: input });
  await saveWorkbookFile(port, opts.output);
  ctx.io.out(
    ctx.say("cli.fill.written", {
      file: opts.output,
      formulas: tCount(ctx.lang, "count.formulas", report.formulasWritten),
      sheets: tCount(ctx.lang, "count.sheets", report.sheetsWithTables.length),
    }),
  );
  // Figures stored as text: said once per sheet, pointing to `phuluc fix`, instead of a "(trống)" per cell.
  const textSheets = new Set(report.textInputs.map((t) => t.sheet));
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
  const same = report.kept.filter(typedMatchesFormula);
  const unknown = report.kept.filter((c) => c.computed === undefined && textSheets.has(c.sheet));
  const differing = report.kept.filter((c) => !typedMatchesFormula(c) && !unknown.includes(c));
  if (differing.length > 0) {
    ctx.io.out(tCount(ctx.lang, "count.fill-kept", differing.length));
    differing.forEach((c) => ctx.io.out(row("cli.fill.kept.row", c)));
  }
  if (same.length > 0) ctx.io.out(tCount(ctx.lang, "count.fill-kept-same", same.length));
  if (unknown.length > 0) ctx.io.out(tCount(ctx.lang, "count.fill-kept-unknown", unknown.length));
  if (report.overwritten.length > 0) {
    ctx.io.out(tCount(ctx.lang, "count.fill-overwritten", report.overwritten.length));
    report.overwritten.forEach((c) => ctx.io.out(row("cli.fill.overwritten.row", c)));
  }
  return 0;
}
