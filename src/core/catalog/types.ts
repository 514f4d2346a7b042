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

/** Levels of the grassroots-information strategy; "trung-uong" is the ministry's own indicator. */
export type StrategyLevel = AdminLevel | "trung-uong";

/** One indicator of a strategy's target set, with its value for each year of the period. */
export interface StrategyIndicator {
  /** Stable code, e.g. "ttcs.1.1". */
  code: string;
  /** Number as published: "1.1", "2.2", "3", "4". */
  number: string;
  level: StrategyLevel;
  /** Full Vietnamese name with diacritics. */
  name: string;
  /** Other wordings officials use for the same indicator (for recognizing it in foreign sheets). */
  aliases?: string[];
  unit: "%";
  /** Value per year ("2021" … "2025"); absent where the document gives none. */
  values: Partial<Record<string, TargetValue>>;
  source: SourceRef;
}

export interface StrategyTargetSet {
  /** e.g. "thong-tin-co-so-2021-2025". */
  id: string;
  name: string;
  period: { from: number; to: number };
  /** Years whose values are results already reported rather than targets. */
  resultYears: number[];
  indicators: StrategyIndicator[];
  source: SourceRef;
}

/** One e-government target to 2020 (NQ 17/NQ-CP, seed 004). */
export interface EgovTarget {
  /** "cpdt.01" … "cpdt.21". */
  code: string;
  number: number;
  name: string;
  unit: "%";
  target: TargetValue;
  /** The year the target is due. */
  year: number;
  source: SourceRef;
}

export type DxPillar = "chinh-quyen-so" | "kinh-te-so" | "xa-hoi-so";

/** One criterion of the district digital-transformation index (seed 002). */
export interface DxCriterion {
  /** Stable code, e.g. "cds.cqs.1.1.3.a". */
  code: string;
  pillar: DxPillar;
  /** Number as printed: "1", "1.1", "1.1.3", "a", "-". */
  label: string;
  /** Depth from the pillar: 1 for "1", 2 for "1.1" … */
  depth: number;
  /** Name with Vietnamese diacritics restored. */
  name: string;
  /** Điểm tối đa; null where the document gives none and none can be derived. */
  maxPoints: number | null;
  /** Đơn vị chủ trì, as restored (e.g. "Phòng Văn hóa và Thông tin"), where given. */
  unitInCharge?: string;
  /** Parent criterion code; absent for the top criteria of a pillar. */
  parent?: string;
  /** Set when the OCR leaves the name or the points uncertain: what is uncertain and how it was decided. */
  uncertain?: string;
  source: SourceRef;
}
