/**
 * The consolidation's part of the translation table (src/core/consolidate and `phuluc tong-hop`): the consolidated
 * workbook's sheets and the command's lines. Vietnamese first.
 */
import type { Message } from "./types";

export const consolidateMessages = {
  // appendix sheets
  "cons.title": { vi: "TỔNG HỢP PHỤ LỤC CỦA CÁC HUYỆN", en: "DISTRICT APPENDICES CONSOLIDATED" },
  "cons.title.forecast": {
    vi: "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM {year}",
    en: "FORECAST OF THE PLAN'S ACHIEVEMENT IN {year}",
  },
  "cons.title.plan": {
    vi: "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM {year}",
    en: "MAIN INDICATORS OF THE PLAN FOR {year}",
  },
  "cons.title.grassroots": {
    vi: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN LĨNH VỰC THÔNG TIN CƠ SỞ NĂM {year}",
    en: "GRASSROOTS-INFORMATION INDICATORS, RESULTS OF {year}",
  },
  "cons.title.egov": {
    vi: "CÁC CHỈ TIÊU PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ NĂM {year}",
    en: "E-GOVERNMENT INDICATORS, {year}",
  },
  "cons.title.dx": {
    vi: "TỰ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP HUYỆN NĂM {year}",
    en: "DISTRICT DIGITAL-TRANSFORMATION INDEX SELF-ASSESSMENT, {year}",
  },
  "cons.subtitle": {
    vi: "(Tổng hợp từ báo cáo của {districts} huyện; trang «{status}» liệt kê từng tệp)",
    en: "(Consolidated from the reports of {districts} districts; the «{status}» sheet lists every file)",
  },
  "cons.col.stt": { vi: "STT", en: "No." },
  "cons.col.name": { vi: "Các chỉ tiêu", en: "Indicator" },
  "cons.col.unit": { vi: "Đơn vị tính", en: "Unit" },
  "cons.col.code": { vi: "Mã chỉ tiêu", en: "Mã chỉ tiêu" },
  "cons.col.province": { vi: "Toàn tỉnh", en: "Province total" },
  "cons.col.min": { vi: "Thấp nhất", en: "Lowest" },
  "cons.col.median": { vi: "Trung vị", en: "Median" },
  "cons.col.max": { vi: "Cao nhất", en: "Highest" },
  "cons.col.source": { vi: "Nguồn: {district} ({file})", en: "Source: {district} ({file})" },
  "cons.figure.prev-actual": { vi: "Thực hiện năm {year}", en: "Actual {year}" },
  "cons.figure.half-year": { vi: "Thực hiện 6 tháng {year}", en: "First half of {year}" },
  "cons.figure.year-estimate": { vi: "Ước thực hiện cả năm {year}", en: "Full-year estimate {year}" },
  "cons.figure.year-actual": { vi: "Thực hiện năm {year}", en: "Actual {year}" },
  "cons.figure.plan": { vi: "Kế hoạch năm {year}", en: "Plan {year}" },
  "cons.figure.score": { vi: "Điểm tự chấm", en: "Self-score" },
  "cons.compare.forecast-year": {
    vi: "Toàn tỉnh: so sánh ước thực hiện năm {year} với thực hiện năm {prev} (%)",
    en: "Province: full-year estimate {year} against actual {prev} (%)",
  },
  "cons.compare.forecast-half": {
    vi: "Toàn tỉnh: so sánh thực hiện 6 tháng với ước thực hiện cả năm (%)",
    en: "Province: first half against the full-year estimate (%)",
  },
  "cons.compare.plan": {
    vi: "Toàn tỉnh: so sánh kế hoạch {next} với thực hiện năm {year} (%)",
    en: "Province: plan {next} against actual {year} (%)",
  },
  "cons.spread-mark": { vi: "(*)", en: "(*)" },
  "cons.note.sum": {
    vi: "Cột «Toàn tỉnh»: tổng số liệu của các huyện đã báo cáo (số lượng, doanh thu, thuê bao, chương trình); cột so sánh tính trên số toàn tỉnh.",
    en: "«Province total»: the sum over the districts that reported (counts, revenue, subscribers, programmes); the comparison columns use the province totals.",
  },
  "cons.note.spread": {
    vi: "(*) Tỷ lệ, số bình quân, số trên 100 dân, thời lượng mỗi ngày và điểm tự chấm không cộng được giữa các huyện: không có mẫu số của từng huyện (số hộ, số dân, số xã…) nên không tính được số toàn tỉnh. Các cột «Thấp nhất», «Trung vị», «Cao nhất» cho biết khoảng số liệu của các huyện.",
    en: "(*) Rates, averages, per-100-inhabitant figures, hours per day and self-scores cannot be added across districts: without each district's denominator (households, inhabitants, communes…) no province figure can be computed. «Lowest», «Median» and «Highest» show the districts' range.",
  },
  "cons.note.empty": {
    vi: "Ô để trống: huyện không báo cáo chỉ tiêu đó (không phải số 0). Các cột ẩn «Nguồn» bên phải ghi trang tính và ô của từng số liệu trong tệp của huyện.",
    en: "An empty cell: the district did not report that indicator (not a zero). The hidden «Source» columns on the right give the sheet and cell of every district figure in the district's file.",
  },

  // status sheet
  "cons.status.sheet": { vi: "Tình trạng", en: "Status" },
  "cons.status.title": {
    vi: "TÌNH TRẠNG CÁC TỆP BÁO CÁO CỦA CÁC HUYỆN NĂM {year}",
    en: "STATUS OF THE DISTRICT FILES, {year}",
  },
  "cons.status.summary": {
    vi: "{files} tệp: {included} tệp được tổng hợp, {excluded} tệp không đưa vào số liệu tổng hợp.",
    en: "{files} files: {included} consolidated, {excluded} kept out of the totals.",
  },
  "cons.status.col.district": { vi: "Huyện", en: "District" },
  "cons.status.col.file": { vi: "Tệp", en: "File" },
  "cons.status.col.year": { vi: "Năm", en: "Year" },
  "cons.status.col.errors": { vi: "Lỗi", en: "Errors" },
  "cons.status.col.warnings": { vi: "Cảnh báo", en: "Warnings" },
  "cons.status.col.state": { vi: "Tổng hợp", en: "Consolidated" },
  "cons.status.col.target": { vi: "TTCS {number}", en: "GI {number}" },
  "cons.status.included": { vi: "Có", en: "Yes" },
  "cons.status.included-no-appendix": {
    vi: "Có, nhưng không tìm thấy bảng phụ lục nào",
    en: "Yes, but no appendix table was found",
  },
  "cons.status.included-left-out": {
    vi: "Có; không đưa vào tổng {cells}",
    en: "Yes; kept out of the totals: {cells}",
  },
  "cons.left-out.cell": { vi: "{sheet}!{cell} ({why})", en: "{sheet}!{cell} ({why})" },
  "cons.left-out.percent/fraction": {
    vi: "số thập phân giữa các số phần trăm",
    en: "a fraction among percent numbers",
  },
  "cons.left-out.percent/out-of-range": { vi: "tỷ lệ ngoài 0–100", en: "a rate outside 0–100" },
  "cons.left-out.number/ambiguous": { vi: "số đọc được hai cách", en: "a number read two ways" },
  "cons.left-out.number/with-words": { vi: "số lẫn chữ", en: "a number with words" },
  /** The Tổng hợp column's text for a file kept out of the totals: the reason after «Không:». */
  "cons.status.kept-out": { vi: "Không: {reason}", en: "No: {reason}" },
  "cons.status.confirmed-here.columns": {
    vi: "(năm {year} và cách đọc cột {columns} do người tổng hợp xác nhận, tệp của huyện chưa ghi)",
    en: "({year} and the reading of columns {columns} confirmed by whoever consolidated; the district's file does not say them)",
  },
  "cons.status.confirmed-here": {
    vi: "(năm {year} do người tổng hợp xác nhận, tệp của huyện chưa ghi)",
    en: "({year} confirmed by whoever consolidated; the district's file does not say it)",
  },
  // Why a file was kept out of the totals, as the command line and the web page list it.
  "cons.reason.other-year": {
    vi: "báo cáo năm {year}, không phải năm {wanted}",
    en: "a report for {year}, not {wanted}",
  },
  "cons.reason.needs-confirmation": {
    vi: "chưa rõ năm của {columns}; hãy xác nhận năm báo cáo (phuluc xac-nhan {file} -o <tệp mới>.xlsx --year {year}, hoặc chọn năm trong phần bổ trợ) rồi tổng hợp lại",
    en: "the year of {columns} is unknown; confirm the report year (phuluc xac-nhan {file} -o <new file>.xlsx --year {year}, or choose it in the add-in) and consolidate again",
  },
  "cons.reason.needs-kind": {
    vi: 'tiêu đề cột chỉ ghi năm, chưa rõ là số thực hiện, ước hay kế hoạch: {columns}; hãy xác nhận cách đọc từng cột (phuluc xac-nhan {file} -o <tệp mới>.xlsx --column "{column}=Thực hiện năm …", hoặc sửa trong phần bổ trợ) rồi tổng hợp lại',
    en: 'the column headers give only a year, not whether the figure is an actual, an estimate or a plan: {columns}; confirm each column\'s reading (phuluc xac-nhan {file} -o <new file>.xlsx --column "{column}=Thực hiện năm …", or correct it in the add-in) and consolidate again',
  },
  "cons.reason.needs-year": {
    vi: "tệp không ghi năm báo cáo; hãy xác nhận năm (phuluc xac-nhan {file} -o <tệp mới>.xlsx --year {year}, hoặc chọn năm trong phần bổ trợ) rồi tổng hợp lại",
    en: "the file names no report year; confirm it (phuluc xac-nhan {file} -o <new file>.xlsx --year {year}, or choose it in the add-in) and consolidate again",
  },
  "cons.unconfirmed.column": {
    vi: "cột {sheet}!{column} «{header}» (sẽ đọc là {reading})",
    en: "column {sheet}!{column} «{header}» (read as {reading})",
  },
  "cons.unconfirmed.column.kind-unknown": {
    vi: "cột {sheet}!{column} «{header}» (số liệu năm {year}, chưa rõ loại số liệu)",
    en: "column {sheet}!{column} «{header}» (figures of {year}, kind unknown)",
  },
  "cons.unconfirmed.more": { vi: "và {count} cột khác", en: "and {count} more columns" },
  "cons.reason.duplicate": {
    vi: "cùng huyện với tệp {file} (đã tổng hợp tệp đó)",
    en: "same district as {file} (that file was consolidated)",
  },
  "cons.reason.unreadable.missing": {
    vi: "không tìm thấy tệp hay thư mục này",
    en: "no such file or folder",
  },
  "cons.reason.unreadable.denied": {
    vi: "không có quyền đọc tệp",
    en: "not allowed to read the file",
  },
  "cons.reason.unreadable.folder-denied": {
    vi: "không có quyền mở thư mục",
    en: "not allowed to open the folder",
  },
  "cons.reason.unreadable.not-xlsx": {
    vi: "không phải tệp .xlsx",
    en: "not an .xlsx file",
  },
  "cons.reason.unreadable.encrypted": {
    vi: "tệp có mật khẩu",
    en: "the file is password-protected",
  },
  "cons.reason.unreadable.corrupt": {
    vi: "tệp bị hỏng, không mở được",
    en: "the file is damaged and cannot be opened",
  },
  "cons.reason.unreadable.too-large": {
    vi: "tệp quá lớn để đọc (hơn 90 MB dữ liệu)",
    en: "the file is too large to read (over 90 MB of data)",
  },
  "cons.reason.unreadable.failed": {
    vi: "không đọc được tệp ({reason})",
    en: "the file could not be read ({reason})",
  },
  "cons.reason.unreadable.consolidated": {
    vi: "đây là tệp tổng hợp, không phải báo cáo của huyện",
    en: "this is a consolidated workbook, not a district's report",
  },
  "cons.status.target.met": { vi: "Đạt", en: "Met" },
  "cons.status.target.below": { vi: "Chưa đạt (thiếu {gap})", en: "Below (by {gap})" },
  "cons.status.target.no-value": { vi: "Chưa có số liệu", en: "No value" },
  "cons.status.target.missing": { vi: "Chưa báo cáo", en: "Not reported" },
  "cons.status.target.invalid": { vi: "Số liệu sai", en: "Invalid value" },
  "cons.status.targets-legend": {
    vi: "Chỉ tiêu thông tin cơ sở năm {year} (cấp huyện và xã), bấm vào ô để đến số liệu của huyện:",
    en: "Grassroots-information targets of {year} (district and commune level); click a cell to reach the district's figure:",
  },

  // command line
  "cli.tong-hop.description": {
    vi: "tổng hợp các tệp phụ lục của các huyện thành một tệp .xlsx",
    en: "consolidate the districts' appendix workbooks into one .xlsx file",
  },
  "cli.tong-hop.opt.year": {
    vi: "năm N của báo cáo (mặc định: năm mà nhiều tệp ghi nhất)",
    en: "the report year N (default: the year most files give)",
  },
  "cli.tong-hop.written": {
    vi: "Đã ghi {file}: {included}, {excluded} (xem trang «{status}»).",
    en: "Wrote {file}: {included}, {excluded} (see the «{status}» sheet).",
  },
  "cli.tong-hop.kept-out": { vi: "  {file}: {reason}", en: "  {file}: {reason}" },
  "cli.tong-hop.included": { vi: "  Đã tổng hợp: {districts}.", en: "  Consolidated: {districts}." },
  "error.tong-hop.unreadable": {
    vi: "Không đọc được tệp nào (lý do ở trên): không có gì để tổng hợp, không ghi tệp kết quả.",
    en: "No file could be read (the reasons are above): nothing to consolidate, no output written.",
  },
  "error.tong-hop.no-year": {
    vi: "Không tìm thấy năm báo cáo trong tiêu đề của tệp nào: ghi rõ --year N.",
    en: "No file's headers give the report year: give --year N.",
  },
  "error.tong-hop.nothing": {
    vi: "Không có tệp nào tổng hợp được: không ghi tệp kết quả.",
    en: "No file could be consolidated: no output written.",
  },

  // web page
  "web.consolidate": { vi: "Tổng hợp các huyện…", en: "Consolidate districts…" },
  "web.consolidate.hint": {
    vi: "Chọn cùng lúc các tệp .xlsx của các huyện: trang đọc lần lượt từng tệp ngay trên máy này rồi cho tải về một tệp tổng hợp (trang Tình trạng và một trang cho mỗi loại phụ lục).",
    en: "Choose the districts' .xlsx files at once: the page reads them one by one on this computer, then offers one consolidated workbook to download (a Status sheet and one sheet per appendix kind).",
  },
  "web.consolidate.title": {
    vi: "Tổng hợp phụ lục của các huyện",
    en: "Consolidating the district appendices",
  },
  "web.consolidate.reading": {
    vi: "Đang đọc tệp {done}/{total}: {file}",
    en: "Reading file {done} of {total}: {file}",
  },
  "web.consolidate.done": {
    vi: "Năm {year}: {included}, {excluded}.",
    en: "Year {year}: {included}, {excluded}.",
  },
  "web.consolidate.included": { vi: "Đã tổng hợp:", en: "Consolidated:" },
  "web.consolidate.kept-out": { vi: "Không đưa vào tổng:", en: "Kept out of the totals:" },
  "web.consolidate.download": { vi: "Tải {file}", en: "Download {file}" },
  "web.consolidate.file-name": { vi: "tong-hop-{year}.xlsx", en: "tong-hop-{year}.xlsx" },
  "web.consolidate.no-year": {
    vi: "Không tệp nào ghi năm báo cáo trong tiêu đề bảng: không biết tổng hợp cho năm nào.",
    en: "No file's table headers give the report year: there is no year to consolidate.",
  },
  "web.consolidate.unreadable": {
    vi: "Không đọc được tệp nào trong các tệp đã chọn: không có gì để tổng hợp.",
    en: "None of the chosen files could be read: there is nothing to consolidate.",
  },
  "web.consolidate.nothing": {
    vi: "Không có tệp nào tổng hợp được.",
    en: "No file could be consolidated.",
  },
  "web.consolidate.failed": {
    vi: "Không tổng hợp được: {reason}",
    en: "The consolidation failed: {reason}",
  },
  "web.consolidate.close": { vi: "Đóng", en: "Close" },
  "web.consolidate.confirmed": {
    vi: "năm do bạn xác nhận khi tổng hợp",
    en: "year confirmed by you while consolidating",
  },
  "web.consolidate.confirm.title": {
    vi: "Cần xác nhận năm hoặc loại số liệu ({count} tệp)",
    en: "Years or kinds of figure to confirm ({count} files)",
  },
  "web.consolidate.confirm.intro": {
    vi: "Các tệp này không cho biết năm của một số cột số liệu, hoặc cột chỉ ghi năm mà không rõ là số thực hiện, ước thực hiện hay kế hoạch, nên chưa được đưa vào tổng (công cụ không tự đoán). Xác nhận ngay tại đây để tổng hợp lại: chỉ dùng cho lần tổng hợp này, tệp của huyện không bị sửa, và trang «Tình trạng» ghi rõ những gì do người tổng hợp xác nhận. Muốn lưu vào tệp của huyện thì dùng phần bổ trợ hoặc lệnh phuluc xac-nhan.",
    en: "These files do not tell the year of some figure columns, or give a column only a year without saying whether it is an actual, an estimate or a plan, so they are kept out of the totals (the tool never guesses). Confirm them right here to consolidate again: for this consolidation only, the district's file is not changed, and the «Status» sheet says what was confirmed by whoever consolidated. To keep it in the district's file, use the add-in or phuluc xac-nhan.",
  },
  "web.consolidate.confirm.year": { vi: "Năm báo cáo của tệp (N)", en: "The file's report year (N)" },
  "web.consolidate.confirm.column": {
    vi: "Cột {column} «{header}» ({reading}): năm",
    en: "Column {column} «{header}» ({reading}): year",
  },
  "web.consolidate.confirm.column-kind": {
    vi: "Cột {column} «{header}» chỉ ghi năm {year}: số liệu là",
    en: "Column {column} «{header}» gives only the year {year}: its figures are",
  },
  "web.consolidate.confirm.pick-kind": { vi: "(chọn loại số liệu)", en: "(choose the kind of figure)" },
  "web.consolidate.confirm.pick": { vi: "(chọn năm)", en: "(choose a year)" },
  "web.consolidate.confirm.button": {
    vi: "Xác nhận và tổng hợp lại",
    en: "Confirm and consolidate again",
  },
  "web.consolidate.confirm.all": {
    vi: "Năm báo cáo (N) của mọi tệp",
    en: "The report year (N) of every file",
  },
  "web.consolidate.confirm.all.button": {
    vi: "Xác nhận năm cho mọi tệp và tổng hợp lại",
    en: "Confirm the year for every file and consolidate again",
  },
} satisfies Record<string, Message>;
