/**
 * The web page's consolidation: several district files chosen at once are read one at a time (load, extract, drop,
 * so the page's memory stays flat), consolidated by the core, and offered as one workbook to download. The reader,
 * the writer and the core's consolidation come with the page's lazy "xlsx" chunk on first use.
 *
 * A file whose figures' year it does not tell is kept out as needing a confirmation (the core never guesses). The
 * official may confirm it right here — the file's report year, the year of each column whose header names none, and
 * the kind of each column whose header is a year alone («Năm 2026»: Thực hiện, Ước thực hiện or Kế hoạch) —
 * and the consolidation runs again with it: that file alone is read again (the files chosen stay in the page for
 * the run), nothing is written into it, and the status sheet says the year was confirmed at consolidation. What an
 * official expects: the district's own file is the district's to correct (with the add-in or `phuluc xac-nhan`); the
 * province's confirmation serves this consolidation and is written where the province's people will read it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Confirmation, DistrictReport } from "../core/consolidate";
import type { Lang } from "../core/i18n/messages";
import type { NeedingFile } from "./consolidate-io";
import { workbookBlob } from "./download";
import { tw } from "./i18n";

export type { NeedingFile } from "./consolidate-io";

export type ConsolidationState =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number; file: string }
  | {
      phase: "done";
      url: string;
      fileName: string;
      summary: string;
      /** The consolidation's year. */
      year: number;
      /** The districts that went into the totals, each with its file. */
      included: { name: string; file: string; confirmed: boolean }[];
      keptOut: { file: string; reason: string }[];
      /** The files kept out until their year is confirmed: confirmable here. */
      needing: NeedingFile[];
    }
  /** `askYear`: no file names its year; the official may give the consolidation's year for all of them. */
  | { phase: "failed"; message: string; askYear?: boolean };

const loadIo = () => import(/* webpackChunkName: "xlsx" */ "./consolidate-io");

type Io = Awaited<ReturnType<typeof loadIo>>;

/** The files chosen and their reports, kept for the run: a confirmation reads its file again. */
interface Run {
  files: readonly File[];
  reports: DistrictReport[];
}

/** Each file's report, read one at a time (`onFile` told before each). */
async function readReports(
  io: Io,
  files: readonly File[],
  onFile: (index: number, file: File) => void,
): Promise<DistrictReport[]> {
  const reports: DistrictReport[] = [];
  for (const [i, file] of files.entries()) {
    onFile(i, file);
    const bytes = new Uint8Array(await file.arrayBuffer());
    reports.push(await io.districtReportOfBytes(file.name, bytes));
  }
  return reports;
}

/** The run's reports with the files confirmed (by index) read again with their confirmation. */
async function confirmedReports(
  io: Io,
  current: Run,
  confirmations: ReadonlyMap<number, Confirmation>,
  onFile: (file: File) => void,
): Promise<DistrictReport[]> {
  const reports = [...current.reports];
  for (const [index, confirmation] of confirmations) {
    const file = current.files[index];
    const needing = reports[index];
    if (!file || !needing || needing.unreadable) continue;
    onFile(file);
    const bytes = new Uint8Array(await file.arrayBuffer());
    reports[index] = await io.districtReportOfBytes(file.name, bytes, undefined, { confirmation, needing });
  }
  return reports;
}

type Consolidated = Extract<Awaited<ReturnType<Io["consolidated"]>>, { ok: true }>;

/** The dialog's lists of a consolidation, with the URL of its workbook. */
function doneState(result: Consolidated, url: string): ConsolidationState {
  return {
    phase: "done",
    url,
    year: result.year,
    fileName: result.fileName,
    summary: result.summary,
    included: result.included,
    keptOut: result.keptOut,
    needing: result.needing,
  };
}

/** The year confirmed for every readable file (by index). */
function everyReadable(reports: readonly DistrictReport[], year: number): Map<number, Confirmation> {
  const all = new Map<number, Confirmation>();
  reports.forEach((r, index) => {
    if (!r.unreadable) all.set(index, { year });
  });
  return all;
}

function failedMessage(lang: Lang, error: unknown): string {
  return tw(lang, "web.consolidate.failed", {
    reason: error instanceof Error ? error.message : String(error),
  });
}

/** The download's object URL: one at a time, revoked when replaced, forgotten or unmounted. */
function useObjectUrl() {
  const url = useRef<string | undefined>(undefined);
  const forget = useCallback(() => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = undefined;
  }, []);
  useEffect(() => forget, [forget]);
  const offer = useCallback(
    (blob: Blob): string => {
      forget();
      url.current = URL.createObjectURL(blob);
      return url.current;
    },
    [forget],
  );
  return { offer, forget };
}

export function useConsolidation(lang: Lang) {
  const [state, setState] = useState<ConsolidationState>({ phase: "idle" });
  const run = useRef<Run | undefined>(undefined);
  const { offer, forget } = useObjectUrl();

  const reset = useCallback(() => {
    forget();
    run.current = undefined;
    setState({ phase: "idle" });
  }, [forget]);

  const fail = useCallback(
    // Shown to the official, never swallowed.
    (error: unknown) => setState({ phase: "failed", message: failedMessage(lang, error) }),
    [lang],
  );

  /** The consolidation of the reports read: the dialog's lists and the workbook to download. */
  const show = useCallback(
    async (reports: readonly DistrictReport[]) => {
      forget();
      const io = await loadIo();
      const result = await io.consolidated(reports, lang);
      if (!result.ok) {
        setState({ phase: "failed", message: result.message, askYear: result.askYear });
        return;
      }
      setState(doneState(result, offer(workbookBlob(result.bytes))));
    },
    [forget, offer, lang],
  );

  const start = useCallback(
    async (files: readonly File[]) => {
      forget();
      try {
        const reports = await readReports(await loadIo(), files, (i, file) =>
          setState({ phase: "reading", done: i + 1, total: files.length, file: file.name }),
        );
        run.current = { files, reports };
        await show(reports);
      } catch (error) {
        fail(error);
      }
    },
    [forget, show, fail],
  );

  /**
   * Confirms the year of the files chosen by index (and the years of their year-less columns, the kinds of their bare-year ones), reads each of them
   * again with it, and consolidates again.
   */
  const confirm = useCallback(
    async (confirmations: ReadonlyMap<number, Confirmation>) => {
      const current = run.current;
      if (!current) return;
      try {
        const reports = await confirmedReports(await loadIo(), current, confirmations, (file) =>
          setState({ phase: "reading", done: 1, total: 1, file: file.name }),
        );
        run.current = { files: current.files, reports };
        await show(reports);
      } catch (error) {
        fail(error);
      }
    },
    [show, fail],
  );

  /** No file names its year: the one the official gives is confirmed for every readable file. */
  const confirmAll = useCallback(
    (year: number) => {
      return confirm(everyReadable(run.current?.reports ?? [], year));
    },
    [confirm],
  );

  return { state, run: start, reset, confirm, confirmAll };
}
