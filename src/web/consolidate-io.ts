/**
 * The consolidation's part of the page's lazy "xlsx" chunk (imported with a dynamic import(), like workbook-io.ts):
 * a district file's bytes to its report, and the reports consolidated into one workbook with the sentences the
 * dialog shows — among them the files kept out until their year is confirmed, with what to confirm. The core's
 * consolidation comes with it, not with the page's first paint.
 */
import {
  CONFIRMABLE_KINDS,
  columnKey,
  columnsNeedingKind,
  columnsNeedingYear,
  consolidate,
  keptOutReason,
  type DistrictReport,
} from "../core/consolidate";
import { tCount } from "../core/i18n/counts";
import type { Lang } from "../core/i18n/messages";
import type { FigureKind } from "../core/tables/header-grammar";
import { figureText } from "../core/tables/reading";
import { consolidatedWorkbookBytes } from "../xlsx/consolidate";
import { tw } from "./i18n";

export { districtReportOfBytes } from "../xlsx/consolidate";

/** A file kept out until its year is confirmed, as the dialog asks for it. */
export interface NeedingFile {
  /** Index of the file among those chosen. */
  index: number;
  file: string;
  name: string;
  /** The year the file's headers or titles name elsewhere, when any (its relative columns lack only N). */
  year?: number;
  /** Columns whose header names no year at all: each needs its own year. */
  columns: { key: string; label: string }[];
  /**
   * Columns whose header is a year alone («Năm 2026»): the year is told, the kind is not; each needs its kind,
   * offered as the figures of that year («Thực hiện năm 2026», «Ước thực hiện năm 2026», «Kế hoạch năm 2026»).
   */
  kindColumns: { key: string; label: string; kinds: { kind: FigureKind; label: string }[] }[];
}

export type Consolidated =
  /** `askYear`: no file names its year; the official may give the consolidation's year for all of them. */
  | { ok: false; message: string; askYear: boolean }
  | {
      ok: true;
      bytes: Uint8Array;
      /** The consolidation's year. */
      year: number;
      fileName: string;
      summary: string;
      /** The districts that went into the totals, each with its file; `confirmed`: its year confirmed here. */
      included: { name: string; file: string; confirmed: boolean }[];
      keptOut: { file: string; reason: string }[];
      /** The files kept out until their year is confirmed: confirmable in the dialog. */
      needing: NeedingFile[];
    };

/** The district reports consolidated: the workbook's bytes, its name and what to tell the official. */
export async function consolidated(reports: readonly DistrictReport[], lang: Lang): Promise<Consolidated> {
  const result = consolidate(reports, { lang });
  if (!result.ok)
    return {
      ok: false,
      message: tw(lang, `web.consolidate.${result.problem}`),
      askYear: result.problem === "no-year",
    };
  const keptOut = result.entries.flatMap((e) => {
    const reason = keptOutReason(e, result.year, lang);
    return reason === undefined ? [] : [{ file: e.report.file, reason }];
  });
  const needing = result.entries.flatMap((e, index): NeedingFile[] =>
    e.state.kind !== "needs-confirmation"
      ? []
      : [
          {
            index,
            file: e.report.file,
            name: e.name,
            ...(e.report.year !== undefined ? { year: e.report.year } : {}),
            columns: columnsNeedingYear(e.report).map((c) => ({
              key: columnKey(c),
              label: tw(lang, "web.consolidate.confirm.column", {
                column: columnKey(c),
                header: c.header,
                reading: figureText(c.figure, lang),
              }),
            })),
            kindColumns: columnsNeedingKind(e.report).map((c) => ({
              key: columnKey(c),
              label: tw(lang, "web.consolidate.confirm.column-kind", {
                column: columnKey(c),
                header: c.header,
                year: c.figure.year.kind === "absolute" ? String(c.figure.year.year) : "",
              }),
              kinds: CONFIRMABLE_KINDS.map((kind) => ({
                kind,
                label: figureText({ ...c.figure, kind, period: "year" }, lang),
              })),
            })),
          },
        ],
  );
  return {
    ok: true,
    bytes: await consolidatedWorkbookBytes(result.plans),
    year: result.year,
    fileName: tw(lang, "web.consolidate.file-name", { year: String(result.year) }),
    summary: tw(lang, "web.consolidate.done", {
      year: String(result.year),
      included: tCount(lang, "count.districts-consolidated", result.entries.length - keptOut.length),
      excluded: tCount(lang, "count.files-kept-out", keptOut.length),
    }),
    included: result.entries
      .filter((e) => e.state.kind === "included")
      .map((e) => ({
        name: e.name,
        file: e.report.file,
        confirmed: e.report.confirmedAtConsolidation !== undefined,
      })),
    keptOut,
    needing,
  };
}
