import { checkAction } from "../../core/actions";
import { countBySeverity } from "../../core/check";
import { tCount } from "../../core/i18n/counts";
import { demoPlans } from "../../core/demo";
import { createXlsxPort, XlsxDocument } from "../../xlsx";
import type { Context } from "../context";
import { claimOutput } from "../output";
import { parseYear, saveWorkbookFile } from "../workbook-files";

/**
 * This year's forecast and next year's plan filled with the figures of seed 001 (src/core/demo), with the mistakes
 * the checker finds in them (DEMO_MISTAKES): written, checked, and ready to open.
 */
export async function runDemo(
  ctx: Context,
  opts: { year?: string; output?: string; ghiDe?: boolean },
): Promise<number> {
  const year = opts.year ? parseYear(opts.year) : new Date().getFullYear();
  const output = opts.output ?? `phu-luc-TTTT-${year}.xlsx`;
  await claimOutput(ctx, output, { replace: opts.ghiDe });
  const port = createXlsxPort(XlsxDocument.fromPlans(demoPlans(year)));
  await saveWorkbookFile(port, output);
  const { names } = await port.sheetNames();
  ctx.io.out(ctx.say("cli.new.written", { file: output, sheets: names.join(", ") }));
  const result = await checkAction(port, { year, level: "huyen" });
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
  ctx.io.out(ctx.say("cli.demo.next", { file: output, year }));
  return 0;
}
