/**
 * Types of the catalogs transcribed from the source documents in shared/seeds.
 * Every entry names where it came from, so an official can check it against the paper.
 */

/** The five source documents (shared/seeds/NNN_….txt). */
export type SeedDocument = "000" | "001" | "002" | "003" | "004";

export interface SourceRef {
  doc: SeedDocument;
  /** Where in the document: "Phụ lục Dự báo, dòng 5", "mục II, chỉ tiêu 1.3" … */
  place: string;
  /** What was corrected or decided while transcribing, if anything. */
  note?: string;
}

/** What an indicator measures; drives units, number formats and the checker's rules. */
export type IndicatorKind =
  | "count" // points, stations, subscribers, establishments, communes, programmes
  | "rate" // a percentage 0–100 (Tỷ lệ …)
  | "per-100-population" // subscribers per 100 inhabitants
  | "average" // people per point, km per point
  | "money" // million đồng
  | "duration-per-period" // hours per day, per month
  | "volume"; // GB

/** A flow accumulates over the year (6 months ≤ full year); a level is a stock measured at a date. */
export type Accumulation = "flow" | "level";

export type AdminLevel = "tinh" | "huyen" | "xa";

export type CatalogRowKind = "sector" | "group" | "subgroup" | "indicator" | "part" | "level";

export interface CatalogRow {
  /** Stable code, e.g. "ict.A", "ict.A.I", "ict.05", "ict.01.vhx", "ict.31.huyen". Never reused. */
  code: string;
  kind: CatalogRowKind;
  /** STT as printed: "A", "I", "1"; "" for parts and level rows. */
  label: string;
  /** Vietnamese name as published (typos fixed, noted in source.note). */
  name: string;
  /** Unit as printed in the appendix ("%", "Điểm", "Triệu đồng" …); absent for sector and group rows. */
  unit?: string;
  measure?: IndicatorKind;
  accumulation?: Accumulation;
  /** For duration-per-period: the period the duration is counted in. */
  period?: "day" | "month" | "year";
  /** Code of the row this one sits under. */
  parent?: string;
  /** For level rows: which administrative level. */
  level?: AdminLevel;
  /** True on a total whose part rows must add up to it. */
  partsSumToTotal?: boolean;
  source: SourceRef;
}

/** A target value: a single number or a range (e.g. "70% – 100%": at least 70). */
export interface TargetValue {
  min: number;
  max?: number;
  /** As published, e.g. "70–100". */
  text: string;
}
