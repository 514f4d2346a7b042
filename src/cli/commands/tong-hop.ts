/**
 * `phuluc tong-hop <files or folders…> -o tong-hop.xlsx [--year N]`: the province's consolidation of the district
 * workbooks. One file at a time is loaded, reduced to its district report and dropped, so memory stays flat however
 * many files there are; then the consolidated workbook is written atomically.
 *
 * Exit codes: 0 every file consolidated; 1 some files kept out of the totals (another year, a second file for a
 * district); 2 a file could not be read (the others are still consolidated), or nothing could be consolidated (no
 * output written).
 */
import { consolidate, keptOutReason, unreadableReport, type DistrictReport } from "../../core/consolidate";
import { consolidatedWorkbookBytes, districtReportOfBytes } from "../../xlsx/consolidate";
import { tCount } from "../../core/i18n/counts";
import { UserError, type Context } from "../context";
import { readInputFile, sameFile, writeFileAtomic } from "../files";
import { checkOutputName, parseYear } from "../workbook-files";
import { expandInputs } from "./check";

export interface TongHopOptions {
  output: string;
  year?: string;
}

/** One district file, read and reduced; the workbook is garbage once this returns. */
export async function districtReportOf(file: string, year?: number): Promise<DistrictReport> {
  const read = await readInputFile(file);
  if (!read.ok) return unreadableReport(file, "missing");
  return districtReportOfBytes(file, read.bytes, year);
}

export async function runTongHop(ctx: Context, inputs: string[], opts: TongHopOptions): Promise<number> {
  checkOutputName(opts.output);
  const year = opts.year ? parseYear(opts.year) : undefined;
  const files: string[] = [];
  // A folder may hold the output of an earlier run: it is not a district's file.
  for (const file of await expandInputs(inputs)) if (!(await sameFile(file, opts.output))) files.push(file);

  const reports: DistrictReport[] = [];
  for (const file of files) reports.push(await districtReportOf(file, year));

  const result = consolidate(reports, { lang: ctx.lang, ...(year !== undefined ? { year } : {}) });
  if (!result.ok) {
    for (const entry of result.entries) {
      const reason = keptOutReason(entry, year ?? 0, ctx.lang);
      if (reason !== undefined)
        ctx.io.err(ctx.say("cli.tong-hop.kept-out", { file: entry.report.file, reason }));
    }
    throw new UserError(result.problem === "no-year" ? "error.tong-hop.no-year" : "error.tong-hop.nothing");
  }

  const bytes = await consolidatedWorkbookBytes(result.plans);
  try {
    await writeFileAtomic(opts.output, bytes);
  } catch (error) {
    throw new UserError("error.write-failed", {
      file: opts.output,
      reason: error instanceof Error ? error.message : String(error),
    });
  }

  const keptOut = result.entries.filter((e) => e.state.kind !== "included");
  ctx.io.out(
    ctx.say("cli.tong-hop.written", {
      file: opts.output,
      included: tCount(ctx.lang, "count.districts-consolidated", result.entries.length - keptOut.length),
      excluded: tCount(ctx.lang, "count.files-kept-out", keptOut.length),
      status: result.statusSheet,
    }),
  );
  for (const entry of keptOut) {
    const reason = keptOutReason(entry, result.year, ctx.lang);
    if (reason !== undefined)
      ctx.io.err(ctx.say("cli.tong-hop.kept-out", { file: entry.report.file, reason }));
  }
  if (keptOut.some((e) => e.state.kind === "unreadable")) return 2;
  return keptOut.length > 0 ? 1 : 0;
}
