/**
 * The one translation table: every string a user reads, Vietnamese first, English beside it.
 * Messages are templates with {name} placeholders. The command line's messages are here; the actions' (check report
 * sheet, action errors) in actions-messages.ts, the pane's in pane-messages.ts, the web page's in web-messages.ts and
 * the checker's findings in check-messages.ts, all rendered the same way; counted things ("2 errors") in counts.ts.
 */
import { actionsMessages } from "./actions-messages";
import { consolidateMessages } from "./consolidate-messages";
import { fixMessages } from "./fix-messages";
import { paneMessages } from "./pane-messages";
import { webMessages } from "./web-messages";
import { readingMessages } from "./reading-messages";
import { fillParams } from "./params";
import type { Lang, Message } from "./types";

export type { CountMessage, Lang, Message } from "./types";

const cliMessages = {
  // command line: general
  "cli.description": {
    vi: "Phụ lục TT&TT: chèn bảng phụ lục, điền cột so sánh, kiểm tra số liệu trên tệp .xlsx",
    en: "Phụ lục TT&TT: insert appendix tables, fill comparison columns, check figures in .xlsx files",
  },
  "cli.opt.lang": { vi: "ngôn ngữ thông báo: vi hoặc en", en: "message language: vi or en" },
  // command line: the help's own words (commander writes them in English otherwise)
  "cli.help.usage": { vi: "Cách dùng:", en: "Usage:" },
  "cli.help.options": { vi: "Tùy chọn:", en: "Options:" },
  "cli.help.commands": { vi: "Các lệnh:", en: "Commands:" },
  "cli.help.arguments": { vi: "Tham số:", en: "Arguments:" },
  "cli.help.opt.help": { vi: "xem hướng dẫn của lệnh", en: "display help for command" },
  "cli.help.command": { vi: "xem hướng dẫn của một lệnh", en: "display help for command" },
  "cli.help.default": { vi: "mặc định", en: "default" },
  "cli.help.choices": { vi: "chọn một trong", en: "choices" },
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
    vi: "ví dụ: dự báo năm N và kế hoạch năm N+1 (N là năm nay, hoặc --year) điền sẵn số liệu của một huyện (kèm vài lỗi để kiểm tra)",
    en: "demo: the forecast of year N and the plan of N+1 (N this year, or --year) filled with a district's figures (with a few mistakes to check)",
  },
  "cli.demo.checked": {
    vi: "Đã kiểm tra: {errors}, {warnings}; {missing}.",
    en: "Checked: {errors}, {warnings}; {missing}.",
  },
  "cli.demo.next": {
    vi: "Số liệu lấy từ phụ lục kế hoạch năm 2022 của huyện Tuần Giáo, đưa vào mẫu năm {year}, giữ nguyên các lỗi của văn bản gốc và thêm một số lưu dạng chữ. Xem từng lỗi: npx phuluc check {file}; sửa số trong các ô nền vàng rồi kiểm tra lại.",
    en: "The figures are Tuần Giáo district's 2022 plan appendices moved to the {year} forms, with the published mistakes kept and one number stored as text added. See each mistake: npx phuluc check {file}; correct the yellow cells and check again.",
  },
  "cli.new.written": { vi: "Đã ghi {file}: {sheets}", en: "Wrote {file}: {sheets}" },
  "cli.fill.written": {
    vi: "Đã ghi {file}: {formulas} trong {sheets}.",
    en: "Wrote {file}: {formulas} in {sheets}.",
  },
  "cli.fill.kept.row": {
    vi: "  {sheet}!{cell}: đang là {typed}, công thức sẽ cho {computed}",
    en: "  {sheet}!{cell}: holds {typed}, the formula would give {computed}",
  },
  "cli.fill.text-inputs": {
    vi: "Trang «{sheet}»: {cells} ô số liệu đang lưu dạng chữ nên công thức chưa tính được; chạy trước: npx phuluc fix {file} -o <tệp mới>.xlsx --only number/text",
    en: "Sheet «{sheet}»: {cells} figures are stored as text, so the formulas cannot compute yet; first run: npx phuluc fix {file} -o <new file>.xlsx --only number/text",
  },
  "cli.fill.overwritten.row": {
    vi: "  {sheet}!{cell}: đã thay {typed} bằng công thức (cho {computed})",
    en: "  {sheet}!{cell}: replaced {typed} with the formula (giving {computed})",
  },
  "cli.empty": { vi: "(trống)", en: "(empty)" },
  "cli.fill.folded": { vi: "  {sheet}: {cells}: {ranges}", en: "  {sheet}: {cells}: {ranges}" },
  "cli.fill.folded-hint": {
    vi: "  (Dòng có số đếm gộp các ô của một trang tính: thêm --all để xem từng ô và số công thức sẽ cho.)",
    en: "  (A line with a count folds the cells of one sheet: add --all to see each cell and the formula's figure.)",
  },
  "cli.fill.opt.all": {
    vi: "liệt kê từng ô (không gộp các ô của một trang thành một dòng)",
    en: "list every cell (the cells of a sheet are not folded into one line)",
  },

  // command line: check
  "cli.check.description": {
    vi: "kiểm tra số liệu, đơn vị, tỷ lệ, cột so sánh, tổng và chỉ tiêu thông tin cơ sở còn thiếu",
    en: "check figures, units, rates, comparisons, totals and the grassroots-information targets",
  },
  "cli.check.opt.year": {
    vi: "năm báo cáo N (mặc định: năm ghi trong tiêu đề cột, tên bảng hoặc cài đặt lưu trong tệp)",
    en: "report year N (default: the year the column headers, the table titles or the file's settings name)",
  },
  "cli.check.opt.level": {
    vi: "cấp hành chính khi đối chiếu chỉ tiêu thông tin cơ sở: xa, huyen, tinh (mặc định: cấp đã chọn trong phần bổ trợ hoặc trang web và lưu trong tệp, nếu không có thì huyen)",
    en: "administrative level for the grassroots targets: xa, huyen, tinh (default: the level chosen in the add-in or the web page and kept in the file, else huyen)",
  },
  "cli.check.opt.json": { vi: "in kết quả dạng JSON", en: "print the result as JSON" },
  "cli.check.file": {
    vi: "{file} (năm {year}, cấp {level}): {errors}, {warnings}, {infos}",
    en: "{file} (year {year}, level {level}): {errors}, {warnings}, {infos}",
  },
  "cli.check.opt.all": {
    vi: "liệt kê từng ô (không gộp) và cả các ghi chú (làm tròn, số gõ tay thay cho công thức)",
    en: "list every cell (nothing folded) and the notes too (rounding, typed numbers instead of formulas)",
  },
  "cli.check.notes-hidden": {
    vi: "  (cùng {infos} về làm tròn và số gõ tay thay cho công thức: thêm --all để xem)",
    en: "  (and {infos} on rounding and typed numbers instead of formulas: add --all to see them)",
  },
  "cli.check.folded-hint": {
    vi: "  (Dòng có số đếm gộp các phát hiện cùng loại trên một trang tính: thêm --all để xem từng ô.)",
    en: "  (A line with a count folds the findings of one kind on one sheet: add --all to see each cell.)",
  },
  "cli.check.no-issues": { vi: "  Không phát hiện vấn đề nào.", en: "  No problems found." },
  "cli.check.unreadable": {
    vi: "{file}: không đọc được — {reason}",
    en: "{file}: cannot be read — {reason}",
  },
  "cli.check.year-unknown": { vi: "chưa rõ", en: "unknown" },
  "cli.check.year-none": {
    vi: "  (Không biết năm báo cáo: tiêu đề cột, tên bảng và phần cài đặt lưu trong tệp đều không ghi năm, nên chưa đối chiếu chỉ tiêu theo năm. Hãy chạy lại với --year N, ví dụ --year 2026.)",
    en: "  (The report year is unknown: no column header, table title or setting kept in the file names it, so no target was judged. Run again with --year N, e.g. --year 2026.)",
  },
  "cli.check.stored-differs": {
    vi: "  (Năm lưu trong tệp là {stored}, khác năm {year} {source}: kiểm tra theo năm {year}. Nếu năm lưu sai, sửa bằng phuluc xac-nhan {file} -o <tệp mới>.xlsx --year {year}.)",
    en: "  (The year kept in the file is {stored}, not {year} {source}: checked for {year}. If the kept year is wrong, fix it with phuluc xac-nhan {file} -o <new file>.xlsx --year {year}.)",
  },
  "cli.check.year-differs": {
    vi: "  (Tệp ghi năm {ownYear} ({source}); vẫn kiểm tra theo năm {year} như --year yêu cầu.)",
    en: "  (The file names {ownYear} ({source}); still checked for {year}, as --year asks.)",
  },
  "cli.check.targets.header": {
    vi: "  Chỉ tiêu thông tin cơ sở 2021–2025, năm {year}, cấp {level}:",
    en: "  Grassroots-information targets 2021–2025, year {year}, level {level}:",
  },
  "cli.check.targets.period-ended": {
    vi: "  (Giai đoạn chiến lược đã kết thúc: so với chỉ tiêu năm {yearUsed}.)",
    en: "  (The strategy period has ended: compared with the {yearUsed} targets.)",
  },
  "cli.check.status.met": { vi: "Đạt", en: "Met" },
  "cli.check.status.below": { vi: "Chưa đạt (thiếu {gap})", en: "Below target (short by {gap})" },
  "cli.check.status.no-value": { vi: "Chưa có số liệu", en: "No value" },
  "cli.check.status.missing": { vi: "Chưa báo cáo", en: "Not reported" },
  "cli.check.status.invalid": { vi: "Số liệu sai [{code}]", en: "Invalid value [{code}]" },
  "cli.check.kind.actual": { vi: "Thực hiện {year}", en: "actual {year}" },
  "cli.check.kind.estimate": { vi: "Ước thực hiện {year}", en: "estimate {year}" },
  "cli.check.kind.plan": { vi: "Kế hoạch {year}", en: "plan {year}" },
  "cli.check.kind.none": { vi: "Năm {year}", en: "Year {year}" },
  "cli.check.summary": {
    vi: "Tổng cộng: {files}, {errors}, {warnings}.",
    en: "In all: {files}, {errors}, {warnings}.",
  },
  "cli.check.summary.unreadable": {
    vi: "Tổng cộng: {files}, trong đó {unreadable}; các tệp đọc được có {errors}, {warnings}.",
    en: "In all: {files}, of which {unreadable}; the readable ones have {errors}, {warnings}.",
  },
  "cli.check.summary.none-readable": {
    vi: "Tổng cộng: {files}, không đọc được tệp nào nên chưa kiểm tra được gì.",
    en: "In all: {files}, none of which can be read, so nothing was checked.",
  },
  "cli.severity.error": { vi: "Lỗi", en: "Error" },
  "cli.severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "cli.severity.info": { vi: "Ghi chú", en: "Note" },
  "level.xa": { vi: "xã", en: "commune" },
  "level.huyen": { vi: "huyện", en: "district" },
  "level.tinh": { vi: "tỉnh", en: "province" },
  "error.folder-empty": {
    vi: "Thư mục {file} không có bảng tính nào (.xlsx).",
    en: "The folder {file} holds no spreadsheet (.xlsx).",
  },
  "cli.opt.ghi-de": {
    vi: "thay tệp kết quả nếu đã có, không hỏi (không có tùy chọn này thì lệnh hỏi trên cửa sổ lệnh, hoặc dừng)",
    en: "replace the output file if it exists, without asking (without it the command asks on a terminal, or stops)",
  },
  "cli.output.ask": {
    vi: "Tệp {file} đã có. Thay bằng tệp mới? (c/k) ",
    en: "{file} already exists. Replace it? (y/n) ",
  },

  // command line: errors (one line each, exit code 2)
  "error.file-missing": { vi: "Không tìm thấy tệp {file}.", en: "File not found: {file}." },
  "error.input-missing": {
    vi: "Không tìm thấy tệp hay thư mục nào tên {file}.",
    en: "There is no file or folder named {file}.",
  },
  "error.input-is-folder": {
    vi: "{file} là một thư mục, không phải tệp: hãy ghi tên một tệp .xlsx trong thư mục đó (chỉ phuluc check và phuluc tong-hop nhận cả thư mục).",
    en: "{file} is a folder, not a file: name an .xlsx file in it (only phuluc check and phuluc tong-hop take a whole folder).",
  },
  "error.file-denied": {
    vi: "Không có quyền đọc tệp {file}: hãy xin quyền đọc tệp này, hoặc chép nó vào một thư mục của bạn rồi thử lại.",
    en: "You are not allowed to read {file}: ask for read access to it, or copy it into a folder of yours and try again.",
  },
  "error.folder-denied": {
    vi: "Không có quyền mở thư mục {file}: hãy xin quyền đọc thư mục này, hoặc chép các tệp vào một thư mục của bạn rồi thử lại.",
    en: "You are not allowed to open the folder {file}: ask for read access to it, or copy the files into a folder of yours and try again.",
  },
  "error.file-unreadable": {
    vi: "Không đọc được tệp {file} (lỗi hệ thống {reason}).",
    en: "{file} could not be read (system error {reason}).",
  },
  "error.not-xlsx": {
    vi: "Tệp {file} không phải tệp Excel .xlsx: nếu đó là một bảng tính (.xls cũ, .ods, .csv), hãy mở bằng Excel và lưu lại dạng .xlsx.",
    en: "{file} is not an Excel .xlsx file: if it is a spreadsheet (an old .xls, .ods, .csv), open it in Excel and save it as .xlsx.",
  },
  "error.encrypted": {
    vi: "Tệp {file} có mật khẩu: hãy bỏ mật khẩu trong Excel rồi thử lại.",
    en: "{file} is password-protected: remove the password in Excel and try again.",
  },
  // A write Excel refuses on a protected sheet or workbook: the same sentence in the pane, on the page and from the
  // command line (src/excel and src/xlsx both refuse with a PortError "protected").
  "error.protected.sheet": {
    vi: "Trang tính «{sheet}» đang được bảo vệ (khóa) nên không ghi được, chưa ô nào bị thay đổi: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    en: "The sheet «{sheet}» is protected, so nothing was written: unprotect it (Review › Unprotect Sheet) and retry.",
  },
  // A write into part of an array formula, which Excel refuses on any sheet: the same sentence in the pane, on the
  // page and from the command line (src/xlsx refuses with a PortError "array" before anything is written).
  "error.array-part": {
    vi: "Ô {cell} của trang tính «{sheet}» thuộc công thức mảng {range}, mà Excel chỉ cho sửa cả mảng một lúc, nên chưa ô nào bị thay đổi: hãy chọn cả vùng {range}, xóa công thức mảng (phím Delete) hoặc gõ lại thành công thức thường từng ô, rồi thử lại.",
    en: "Cell {cell} of the sheet «{sheet}» is part of the array formula {range}, which Excel changes only as a whole, so nothing was written: select all of {range}, delete the array formula (Delete key) or type it again as ordinary formulas cell by cell, then retry.",
  },
  "error.data-table-part": {
    vi: "Ô {cell} của trang tính «{sheet}» thuộc bảng dữ liệu {range} (Phân tích What-If), mà Excel chỉ cho sửa cả bảng một lúc, nên chưa ô nào bị thay đổi: hãy chọn cả vùng {range} và xóa bảng dữ liệu đó rồi thử lại.",
    en: "Cell {cell} of the sheet «{sheet}» is part of the data table {range} (What-If Analysis), which Excel changes only as a whole, so nothing was written: select all of {range}, delete the data table, then retry.",
  },
  // A write leaving an Excel table's header cell as Excel repairs it: the same sentence in the pane, on the page and
  // from the command line (src/xlsx refuses with a PortError "table-header" before anything is written).
  "error.table-header": {
    vi: "Ô {cell} của trang tính «{sheet}» là tiêu đề cột của bảng Excel «{table}», mà Excel chỉ nhận tiêu đề là chữ (không để trống, không là số hay công thức), nên chưa ô nào bị thay đổi: hãy gõ tên cột bằng chữ vào ô đó, hoặc chuyển bảng thành vùng thường (Thiết kế Bảng › Chuyển đổi thành Phạm vi), rồi thử lại.",
    en: "Cell {cell} of the sheet «{sheet}» is a column header of the Excel table «{table}», which Excel keeps as text (never empty, a number or a formula), so nothing was written: type the column's name as text there, or convert the table to a normal range (Table Design › Convert to Range), then retry.",
  },
  "error.table-header.duplicate": {
    vi: "Ô {cell} của trang tính «{sheet}» là tiêu đề cột của bảng Excel «{table}», mà bảng đã có cột tên «{name}» và Excel không cho hai cột trùng tên, nên chưa ô nào bị thay đổi: hãy đặt cho cột một tên khác rồi thử lại.",
    en: "Cell {cell} of the sheet «{sheet}» is a column header of the Excel table «{table}», which has a column «{name}» already, and Excel allows no two columns of one name, so nothing was written: give the column another name, then retry.",
  },
  "error.protected.workbook": {
    vi: "Sổ tính đang được bảo vệ cấu trúc nên không thêm được trang tính mới: hãy bỏ bảo vệ sổ làm việc (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.",
    en: "The workbook's structure is protected, so no sheet can be added: unprotect it (Review › Protect Workbook) and retry.",
  },
  "error.corrupt": {
    vi: "Tệp {file} bị hỏng hoặc không đọc được.",
    en: "{file} is damaged or cannot be read.",
  },
  "error.too-large": {
    vi: "Tệp {file} quá lớn để đọc: các trang tính chứa hơn 90 MB dữ liệu (khoảng 300 000 dòng). Hãy tách các bảng ra vài tệp nhỏ hơn rồi làm với từng tệp.",
    en: "{file} is too large to read: its sheets hold more than 90 MB of data (some 300,000 rows). Split the tables into a few smaller files and work on each.",
  },
  "error.check-failed": {
    vi: "Tệp {file} không kiểm tra được: {reason}",
    en: "{file} could not be checked: {reason}",
  },
  "error.no-column-numbers": {
    vi: "Tệp {file} không có bảng nào có dòng số thứ tự cột (1 2 3 … 7=6/4) hay cột so sánh có tiêu đề nói rõ so sánh cột nào (ví dụ «ƯTH 2026/TH 2025 (%)»): không có gì để điền.",
    en: "{file} has no table with a column-number row (1 2 3 … 7=6/4) nor a comparison whose header says what it compares (e.g. «ƯTH 2026/TH 2025 (%)»): nothing to fill.",
  },
  // command line: the reading of the tables, and corrections (--column)
  "cli.opt.column": {
    vi: 'cách đọc một cột, ví dụ --column "Biểu 01!H=F/D (%)" hoặc --column "E=Kế hoạch năm 2027" (lặp lại cho nhiều cột)',
    en: 'how a column reads, e.g. --column "Biểu 01!H=F/D (%)" or --column "E=Kế hoạch năm 2027" (repeat for several columns)',
  },
  "cli.opt.year-table": {
    vi: "năm báo cáo N khi tệp không ghi năm (lưu vào tệp kết quả)",
    en: "report year N when the file names none (kept in the output file)",
  },
  "cli.reading.header": {
    vi: "  Cách đọc bảng (năm báo cáo {year} {source}):",
    en: "  How the tables were read (report year {year} {source}):",
  },
  "cli.reading.header.no-year": {
    vi: "  Cách đọc bảng (chưa rõ năm báo cáo):",
    en: "  How the tables were read (report year unknown):",
  },
  "cli.reading.kind-unknown": {
    vi: '      Cột chỉ ghi năm: hãy cho biết mỗi cột là số gì, ví dụ phuluc xac-nhan {file} -o <tệp mới>.xlsx --column "{column}=Thực hiện năm {year}" (hoặc «Ước thực hiện năm {year}», «Kế hoạch năm {year}»); trong phần bổ trợ: nút «Sửa» cạnh cột; trên trang web: «Sửa cách đọc…».',
    en: '      Columns headed by a year alone: say what each holds, e.g. phuluc xac-nhan {file} -o <new file>.xlsx --column "{column}=Thực hiện năm {year}" (or «Ước thực hiện năm {year}», «Kế hoạch năm {year}»); in the add-in: the «Fix» button beside the column; on the web page: «Fix the reading…».',
  },
  "cli.xac-nhan.description": {
    vi: "lưu vào tệp năm báo cáo và cách đọc các cột (--year, --column) để các lần kiểm tra, điền công thức và tổng hợp sau dùng",
    en: "store the report year and the columns' readings (--year, --column) in the file, for every later check, fill and consolidation",
  },
  "cli.xac-nhan.written": {
    vi: "Đã ghi {file}: đã lưu {what}.",
    en: "Wrote {file}: stored {what}.",
  },
  // The year and readings given on the command line that the output cannot keep (src/xlsx/port.ts unstoredReason).
  "cli.readings.not-kept": {
    vi: "Lưu ý: năm báo cáo và cách đọc cột đã chọn được dùng cho lần này nhưng không lưu được vào {file}: {reason}.",
    en: "Note: the report year and column readings given were used this time but cannot be kept in {file}: {reason}.",
  },
  "error.readings.not-kept": {
    vi: "Không lưu được năm báo cáo và cách đọc cột vào tệp: {reason}. Chưa ghi tệp nào.",
    en: "The report year and column readings cannot be kept in the file: {reason}. No file was written.",
  },
  "cli.readings.reason.structure": {
    vi: "sổ tính đang được bảo vệ cấu trúc nên không thêm được trang tính ẩn «phuluc» giữ chúng (bỏ bảo vệ: Xem lại › Bảo vệ sổ làm việc)",
    en: "the workbook's structure is protected, so the hidden sheet «phuluc» that keeps them cannot be added (to unprotect: Review › Protect Workbook)",
  },
  "cli.readings.reason.name-taken": {
    vi: "sổ tính đã có một trang tính riêng tên «phuluc» nên không thêm được trang tính ẩn giữ chúng",
    en: "the workbook has a sheet of its own named «phuluc», so the hidden sheet that keeps them cannot be added",
  },
  "cli.xac-nhan.year": { vi: "năm báo cáo {year}", en: "the report year {year}" },
  "cli.xac-nhan.columns": { vi: "cách đọc {count} cột", en: "the reading of {count} column(s)" },
  "error.xac-nhan.nothing": {
    vi: 'Hãy cho biết điều cần lưu: --year N và/hoặc --column "Trang!Cột=cách đọc".',
    en: 'Say what to store: --year N and/or --column "Sheet!Column=reading".',
  },
  "error.column.syntax": {
    vi: '«{spec}» không phải cách đọc cột: hãy ghi Trang!Cột=cách đọc, ví dụ "Biểu 01!H=F/D (%)".',
    en: '«{spec}» is not a column reading: write Sheet!Column=reading, e.g. "Biểu 01!H=F/D (%)".',
  },
  "error.column.sheet": { vi: "Tệp {file} không có trang «{sheet}».", en: "{file} has no sheet «{sheet}»." },
  "error.column.no-table": {
    vi: "Tệp {file} không có bảng nào có cột {col}{where}.",
    en: "{file} has no table with column {col}{where}.",
  },
  "error.column.ambiguous": {
    vi: 'Cột {col} có trong bảng ở nhiều trang của {file} ({sheets}): hãy ghi cả tên trang, ví dụ "{sheet}!{col}=…".',
    en: 'Column {col} is in tables on several sheets of {file} ({sheets}): name the sheet too, e.g. "{sheet}!{col}=…".',
  },
  "error.column.reading": {
    vi: "Không hiểu cách đọc «{text}» cho cột {col}: hãy ghi như tiêu đề cột («Ước thực hiện 2026»), một công thức giữa các cột của bảng («F/D (%)», «F − D») hoặc «other».",
    en: "Cannot read «{text}» for column {col}: write it as a column header («Ước thực hiện 2026»), a formula between the table's columns («F/D (%)», «F − D») or «other».",
  },
  "error.unknown-template": {
    vi: "Không có mẫu «{id}». Các mẫu có: {ids}.",
    en: "There is no template «{id}». Templates: {ids}.",
  },
  // The one message of the year rule (src/core/text/year.ts), for the command line and the pane alike.
  "year.invalid": {
    vi: "Năm «{year}» không dùng được: năm báo cáo là bốn chữ số từ {min} đến {max}, ví dụ 2026.",
    en: "«{year}» cannot be used: a report year is four digits from {min} to {max}, e.g. 2026.",
  },
  "error.output-exists-as-input": {
    vi: "Tệp kết quả phải khác tệp đầu vào ({file}).",
    en: "The output file must differ from the input file ({file}).",
  },
  "error.output-not-xlsx": {
    vi: "Tệp kết quả {file} phải có đuôi .xlsx.",
    en: "The output file {file} must end in .xlsx.",
  },
  "error.output-not-xlsm": {
    vi: "Tệp {input} có macro: tệp kết quả {file} phải có đuôi .xlsm (Excel không mở tệp có macro mang đuôi .xlsx).",
    en: "{input} holds macros: the output file {file} must end in .xlsm (Excel does not open a workbook with macros named .xlsx).",
  },
  "error.output-exists": {
    vi: "Tệp {file} đã có và không có cửa sổ lệnh để hỏi bạn: lệnh không thay nó. Hãy ghi tên khác sau -o, hoặc thêm --ghi-de để thay tệp đó.",
    en: "{file} already exists and there is no terminal to ask you: it was not replaced. Name another file after -o, or add --ghi-de to replace it.",
  },
  "error.output-kept": {
    vi: "Không ghi gì: tệp {file} được giữ nguyên.",
    en: "Nothing written: {file} is left as it was.",
  },
  "error.output-is-folder": {
    vi: "{file} là một thư mục: hãy ghi sau -o tên của tệp kết quả (.xlsx) trong thư mục đó.",
    en: "{file} is a folder: after -o, name the output file (.xlsx) in that folder.",
  },
  "error.output-folder-missing": {
    vi: "Không ghi được {file}: không có thư mục {dir}. Hãy tạo thư mục đó, hoặc ghi tệp vào một thư mục đã có.",
    en: "Cannot write {file}: there is no folder {dir}. Create it, or write the file into a folder that exists.",
  },
  "error.output-denied": {
    vi: "Không ghi được {file}: không có quyền ghi vào thư mục {dir}. Hãy ghi tệp vào một thư mục của bạn.",
    en: "Cannot write {file}: you are not allowed to write in the folder {dir}. Write the file into a folder of yours.",
  },
  "error.output-read-only": {
    vi: "Không ghi được {file}: tệp (hoặc ổ đĩa) chỉ cho đọc. Hãy ghi tên khác sau -o.",
    en: "Cannot write {file}: the file (or the drive) is read-only. Name another file after -o.",
  },
  "error.output-disk-full": {
    vi: "Không ghi được {file}: ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc ghi vào ổ khác.",
    en: "Cannot write {file}: the drive is full. Free some space or write to another drive.",
  },
  "error.write-failed": {
    vi: "Không ghi được tệp {file} (lỗi hệ thống {reason}).",
    en: "Could not write {file} (system error {reason}).",
  },
  "error.usage": { vi: "Lệnh chưa đúng: {detail}", en: "Wrong command: {detail}" },
  "error.usage.missing-option": {
    vi: "Lệnh chưa đúng: thiếu tùy chọn bắt buộc {item} (xem phuluc --help).",
    en: "Wrong command: the required option {item} is missing (see phuluc --help).",
  },
  "error.usage.missing-argument": {
    vi: "Lệnh chưa đúng: thiếu {item} (xem phuluc --help).",
    en: "Wrong command: {item} is missing (see phuluc --help).",
  },
  "error.usage.option-value": {
    vi: "Lệnh chưa đúng: tùy chọn {item} cần một giá trị.",
    en: "Wrong command: the option {item} needs a value.",
  },
  "error.usage.invalid-value": {
    vi: "Lệnh chưa đúng: «{value}» không dùng được cho {item}; chọn một trong: {choices}.",
    en: "Wrong command: «{value}» cannot be used for {item}; choose one of: {choices}.",
  },
  "error.usage.unknown-option": {
    vi: "Lệnh chưa đúng: không có tùy chọn {item} (xem phuluc --help).",
    en: "Wrong command: there is no option {item} (see phuluc --help).",
  },
  "error.usage.unknown-command": {
    vi: "Lệnh chưa đúng: không có lệnh «{item}». Các lệnh: {commands}.",
    en: "Wrong command: there is no command «{item}». Commands: {commands}.",
  },
  "error.usage.excess-arguments": {
    vi: "Lệnh chưa đúng: thừa đối số (xem phuluc --help).",
    en: "Wrong command: too many arguments (see phuluc --help).",
  },
} satisfies Record<string, Message>;

export const messages = {
  ...cliMessages,
  ...actionsMessages,
  ...paneMessages,
  ...webMessages,
  ...consolidateMessages,
  ...fixMessages,
  ...readingMessages,
};

export type MessageKey = keyof typeof messages;

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fillParams(messages[key][lang], params);
}
