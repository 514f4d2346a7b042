/**
 * `phuluc xac-nhan in.xlsx -o out.xlsx [--year N] [--column "Trang!Cột=cách đọc" …]`: stores in a copy of the file
 * the report year and the columns' readings the user confirms, in the settings the pane and the page keep too, so
 * every later check, fill and the province's consolidation read the tables so; then prints the reading.
 */
import { workbookReading } from "../../core/tables";
import { UserError, type Context } from "../context";
import { printReading } from "../readings";
import { openToRewrite } from "../rewrite";
import { saveWorkbookFile } from "../workbook-files";

export interface ConfirmOptions {
  output: string;
  year?: string;
  column?: string[];
  /** `--ghi-de`: replace an existing output file without asking. */
  ghiDe?: boolean;
}

export async function runConfirm(ctx: Context, input: string, opts: ConfirmOptions): Promise<number> {
  if (opts.year === undefined && (opts.column ?? []).length === 0)
    throw new UserError("error.xac-nhan.nothing");
  const { port, stored } = await openToRewrite(ctx, input, { ...opts, mustKeep: true });
  await saveWorkbookFile(port, opts.output);
  const what = [
    ...(stored.year !== undefined ? [ctx.say("cli.xac-nhan.year", { year: stored.year })] : []),
    ...(stored.corrections.length > 0
      ? [ctx.say("cli.xac-nhan.columns", { count: stored.corrections.length })]
      : []),
  ].join(", ");
  ctx.io.out(ctx.say("cli.xac-nhan.written", { file: opts.output, what }));
  printReading(ctx, workbookReading(await port.read()), true);
  return 0;
}
