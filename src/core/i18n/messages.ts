/**
 * The one translation table: every string a user reads, Vietnamese first, English beside it.
 * Messages are templates with {name} placeholders.
 */
export type Lang = "vi" | "en";

export interface Message {
  vi: string;
  en: string;
}

export const messages = {
  // command line: general
  "cli.description": {
    vi: "Phụ lục TT&TT: chèn bảng phụ lục, điền cột so sánh, kiểm tra số liệu trên tệp .xlsx",
    en: "Phụ lục TT&TT: insert appendix tables, fill comparison columns, check figures in .xlsx files",
  },
  "cli.opt.lang": { vi: "ngôn ngữ thông báo: vi hoặc en", en: "message language: vi or en" },
  "cli.templates.description": { vi: "liệt kê các mẫu phụ lục", en: "list the appendix templates" },
  "cli.new.description": {
    vi: "tạo tệp .xlsx mới với các bảng phụ lục đã chọn",
    en: "write a new .xlsx workbook with the chosen appendix tables",
  },
  "cli.new.opt.year": { vi: "năm N của báo cáo (ví dụ 2026)", en: "the report year N (e.g. 2026)" },
  "cli.new.opt.unit": {
    vi: 'đơn vị báo cáo, ví dụ "huyện Tuần Giáo"',
    en: 'reporting unit, e.g. "huyện Tuần Giáo"',
  },
  "cli.opt.output": { vi: "tệp kết quả (.xlsx)", en: "output file (.xlsx)" },
  "cli.fill.description": {
    vi: "điền công thức vào các cột so sánh (7=6/4, 8=5/6, 6=5/4 …)",
    en: "fill the comparison columns (7=6/4, 8=5/6, 6=5/4 …) with formulas",
  },
  "cli.fill.opt.overwrite": {
    vi: "ghi đè cả những ô đang có giá trị gõ tay",
    en: "also overwrite cells that hold typed values",
  },
  "cli.demo.description": {
    vi: "ví dụ: tạo dự báo năm nay và kế hoạch năm sau, rồi điền công thức",
    en: "demo: write this year's forecast and next year's plan, then fill the formulas",
  },
  "cli.new.written": { vi: "Đã ghi {file}: {sheets}", en: "Wrote {file}: {sheets}" },
  "cli.fill.written": {
    vi: "Đã ghi {file}: {formulas} công thức trong {sheets} trang tính.",
    en: "Wrote {file}: {formulas} formulas in {sheets} sheets.",
  },
  "cli.fill.kept.header": {
    vi: "{count} ô có giá trị gõ tay được giữ nguyên (dùng --overwrite để ghi đè):",
    en: "{count} cells with typed values were left as they are (use --overwrite to replace them):",
  },
  "cli.fill.kept.row": {
    vi: "  {sheet}!{cell}: đang là {typed}, công thức sẽ cho {computed}",
    en: "  {sheet}!{cell}: holds {typed}, the formula would give {computed}",
  },
  "cli.fill.overwritten": {
    vi: "{count} ô có giá trị gõ tay đã được thay bằng công thức.",
    en: "{count} cells with typed values were replaced by formulas.",
  },
  "cli.empty": { vi: "(trống)", en: "(empty)" },

  // command line: errors (one line each, exit code 2)
  "error.file-missing": { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  "error.not-xlsx": {
    vi: "Tệp {file} không phải tệp Excel .xlsx (hãy mở bằng Excel và lưu lại dạng .xlsx).",
    en: "{file} is not an Excel .xlsx file (open it in Excel and save it as .xlsx).",
  },
  "error.encrypted": {
    vi: "Tệp {file} có mật khẩu: hãy bỏ mật khẩu trong Excel rồi thử lại.",
    en: "{file} is password-protected: remove the password in Excel and try again.",
  },
  "error.corrupt": {
    vi: "Tệp {file} bị hỏng hoặc không đọc được.",
    en: "{file} is damaged or cannot be read.",
  },
  "error.no-column-numbers": {
    vi: "Tệp {file} không có bảng nào có dòng số thứ tự cột (1 2 3 … 7=6/4): không có gì để điền.",
    en: "{file} has no table with a column-number row (1 2 3 … 7=6/4): nothing to fill.",
  },
  "error.unknown-template": {
    vi: "Không có mẫu «{id}». Các mẫu có: {ids}.",
    en: "There is no template «{id}». Templates: {ids}.",
  },
  "error.bad-year": {
    vi: "Năm «{year}» không hợp lệ: hãy ghi năm bằng bốn chữ số, ví dụ 2026.",
    en: "«{year}» is not a valid year: write four digits, e.g. 2026.",
  },
  "error.output-exists-as-input": {
    vi: "Tệp kết quả phải khác tệp đầu vào ({file}).",
    en: "The output file must differ from the input file ({file}).",
  },
  "error.output-not-xlsx": {
    vi: "Tệp kết quả {file} phải có đuôi .xlsx.",
    en: "The output file {file} must end in .xlsx.",
  },
  "error.write-failed": {
    vi: "Không ghi được tệp {file}: {reason}",
    en: "Could not write {file}: {reason}",
  },
  "error.usage": { vi: "Lệnh chưa đúng: {detail}", en: "Wrong command: {detail}" },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = messages[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
