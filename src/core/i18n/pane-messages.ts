/** The task pane's and the web page's part of the translation table (Vietnamese first). */
import type { Message } from "./types";

export const paneMessages = {
  // frame
  "pane.title": { vi: "Phụ lục TT&TT", en: "Phụ lục TT&TT" },
  "pane.tabs.label": { vi: "Các việc", en: "Tasks" },
  "pane.tab.insert": { vi: "Chèn phụ lục", en: "Insert" },
  "pane.tab.formulas": { vi: "Công thức", en: "Formulas" },
  "pane.tab.check": { vi: "Kiểm tra", en: "Check" },
  "pane.tab.targets": { vi: "Chỉ tiêu TTCS", en: "Targets" },
  "pane.tab.insert.short": { vi: "Chèn", en: "Insert" },
  "pane.tab.formulas.short": { vi: "Công thức", en: "Formulas" },
  "pane.tab.check.short": { vi: "Kiểm tra", en: "Check" },
  "pane.tab.targets.short": { vi: "Chỉ tiêu", en: "Targets" },
  "pane.empty": { vi: "(trống)", en: "(empty)" },
  "pane.loading": { vi: "Đang đọc cài đặt…", en: "Reading the settings…" },

  // settings
  "pane.settings.title": { vi: "Cài đặt", en: "Settings" },
  "pane.settings.summary": {
    vi: "{year} · {unit} · cấp {level}",
    en: "{year} · {unit} · {level} level",
  },
  "pane.settings.no-unit": { vi: "chưa ghi đơn vị", en: "no unit yet" },
  "pane.settings.edit": { vi: "Đổi…", en: "Change…" },
  "pane.targets.settings": { vi: "{year} · cấp {level}", en: "{year} · {level} level" },
  "pane.settings.year": { vi: "Năm báo cáo (N)", en: "Report year (N)" },
  "pane.settings.year.hint": {
    vi: "Năm đang viết báo cáo: dự báo năm N, kế hoạch năm N+1.",
    en: "The year you write in: forecast of year N, plan of year N+1.",
  },
  "pane.settings.year.now": {
    vi: "Đang dùng: năm {year} ({source}). Nhập năm khác để dùng năm đó.",
    en: "In use: {year} ({source}). Type another year to use it.",
  },
  "pane.settings.year.proposed": {
    vi: "Sổ tính chưa có bảng nào: đề xuất năm nay ({year}), chưa lưu vào sổ tính cho tới khi bạn nhập năm.",
    en: "The workbook has no table yet: this year ({year}) is proposed, and kept only once you type a year.",
  },
  "pane.settings.year.none": {
    vi: "Sổ tính chưa cho biết năm báo cáo: hãy nhập năm.",
    en: "The workbook does not tell its report year: type it.",
  },

  // the report year every view uses (the year resolver's)
  "pane.insert.no-year": {
    vi: "Chưa chèn được: chưa rõ năm báo cáo (nhập năm ở trên).",
    en: "Nothing to insert yet: the report year is unknown (enter it above).",
  },
  "pane.targets.no-year": {
    vi: "Chưa đối chiếu chỉ tiêu: chưa rõ năm báo cáo (nhập năm ở trên).",
    en: "No target judged: the report year is unknown (enter it above).",
  },
  // the reading card (how the tables were read, each column's reading corrected by a choice)
  "pane.reading.title": { vi: "Cách đọc bảng", en: "How the tables were read" },
  "pane.reading.intro": {
    vi: "Bảng không có dòng số thứ tự cột được đọc theo chữ ở tiêu đề: xem lại từng cột, đọc sai thì bấm Sửa.",
    en: "Tables without a column-number row are read from their header words: check each column, and press Fix where it is wrong.",
  },
  "pane.reading.quiet": {
    vi: "Bảng có dòng số thứ tự cột ({count})",
    en: "Tables with a column-number row ({count})",
  },
  "pane.reading.edit": { vi: "Sửa", en: "Fix" },
  "pane.reading.kind-unknown": {
    vi: "Tiêu đề chỉ ghi năm: chọn cột này là số thực hiện, ước thực hiện hay kế hoạch bằng nút «Sửa».",
    en: "The header gives only a year: choose whether this column is an actual, an estimate or a plan with «Fix».",
  },
  "pane.reading.edit.label": { vi: "Sửa cách đọc cột {column}", en: "Fix how column {column} is read" },
  "pane.reading.what": { vi: "Cột {column} ghi", en: "Column {column} holds" },
  "pane.reading.group.figure": { vi: "Số liệu", en: "Figures" },
  "pane.reading.group.comparison": { vi: "So sánh hai cột", en: "Comparison of two columns" },
  "pane.reading.period": { vi: "Kỳ", en: "Period" },
  "pane.reading.year": { vi: "Năm", en: "Year" },
  "pane.reading.year.pick": { vi: "(chọn năm)", en: "(choose a year)" },
  "pane.reading.operand.a": { vi: "Cột A", en: "Column A" },
  "pane.reading.operand.b": { vi: "so với cột B", en: "against column B" },
  "pane.reading.operand.pick": { vi: "(chọn cột)", en: "(choose a column)" },
  "pane.reading.preview": { vi: "Sẽ đọc: {reading}", en: "Will read: {reading}" },
  "pane.reading.preview.none": {
    vi: "Chọn đủ năm, hoặc hai cột khác nhau để so sánh.",
    en: "Choose a year, or two different columns to compare.",
  },
  "pane.reading.save": { vi: "Lưu cách đọc", en: "Save the reading" },
  "pane.reading.reset": { vi: "Đọc lại theo tiêu đề", en: "Read from the header again" },
  "pane.year.label": { vi: "Năm {year}", en: "Year {year}" },
  "pane.year.label.pending": { vi: "Năm …", en: "Year …" },
  "pane.year.label.none": { vi: "Năm chưa rõ", en: "Year unknown" },
  "pane.year.source.header": { vi: "theo tiêu đề cột", en: "from the column headers" },
  "pane.year.source.title": { vi: "theo tên bảng", en: "from the table's title" },
  "pane.year.source.stored": { vi: "đã lưu trong sổ tính", en: "kept in the workbook" },
  "pane.year.source.user": { vi: "bạn chọn", en: "as you chose" },
  "pane.year.source.proposed": { vi: "năm nay, đề xuất", en: "this year, proposed" },
  "pane.year.source.none": { vi: "chưa rõ", en: "unknown" },
  "pane.year.where.header": { vi: "tiêu đề cột", en: "column headers" },
  "pane.year.where.title": { vi: "tên bảng", en: "table titles" },
  "pane.year.ask": {
    vi: "Sổ tính chưa cho biết năm báo cáo: tiêu đề cột và tên bảng không ghi năm, sổ tính chưa lưu năm nào. Công cụ không tự chọn năm: hãy nhập năm báo cáo (N). Chưa có năm thì chưa đối chiếu chỉ tiêu, chưa chèn bảng.",
    en: "The workbook does not tell its report year: no column header or table title names one and none is kept in it. The tool never picks a year: enter the report year (N). Until then no target is judged and no table inserted.",
  },
  "pane.year.confirm": { vi: "Xác nhận năm", en: "Confirm the year" },
  "pane.year.stored-differs": {
    vi: "Cài đặt lưu năm {stored}, nhưng {where} của sổ tính ghi năm {year}: đang dùng năm {year}.",
    en: "The settings keep {stored}, but the workbook's {where} name {year}: {year} is used.",
  },
  "pane.year.keep-workbook": { vi: "Lưu năm {year} vào cài đặt", en: "Keep {year} in the settings" },
  "pane.year.use": { vi: "Dùng năm {year}", en: "Use {year}" },
  "pane.year.user-differs": {
    vi: "Đang dùng năm {year} bạn chọn; {where} trong sổ tính ghi năm {others}.",
    en: "Using {year}, as you chose; the workbook's {where} name {others}.",
  },
  "pane.year.tables-differ": {
    vi: "Các bảng ghi nhiều năm ({others}); đang dùng năm {year}, năm nhiều bảng ghi nhất.",
    en: "The tables name several years ({others}); {year} is used, the one most tables name.",
  },
  "pane.year.read-failed": {
    vi: "Chưa đọc được sổ tính để biết năm báo cáo",
    en: "The workbook could not be read to tell its report year",
  },
  "pane.settings.unit": { vi: "Đơn vị báo cáo", en: "Reporting unit" },
  "pane.settings.unit.placeholder": { vi: "ví dụ: huyện Tuần Giáo", en: "e.g. huyện Tuần Giáo" },
  "pane.settings.level": { vi: "Cấp hành chính", en: "Administrative level" },
  "pane.settings.lang": { vi: "Ngôn ngữ", en: "Language" },
  "pane.settings.lang.vi": { vi: "Tiếng Việt", en: "Tiếng Việt (Vietnamese)" },
  "pane.settings.lang.en": { vi: "English (tiếng Anh)", en: "English" },
  "pane.settings.saved-in-workbook": {
    vi: "Cài đặt được lưu ngay trong sổ tính này.",
    en: "Settings are kept in this workbook.",
  },
  "pane.level.xa": { vi: "Xã", en: "Commune" },
  "pane.level.huyen": { vi: "Huyện", en: "District" },
  "pane.level.tinh": { vi: "Tỉnh", en: "Province" },

  // insert
  "pane.insert.title": { vi: "Chèn bảng phụ lục", en: "Insert appendix tables" },
  "pane.insert.templates": { vi: "Các bảng cần chèn", en: "Tables to insert" },
  "pane.insert.preview": { vi: "Sẽ thêm các trang tính:", en: "These sheets will be added:" },
  "pane.insert.preview.none": {
    vi: "Chưa chọn bảng nào.",
    en: "No table chosen.",
  },
  "pane.insert.preview.loading": { vi: "Đang đọc tên các trang tính…", en: "Reading the sheet names…" },
  "pane.insert.preview.renamed": {
    vi: "(đã có trang cùng tên nên đặt tên khác)",
    en: "(a sheet of that name exists, so it gets another name)",
  },
  "pane.insert.preview.all-present": {
    vi: "Các bảng đã chọn đều đã có trong sổ tính: không có gì để thêm.",
    en: "The tables chosen are all in the workbook already: nothing to add.",
  },
  "pane.insert.present": {
    vi: "Đã có trong sổ tính nên không chèn lại: {sheets}.",
    en: "Already in the workbook, so not inserted again: {sheets}.",
  },
  "pane.insert.copies": {
    vi: "Vẫn chèn thêm một bản (tên có thêm « (2)»)",
    en: "Insert another copy anyway (its name gets « (2)»)",
  },
  "pane.insert.button": { vi: "Chèn", en: "Insert" },
  "pane.insert.running": { vi: "Đang chèn các bảng…", en: "Inserting the tables…" },
  "pane.insert.done": { vi: "Đã thêm {count} trang tính: {sheets}.", en: "Added {count} sheets: {sheets}." },
  "pane.insert.unfinished": {
    vi: "Đã chèn bảng «{sheet}», chưa đặt được {parts}: phiên bản Excel này từ chối. Bảng vẫn dùng được; bạn có thể tự đặt trong Excel.",
    en: "Inserted the table «{sheet}», but could not set {parts}: this Excel refused. The table works; you can set them yourself in Excel.",
  },
  "pane.setup.print": {
    vi: "khổ in (A4, lặp dòng tiêu đề)",
    en: "the print setup (A4, repeated header rows)",
  },
  "pane.setup.freeze": { vi: "cố định dòng tiêu đề", en: "the frozen header rows" },
  "pane.setup.validation": {
    vi: "kiểm tra số nhập vào ô nhập liệu",
    en: "the check of numbers typed into the input cells",
  },

  // formulas
  "pane.formulas.title": { vi: "Điền công thức cột so sánh", en: "Fill the comparison columns" },
  "pane.formulas.intro": {
    vi: "Điền công thức vào các cột so sánh (7=6/4, 8=5/6, 6=5/4 …) theo dòng số thứ tự cột của bảng.",
    en: "Fills the comparison columns (7=6/4, 8=5/6, 6=5/4 …) from each table's column-number row.",
  },
  "pane.formulas.scope": { vi: "Trang tính", en: "Sheets" },
  "pane.formulas.scope.active": { vi: "Trang đang mở ({sheet})", en: "The active sheet ({sheet})" },
  "pane.formulas.scope.all": { vi: "Tất cả các trang", en: "All sheets" },
  "pane.formulas.scope.some": { vi: "Chọn trang…", en: "Choose sheets…" },
  "pane.formulas.sheets": { vi: "Các trang cần điền", en: "Sheets to fill" },
  "pane.formulas.none-chosen": { vi: "Hãy chọn ít nhất một trang.", en: "Choose at least one sheet." },
  "pane.formulas.button": { vi: "Điền công thức", en: "Fill formulas" },
  "pane.formulas.running": { vi: "Đang điền công thức…", en: "Filling the formulas…" },
  "pane.formulas.no-tables": {
    vi: "Không có bảng nào có dòng số thứ tự cột (1 2 3 … 7=6/4) trong các trang đã chọn: không có gì để điền.",
    en: "No table with a column-number row (1 2 3 … 7=6/4) in the chosen sheets: nothing to fill.",
  },
  "pane.formulas.kept.cell": { vi: "Ô", en: "Cell" },
  "pane.formulas.kept.typed": { vi: "Đang ghi", en: "Holds" },
  "pane.formulas.kept.computed": { vi: "Công thức cho", en: "Formula gives" },
  "pane.formulas.overwrite": {
    vi: "Thay bằng công thức ({count} ô)",
    en: "Replace with formulas ({count})",
  },
  "pane.formulas.confirm.title": { vi: "Ghi đè bằng công thức?", en: "Overwrite with formulas?" },
  "pane.formulas.confirm.body": {
    vi: "{count} ô đang có số gõ tay sẽ được thay bằng công thức. Các số gõ tay sẽ mất; bảng trên ghi lại chúng, hãy chép lại nếu còn cần.",
    en: "{count} cells with typed values will be replaced by formulas. The typed values will be lost; the table above lists them, copy them if you still need them.",
  },
  "pane.formulas.confirm.yes": { vi: "Ghi đè", en: "Overwrite" },
  "pane.formulas.overwrite.running": { vi: "Đang ghi đè…", en: "Overwriting…" },
  "pane.formulas.overwritten.typed": { vi: "Đã ghi", en: "Held" },
  "pane.cancel": { vi: "Hủy", en: "Cancel" },

  // check
  "pane.check.title": { vi: "Kiểm tra số liệu", en: "Check the figures" },
  "pane.check.intro": {
    vi: "Kiểm tra số nhập dạng chữ, đơn vị tính, tỷ lệ, cột so sánh, tổng và số khớp giữa hai bảng. Năm được đọc từ tiêu đề bảng.",
    en: "Checks numbers typed as text, units, rates, comparisons, totals and figures shared by the two tables. The year is read from the table headers.",
  },
  "pane.check.button": { vi: "Kiểm tra", en: "Check" },
  "pane.check.running": { vi: "Đang kiểm tra…", en: "Checking…" },
  "pane.check.summary": {
    vi: "Năm {year}: {errors} lỗi, {warnings} cảnh báo, {infos} ghi chú.",
    en: "Year {year}: {errors} errors, {warnings} warnings, {infos} notes.",
  },
  "pane.check.year-unknown": { vi: "không rõ", en: "unknown" },
  "pane.check.no-issues": { vi: "Không phát hiện vấn đề nào.", en: "No problems found." },
  "pane.check.severity.error": { vi: "Lỗi ({count})", en: "Errors ({count})" },
  "pane.check.severity.warning": { vi: "Cảnh báo ({count})", en: "Warnings ({count})" },
  "pane.check.severity.info": { vi: "Ghi chú ({count})", en: "Notes ({count})" },
  "pane.check.sheet": { vi: "Trang «{sheet}» ({count})", en: "Sheet «{sheet}» ({count})" },
  "pane.check.click-hint.excel": {
    vi: "Bấm vào một dòng để chọn ô đó trong Excel.",
    en: "Click a line to select its cell in Excel.",
  },
  "pane.check.click-hint.web": {
    vi: "Bấm vào một dòng để chọn ô đó.",
    en: "Click a line to select its cell.",
  },
  "pane.check.fold.hint": {
    vi: "Bấm vào dòng gộp để xem từng ô.",
    en: "Click a grouped line to see each cell.",
  },
  "pane.check.mark": { vi: "Đánh dấu ô", en: "Mark the cells" },
  "pane.check.unmark": { vi: "Bỏ đánh dấu", en: "Remove the marks" },
  "pane.check.report": { vi: "Ghi trang Kết quả kiểm tra", en: "Write the check report sheet" },
  "pane.check.writing": { vi: "Đang ghi vào sổ tính…", en: "Writing to the workbook…" },
  "pane.check.marked": {
    vi: "Đã tô màu {count} ô (đỏ: lỗi, vàng: cảnh báo, xanh: ghi chú).",
    en: "Coloured {count} cells (red: errors, yellow: warnings, blue: notes).",
  },
  "pane.check.marked.first": {
    vi: "Đã tô màu {count} ô đầu tiên trong {total} ô (đỏ: lỗi, vàng: cảnh báo, xanh: ghi chú): danh sách màu nền cũ của nhiều ô hơn không lưu được trong sổ tính. Hãy sửa các ô này, kiểm tra lại rồi đánh dấu tiếp.",
    en: "Coloured the first {count} of {total} cells (red: errors, yellow: warnings, blue: notes): the workbook cannot keep the previous fills of more. Mend these cells, check again, then mark the rest.",
  },
  "pane.check.marks-unsaved": {
    vi: "Không lưu được màu nền cũ vào sổ tính: hãy bấm «Bỏ đánh dấu» trước khi đóng sổ tính, nếu không màu đánh dấu sẽ ở lại.",
    en: "The previous fills could not be saved in the workbook: use «Remove the marks» before closing it, or the marks will stay.",
  },
  "pane.check.unmarked": {
    vi: "Đã bỏ đánh dấu, màu nền cũ được trả lại.",
    en: "Marks removed; the previous fills are back.",
  },
  "pane.check.unmarked.unsaved": {
    vi: "Đã bỏ đánh dấu, màu nền cũ được trả lại, nhưng sổ tính không lưu được việc này: sau khi mở lại sổ tính, đừng bấm «Bỏ đánh dấu» nữa.",
    en: "Marks removed and the previous fills are back, but the workbook could not record it: after reopening it, do not use «Remove the marks» again.",
  },
  "pane.check.reported": { vi: "Đã ghi trang «{sheet}».", en: "Wrote the sheet «{sheet}»." },

  // targets
  "pane.targets.title": {
    vi: "Chỉ tiêu thông tin cơ sở {from}–{to}",
    en: "Grassroots-information targets {from}–{to}",
  },
  "pane.targets.table": { vi: "Đối chiếu chỉ tiêu", en: "Target coverage" },
  "pane.targets.figures": {
    vi: "Thực hiện {value} / mục tiêu {target} (%)",
    en: "Actual {value} / target {target} (%)",
  },
  /** After the column's own label ("Kế hoạch năm 2027: "), which already says whether the figure is actual or planned. */
  "pane.targets.figures.of-column": {
    vi: "{value} / mục tiêu {target} (%)",
    en: "{value} / target {target} (%)",
  },
  "pane.targets.name.more": { vi: "Xem đủ tên chỉ tiêu", en: "Show the full name" },
  "pane.targets.published": { vi: "Mục tiêu theo chiến lược: {target}", en: "Strategy target: {target}" },
  "pane.targets.reported-at": { vi: "Số liệu ở ô {cell}", en: "Value in cell {cell}" },
  "pane.targets.refresh": { vi: "Đối chiếu lại", en: "Compare again" },
  "pane.targets.running": { vi: "Đang đối chiếu chỉ tiêu…", en: "Comparing with the targets…" },
  "pane.targets.period-ended": {
    vi: "Giai đoạn chiến lược {from}–{to} đã kết thúc: số liệu được so với chỉ tiêu năm {yearUsed}.",
    en: "The {from}–{to} strategy period has ended: figures are compared with the {yearUsed} targets.",
  },
  "pane.targets.summary": {
    vi: "Năm {year}, cấp {level}: {met}/{total} chỉ tiêu đạt, {missing} chưa báo cáo.",
    en: "Year {year}, {level} level: {met} of {total} targets met, {missing} not reported.",
  },
  "pane.targets.col.indicator": { vi: "Chỉ tiêu", en: "Indicator" },
  "pane.targets.col.target": { vi: "Mục tiêu (%)", en: "Target (%)" },
  "pane.targets.col.value": { vi: "Thực hiện (%)", en: "Actual (%)" },
  "pane.targets.col.status": { vi: "Đánh giá", en: "Assessment" },
  "pane.targets.no-target": { vi: "—", en: "—" },
  "pane.targets.status.met": { vi: "Đạt", en: "Met" },
  "pane.targets.status.below": { vi: "Chưa đạt (thiếu {gap})", en: "Below target (short by {gap})" },
  "pane.targets.status.no-value": { vi: "Chưa có số liệu", en: "No value" },
  "pane.targets.status.missing": { vi: "Chưa báo cáo", en: "Not reported" },
  "pane.targets.status.invalid": { vi: "Số liệu sai", en: "Invalid value" },
  "pane.targets.kind.actual": { vi: "Thực hiện năm {year}", en: "Actual {year}" },
  "pane.targets.kind.estimate": { vi: "Ước thực hiện năm {year}", en: "Estimate {year}" },
  "pane.targets.kind.plan": { vi: "Kế hoạch năm {year}", en: "Plan {year}" },
  "pane.targets.kind.none": { vi: "Năm {year}", en: "Year {year}" },
  "pane.targets.missing": {
    vi: "Chỉ tiêu chưa có trong sổ tính: {list}.",
    en: "Targets not in the workbook: {list}.",
  },
  "pane.targets.append.title": {
    vi: "Bổ sung chỉ tiêu còn thiếu vào trang kế hoạch",
    en: "Add the missing targets to the plan sheet",
  },
  "pane.targets.append.sheet": { vi: "Trang kế hoạch", en: "Plan sheet" },
  "pane.targets.append.no-sheet": {
    vi: "Sổ tính chưa có trang nào: hãy chèn bảng kế hoạch trước.",
    en: "The workbook has no sheet yet: insert the plan table first.",
  },
  "pane.targets.append.button": { vi: "Bổ sung", en: "Add" },
  "pane.targets.append.running": { vi: "Đang bổ sung…", en: "Adding…" },
  "pane.targets.append.done": {
    vi: "Đã thêm {rows} dòng chỉ tiêu vào trang «{sheet}».",
    en: "Added {rows} target rows to the sheet «{sheet}».",
  },
  "pane.targets.all-reported": {
    vi: "Sổ tính đã có đủ các chỉ tiêu của cấp này.",
    en: "The workbook reports every target of this level.",
  },

  // errors: sentences an official understands, never a stack trace
  "pane.error.title": { vi: "Có lỗi", en: "Something went wrong" },
  "pane.error.generic": { vi: "Không thực hiện được: {reason}", en: "Could not do it: {reason}" },
  "pane.error.unknown-reason": { vi: "lỗi không xác định.", en: "unknown error." },
  "pane.error.sheet-missing": {
    vi: "Không tìm thấy trang tính «{sheet}»: có thể trang đã bị xóa hoặc đổi tên. Hãy mở lại thẻ này rồi thử lại.",
    en: "The sheet «{sheet}» is not there: it may have been deleted or renamed. Open this tab again and retry.",
  },
  "pane.error.sheet-missing.unnamed": {
    vi: "Không tìm thấy trang tính cần dùng: có thể trang đã bị xóa hoặc đổi tên. Hãy mở lại thẻ này rồi thử lại.",
    en: "A sheet it needs is not there: it may have been deleted or renamed. Open this tab again and retry.",
  },
  "pane.error.protected": {
    vi: "Trang tính đang được bảo vệ (khóa) nên không ghi được: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    en: "The sheet is protected, so nothing can be written: unprotect it (Review › Unprotect Sheet) and retry.",
  },
  "pane.error.too-large": {
    vi: "Vùng dữ liệu quá lớn để Excel xử lý trong một lần: hãy xóa các dòng, cột trống thừa ở cuối trang hoặc chọn ít trang hơn.",
    en: "The data is too large for Excel to handle at once: delete stray empty rows and columns at the end of the sheet, or choose fewer sheets.",
  },
  "pane.error.too-large.used-range": {
    vi: "Trang tính «{sheet}» có ô đang dùng trải tới {corner} (vùng {range}), quá rộng để đọc: có một giá trị lạc ở hàng hoặc cột rất xa bảng. Hãy chọn các hàng, cột thừa sau bảng (từ hàng, cột trống đầu tiên tới {corner}), xóa chúng (chuột phải › Xóa) rồi thử lại.",
    en: "The sheet «{sheet}» uses cells up to {corner} (range {range}), too wide to read: a stray value sits in a row or column far from the table. Select the rows and columns past the table (from the first empty one to {corner}), delete them (right-click › Delete), then retry.",
  },
  "pane.error.undo-too-large": {
    vi: "Lần sửa này thay đổi {count} ô, quá nhiều để lưu bản hoàn tác trong sổ tính, nên chưa ô nào bị sửa: hãy sửa từng loại lỗi hoặc từng trang tính một (hoặc bỏ đánh dấu ô trước).",
    en: "This fix changes {count} cells, too many to keep its undo record in the workbook, so nothing was changed: fix one kind of finding or one sheet at a time (or remove the marks first).",
  },
  "pane.error.merged": {
    vi: "Có ô cần ghi nằm trong một vùng ô gộp nên Excel không ghi được: hãy bỏ gộp các ô trong vùng số liệu (Trang đầu › Gộp và Căn giữa › Bỏ gộp ô) rồi thử lại.",
    en: "A cell to write lies inside merged cells, so Excel refused the write: unmerge the cells in the figures (Home › Merge & Center › Unmerge Cells) and retry.",
  },
  "pane.error.merged.unknown": {
    vi: "Có ô cần ghi nằm trong một vùng ô gộp, mà phiên bản Excel này chưa cho phần bổ trợ biết ô nào được gộp (cần ExcelApi 1.13) nên không tránh được: hãy bỏ gộp các ô trong vùng số liệu (Trang đầu › Gộp và Căn giữa › Bỏ gộp ô) rồi thử lại, hoặc dùng trang web.",
    en: "A cell to write lies inside merged cells, and this Excel does not tell the add-in which cells are merged (ExcelApi 1.13 is needed), so they could not be avoided: unmerge the cells in the figures (Home › Merge & Center › Unmerge Cells) and retry, or use the web page.",
  },
  "pane.error.cell-edit.maybe": {
    vi: "Excel từ chối thao tác này. Nếu bạn đang gõ trong một ô, hãy nhấn Enter hoặc Tab để kết thúc rồi thử lại.",
    en: "Excel refused this. If you are typing in a cell, press Enter or Tab to finish, then retry.",
  },
  "pane.error.cell-edit": {
    vi: "Excel đang ở chế độ sửa ô (bạn đang gõ trong một ô): hãy nhấn Enter hoặc Tab để kết thúc rồi thử lại.",
    en: "Excel is in cell-edit mode (you are typing in a cell): press Enter or Tab to finish, then retry.",
  },
  "pane.error.partial-write": {
    vi: "Lần ghi này rất lớn nên được gửi thành nhiều đợt; các đợt đầu đã được ghi vào sổ tính. Excel không hoàn tác được thay đổi do phần bổ trợ ghi: hãy kiểm tra lại trang tính rồi thử lại.",
    en: "This write was very large, so it was sent in several parts; the first parts are already in the workbook. Excel's undo does not cover an add-in's writes: check the sheet, then retry.",
  },
  "pane.error.partial-write.undoable": {
    vi: "Lần ghi này rất lớn nên được gửi thành nhiều đợt; các đợt đầu đã được ghi vào sổ tính. Nhấn Ctrl+Z trong Excel để hoàn tác phần đã ghi, rồi thử lại.",
    en: "This write was very large, so it was sent in several parts; the first parts are already in the workbook. Press Ctrl+Z in Excel to undo them, then retry.",
  },
  "pane.error.settings": {
    vi: "Không đọc được cài đặt đã lưu; đang dùng giá trị mặc định.",
    en: "The saved settings could not be read; using the defaults.",
  },
  "pane.error.settings-save": {
    vi: "Không lưu được cài đặt vào sổ tính",
    en: "The settings could not be saved in the workbook",
  },
} satisfies Record<string, Message>;
