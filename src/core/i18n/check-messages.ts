/**
 * The checker's part of the translation table: one message per finding code (and variant), Vietnamese first.
 * Placeholders are the finding's params; numbers are shown the way the reader's language writes them.
 */
import type { Message } from "./types";

export const checkMessages = {
  "number/text": {
    vi: "Số đang được lưu dạng chữ «{text}»: hãy nhập lại thành số {value}.",
    en: "A number stored as text «{text}»: enter it as the number {value}.",
  },
  "number/ambiguous": {
    vi: "«{text}» đọc được hai cách: {value} hoặc {alternative}; đã hiểu là {value}.",
    en: "«{text}» reads two ways: {value} or {alternative}; taken as {value}.",
  },
  "unit/missing": {
    vi: "Chỉ tiêu «{indicator}» chưa ghi đơn vị tính.",
    en: "Indicator «{indicator}» has no unit.",
  },
  "unit/unknown": {
    vi: "Đơn vị tính «{unit}» không có trong danh mục; có phải là «{suggestion}»?",
    en: "Unit «{unit}» is not a known unit; did you mean «{suggestion}»?",
  },
  "unit/unknown.no-suggestion": {
    vi: "Đơn vị tính «{unit}» không có trong danh mục.",
    en: "Unit «{unit}» is not a known unit.",
  },
  "unit/rate-not-percent": {
    vi: "«{indicator}» là một tỷ lệ nhưng đơn vị tính là «{unit}», không phải %.",
    en: "«{indicator}» is a rate but its unit is «{unit}», not %.",
  },
  "unit/percent-on-count": {
    vi: "«{indicator}» là một số lượng nhưng đơn vị tính là %.",
    en: "«{indicator}» is a count but its unit is %.",
  },
  "unit/catalog-mismatch": {
    vi: "Đơn vị tính «{unit}» khác danh mục chỉ tiêu chuẩn («{expected}»).",
    en: "Unit «{unit}» differs from the standard catalog («{expected}»).",
  },
  "unit/period-overflow": {
    vi: "{value} giờ vượt quá số giờ của một {period} (tối đa {max}).",
    en: "{value} hours exceed the hours in one {period} (at most {max}).",
  },
  "percent/out-of-range": {
    vi: "Tỷ lệ {value} nằm ngoài khoảng 0–100.",
    en: "Rate {value} is outside 0–100.",
  },
  "percent/fraction": {
    vi: "Ô ghi {value} dạng phân số trong khi các ô khác của dòng ghi số phần trăm: có phải là {suggestion}?",
    en: "This cell holds the fraction {value} while the row's other cells hold percent numbers: did you mean {suggestion}?",
  },
  "percent/fraction.formatted": {
    vi: "Ô định dạng phần trăm (giá trị thật {value}, hiện {shown}) giữa các ô ghi số phần trăm: hãy ghi {suggestion} và bỏ định dạng %.",
    en: "A percent-formatted cell (true value {value}, shown {shown}) among percent numbers: write {suggestion} and drop the % format.",
  },
  "comparison/mismatch": {
    vi: "Cột so sánh ghi {actual} nhưng số liệu cho {expected} (lệch {diff} điểm).",
    en: "The comparison says {actual} but the figures give {expected} ({diff} points off).",
  },
  "comparison/mismatch.rounding": {
    vi: "Cột so sánh ghi {actual}, tính đúng là {expected}: chỉ do làm tròn hoặc cắt bớt.",
    en: "The comparison says {actual}, exactly {expected}: only rounding or truncation.",
  },
  "comparison/not-formula": {
    vi: "Cột so sánh là số gõ tay ({actual}), không phải công thức {formula}: số sẽ không tự cập nhật.",
    en: "The comparison is a typed number ({actual}), not the formula {formula}: it will not update itself.",
  },
  "comparison/missing": {
    vi: "Có số liệu nhưng cột so sánh để trống (theo số liệu là {expected}).",
    en: "The figures are there but the comparison is empty (the figures give {expected}).",
  },
  "comparison/wrong-formula": {
    vi: "Công thức ={actual} không phải công thức của cột ({expected}).",
    en: "The formula ={actual} is not the column's formula ({expected}).",
  },
  "sum/mismatch": {
    vi: "Các thành phần cộng lại được {expected}, khác tổng đã ghi {actual}.",
    en: "The parts add up to {expected}, not the total written, {actual}.",
  },
  "flow/half-exceeds-year": {
    vi: "Số thực hiện 6 tháng ({actual}) lớn hơn số ước cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "The 6-month figure ({actual}) exceeds the full-year estimate ({expected}) of a quantity that accumulates.",
  },
  "cross/mismatch": {
    vi: "«Thực hiện năm {year}» ở đây là {actual}, khác «Ước thực hiện cả năm {year}» ở {other} ({expected}).",
    en: "«Thực hiện năm {year}» here is {actual}, not the forecast's full-year estimate at {other} ({expected}).",
  },
  "score/over-max": {
    vi: "Điểm tự chấm {actual} vượt điểm tối đa {expected}.",
    en: "Self-score {actual} exceeds the maximum {expected}.",
  },
  "score/sum-mismatch": {
    vi: "Điểm {actual} khác tổng điểm các tiêu chí con ({expected}).",
    en: "Score {actual} differs from the sum of its criteria ({expected}).",
  },
  "evaluation/mismatch": {
    vi: "Cột «Đánh giá» của bảng ghi «{shown}» nhưng kết quả {value} so với chỉ tiêu {target} là «{expected}»: số trong ô kết quả không phải số bảng tính hiểu (kiểm tra định dạng % hoặc số lưu dạng chữ).",
    en: "The sheet's «Đánh giá» column shows «{shown}» but the result {value} against the target {target} is «{expected}»: the result cell does not hold the number the sheet's formula reads (check a % format or a number stored as text).",
  },
  "check/internal": {
    vi: "Lỗi của công cụ: quy tắc «{rule}» không chạy được trên trang này ({message}). Kết quả kiểm tra trang này chưa đầy đủ; xin báo lại cho người phát triển.",
    en: "Tool error: rule «{rule}» failed on this sheet ({message}). The check of this sheet is incomplete; please report it to the developers.",
  },
  "score/negative": {
    vi: "Điểm tự chấm không được âm ({actual}).",
    en: "A self-score cannot be negative ({actual}).",
  },
  "text/legacy-encoding": {
    vi: "Chữ gõ bằng bảng mã cũ {encoding}: «{text}» là «{converted}».",
    en: "Text typed in the old {encoding} encoding: «{text}» reads «{converted}».",
  },
  "structure/no-header": {
    vi: "Trang tính có số liệu nhưng không tìm thấy dòng số thứ tự cột (1 2 3 … 7=6/4).",
    en: "The sheet holds figures but no column-number row (1 2 3 … 7=6/4) was found.",
  },
  "structure/numbering": {
    vi: "Số thứ tự {actual} không nối tiếp {previous} (mong đợi {expected}).",
    en: "Row number {actual} does not follow {previous} (expected {expected}).",
  },
  "structure/duplicate-number": {
    vi: "Số thứ tự {actual} bị lặp (đã có ở ô {other}).",
    en: "Row number {actual} is repeated (already at {other}).",
  },
  "structure/merged-data": {
    vi: "Ô gộp {range} nằm trong vùng số liệu: không cộng, lọc hay so sánh được.",
    en: "Merged cells {range} inside the figures: they cannot be summed, filtered or compared.",
  },
} satisfies Record<string, Message>;

export type CheckMessageKey = keyof typeof checkMessages;
