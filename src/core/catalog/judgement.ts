/**
 * The words of a judgement against a target: «Đạt» (reached) and «Chưa đạt» (not reached), as our templates' «Đánh
 * giá» formula writes them, and the words officials type for the same («Vượt», «Hoàn thành», «Không đạt» …). The
 * templates write them, the evaluation rule reads them: said once here.
 */
import { foldDiacritics } from "../text/fold";

export const MET = "Đạt";
export const NOT_MET = "Chưa đạt";

/** Words officials type for a target reached ("Vượt": exceeded) or not reached, folded. */
const MET_WORDS = new Set([
  foldDiacritics(MET),
  "vuot",
  "vuot chi tieu",
  "hoan thanh",
  "dat chi tieu",
  "dat va vuot",
]);
const NOT_MET_WORDS = new Set([
  foldDiacritics(NOT_MET),
  "khong dat",
  "chua dat chi tieu",
  "khong dat chi tieu",
  "chua hoan thanh",
  "khong hoan thanh",
]);

/** The judgement a text says (MET or NOT_MET), a trailing «.» or «!» aside; undefined for any other text. */
export function readJudgement(text: string): typeof MET | typeof NOT_MET | undefined {
  const f = foldDiacritics(text)
    .replace(/[.!]+$/, "")
    .trim();
  if (MET_WORDS.has(f)) return MET;
  if (NOT_MET_WORDS.has(f)) return NOT_MET;
  return undefined;
}
