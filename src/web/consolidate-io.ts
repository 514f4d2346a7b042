/**
 * The consolidation's part of the page's lazy "xlsx" chunk (imported with a dynamic import(), like workbook-io.ts):
 * a district file's bytes to its report, and the reports consolidated into one workbook with the sentences the
 * dialog shows. The core's consolidation comes with it, not with the page's first paint.
 */
import { consolidate, keptOutReason, type DistrictReport } from "../core/consolidate";
import { tCount } from "../core/i18n/counts";
import type { Lang } from "../core/i18n/messages";
import { consolidatedWorkbookBytes } from "../xlsx/consolidate";
import { tw } from "./i18n";

export { districtReportOfBytes } from "../xlsx/consolidate";

export type Consolidated =
  | { ok: false; message: string }
  | {
      ok: true;
      bytes: Uint8Array;
      fileName: string;
      summary: string;
      /** The districts that went into the totals, each with its file. */
      included: { name: string; file: string }[];
      keptOut: { file: string; reason: string }[];
    };

/** The district reports consolidated: the workbook's bytes, its name and what to tell the official. */
export async function consolidated(reports: readonly DistrictReport[], lang: Lang): Promise<Consolidated> {
  const result = consolidate(reports, { lang });
  if (!result.ok) return { ok: false, message: tw(lang, `web.consolidate.${result.problem}`) };
  const keptOut = result.entries.flatMap((e) => {
    const reason = keptOutReason(e, result.year, lang);
    return reason === undefined ? [] : [{ file: e.report.file, reason }];
  });
  return {
    ok: true,
    bytes: await consolidatedWorkbookBytes(result.plans),
    fileName: tw(lang, "web.consolidate.file-name", { year: String(result.year) }),
    summary: tw(lang, "web.consolidate.done", {
      year: String(result.year),
      included: tCount(lang, "count.districts-consolidated", result.entries.length - keptOut.length),
      excluded: tCount(lang, "count.files-kept-out", keptOut.length),
    }),
    included: result.entries
      .filter((e) => e.state.kind === "included")
      .map((e) => ({ name: e.name, file: e.report.file })),
    keptOut,
  };
}
