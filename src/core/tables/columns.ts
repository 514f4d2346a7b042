/**
 * What a table column holds, as the rules have always read it (`ColumnRole`: a role, and for figures a kind and a
 * year): a view of the header grammar's reading (./header-grammar), never a second reader of headers. The one
 * header classifier of the core, `classifyHeader`, is the grammar's reading of one header put in these terms; a
 * table's columns get theirs from the grammar's reading of the whole table (find.ts, `columnRoleOf`).
 */
import {
  isPartYear,
  readHeaderFolded,
  type ColumnReading,
  type FigureKind,
  type HeaderReading,
  type Period,
} from "./header-grammar";

export { foldHeader, plainWords, isUnitHeader, CODE_HEADER_FOLDED } from "./header-grammar";

/** What a value column reports: a result, a part-year result, an estimate, a plan, or a target set from outside. */
export type ValueKind = "actual" | "half-year" | "estimate" | "plan" | "target";

export type ColumnRoleName =
  /** STT. */
  | "number"
  | "name"
  | "unit"
  /** Administrative level ("Cấp"). */
  | "level"
  /** A figure column of a year: see `ValueKind`. */
  | "value"
  /** A column that computes a declared formula: its number says so (7=6/4), or its header does («ƯTH/TH (%)»). */
  | "comparison"
  /** A comparison or ratio column without a formula the table can compute ("So sánh (%)" with nothing to compare). */
  | "ratio"
  /** "Đánh giá": the sheet's own judgement (Đạt / Chưa đạt). */
  | "evaluation"
  | "max-points"
  | "self-score"
  /** "Đơn vị chủ trì". */
  | "in-charge"
  /** The hidden "Mã chỉ tiêu" column. */
  | "code"
  | "note"
  | "other";

export interface ColumnRole {
  role: ColumnRoleName;
  /** For value columns. */
  kind?: ValueKind;
  /** Year of a value column, when the header (or the title above the table) names it. */
  year?: number;
}

/** A figure's kind in the rules' terms: an estimate whatever its period, another part-year figure a half-year one. */
export function valueKindOf(kind: FigureKind, period: Period | undefined): ValueKind {
  if (kind === "estimate") return "estimate";
  if (isPartYear(period)) return "half-year";
  if (kind === "plan" || kind === "budget") return "plan";
  if (kind === "target") return "target";
  return "actual";
}

function plainRole(role: string): ColumnRoleName {
  return role === "stt" ? "number" : (role as ColumnRoleName);
}

/** The rules' role of a header read alone. */
export function roleOfHeard(heard: HeaderReading): ColumnRole {
  if (heard.role === "comparison") return { role: "ratio" };
  if (heard.role === "figure") {
    const { kind, period, year } = heard.figure;
    const out: ColumnRole = { role: "value", kind: valueKindOf(kind, period) };
    if (year?.kind === "absolute" && !heard.figure.samePeriodLastYear) out.year = year.year;
    return out;
  }
  return { role: plainRole(heard.role) };
}

/** The rules' role of a column read in its table (its year as the header or the title gives it). */
export function roleOfReading(reading: ColumnReading, formula: boolean): ColumnRole {
  if (formula) return { role: "comparison" };
  switch (reading.role) {
    case "comparison":
    case "comparison-unresolved":
      return { role: "ratio" };
    case "figure": {
      const { kind, period, year } = reading.figure;
      const out: ColumnRole = { role: "value", kind: valueKindOf(kind, period) };
      if (year.kind === "absolute") out.year = year.year;
      return out;
    }
    default:
      return { role: plainRole(reading.role) };
  }
}

/**
 * The role of a column from its folded header (header rows joined top to bottom), read alone. `formNumber` is the
 * column's number in the form when known (1 = STT, 2 = name); `declaresFormula` when its number declares one.
 */
export function classifyHeader(folded: string, formNumber?: number, declaresFormula = false): ColumnRole {
  if (declaresFormula) return { role: "comparison" };
  return roleOfHeard(readHeaderFolded(folded, formNumber));
}

/** The column's figures are data an official types (rules read them): values, scores and unnamed figures. */
export function isFigureRole(role: ColumnRoleName): boolean {
  return (
    role === "value" || role === "max-points" || role === "self-score" || role === "other" || role === "ratio"
  );
}
