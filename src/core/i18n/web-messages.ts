/**
 * The web page's part of the translation table (Vietnamese first): the page around the pane, which opens .xlsx files
 * in the browser, shows their sheets and saves the result. The pane's own strings are in pane-messages.ts.
 */
import type { Message } from "./types";

export const webMessages = {
  // page frame
  "web.title": { vi: "Phụ lục TT&TT trên trình duyệt", en: "Phụ lục TT&TT in the browser" },
  "web.tagline": {
    vi: "Lập, điền công thức và kiểm tra bảng phụ lục kế hoạch TT&TT ngay trên máy của bạn.",
    en: "Prepare, fill and check the ICT plan appendix tables on your own computer.",
  },
  "web.privacy": {
    vi: "Tệp không được tải lên đâu cả: mọi việc làm ngay trong trang này, trên máy của bạn.",
    en: "Nothing is uploaded: all the work happens in this page, on your computer.",
  },
  "web.lang": { vi: "Ngôn ngữ", en: "Language" },
  "web.lang.vi": { vi: "Tiếng Việt", en: "Tiếng Việt" },
  "web.lang.en": { vi: "English", en: "English" },

  // file actions
  "web.open": { vi: "Mở tệp .xlsx…", en: "Open an .xlsx file…" },
  "web.sample": { vi: "Mở tệp mẫu", en: "Open the sample" },
  "web.sample.hint": {
    vi: "Hai phụ lục của kế hoạch TT&TT năm 2022 huyện Tuần Giáo: dự báo năm 2021 và kế hoạch năm 2022, như đã ban hành.",
    en: "The two appendices of Tuần Giáo district's 2022 ICT plan: the 2021 forecast and the 2022 plan, as published.",
  },
  "web.new": { vi: "Tệp mới", en: "New file" },
  "web.new.hint": {
    vi: "Tệp trống: chèn các bảng phụ lục ở ngăn bên phải rồi tải xuống.",
    en: "An empty workbook: insert the appendix tables in the pane on the right, then download.",
  },
  "web.download": { vi: "Tải xuống", en: "Download" },
  "web.download.hint": {
    vi: "Lưu kết quả thành tệp mới {file}; tệp gốc không bị sửa.",
    en: "Saves the result as a new file {file}; the original file is not changed.",
  },
  "web.download.empty": {
    vi: "Tệp chưa có trang tính nào để lưu: hãy chèn phụ lục trước.",
    en: "The workbook has no sheet to save yet: insert an appendix first.",
  },
  "web.download.saving": { vi: "Đang lưu…", en: "Saving…" },
  "web.download.done": { vi: "Đã lưu {file}.", en: "Saved {file}." },
  "web.download.failed": { vi: "Không lưu được tệp: {reason}", en: "Could not save the file: {reason}" },
  "web.opened": { vi: "Đang mở: {file}", en: "Open: {file}" },
  "web.sample.name": { vi: "Tệp mẫu (Tuần Giáo 2021–2022)", en: "Sample (Tuần Giáo 2021–2022)" },
  "web.new.name": { vi: "Tệp mới", en: "New file" },
  "web.loading": { vi: "Đang mở tệp…", en: "Opening the file…" },
  "web.loading.library": {
    vi: "Đang tải bộ đọc tệp Excel (chỉ lần đầu)…",
    en: "Loading the Excel file reader (first time only)…",
  },
  "web.library.failed": {
    vi: "Không tải được bộ đọc tệp Excel của trang: {reason}. Hãy tải lại trang (F5) rồi thử lại.",
    en: "The page's Excel file reader did not load: {reason}. Reload the page (F5) and try again.",
  },

  "web.view.failed": {
    vi: "Không vẽ được bảng của tệp: {reason}. Ngăn bên phải vẫn dùng được; tải xuống rồi mở bằng Excel để xem.",
    en: "The workbook's tables could not be drawn: {reason}. The pane on the right still works; download and open the file in Excel to see it.",
  },

  // drop zone
  "web.drop.title": { vi: "Kéo thả tệp .xlsx vào đây", en: "Drop an .xlsx file here" },
  "web.drop.or": {
    vi: "hoặc bấm «Mở tệp .xlsx…», hoặc thử ngay với tệp mẫu.",
    en: "or click “Open an .xlsx file…”, or try the sample right away.",
  },
  "web.drop.release": { vi: "Thả tệp để mở", en: "Release to open the file" },

  // problems with a file: the page stays usable, the open workbook (if any) stays open
  "web.problem.title": { vi: "Không mở được tệp {file}", en: "Cannot open {file}" },
  "web.problem.not-xlsx": {
    vi: "Đây không phải tệp Excel .xlsx. Nếu là tệp .xls cũ hoặc .ods, hãy mở bằng Excel hay LibreOffice và lưu lại dạng «Sổ làm việc Excel (.xlsx)».",
    en: "This is not an Excel .xlsx file. For an old .xls or an .ods file, open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”.",
  },
  "web.problem.encrypted": {
    vi: "Tệp có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu rồi mở lại ở đây.",
    en: "The file is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and open it here again.",
  },
  "web.problem.corrupt": {
    vi: "Tệp bị hỏng hoặc không đọc được. Hãy thử mở bằng Excel và lưu lại, hoặc xin lại tệp từ người gửi.",
    en: "The file is damaged or cannot be read. Try opening it in Excel and saving it again, or ask the sender for the file again.",
  },
  "web.problem.too-large": {
    vi: "Tệp quá lớn để mở trên trang: các trang tính chứa hơn 90 MB dữ liệu (khoảng 300 000 dòng). Hãy tách các bảng ra vài tệp nhỏ hơn rồi mở từng tệp.",
    en: "The file is too large to open in the page: its sheets hold more than 90 MB of data (some 300,000 rows). Split the tables into a few smaller files and open each.",
  },
  "web.problem.several": {
    vi: "Mỗi lần chỉ mở một tệp: đã mở tệp đầu tiên, {file}.",
    en: "One file at a time: the first one, {file}, was opened.",
  },
  "web.problem.kept": {
    vi: "Tệp đang mở vẫn giữ nguyên.",
    en: "The workbook already open is unchanged.",
  },
  "web.dismiss": { vi: "Đóng", en: "Dismiss" },

  // the sheets
  "web.sheets.label": { vi: "Các trang tính", en: "Sheets" },
  "web.sheets.none": {
    vi: "Tệp chưa có trang tính nào. Chèn các bảng phụ lục ở ngăn bên phải.",
    en: "The workbook has no sheet yet. Insert the appendix tables in the pane on the right.",
  },
  "web.sheet.empty": { vi: "Trang tính trống.", en: "The sheet is empty." },
  "web.sheet.readonly": {
    vi: "Chỉ xem: sửa số liệu trong Excel hoặc LibreOffice sau khi tải xuống.",
    en: "View only: edit the figures in Excel or LibreOffice after downloading.",
  },
  "web.sheet.more": {
    vi: "Hiện thêm {count} dòng (đang hiện {shown}/{total})",
    en: "Show {count} more rows ({shown} of {total} shown)",
  },
  "web.sheet.findings": {
    vi: "{errors} · {warnings} · {infos} trên trang này",
    en: "{errors} · {warnings} · {infos} on this sheet",
  },
  "web.cell.none": { vi: "Chưa chọn ô nào", en: "No cell selected" },
  "web.cell.formula.value": {
    vi: "Công thức: ={formula} (giá trị tính trong trang: {value})",
    en: "Formula: ={formula} (value computed by the page: {value})",
  },
  "web.cell.formula.empty": {
    vi: "Công thức: ={formula} (cho ô trống: chưa đủ số liệu hoặc số chia bằng 0)",
    en: "Formula: ={formula} (gives an empty cell: figures missing or a zero divisor)",
  },
  "web.cell.formula.cached": {
    vi: "Công thức: ={formula} (giá trị Excel đã tính khi lưu tệp: {value})",
    en: "Formula: ={formula} (the value Excel computed when the file was saved: {value})",
  },
  "web.cell.formula.unknown": {
    vi: "Công thức: ={formula} (trang không tính được công thức này; Excel tính khi mở tệp)",
    en: "Formula: ={formula} (the page cannot compute this formula; Excel computes it on opening)",
  },
  "web.legend.error": { vi: "Lỗi", en: "Error" },
  "web.legend.warning": { vi: "Cảnh báo", en: "Warning" },
  "web.legend.info": { vi: "Ghi chú", en: "Note" },
  "web.legend.formula": {
    vi: "Ô công thức (số in nghiêng do trang tự tính)",
    en: "Formula cell (italic figures are computed by the page)",
  },
  "web.reading.label": { vi: "Cách đọc bảng", en: "How the tables were read" },
  "web.reading.edit": { vi: "Sửa cách đọc…", en: "Fix the reading…" },
  "web.reading.kind-unknown": {
    vi: "Có cột chỉ ghi năm, chưa rõ là số thực hiện, ước thực hiện hay kế hoạch: bấm «Sửa cách đọc…» để chọn.",
    en: "Some columns give only a year, not whether they hold actuals, estimates or plans: choose with «Fix the reading…».",
  },
  "web.legend.title": {
    vi: "Ô có nền màu là ô có kết quả kiểm tra: bấm vào ô để đọc.",
    en: "A coloured cell has check findings: click or tap it to read them.",
  },
  "web.leave": {
    vi: "Các thay đổi chưa được tải xuống sẽ mất.",
    en: "Changes not downloaded will be lost.",
  },
  "web.replace.confirm": {
    vi: "Tệp đang mở có thay đổi chưa tải xuống. Bỏ các thay đổi đó để mở «{file}»?",
    en: "The open workbook has changes not downloaded yet. Drop them and open “{file}”?",
  },
  "web.legend.formula.hint": {
    vi: "Trang không có bộ tính công thức: số in nghiêng ở cột so sánh do trang tự tính theo đúng công thức; công thức khác hiện dạng «=…». Excel và LibreOffice tính lại mọi công thức khi mở tệp tải xuống.",
    en: "The page has no formula engine: italic figures in comparison columns are computed by the page exactly as the formula does; other formulas show as “=…”. Excel and LibreOffice compute every formula when the downloaded file is opened.",
  },
  "web.unsaved": { vi: "Có thay đổi chưa tải xuống", en: "Changes not downloaded yet" },
} satisfies Record<string, Message>;

export type WebMessageKey = keyof typeof webMessages;
