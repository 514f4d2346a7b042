/**
 * The actions' part of the translation table (src/core/actions): the check report sheet and the actions' errors.
 * Vietnamese first.
 */
import { fillParams } from "./params";
import type { Lang, Message } from "./types";

export const actionsMessages = {
  // The check report sheet.
  "report.sheet-name": { vi: "Kết quả kiểm tra", en: "Check results" },
  "report.title": { vi: "KẾT QUẢ KIỂM TRA PHỤ LỤC", en: "APPENDIX CHECK RESULTS" },
  "report.summary": { vi: "{errors}, {warnings}, {infos}", en: "{errors}, {warnings}, {infos}" },
  "report.summary-year": {
    vi: "Năm báo cáo {year}: {errors}, {warnings}, {infos}",
    en: "Report year {year}: {errors}, {warnings}, {infos}",
  },
  "report.col.number": { vi: "STT", en: "No." },
  "report.col.severity": { vi: "Mức độ", en: "Severity" },
  "report.col.sheet": { vi: "Trang tính", en: "Sheet" },
  "report.col.cell": { vi: "Ô", en: "Cell" },
  "report.col.code": { vi: "Mã lỗi", en: "Code" },
  "report.col.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "report.col.message": { vi: "Nội dung", en: "Details" },
  "report.severity.error": { vi: "Lỗi", en: "Error" },
  "report.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "report.severity.info": { vi: "Ghi chú", en: "Note" },
  "report.no-issues": { vi: "Không phát hiện vấn đề nào.", en: "No problems found." },
  "report.targets.title": {
    vi: "CHỈ TIÊU THÔNG TIN CƠ SỞ NĂM {year}",
    en: "GRASSROOTS-INFORMATION TARGETS, YEAR {year}",
  },
  "report.targets.col.status": { vi: "Tình trạng", en: "Status" },
  "report.targets.col.target": { vi: "Mục tiêu (%)", en: "Target (%)" },
  "report.targets.col.code": { vi: "Mã chỉ tiêu", en: "Indicator code" },
  "report.targets.status.met": { vi: "Đạt", en: "Met" },
  "report.targets.status.below": { vi: "Chưa đạt", en: "Below target" },
  "report.targets.status.no-value": { vi: "Chưa có số liệu", en: "No value" },
  "report.targets.status.missing": { vi: "Chưa báo cáo", en: "Not reported" },
  "report.targets.status.invalid": { vi: "Số liệu sai", en: "Invalid value" },
  "report.targets.kind.actual": { vi: "Thực hiện năm {year}", en: "Actual {year}" },
  "report.targets.kind.estimate": { vi: "Ước thực hiện năm {year}", en: "Estimate {year}" },
  "report.targets.kind.plan": { vi: "Kế hoạch năm {year}", en: "Plan {year}" },
  "report.targets.kind.none": { vi: "Năm {year}", en: "Year {year}" },
  "report.targets.detail.met": { vi: "Đạt {value} %.", en: "Reached {value} %." },
  "report.targets.detail.below": {
    vi: "Đạt {value} %, còn thiếu {gap} điểm % so với mục tiêu.",
    en: "Reached {value} %, {gap} percentage points short of the target.",
  },
  "report.targets.detail.no-value": {
    vi: "Có dòng chỉ tiêu nhưng chưa ghi số liệu.",
    en: "The indicator's row is there but holds no figure.",
  },
  "report.targets.detail.invalid": {
    vi: "Số liệu {value} không dùng được để đánh giá ({code}): xem danh sách lỗi.",
    en: "The figure {value} cannot be judged ({code}): see the list of findings.",
  },
  "report.targets.detail.missing": {
    vi: "Phụ lục chưa có chỉ tiêu này.",
    en: "The appendices do not report this indicator.",
  },
  "report.targets.detail.period-ended": {
    vi: " (Giai đoạn chiến lược đã kết thúc: so với mục tiêu năm {yearUsed}.)",
    en: " (The strategy period has ended: compared with the {yearUsed} target.)",
  },
  "report.targets.no-target": { vi: "—", en: "—" },

  // Errors of the actions.
  "actions.error.unknown-template": {
    vi: "Không có mẫu «{id}».",
    en: "There is no template «{id}».",
  },
  "actions.error.unknown-sheet": {
    vi: "Không có trang tính «{sheet}».",
    en: "There is no sheet «{sheet}».",
  },
  "actions.error.not-a-plan-sheet": {
    vi: "Trang tính «{sheet}» không có dòng tiêu đề của bảng kế hoạch (Các chỉ tiêu … Kế hoạch năm …).",
    en: "The sheet «{sheet}» has no plan table header row (Các chỉ tiêu … Kế hoạch năm …).",
  },
} satisfies Record<string, Message>;

export type ActionsMessageKey = keyof typeof actionsMessages;

/** Renders an actions message in the reader's language. */
export function actionsText(
  lang: Lang,
  key: ActionsMessageKey,
  params: Record<string, string | number> = {},
): string {
  return fillParams(actionsMessages[key][lang], params);
}
