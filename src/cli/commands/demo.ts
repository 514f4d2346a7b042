import type { Context } from "../context";
import { parseYear, saveWorkbookFile } from "../workbook-files";
import { buildWorkbook } from "./new";

/** `npm start` until the add-in exists: this year's forecast and next year's plan, ready to open. */
export async function runDemo(ctx: Context, opts: { year?: string; output?: string }): Promise<number> {
  const year = opts.year ? parseYear(opts.year) : new Date().getFullYear();
  const output = opts.output ?? `phu-luc-TTTT-${year}.xlsx`;
  const workbook = buildWorkbook(["du-bao", "ke-hoach"], { year, level: "huyen" });
  await saveWorkbookFile(workbook, output);
  ctx.io.out(
    ctx.say("cli.new.written", { file: output, sheets: workbook.worksheets.map((ws) => ws.name).join(", ") }),
  );
  return 0;
}
