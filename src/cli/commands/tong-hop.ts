/**
 * `phuluc tong-hop <files or folders…> -o tong-hop.xlsx [--year N]`: the province's consolidation of the district
 * workbooks. One file at a time is loaded, reduced to its district report and dropped, so memory stays flat however
 * many files there are; then the consolidated workbook is written atomically.
 *
 * Exit codes: 0 every file consolidated; 1 some files kept out of the totals (another year, a second file for a
 * district); 2 a file could not be read (the others are still consolidated), or nothing could be consolidated (no
 * output written).
 */
import {
  consolidate,
  keptOutReason,
  unreadableReport,
  type DistrictReport,
  type UnreadableReason,
} from "../../core/consolidate";
import { consolidatedWorkbookBytes, districtReportOfBytes } from "../../xlsx/consolidate";
import { tCount } from "../../core/i18n/counts";
import { UserError, type Context } from "../context";
import { readInputFile, sameFile, type InputFile, type ReadProblem } from "../files";
import { claimOutput, writeOutput } from "../output";
import { parseYear } from "../workbook-files";
import { inputFiles } from "./check";

export interface TongHopOptions {
  output: string;
  year?: string;
  /** `--ghi-de`: replace an existing output without asking. */
  ghiDe?: boolean;
}

/** A file that cannot be read, as the status sheet says it. */
const unreadableReasons: Record<ReadProblem, UnreadableReason> = {
  missing: "missing",
  folder: "missing",
  denied: "denied",
  "folder-denied": "folder-denied",
  failed: "failed",
};

/** One district file, read and reduced; the workbook is garbage once this returns. */
export async function districtReportOf(input: InputFile, year?: number): Promise<DistrictReport> {
  if (input.problem) return unreadableReport(input.path, unreadableReasons[input.problem]);
  const read = await readInputFile(input.path);
  if (!read.ok) return unreadableReport(input.path, unreadableReasons[read.problem], read.detail);
  return districtReportOfBytes(input.path, read.bytes, year);
}

const problemMessages = {
  "no-year": "error.tong-hop.no-year",
  nothing: "error.tong-hop.nothing",
  unreadable: "error.tong-hop.unreadable",
} as const;

export async function runTongHop(ctx: Context, inputs: string[], opts: TongHopOptions): Promise<number> {
  const year = opts.year ? parseYear(opts.year) : undefined;
  await claimOutput(ctx, opts.output, { replace: opts.ghiDe });
  const files: InputFile[] = [];
  // A folder may hold the output of an earlier run: it is not a district's file.
  for (const file of (await inputFiles(ctx, inputs)).files)
    if (!(await sameFile(file.path, opts.output))) files.push(file);

  const reports: DistrictReport[] = [];
  for (const file of files) reports.push(await districtReportOf(file, year));

  const result = consolidate(reports, { lang: ctx.lang, ...(year !== undefined ? { year } : {}) });
  if (!result.ok) {
    for (const entry of result.entries) {
      const reason = keptOutReason(entry, year ?? 0, ctx.lang);
      if (reason !== undefined)
        ctx.io.err(ctx.say("cli.tong-hop.kept-out", { file: entry.report.file, reason }));
    }
    throw new UserError(problemMessages[result.problem]);
  }

  await writeOutput(opts.output, await consolidatedWorkbookBytes(result.plans));

  const keptOut = result.entries.filter((e) => e.state.kind !== "included");
  const included = result.entries.filter((e) => e.state.kind === "included");
  ctx.io.out(
    ctx.say("cli.tong-hop.written", {
      file: opts.output,
      included: tCount(ctx.lang, "count.districts-consolidated", included.length),
      excluded: tCount(ctx.lang, "count.files-kept-out", keptOut.length),
      status: result.statusSheet,
    }),
  );
  // Which districts went in, as the status sheet and the page's dialog name them.
  ctx.io.out(ctx.say("cli.tong-hop.included", { districts: included.map((e) => e.name).join(", ") }));
  for (const entry of keptOut) {
    const reason = keptOutReason(entry, result.year, ctx.lang);
    if (reason !== undefined)
      ctx.io.err(ctx.say("cli.tong-hop.kept-out", { file: entry.report.file, reason }));
  }
  if (keptOut.some((e) => e.state.kind === "unreadable")) return 2;
  return keptOut.length > 0 ? 1 : 0;
}
