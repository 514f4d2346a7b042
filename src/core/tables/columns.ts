/**
 * What a table column holds, read once from its header text (legacy encodings converted, folded once): the one
 * header classifier of the core, used for tables found by their column-number row and for tables found by a header
 * row alone.
 */
import { isSttHeader } from "../formulas/row-labels";
import { fixLegacyText, foldDiacritics } from "../text";

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
  /** A column whose number declares a formula (7=6/4). */
  | "comparison"
  /** A comparison or ratio column without a declared formula ("So sánh (%)", "Tỷ lệ đạt (%)"). */
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
  /** Year named in the header (the last one), for value columns. */
  year?: number;
}

/** Folded header text: legacy encodings converted, no diacritics, lower case, single spaces. */
export function foldHeader(text: string): string {
  const fixed = /[\u0080-\u00FF]/.test(text) ? fixLegacyText(text).text : text;
  return foldDiacritics(fixed.replace(/\s+/g, " ").trim());
}

/** Folded text without asides and punctuation: "Đơn vị tính:" → "don vi tinh". */
export function plainWords(folded: string): string {
  return folded
    .replace(/\([^()]*\)/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export const CODE_HEADER_FOLDED = "ma chi tieu";

export function isUnitHeader(folded: string): boolean {
  const w = plainWords(folded);
  return /\bdon vi tinh\b|\bdvt\b|^d v t$|^don vi$/.test(w);
}

const NAME_HEADER =
  /^(cac )?chi tieu( chu yeu)?$|^ten (cac )?chi tieu|^noi dung|^cac chi so|^chi so|^tieu chi|^ten chi so/;

function yearOf(folded: string): number | undefined {
  const years = folded.match(/\b(19|20)\d{2}\b/g);
  return years ? Number(years[years.length - 1]) : undefined;
}

/**
 * The role of a column from its folded header (header rows joined top to bottom). `formNumber` is the column's
 * number in the form when known (1 = STT, 2 = name); `declaresFormula` when its number declares one.
 */
export function classifyHeader(folded: string, formNumber?: number, declaresFormula = false): ColumnRole {
  if (declaresFormula) return { role: "comparison" };
  const w = plainWords(folded);
  if (isSttHeader(folded) || (formNumber === 1 && w === "")) return { role: "number" };
  if (w === CODE_HEADER_FOLDED) return { role: "code" };
  if (/\bdanh gia\b/.test(w) && !/\btu danh gia\b/.test(w)) return { role: "evaluation" };
  if (/\btoi da\b/.test(w)) return { role: "max-points" };
  if (/\btu cham\b|^diem( dat)?$|\bdiem tu danh gia\b|^tu danh gia\b/.test(w)) return { role: "self-score" };
  if (/\bchu tri\b/.test(w)) return { role: "in-charge" };
  if (isUnitHeader(folded)) return { role: "unit" };
  if (/^cap( hanh chinh)?$/.test(w)) return { role: "level" };
  if (/^ghi chu\b/.test(w)) return { role: "note" };
  const year = yearOf(folded);
  const value = (kind: ValueKind): ColumnRole =>
    year === undefined ? { role: "value", kind } : { role: "value", kind, year };
  if (/\b(so sanh|so voi|tang giam|ty le dat|ti le dat)\b/.test(w)) return { role: "ratio" };
  // One figure over another, in percent: "Ước TH 2024/TH 2023 (%)", "TH 6 tháng/Ước TH cả năm (%)".
  if (
    formNumber !== 3 &&
    /\(\s*%\s*\)\s*$/.test(folded) &&
    /\/\s*(th|thuc hien|uoc|kh|ke hoach|ca nam)\b|\b(19|20)\d\d\s*\/\s*(nam )?(19|20)\d\d\b/.test(
      folded.replace(/\([^()]*\)/g, " "),
    )
  )
    return { role: "ratio" };
  if (/\buoc\b/.test(w)) return value("estimate");
  if (/\b(6|sau) thang\b|\bnua nam\b|\bthang\b|\bquy\b/.test(w)) return value("half-year");
  if (/\b(thuc hien|ket qua|dat duoc)\b|^th\b/.test(w)) return value("actual");
  // "Chỉ tiêu năm Y (%)" and "Năm Y (%)" are a target and a result written in percent, not comparisons; a rate of
  // completion ("Tỷ lệ hoàn thành chỉ tiêu giao (%)", "Mức độ hoàn thành mục tiêu (%)") is a comparison.
  const target = /\b(muc tieu|giao)\b/.test(w) || (/\bchi tieu\b/.test(w) && year !== undefined);
  const completion = /\b(hoan thanh|ty le|ti le|muc do)\b/.test(w);
  // A bare "Năm Y" (or a "Năm Y" over an unnamed column) is that year's result.
  const bareYear = /^(nam )?(19|20)\d\d$/.test(w);
  if (/\(\s*%\s*\)\s*$/.test(folded) && formNumber !== 3 && (completion || (!target && !bareYear)))
    return { role: "ratio" };
  if (/\b(ke hoach|kh)\b/.test(w)) return value("plan");
  if (target) return value("target");
  if (bareYear) return value("actual");
  if (formNumber === 2 || NAME_HEADER.test(w)) return { role: "name" };
  return { role: "other" };
}

/** The column's figures are data an official types (rules read them): values, scores and unnamed figures. */
export function isFigureRole(role: ColumnRoleName): boolean {
  return (
    role === "value" || role === "max-points" || role === "self-score" || role === "other" || role === "ratio"
  );
}
