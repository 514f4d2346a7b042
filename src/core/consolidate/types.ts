/**
 * What the consolidation needs of one district workbook, and nothing more: the district, the year, the checker's
 * counts and grassroots-targets coverage, and the figures of each appendix it holds, each with the sheet and cell it
 * came from. A workbook is read, reduced to this and dropped, so a province can consolidate hundreds of files with
 * flat memory. The one place that builds it from the checker's analysis is `extract.ts`.
 */
import type { TargetCoverage } from "../findings";
import type { Figure } from "../tables/header-grammar";

/** The appendix tables a province consolidates (one consolidated sheet each). */
export type AppendixKind = "forecast" | "plan" | "grassroots" | "egov" | "dx";

/**
 * What a figure column holds: in the forecast of year N the actual of N-1, the first half of N and the full-year
 * estimate of N; in the plan the actual of N and the plan of N+1; in the target tables the year's result; in the DX
 * table the self-score.
 */
export type FigureRole = "prev-actual" | "half-year" | "year-estimate" | "year-actual" | "plan" | "score";

/** A figure as the district wrote it, read the way the official means it, and where it is. */
export interface SourcedValue {
  value: number;
  sheet: string;
  /** A1 address in that sheet. */
  cell: string;
}

export interface AppendixRow {
  /** Catalog code: "ict.05", "ict.01.vhx", "ttcs.1.1", "cpdt.07", "cds.cqs.1.1". */
  code: string;
  /** Figures by role; a role the district left empty (or wrote as words) is absent, never a zero. */
  values: Partial<Record<FigureRole, SourcedValue>>;
}

export interface DistrictAppendix {
  kind: AppendixKind;
  /** The sheet the table is on. */
  sheet: string;
  /** The figure columns the table has, with the year each header names. */
  columns: { role: FigureRole; year?: number }[];
  rows: AppendixRow[];
}

/**
 * A figure column of a table the consolidation would take, whose year was neither read from the file (its header,
 * its title, another table's header) nor confirmed (the year or the column's reading stored in the file): the file
 * waits for a confirmation rather than have its figures put under a year guessed.
 */
export interface UnconfirmedColumn {
  sheet: string;
  /** The column's letters on the sheet. */
  column: string;
  header: string;
  /** The reading the consolidation would use, its year relative to the report year N or unknown. */
  figure: Figure;
  /** The header is a year alone («Năm 2026»): its year is told, the kind of figure is inferred and waits. */
  kindInferred?: true;
  /** The header is a year alone and nothing tells its kind: `figure`'s kind is a placeholder, never shown. */
  kindUnknown?: true;
}

/** A figure kept out of the totals because the check finds it invalid (a fraction among percents, a rate over 100). */
export interface LeftOutCell {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** The check's finding code. */
  code: string;
  indicator?: string;
}

export interface DistrictReport {
  /** The file name as given (path kept as the user typed it). */
  file: string;
  /** "huyện Tuần Giáo" from the line "(Kèm theo kế hoạch … của UBND huyện Tuần Giáo)", when a sheet has one. */
  district?: string;
  /** The report year N the workbook's headers give. */
  year?: number;
  /** Why the file could not be read; the other fields are then empty. */
  unreadable?: UnreadableReason;
  /** For "failed": what went wrong, as the reader or the extractor said it. */
  unreadableDetail?: string;
  errors: number;
  warnings: number;
  /** Grassroots-information targets coverage of the year, as the checker reports it. */
  targets: TargetCoverage[];
  appendices: DistrictAppendix[];
  /** Figure columns whose year the file does not tell: the file is kept out until it is confirmed. */
  unconfirmed?: UnconfirmedColumn[];
  /** Figures kept out of the totals because the check finds them invalid. */
  leftOut?: LeftOutCell[];
  /**
   * The year (and the years of the columns whose header names none, the kinds of those headed by a year alone) was
   * confirmed by the person consolidating, not read from the file nor stored in it (confirm.ts): said beside the
   * file on the status sheet. `columns`: the columns ("Sheet!Column") whose reading was confirmed.
   */
  confirmedAtConsolidation?: { year: number; columns?: string[] };
}

/**
 * "denied": the user may not read the file; "folder-denied": nor list a folder of it. "too-large": a workbook whose
 * sheets are too large to read in memory. "consolidated": a workbook this consolidation wrote (left in the inbox
 * folder), not a district's report.
 */
export type UnreadableReason =
  | "missing"
  | "denied"
  | "folder-denied"
  | "not-xlsx"
  | "encrypted"
  | "corrupt"
  | "too-large"
  | "failed"
  | "consolidated";

/** An unreadable file's report. */
export function unreadableReport(file: string, reason: UnreadableReason, detail?: string): DistrictReport {
  const report: DistrictReport = {
    file,
    unreadable: reason,
    errors: 0,
    warnings: 0,
    targets: [],
    appendices: [],
  };
  if (detail !== undefined) report.unreadableDetail = detail;
  return report;
}
