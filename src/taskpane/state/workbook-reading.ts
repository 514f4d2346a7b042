/**
 * How the open workbook's tables are read, and its one report year, for every view of the pane: the workbook is read
 * (`port.read()`, in Excel 2 syncs) when the pane starts, when the official opens a view (the workbook may have
 * changed in Excel meanwhile) and after the pane itself changed it; the reading is derived from that read with the
 * settings the pane holds (a year or a column's reading just chosen applies at once, without reading again).
 *
 * The reading and the year are the core's (`analyseWorkbook`, `readingOf`, `resolveReportYear`): this hook only
 * decides when to read.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { WorkbookModel } from "../../core/model/sheet";
import type { Settings, WorkbookPort } from "../../core/port";
import type { WorkbookReading } from "../../core/tables";
import type { analysed } from "./reading-analysis";
import { PENDING_YEAR, reportYearOf, type ReportYear } from "./report-year";

type Analyse = typeof analysed;

/** The reader comes in its own chunk (reading-analysis.ts), loaded once for every pane. */
let analyser: Promise<Analyse> | undefined;
function loadAnalyser(): Promise<Analyse> {
  if (!analyser) {
    const loading = import(/* webpackChunkName: "reading" */ "./reading-analysis").then((m) => m.analysed);
    // A failed load is tried again next time.
    loading.catch(() => (analyser = undefined));
    analyser = loading;
  }
  return analyser;
}

export interface ReadState {
  /** A read is under way (the reading shown is the previous one, if any). */
  reading: boolean;
  model?: WorkbookModel;
  /** The last read failed (the previous reading, if any, is still shown). */
  error?: unknown;
  /** Bumped by each request to read again. */
  requested: number;
}

export type ReadEvent =
  | { type: "request" }
  | { type: "start" }
  | { type: "read"; model: WorkbookModel }
  | { type: "failed"; error: unknown };

export function readReducer(state: ReadState, event: ReadEvent): ReadState {
  switch (event.type) {
    case "request":
      return { ...state, requested: state.requested + 1 };
    case "start":
      return { ...state, reading: true };
    case "read":
      return { reading: false, model: event.model, requested: state.requested };
    case "failed":
      return { ...state, reading: false, error: event.error };
  }
}

export interface WorkbookReadingView {
  /** The tables' reading with the pane's settings applied; undefined until the first read. */
  reading?: WorkbookReading;
  year: ReportYear;
  /** A read is under way. */
  busy: boolean;
  error?: unknown;
  /** Reads the workbook again (after the pane changed it, or when a view is opened). */
  refresh: () => void;
}

export interface ReadingInputs {
  /** What the workbook's settings hold (as the pane saves them). */
  stored: Settings;
  /** The year the official chose in this session, when any: used even where the workbook names another. */
  userYear?: number;
  /** False until the settings are loaded: nothing is read before. */
  enabled: boolean;
  /** What a workbook without any table is proposed (this year). */
  thisYear: number;
}

export function useWorkbookReading(port: WorkbookPort, inputs: ReadingInputs): WorkbookReadingView {
  const { stored, userYear, enabled, thisYear } = inputs;
  const [state, dispatch] = useReducer(readReducer, { reading: false, requested: 0 });
  const latest = useRef(0);
  const [analyse, setAnalyse] = useState<Analyse>();
  /** The reader's chunk could not be loaded (told as a read that failed). */
  const [loadError, setLoadError] = useState<unknown>();

  useEffect(() => {
    if (!enabled || analyse) return;
    let live = true;
    loadAnalyser().then(
      (loaded) => live && setAnalyse(() => loaded),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [enabled, analyse]);

  useEffect(() => {
    if (!enabled) return;
    const id = ++latest.current;
    dispatch({ type: "start" });
    port.read().then(
      (model) => id === latest.current && dispatch({ type: "read", model }),
      (error: unknown) => id === latest.current && dispatch({ type: "failed", error }),
    );
  }, [port, enabled, state.requested]);

  const refresh = useCallback(() => dispatch({ type: "request" }), []);

  const { year, readings } = stored;
  const derived = useMemo(
    () =>
      state.model && analyse
        ? analyse(
            state.model,
            { ...(year !== undefined ? { year } : {}), ...(readings ? { readings } : {}) },
            userYear,
          )
        : undefined,
    [state.model, analyse, year, readings, userYear],
  );

  const error = state.error ?? loadError;
  const failed = error !== undefined && !derived;
  const reportYear = useMemo((): ReportYear => {
    if (derived) return reportYearOf(derived.resolution, derived.hasTables, thisYear);
    // The workbook could not be read: the user's year stands, else the year is asked (never guessed).
    if (userYear !== undefined) return { year: userYear, source: "user", pending: false, others: [] };
    return failed ? { source: "none", pending: false, others: [] } : PENDING_YEAR;
  }, [derived, thisYear, userYear, failed]);

  return {
    ...(derived ? { reading: derived.reading } : {}),
    year: reportYear,
    // Busy until the reader's chunk is here too.
    busy: state.reading || (enabled && !analyse && loadError === undefined),
    ...(error !== undefined ? { error } : {}),
    refresh,
  };
}
