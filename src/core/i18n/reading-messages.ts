/**
 * The reading's part of the translation table: how a table's columns were read from their headers (the header
 * grammar, src/core/tables/header-grammar) and where the report year came from, as every face shows them
 * («F: Ước thực hiện 2026», «H = F/D (%)», «năm 2026 theo tiêu đề cột»). Vietnamese first.
 */
import type { Message } from "./types";

export const readingMessages = {
  // figure kinds
  "reading.kind.actual": { vi: "Thực hiện", en: "Actual" },
  "reading.kind.estimate": { vi: "Ước thực hiện", en: "Estimate" },
  "reading.kind.plan": { vi: "Kế hoạch", en: "Plan" },
  "reading.kind.target": { vi: "Chỉ tiêu giao", en: "Target" },
  "reading.kind.budget": { vi: "Dự toán", en: "Budget" },
  "reading.kind.cumulative": { vi: "Lũy kế", en: "Cumulative" },
  // periods (the full year says nothing)
  "reading.period.year": { vi: "", en: "" },
  "reading.period.h1": { vi: " 6 tháng", en: " first half" },
  "reading.period.9m": { vi: " 9 tháng", en: " nine months" },
  "reading.period.q1": { vi: " quý I", en: " Q1" },
  "reading.period.q2": { vi: " quý II", en: " Q2" },
  "reading.period.q3": { vi: " quý III", en: " Q3" },
  "reading.period.q4": { vi: " quý IV", en: " Q4" },
  "reading.period.month": { vi: " tháng", en: " month" },
  "reading.period.period": { vi: " kỳ báo cáo", en: " reporting period" },
  // years
  "reading.year.absolute": { vi: " {year}", en: " {year}" },
  "reading.year.relative": { vi: " năm {n}", en: " year {n}" },
  "reading.year.unknown": { vi: " (chưa rõ năm)", en: " (year unknown)" },
  // the other columns
  "reading.role.stt": { vi: "STT", en: "No." },
  "reading.role.name": { vi: "Tên chỉ tiêu", en: "Indicator name" },
  "reading.role.unit": { vi: "Đơn vị tính", en: "Unit" },
  "reading.role.note": { vi: "Ghi chú", en: "Note" },
  "reading.role.in-charge": { vi: "Đơn vị chủ trì", en: "Unit in charge" },
  "reading.role.level": { vi: "Cấp", en: "Level" },
  "reading.role.evaluation": { vi: "Đánh giá", en: "Evaluation" },
  "reading.role.max-points": { vi: "Điểm tối đa", en: "Maximum points" },
  "reading.role.self-score": { vi: "Điểm tự chấm", en: "Self score" },
  "reading.role.code": { vi: "Mã chỉ tiêu", en: "Indicator code" },
  "reading.role.other": { vi: "không dùng để tính", en: "not computed with" },
  // one column: «F: Ước thực hiện 2026», «H = F/D (%)»
  "reading.column": { vi: "{letter}: {what}", en: "{letter}: {what}" },
  "reading.formula": { vi: "{letter} = {formula}", en: "{letter} = {formula}" },
  "reading.ratio": { vi: "{a}/{b}", en: "{a}/{b}" },
  "reading.growth": { vi: "({a} − {b})/{b}", en: "({a} − {b})/{b}" },
  "reading.diff": { vi: "{a} − {b}", en: "{a} − {b}" },
  "reading.percent": { vi: " (%)", en: " (%)" },
  "reading.missing": {
    vi: "«{what}» (bảng không có cột này)",
    en: "«{what}» (the table has no such column)",
  },
  "reading.previous": { vi: "kỳ trước", en: "previous period" },
  // a table: «Dự báo 2026, A5:H40 (năm 2026 theo tiêu đề cột): …»
  "reading.table": {
    vi: "Bảng ở «{sheet}» {range} (năm {year} {source}):",
    en: "Table on «{sheet}» {range} (year {year} {source}):",
  },
  "reading.table.no-year": {
    vi: "Bảng ở «{sheet}» {range} (chưa rõ năm):",
    en: "Table on «{sheet}» {range} (year unknown):",
  },
  "reading.unresolved": {
    vi: "{letter}: so sánh, chưa rõ so sánh cột nào với cột nào",
    en: "{letter}: a comparison of columns the header does not name",
  },
  "reading.opOpen": {
    vi: "{letter}: chênh lệch (%), chưa rõ là hiệu (A − B) hay tốc độ tăng (A/B × 100 − 100), giữa cột nào với cột nào — cần xác nhận",
    en: "{letter}: a difference in percent; whether A − B or the growth A/B × 100 − 100, and of which columns, is not told — to be confirmed",
  },
  "reading.inferred": { vi: " (suy từ các cột bên cạnh)", en: " (inferred from the columns beside it)" },
  "reading.kindInferred": {
    vi: " (tiêu đề chỉ ghi năm: loại số liệu là suy đoán, cần xác nhận)",
    en: " (the header gives only a year: the kind of figure is inferred, to be confirmed)",
  },
  // A year alone over a column («2026»), nothing telling its kind: said plainly, no placeholder kind shown.
  "reading.kindUnknown": {
    vi: "{letter}: số liệu năm {year}, chưa rõ là thực hiện, ước thực hiện hay kế hoạch (cần xác nhận)",
    en: "{letter}: figures of {year}, not known whether actual, estimate or plan (to be confirmed)",
  },
  "reading.corrected": { vi: " (đã sửa)", en: " (corrected)" },
  // a user's choice of a column's reading (the pane's and the page's reading card)
  "reading.choice.ratio": { vi: "So sánh A/B (%)", en: "Comparison A/B (%)" },
  "reading.choice.growth": { vi: "Tăng, giảm (A − B)/B (%)", en: "Growth (A − B)/B (%)" },
  "reading.choice.diff": { vi: "Chênh lệch A − B", en: "Difference A − B" },
  "reading.choice.whole-year": { vi: "cả năm", en: "whole year" },
  "reading.choice.relative.before": { vi: "năm {n} (năm trước)", en: "year {n} (the year before)" },
  "reading.choice.relative.same": { vi: "năm {n} (năm báo cáo)", en: "year {n} (the report year)" },
  "reading.choice.relative.after": { vi: "năm {n} (năm sau)", en: "year {n} (the year after)" },
  // where the year came from
  "reading.source.header": { vi: "theo tiêu đề cột", en: "from the column headers" },
  "reading.source.title": { vi: "theo tên bảng", en: "from the table's title" },
  "reading.source.stored": { vi: "theo năm lưu trong tệp", en: "as kept in the file" },
  "reading.source.user": { vi: "theo năm người dùng chọn", en: "as the user chose" },
  "reading.source.none": { vi: "chưa rõ", en: "unknown" },
} satisfies Record<string, Message>;
