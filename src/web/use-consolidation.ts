/**
 * The web page's consolidation: several district files chosen at once are read one at a time (load, extract, drop,
 * so the page's memory stays flat), consolidated by the core, and offered as one workbook to download. ExcelJS comes
 * with the page's lazy "xlsx" chunk on first use.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { consolidate, keptOutReason, type DistrictReport } from "../core/consolidate";
import { tCount } from "../core/i18n/counts";
import type { Lang } from "../core/i18n/messages";
import { say } from "../taskpane/state/format";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type ConsolidationState =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number; file: string }
  | {
      phase: "done";
      url: string;
      fileName: string;
      summary: string;
      /** The districts that went into the totals, each with its file. */
      included: { name: string; file: string }[];
      keptOut: { file: string; reason: string }[];
    }
  | { phase: "failed"; message: string };

export function useConsolidation(lang: Lang) {
  const [state, setState] = useState<ConsolidationState>({ phase: "idle" });
  const url = useRef<string | undefined>(undefined);

  const forget = useCallback(() => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = undefined;
  }, []);
  useEffect(() => forget, [forget]);

  const reset = useCallback(() => {
    forget();
    setState({ phase: "idle" });
  }, [forget]);

  const run = useCallback(
    async (files: readonly File[]) => {
      forget();
      try {
        const io = await import(/* webpackChunkName: "xlsx" */ "./consolidate-io");
        const reports: DistrictReport[] = [];
        for (const [i, file] of files.entries()) {
          setState({ phase: "reading", done: i + 1, total: files.length, file: file.name });
          const bytes = new Uint8Array(await file.arrayBuffer());
          reports.push(await io.districtReportOfBytes(file.name, bytes));
        }
        const result = consolidate(reports, { lang });
        if (!result.ok) {
          setState({ phase: "failed", message: say(lang, `web.consolidate.${result.problem}`) });
          return;
        }
        const bytes = await io.consolidatedWorkbookBytes(result.plans);
        url.current = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }));
        const keptOut = result.entries.flatMap((e) => {
          const reason = keptOutReason(e, result.year, lang);
          return reason === undefined ? [] : [{ file: e.report.file, reason }];
        });
        setState({
          phase: "done",
          url: url.current,
          fileName: say(lang, "web.consolidate.file-name", { year: String(result.year) }),
          summary: say(lang, "web.consolidate.done", {
            year: String(result.year),
            included: tCount(lang, "count.districts-consolidated", result.entries.length - keptOut.length),
            excluded: tCount(lang, "count.files-kept-out", keptOut.length),
          }),
          included: result.entries
            .filter((e) => e.state.kind === "included")
            .map((e) => ({ name: e.name, file: e.report.file })),
          keptOut,
        });
      } catch (error) {
        // Shown to the official, never swallowed.
        setState({
          phase: "failed",
          message: say(lang, "web.consolidate.failed", {
            reason: error instanceof Error ? error.message : String(error),
          }),
        });
      }
    },
    [forget, lang],
  );

  return { state, run, reset };
}
