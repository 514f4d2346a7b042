import { checkAction } from "../../core/actions";
import { countBySeverity } from "../../core/check";
import { tCount } from "../../core/i18n/counts";
import { createXlsxPort } from "../../xlsx";
import type { Context } from "../context";
import { parseYear, saveWorkbookFile } from "../workbook-files";
import { buildWorkbook } from "./new";

/** `npm start` until the add-in exists: this year's forecast and next year's plan, checked and ready to open. */
export async function runDemo(ctx: Context, opts: { year?: string; output?: string }): Promise<number> {
  const year = opts.year ? parseYear(opts.year) : new Date().getFullYear();
  const output = opts.output ?? `phu-luc-TTTT-${year}.xlsx`;
  const workbook = buildWorkbook(["du-bao", "ke-hoach"], { year, level: "huyen" });
  await saveWorkbookFile(workbook, output);
  ctx.io.out(
    ctx.say("cli.new.written", { file: output, sheets: workbook.worksheets.map((ws) => ws.name).join(", ") }),
  );
  const result = await checkAction(createXlsxPort(workbook), { year, level: "huyen" });
  const counts = countBySeverity(result.issues);
  // One indicator may have several entries (one per year column); count the indicators.
  const missing = new Set(result.targets.filter((t) => t.status === "missing").map((t) => t.code)).size;
  ctx.io.out(
    ctx.say("cli.demo.checked", {
      errors: tCount(ctx.lang, "count.errors", counts.error),
      warnings: tCount(ctx.lang, "count.warnings", counts.warning),
      missing: tCount(ctx.lang, "count.missing-targets", missing, { year }),
    }),
  );
  ctx.io.out(ctx.say("cli.demo.next", { file: output }));
  return 0;
}
