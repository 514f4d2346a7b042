/**
 * What a check reports, as plain data every layer may name: a finding (a stable namespaced code, a severity, where it
 * is, and the parameters its message is rendered from — the messages live in the one translation table,
 * src/core/i18n, which renders them by code) and a grassroots target's coverage. At the bottom of the core so that
 * the translation table, the targets, the fixes and the port can speak of findings without importing the checker.
 */

export type Severity = "error" | "warning" | "info";

/** Most severe first: sorting by this puts errors before warnings before notes. */
export const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function moreSevere(a: Severity, b: Severity): boolean {
  return severityRank[a] < severityRank[b];
}

/** How many findings of each severity. */
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    counts[f.severity]++;
  }
  return counts;
}

export type FindingCode =
  | "number/text"
  | "number/ambiguous"
  /** A figure cell holding a number with words or signs around it ("12 xã", "≥ 98"): no number for the sheet. */
  | "number/with-words"
  | "unit/missing"
  | "unit/unknown"
  | "unit/rate-not-percent"
  | "unit/percent-on-count"
  | "unit/catalog-mismatch"
  | "unit/period-overflow"
  | "percent/out-of-range"
  | "percent/fraction"
  | "comparison/mismatch"
  | "comparison/not-formula"
  | "comparison/missing"
  | "comparison/wrong-formula"
  | "sum/mismatch"
  | "flow/half-exceeds-year"
  /** A 9-month, quarter or month figure above the full year of a quantity that accumulates. */
  | "flow/part-exceeds-year"
  /** A comparison whose header names a column the table does not have: it can be neither filled nor checked. */
  | "comparison/missing-operand"
  | "cross/mismatch"
  | "score/over-max"
  | "score/sum-mismatch"
  | "score/negative"
  | "text/legacy-encoding"
  | "structure/no-header"
  | "structure/numbering"
  | "structure/duplicate-number"
  | "structure/merged-data"
  /** A table with figure columns in which nothing is typed: a template inserted and never filled. */
  | "structure/no-figures"
  /** The host could not report merged cells (Excel below ExcelApi 1.13): merged-data was not checked. */
  | "structure/merges-unknown"
  /** The sheet's own evaluation formula ("Đánh giá") judges the result differently from the checker. */
  | "evaluation/mismatch"
  /** A rule crashed: the check of that sheet is incomplete (a bug of the tool, never of the data). */
  | "check/internal";

/** A parameter: a value, or a word that differs by language ({ vi: "ngày", en: "day" }). */
export type ParamValue = string | number | { vi: string; en: string };

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** The indicator's name as the sheet has it (legacy text converted), when the finding is about an indicator row. */
  indicator?: string;
  /** Catalog code of the indicator when recognized ("ict.05", "ttcs.1.1", "cds.cqs.1.1"). */
  indicatorCode?: string;
  expected?: number | string;
  actual?: number | string | null;
  /** Values the message template refers to ({value}, {unit}, {suggestion} …). */
  params: Record<string, ParamValue>;
  /** Picks the message "<code>.<variant>" instead of "<code>" (e.g. comparison/mismatch.rounding). */
  variant?: string;
}

export type TargetStatus = "met" | "below" | "no-value" | "missing" | "invalid";

/** What a judged value column reports: a result (Thực hiện), an estimate (Ước thực hiện) or a plan (Kế hoạch). */
export type TargetValueKind = "actual" | "estimate" | "plan";

export interface TargetCoverage {
  code: string;
  name: string;
  level: string;
  /** The year of the value column judged (the report year for an indicator without any value column). */
  year: number;
  /** What the judged column reports; undefined for an indicator without any value column. */
  kind?: TargetValueKind;
  /** For "invalid": the code of the finding that makes the value unusable (percent/out-of-range …). */
  findingCode?: FindingCode;
  /** The target compared against (min of a range), undefined when the strategy gives none for that year. */
  target?: number;
  /** The target as published ("70–100"). */
  targetText?: string;
  value?: number;
  /** Sheet!A1 of the value, when the workbook reports the indicator. */
  cell?: string;
  status: TargetStatus;
  /** For "below": target − value. "invalid": a rate over 100, negative, or a fraction in a percent cell. */
  gap?: number;
  /** True when the year is after the strategy period and the last year's targets are used. */
  periodEnded: boolean;
  /** The strategy year whose target is used (the report year, or the period's last year once it has ended). */
  yearUsed?: number;
}
