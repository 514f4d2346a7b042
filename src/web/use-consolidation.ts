/**
 * The web page's consolidation: several district files chosen at once are read one at a time (load, extract, drop,
 * so the page's memory stays flat), consolidated by the core, and offered as one workbook to download. The reader,
 * the writer and the core's consolidation come with the page's lazy "xlsx" chunk on first use.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DistrictReport } from "../core/consolidate";
import type { Lang } from "../core/i18n/messages";
import { workbookBlob } from "./download";
import { tw } from "./i18n";

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
        const result = await io.consolidated(reports, lang);
        if (!result.ok) {
          setState({ phase: "failed", message: result.message });
          return;
        }
        url.current = URL.createObjectURL(workbookBlob(result.bytes));
        setState({
          phase: "done",
          url: url.current,
          fileName: result.fileName,
          summary: result.summary,
          included: result.included,
          keptOut: result.keptOut,
        });
      } catch (error) {
        // Shown to the official, never swallowed.
        setState({
          phase: "failed",
          message: tw(lang, "web.consolidate.failed", {
            reason: error instanceof Error ? error.message : String(error),
          }),
        });
      }
    },
    [forget, lang],
  );

  return { state, run, reset };
}
