/**
 * Counted things ("2 lỗi" / "2 errors"), for every face: the count written the reader's way, the English noun (and
 * verb) in its right form. Vietnamese has no plural forms.
 */
import { formatCount } from "./numbers";
import { fillParams } from "./params";
import type { CountMessage, Lang } from "./types";

export const countMessages = {
  "count.files": { vi: "{count} tệp", en: { one: "{count} file", other: "{count} files" } },
  "count.unreadable": {
    vi: "{count} tệp không đọc được",
    en: { one: "{count} cannot be read", other: "{count} cannot be read" },
  },
  "count.skipped-files": {
    vi: "Bỏ qua {count} tệp không phải bảng tính: {files}",
    en: {
      one: "Skipped {count} file that is not a spreadsheet: {files}",
      other: "Skipped {count} files that are not spreadsheets: {files}",
    },
  },
  "count.empty-tables": {
    vi: "Trong đó {count} bảng chưa có số liệu nào (mẫu chưa điền): chưa gửi lên tỉnh được.",
    en: {
      one: "Of these, {count} table holds no figures at all (a template never filled): not ready to send.",
      other: "Of these, {count} tables hold no figures at all (templates never filled): not ready to send.",
    },
  },
  "count.errors": { vi: "{count} lỗi", en: { one: "{count} error", other: "{count} errors" } },
  "count.warnings": { vi: "{count} cảnh báo", en: { one: "{count} warning", other: "{count} warnings" } },
  "count.notes": { vi: "{count} ghi chú", en: { one: "{count} note", other: "{count} notes" } },
  "count.cells": { vi: "{count} ô", en: { one: "{count} cell", other: "{count} cells" } },
  "count.formulas": { vi: "{count} công thức", en: { one: "{count} formula", other: "{count} formulas" } },
  "count.sheets": { vi: "{count} trang tính", en: { one: "{count} sheet", other: "{count} sheets" } },
  "count.fill-kept": {
    vi: "{count} ô có giá trị gõ tay khác với công thức được giữ nguyên (dùng --overwrite để ghi đè):",
    en: {
      one: "{count} cell whose typed value differs from the formula was left as it is (use --overwrite to replace it):",
      other:
        "{count} cells whose typed values differ from the formula were left as they are (use --overwrite to replace them):",
    },
  },
  "count.fill-kept-same": {
    vi: "{count} ô có số gõ tay đúng bằng kết quả công thức được giữ nguyên.",
    en: {
      one: "{count} cell with a typed number equal to the formula's result was left as it is.",
      other: "{count} cells with typed numbers equal to the formula's result were left as they are.",
    },
  },
  "count.fill-kept-unknown": {
    vi: "{count} ô có giá trị gõ tay được giữ nguyên; so được với công thức khi số liệu không còn lưu dạng chữ.",
    en: {
      one: "{count} cell with a typed value was left as it is; it can be compared with the formula once the figures are no longer text.",
      other:
        "{count} cells with typed values were left as they are; they can be compared with the formula once the figures are no longer text.",
    },
  },
  "count.fill-overwritten": {
    vi: "Đã thay {count} ô có giá trị gõ tay bằng công thức:",
    en: {
      one: "Replaced {count} cell holding a typed value with its formula:",
      other: "Replaced {count} cells holding typed values with formulas:",
    },
  },
  "count.pane-formulas-done": {
    vi: "Đã điền {count} công thức trong {sheets}.",
    en: { one: "Wrote {count} formula in {sheets}.", other: "Wrote {count} formulas in {sheets}." },
  },
  "count.pane-fill-kept": {
    vi: "{count} ô có số gõ tay khác với kết quả công thức nên được giữ nguyên:",
    en: {
      one: "{count} cell holds a typed value that differs from the formula's result and was left as it is:",
      other:
        "{count} cells hold typed values that differ from the formula's result and were left as they are:",
    },
  },
  "count.pane-fill-kept-same": {
    vi: "{count} ô có số gõ tay đúng bằng kết quả công thức được giữ nguyên.",
    en: {
      one: "{count} cell with a typed number equal to the formula's result was left as it is.",
      other: "{count} cells with typed numbers equal to the formula's result were left as they are.",
    },
  },
  "count.pane-fill-kept-unknown": {
    vi: "{count} ô có số gõ tay được giữ nguyên; so được với công thức khi số liệu không còn lưu dạng chữ.",
    en: {
      one: "{count} cell with a typed value was left as it is; it can be compared with the formula once the figures are no longer text.",
      other:
        "{count} cells with typed values were left as they are; they can be compared with the formula once the figures are no longer text.",
    },
  },
  "count.pane-fill-text-inputs": {
    vi: "Trang «{sheet}»: {count} ô số liệu đang lưu dạng chữ nên công thức chưa tính được. Hãy sửa trước ở mục Kiểm tra → Sửa nhanh (Số lưu dạng chữ → số), rồi điền lại.",
    en: {
      one: "Sheet «{sheet}»: {count} figure is stored as text, so the formulas cannot compute yet. Fix it first in Check → Quick fixes (Numbers stored as text → numbers), then fill again.",
      other:
        "Sheet «{sheet}»: {count} figures are stored as text, so the formulas cannot compute yet. Fix them first in Check → Quick fixes (Numbers stored as text → numbers), then fill again.",
    },
  },
  "count.pane-fill-overwritten": {
    vi: "Đã thay {count} ô gõ tay bằng công thức:",
    en: {
      one: "Replaced {count} typed cell with its formula:",
      other: "Replaced {count} typed cells with formulas:",
    },
  },
  "count.districts-consolidated": {
    vi: "{count} huyện được tổng hợp",
    en: { one: "{count} district consolidated", other: "{count} districts consolidated" },
  },
  "count.files-kept-out": {
    vi: "{count} tệp không đưa vào tổng",
    en: { one: "{count} file kept out of the totals", other: "{count} files kept out of the totals" },
  },
  "count.missing-targets": {
    vi: "{count} chỉ tiêu thông tin cơ sở năm {year} chưa có trong tệp",
    en: {
      one: "{count} grassroots-information indicator of {year} is not in the file",
      other: "{count} grassroots-information indicators of {year} are not in the file",
    },
  },
} satisfies Record<string, CountMessage>;

export type CountKey = keyof typeof countMessages;

/** "2 errors" / "2 lỗi"; other placeholders filled from params as `t` does. */
export function tCount(
  lang: Lang,
  key: CountKey,
  count: number,
  params: Record<string, string | number> = {},
): string {
  return fillParams(formatCount(countMessages[key], count, lang), params);
}
