/**
 * The province's consolidation: from the district reports (see extract.ts) to the sheet plans of one consolidated
 * workbook — the "Tình trạng" sheet first, then one sheet per appendix kind that at least one consolidated district
 * reported, in the order forecast, plan, grassroots, e-government, DX. Pure; the faces load each file, extract its
 * report, drop the workbook, and write the plans with their adapter.
 */
import type { Lang } from "../i18n/types";
import { t } from "../i18n/messages";
import type { SheetPlan } from "../model/plan";
import { appendixSheet, type AppendixSheet } from "./appendix-sheet";
import { consolidationYear, selectFiles, type FileEntry } from "./select";
import { statusSheet } from "./status-sheet";
import type { AppendixKind, DistrictReport } from "./types";

export * from "./types";
export { extractDistrictReport, districtOf } from "./extract";
export {
  CONFIRMABLE_KINDS,
  columnKey,
  columnsNeedingKind,
  columnsNeedingYear,
  withConfirmation,
  type Confirmation,
} from "./confirm";
export { provinceRule, type ProvinceRule } from "./rows";
export { fileLabel, type FileEntry, type FileState } from "./select";
export { keptOutReason, stateText } from "./status-sheet";

export interface ConsolidateOptions {
  /** The report year N; by default the year most files give. */
  year?: number;
  lang: Lang;
}

export type Consolidation =
  | { ok: true; year: number; entries: FileEntry[]; plans: SheetPlan[]; statusSheet: string }
  | { ok: false; problem: "unreadable" | "no-year" | "nothing"; entries: FileEntry[] };

const KINDS: readonly AppendixKind[] = ["forecast", "plan", "grassroots", "egov", "dx"];

export function consolidate(reports: readonly DistrictReport[], options: ConsolidateOptions): Consolidation {
  // Nothing readable: said as such (with each file's reason), not as a year no header gives.
  if (reports.every((r) => r.unreadable))
    return { ok: false, problem: "unreadable", entries: selectFiles(reports, options.year ?? 0) };
  const year = options.year ?? consolidationYear(reports);
  if (year === undefined) return { ok: false, problem: "no-year", entries: [] };
  const entries = selectFiles(reports, year);
  const included = entries.filter((e) => e.state.kind === "included");
  if (included.length === 0) return { ok: false, problem: "nothing", entries };

  const statusName = t(options.lang, "cons.status.sheet");
  const sheets = new Map<AppendixKind, AppendixSheet>();
  for (const kind of KINDS) {
    if (!included.some((e) => e.report.appendices.some((a) => a.kind === kind))) continue;
    sheets.set(kind, appendixSheet(kind, year, included, statusName, options.lang));
  }
  const status = statusSheet(statusName, year, entries, sheets.get("grassroots"), options.lang);
  return {
    ok: true,
    year,
    entries,
    plans: [status, ...[...sheets.values()].map((s) => s.plan)],
    statusSheet: statusName,
  };
}
