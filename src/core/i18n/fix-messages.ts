/**
 * The quick fixes' part of the translation table (src/core/fixes, src/core/actions/fix.ts and undo.ts), shared by
 * the command line, the pane and the web page. Vietnamese first.
 */
import type { Message } from "./types";

export const fixMessages = {
  "fix.kind.text/legacy-encoding": {
    vi: "Chữ gõ bằng bảng mã TCVN3/VNI → Unicode (phông cũ → Times New Roman)",
    en: "TCVN3/VNI text → Unicode (legacy font → Times New Roman)",
  },
  "fix.kind.number/text": { vi: "Số lưu dạng chữ → số", en: "Numbers stored as text → numbers" },
  "fix.kind.percent/fraction": {
    vi: "Phân số trong ô định dạng % → số phần trăm",
    en: "Fractions in percent-formatted cells → percent numbers",
  },
  "fix.kind.unit/catalog-mismatch": {
    vi: "Đơn vị tính khác danh mục → đơn vị của danh mục",
    en: "Units other than the catalog's → the catalog's unit",
  },
  "fix.kind.unit/missing": {
    vi: "Đơn vị tính còn trống → đơn vị của danh mục",
    en: "Missing units → the catalog's unit",
  },
  "fix.kind.comparison/missing": {
    vi: "Ô so sánh để trống → công thức",
    en: "Empty comparison cells → formulas",
  },
  "fix.kind.comparison/not-formula": {
    vi: "Số so sánh gõ tay (đúng) → công thức, khi bạn xác nhận từng ô",
    en: "Typed comparisons (right) → formulas, once you confirm each cell",
  },
  "fix.kind.comparison/mismatch": {
    vi: "Số so sánh gõ tay (lệch) → công thức, khi bạn xác nhận từng ô",
    en: "Typed comparisons (off) → formulas, once you confirm each cell",
  },
  "fix.value.empty": { vi: "(trống)", en: "(empty)" },
  "fix.value.text": { vi: "“{text}”", en: "“{text}”" },
  "fix.value.formula": { vi: "công thức = {formula} → {value}", en: "formula = {formula} → {value}" },
  "fix.format": { vi: "định dạng {format}", en: "format {format}" },
  "fix.font": { vi: "phông {font}", en: "font {font}" },
  "fix.change": { vi: "{before} → {after}", en: "{before} → {after}" },

  // the pane and the web page: Sửa / Hoàn tác
  "pane.fix.title": { vi: "Sửa nhanh", en: "Quick fixes" },
  "pane.fix.intro": {
    vi: "Những gì máy sửa được mà không cần cân nhắc. Bấm để xem trước từng ô sẽ đổi; chưa có gì được ghi cho đến khi bạn bấm Áp dụng.",
    en: "What can be mended without judgement. Click to preview every cell that will change; nothing is written until you click Apply.",
  },
  "pane.fix.all": { vi: "Sửa tất cả ({count})", en: "Fix all ({count})" },
  "pane.fix.review": { vi: "Xem và xác nhận ({count})", en: "Review and confirm ({count})" },
  "pane.fix.one": { vi: "Sửa", en: "Fix" },
  "pane.fix.one.label": { vi: "Sửa ô {cell}", en: "Fix cell {cell}" },
  "pane.fix.fold": { vi: "Sửa ({count})", en: "Fix ({count})" },
  "pane.fix.fold.label": { vi: "Sửa {what} trên trang «{sheet}»", en: "Fix {what} on the sheet «{sheet}»" },
  "pane.fix.previewing": { vi: "Đang xem các ô sẽ sửa…", en: "Looking at the cells to fix…" },
  "pane.fix.preview.title": {
    vi: "Xem trước: {count} ô sẽ thay đổi",
    en: "Preview: {count} cells will change",
  },
  "pane.fix.preview.nothing": {
    vi: "Không có ô nào sửa tự động được: các phát hiện này cần bạn xem lại.",
    en: "No cell can be fixed automatically: these findings need you to look at them.",
  },
  "pane.fix.preview.confirm": {
    vi: "Ô so sánh có số gõ tay: đánh dấu từng ô muốn thay bằng công thức.",
    en: "Comparison cells with typed numbers: tick each cell to replace with its formula.",
  },
  "pane.fix.preview.unfixed": {
    vi: "{count} phát hiện không sửa tự động được và vẫn còn trong danh sách.",
    en: "{count} findings cannot be fixed automatically and stay listed.",
  },
  "pane.fix.apply": { vi: "Áp dụng ({count})", en: "Apply ({count})" },
  "pane.fix.cancel": { vi: "Hủy", en: "Cancel" },
  "pane.fix.applying": { vi: "Đang sửa…", en: "Fixing…" },
  "pane.fix.applied": {
    vi: "Đã sửa {count} ô. Đã kiểm tra lại.",
    en: "Fixed {count} cells. Checked again.",
  },
  "pane.fix.undo-unsaved": {
    vi: "Đã sửa, nhưng không lưu được bản hoàn tác vào sổ tính: nút Hoàn tác chỉ dùng được khi ngăn này còn mở.",
    en: "Fixed, but the undo record could not be saved in the workbook: Undo works only while this pane stays open.",
  },
  "pane.fix.skipped": {
    vi: "{count} ô đã thay đổi kể từ khi xem trước nên được để nguyên: {cells}",
    en: "{count} cells changed since the preview and were left alone: {cells}",
  },
  "pane.fix.undo": { vi: "Hoàn tác lần sửa trước ({count} ô)", en: "Undo the last fix ({count} cells)" },
  "pane.fix.undoing": { vi: "Đang hoàn tác…", en: "Undoing…" },
  "pane.fix.undone": {
    vi: "Đã hoàn tác {count} ô: giá trị, công thức, định dạng số và phông như trước khi sửa.",
    en: "Undid {count} cells: values, formulas, number formats and fonts as before the fix.",
  },
  "pane.fix.undo-edited": {
    vi: "{count} ô đã được sửa tay sau lần sửa nên được để nguyên: {cells}",
    en: "{count} cells were edited by hand after the fix and were left as they are: {cells}",
  },
  "pane.fix.undo-none": { vi: "Không có lần sửa nào để hoàn tác.", en: "There is no fix to undo." },

  // command line: phuluc fix
  "cli.fix.description": {
    vi: "sửa nhanh những gì máy sửa được: số lưu dạng chữ, chữ TCVN3/VNI, đơn vị theo danh mục, ô so sánh trống …",
    en: "quick fixes for what needs no judgement: numbers stored as text, TCVN3/VNI text, catalog units, empty comparisons …",
  },
  "cli.fix.opt.only": {
    vi: "chỉ sửa các loại này, cách nhau bằng dấu phẩy: {kinds}",
    en: "fix only these kinds, separated by commas: {kinds}",
  },
  "cli.fix.opt.yes": {
    vi: "ghi tệp kết quả không cần hỏi lại (kể cả các ô so sánh gõ tay đã nêu trong --only)",
    en: "write the output without asking (including the typed comparisons named in --only)",
  },
  "cli.fix.kind": { vi: "{kind} ({count} ô):", en: "{kind} ({count} cells):" },
  "cli.fix.row": { vi: "  {sheet}!{cell}: {change}", en: "  {sheet}!{cell}: {change}" },
  "cli.fix.none": {
    vi: "Không có gì sửa tự động được trong {file}; không ghi tệp nào.",
    en: "Nothing in {file} can be fixed automatically; no file written.",
  },
  "cli.fix.total": { vi: "Tổng cộng {count} ô sẽ được sửa.", en: "In all, {count} cells will change." },
  "cli.fix.to-confirm": {
    vi: "{count} ô so sánh có số gõ tay chỉ được thay bằng công thức khi bạn xác nhận: thêm --only {codes} để chọn.",
    en: "{count} comparison cells with typed numbers are replaced by formulas only once you confirm: add --only {codes} to choose them.",
  },
  "cli.fix.ask-cell": {
    vi: "Thay ô {sheet}!{cell} bằng công thức? {change} (c/k) ",
    en: "Replace {sheet}!{cell} with its formula? {change} (y/n) ",
  },
  "cli.fix.ask": {
    vi: "Ghi {count} thay đổi vào {file}? (c/k) ",
    en: "Write {count} changes to {file}? (y/n) ",
  },
  "cli.fix.not-written": {
    vi: "Chưa ghi gì. Thêm --yes để ghi {file} (tệp đầu vào không bao giờ bị sửa).",
    en: "Nothing written. Add --yes to write {file} (the input file is never changed).",
  },
  "cli.fix.written": {
    vi: "Đã ghi {file}: đã sửa {count} ô. Chạy lại: npx phuluc check {file}",
    en: "Wrote {file}: {count} cells fixed. Check again with: npx phuluc check {file}",
  },
  "cli.fix.unfixed": {
    vi: "{count} ô không sửa tự động (cần bạn xem lại):",
    en: "{count} cells were not fixed automatically (please look at them):",
  },
  "cli.fix.unfixed.row": { vi: "  {sheet}!{cell}: {message}", en: "  {sheet}!{cell}: {message}" },
  "error.bad-fix-kind": {
    vi: "Không có loại sửa «{kind}». Các loại sửa được: {kinds}.",
    en: "There is no fix kind «{kind}». Kinds: {kinds}.",
  },
} satisfies Record<string, Message>;

export type FixMessageKey = keyof typeof fixMessages;
