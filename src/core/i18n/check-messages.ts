/**
 * The checker's part of the translation table: one message per finding code (and variant), Vietnamese first.
 * Placeholders are the finding's params; numbers are shown the way the reader's language writes them.
 */
import type { FindingCode } from "../findings";
import type { CountMessage, Message } from "./types";

export const checkMessages = {
  "number/text": {
    vi: "«{text}» đang được lưu dạng chữ, không phải số: Excel coi ô này là chữ nên tổng và công thức bỏ qua nó. Sửa nhanh (hoặc lệnh phuluc fix) đổi nó thành số {value}.",
    en: "«{text}» is stored as text, not as a number: Excel sees text, so sums and formulas skip this cell. Quick fixes (or the phuluc fix command) turn it into the number {value}.",
  },
  "number/ambiguous": {
    vi: "«{text}» đọc được hai cách: {value} hoặc {alternative}; đã hiểu là {value}.",
    en: "«{text}» reads two ways: {value} or {alternative}; taken as {value}.",
  },
  "number/with-words": {
    vi: "Ô ghi «{text}» là số lẫn chữ: bảng tính không đọc được số nên không tính, cộng, so sánh hay đánh giá được. Hãy chỉ ghi số vào ô (đơn vị để ở cột Đơn vị tính).",
    en: "The cell says «{text}», a number mixed with words: the sheet reads no number there, so it cannot compute, add, compare or judge it. Enter the number alone (keep the unit in the unit column).",
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
  "percent/out-of-range.formatted": {
    vi: "Ô ghi {value} nhưng định dạng % nên hiện {shown}%: tỷ lệ ghi bằng số phần trăm, hãy bỏ định dạng % của ô (giữ số {value}).",
    en: "The cell holds {value} but its % format shows {shown}%: rates are written as percent numbers, drop the cell's % format (keep {value}).",
  },
  "percent/fraction": {
    vi: "Ô ghi {value} dạng phân số trong khi các ô khác của dòng ghi số phần trăm: có phải là {suggestion}?",
    en: "This cell holds the fraction {value} while the row's other cells hold percent numbers: did you mean {suggestion}?",
  },
  "percent/fraction.formatted": {
    vi: "Ô định dạng phần trăm (giá trị thật {value}, hiện {shown}%) giữa các ô ghi số phần trăm: hãy ghi {suggestion} và bỏ định dạng %.",
    en: "A percent-formatted cell (true value {value}, shown {shown}%) among percent numbers: write {suggestion} and drop the % format.",
  },
  "comparison/mismatch": {
    vi: "Cột so sánh ghi {actual} nhưng số liệu cho {expected} (lệch {diff} điểm).",
    en: "The comparison says {actual} but the figures give {expected} ({diff} points off).",
  },
  "comparison/mismatch.rounding": {
    vi: "Cột so sánh ghi {actual}, tính đúng là {expected}: chỉ do làm tròn hoặc cắt bớt.",
    en: "The comparison says {actual}, exactly {expected}: only rounding or truncation.",
  },
  "comparison/mismatch.percent-format": {
    vi: "Cột so sánh (%) ghi số phần trăm, nhưng ô này định dạng % (giá trị thật {actual}, hiện {shown}%): hãy ghi {expected} và bỏ định dạng %, hoặc dùng công thức {formula}.",
    en: "The (%) comparison column holds percent numbers, but this cell is percent-formatted (true value {actual}, shown {shown}%): write {expected} and drop the % format, or use the formula {formula}.",
  },
  "comparison/mismatch.fraction": {
    vi: "Cột so sánh (%) ghi {actual}, là tỷ số chưa nhân 100: phải là {expected} (công thức {formula}).",
    en: "The (%) comparison says {actual}, a ratio not multiplied by 100: it should be {expected} (formula {formula}).",
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
  "flow/part-exceeds-year": {
    vi: "Số của một phần năm ({actual}) lớn hơn số cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "A part-year figure ({actual}) exceeds the full-year figure ({expected}) of a quantity that accumulates.",
  },
  "flow/part-exceeds-year.9m": {
    vi: "Số 9 tháng ({actual}) lớn hơn số cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "The 9-month figure ({actual}) exceeds the full-year figure ({expected}) of a quantity that accumulates.",
  },
  "flow/part-exceeds-year.q1": {
    vi: "Số quý I ({actual}) lớn hơn số cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "The first quarter's figure ({actual}) exceeds the full-year figure ({expected}) of a quantity that accumulates.",
  },
  "flow/part-exceeds-year.q2": {
    vi: "Số quý II ({actual}) lớn hơn số cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "The second quarter's figure ({actual}) exceeds the full-year figure ({expected}) of a quantity that accumulates.",
  },
  "flow/part-exceeds-year.q3": {
    vi: "Số quý III ({actual}) lớn hơn số cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "The third quarter's figure ({actual}) exceeds the full-year figure ({expected}) of a quantity that accumulates.",
  },
  "flow/part-exceeds-year.q4": {
    vi: "Số quý IV ({actual}) lớn hơn số cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "The fourth quarter's figure ({actual}) exceeds the full-year figure ({expected}) of a quantity that accumulates.",
  },
  "flow/part-exceeds-year.month": {
    vi: "Số của tháng ({actual}) lớn hơn số cả năm ({expected}), trong khi chỉ tiêu này cộng dồn theo năm.",
    en: "The month's figure ({actual}) exceeds the full-year figure ({expected}) of a quantity that accumulates.",
  },
  "comparison/missing-operand": {
    vi: "Cột «{header}» so sánh với «{missing}» nhưng bảng không có cột đó, nên chưa điền và chưa kiểm tra được cột này. Hãy thêm cột đó, hoặc sửa cách đọc cột (phuluc check --column).",
    en: "Column «{header}» compares with «{missing}», which the table does not have, so it is neither filled nor checked. Add that column, or correct the column's reading (phuluc check --column).",
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
  "evaluation/mismatch.no-result": {
    vi: "Ô «Đánh giá» gõ tay ghi «{shown}» nhưng ô kết quả {resultCell} chưa có số liệu: hãy nhập số liệu (hoặc xóa ô đánh giá).",
    en: "The «Đánh giá» cell typed by hand says «{shown}» but the result cell {resultCell} is empty: enter the figure (or clear the evaluation).",
  },
  "evaluation/mismatch.typed": {
    vi: "Ô «Đánh giá» gõ tay ghi «{shown}» nhưng kết quả {value} so với chỉ tiêu {target} là «{expected}»: hãy sửa ô đánh giá (hoặc số ở ô {resultCell}).",
    en: "The «Đánh giá» cell typed by hand says «{shown}» but the result {value} against the target {target} is «{expected}»: correct the evaluation (or the figure in {resultCell}).",
  },
  "check/internal": {
    vi: "Lỗi của công cụ: quy tắc «{rule}» không chạy được trên trang này ({message}). Kết quả kiểm tra trang này chưa đầy đủ; xin báo lại cho người phát triển.",
    en: "Tool error: rule «{rule}» failed on this sheet ({message}). The check of this sheet is incomplete; please report it to the developers.",
  },
  "score/sum-mismatch.text": {
    vi: "Công thức cộng được {actual}, thiếu điểm ở ô {cells} vì đang lưu dạng chữ (tổng đúng là {expected}): nhập lại các ô đó thành số.",
    en: "The formula adds up to {actual}, missing {cells}, stored as text (the right total is {expected}): enter those cells as numbers.",
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
    vi: "Trang tính có số liệu ở các cột {columns} (từ dòng {row}) nhưng không đọc được tiêu đề bảng: {what} Hãy ghi dòng tiêu đề cột (ví dụ «STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Ước thực hiện 2026 | KH 2027») hoặc dòng số thứ tự cột (1 2 3 … 7=6/4).",
    en: "The sheet holds figures in columns {columns} (from row {row}) but no table header could be read: {what} Write a column header row (e.g. «STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Ước thực hiện 2026 | KH 2027») or a column-number row (1 2 3 … 7=6/4).",
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
  "structure/no-figures": {
    vi: "Bảng chưa có số liệu nào ({rows} dòng chỉ tiêu, mọi ô số liệu đều trống): hãy nhập số liệu trước khi gửi lên tỉnh, hoặc xóa bảng không dùng.",
    en: "The table holds no figures yet ({rows} indicator rows, every figure cell empty): type the figures before sending it to the province, or delete a table you do not use.",
  },
  "structure/merges-unknown": {
    vi: "Phiên bản Excel này chưa cho phần bổ trợ biết ô nào được gộp (cần ExcelApi 1.13), nên chưa kiểm tra được ô gộp trong vùng số liệu. Trang web hoặc lệnh phuluc kiểm tra được cả ô gộp.",
    en: "This Excel does not tell the add-in which cells are merged (ExcelApi 1.13 is needed), so merged cells in the figures were not checked. The web page or the phuluc command line checks them too.",
  },
} satisfies Record<string, Message>;

export type CheckMessageKey = keyof typeof checkMessages;

/**
 * One line for many findings of one kind on one sheet ("152 ô số lưu dạng chữ: D9:F56 …"): what they are, counted.
 * Every finding code has one; a variant has its own where the plain one would mislead (a rounding note is not a
 * disagreement).
 */
export const foldMessages = {
  "evaluation/mismatch": {
    vi: "{count} ô «Đánh giá» khác với kết quả",
    en: {
      one: "{count} evaluation that disagrees with its result",
      other: "{count} evaluations that disagree with their results",
    },
  },
  "check/internal": {
    vi: "{count} quy tắc không chạy được",
    en: { one: "{count} rule that failed", other: "{count} rules that failed" },
  },
  "number/text": {
    vi: "{count} ô số lưu dạng chữ",
    en: { one: "{count} number stored as text", other: "{count} numbers stored as text" },
  },
  "number/with-words": {
    vi: "{count} ô số lẫn chữ",
    en: { one: "{count} number mixed with words", other: "{count} numbers mixed with words" },
  },
  "number/ambiguous": {
    vi: "{count} ô số đọc được hai cách",
    en: { one: "{count} number that reads two ways", other: "{count} numbers that read two ways" },
  },
  "unit/missing": {
    vi: "{count} chỉ tiêu chưa ghi đơn vị tính",
    en: { one: "{count} indicator without a unit", other: "{count} indicators without a unit" },
  },
  "unit/unknown": {
    vi: "{count} đơn vị tính không có trong danh mục",
    en: { one: "{count} unknown unit", other: "{count} unknown units" },
  },
  "unit/rate-not-percent": {
    vi: "{count} tỷ lệ không ghi đơn vị %",
    en: { one: "{count} rate whose unit is not %", other: "{count} rates whose unit is not %" },
  },
  "unit/percent-on-count": {
    vi: "{count} số lượng lại ghi đơn vị %",
    en: { one: "{count} count with % as its unit", other: "{count} counts with % as their unit" },
  },
  "unit/catalog-mismatch": {
    vi: "{count} đơn vị tính khác danh mục chuẩn",
    en: { one: "{count} unit differing from the catalog", other: "{count} units differing from the catalog" },
  },
  "unit/period-overflow": {
    vi: "{count} ô thời lượng vượt số giờ của kỳ",
    en: {
      one: "{count} duration longer than its period",
      other: "{count} durations longer than their period",
    },
  },
  "percent/out-of-range": {
    vi: "{count} tỷ lệ ngoài khoảng 0–100",
    en: { one: "{count} rate outside 0–100", other: "{count} rates outside 0–100" },
  },
  "percent/out-of-range.formatted": {
    vi: "{count} tỷ lệ định dạng % nên hiện gấp 100 lần",
    en: { one: "{count} rate shown ×100 by a % format", other: "{count} rates shown ×100 by a % format" },
  },
  "percent/fraction": {
    vi: "{count} ô ghi phân số giữa các số phần trăm",
    en: { one: "{count} fraction among percent numbers", other: "{count} fractions among percent numbers" },
  },
  "comparison/mismatch": {
    vi: "{count} ô so sánh lệch với số liệu",
    en: {
      one: "{count} comparison that disagrees with the figures",
      other: "{count} comparisons that disagree with the figures",
    },
  },
  "comparison/mismatch.percent-format": {
    vi: "{count} ô so sánh định dạng % thay vì ghi số phần trăm",
    en: {
      one: "{count} comparison percent-formatted instead of a percent number",
      other: "{count} comparisons percent-formatted instead of percent numbers",
    },
  },
  "evaluation/mismatch.no-result": {
    vi: "{count} ô «Đánh giá» gõ tay khi chưa có kết quả",
    en: {
      one: "{count} evaluation typed where the result is empty",
      other: "{count} evaluations typed where the result is empty",
    },
  },
  "comparison/mismatch.fraction": {
    vi: "{count} ô so sánh ghi tỷ số chưa nhân 100",
    en: {
      one: "{count} comparison written as a ratio, not ×100",
      other: "{count} comparisons written as ratios, not ×100",
    },
  },
  "comparison/mismatch.rounding": {
    vi: "{count} ô so sánh chỉ lệch do làm tròn hoặc cắt bớt",
    en: { one: "{count} comparison off by rounding only", other: "{count} comparisons off by rounding only" },
  },
  "comparison/not-formula": {
    vi: "{count} ô so sánh gõ tay thay cho công thức",
    en: {
      one: "{count} typed comparison instead of a formula",
      other: "{count} typed comparisons instead of formulas",
    },
  },
  "comparison/missing": {
    vi: "{count} ô so sánh để trống",
    en: { one: "{count} empty comparison", other: "{count} empty comparisons" },
  },
  "comparison/wrong-formula": {
    vi: "{count} công thức so sánh sai",
    en: { one: "{count} wrong comparison formula", other: "{count} wrong comparison formulas" },
  },
  "sum/mismatch": {
    vi: "{count} tổng khác tổng các thành phần",
    en: {
      one: "{count} total that differs from its parts",
      other: "{count} totals that differ from their parts",
    },
  },
  "flow/half-exceeds-year": {
    vi: "{count} số 6 tháng lớn hơn số cả năm",
    en: {
      one: "{count} 6-month figure above the full year",
      other: "{count} 6-month figures above the full year",
    },
  },
  "flow/part-exceeds-year": {
    vi: "{count} số một phần năm lớn hơn số cả năm",
    en: {
      one: "{count} part-year figure above the full year",
      other: "{count} part-year figures above the full year",
    },
  },
  "comparison/missing-operand": {
    vi: "{count} cột so sánh với cột bảng không có",
    en: {
      one: "{count} comparison with a column the table lacks",
      other: "{count} comparisons with columns the table lacks",
    },
  },
  "cross/mismatch": {
    vi: "{count} số thực hiện khác số ước cả năm của bảng dự báo",
    en: {
      one: "{count} actual differing from the forecast's estimate",
      other: "{count} actuals differing from the forecast's estimates",
    },
  },
  "score/over-max": {
    vi: "{count} điểm tự chấm vượt điểm tối đa",
    en: { one: "{count} self-score over the maximum", other: "{count} self-scores over the maximum" },
  },
  "score/sum-mismatch": {
    vi: "{count} điểm khác tổng các tiêu chí con",
    en: {
      one: "{count} score differing from its criteria",
      other: "{count} scores differing from their criteria",
    },
  },
  "score/sum-mismatch.text": {
    vi: "{count} tổng điểm thiếu ô lưu dạng chữ",
    en: {
      one: "{count} total missing scores stored as text",
      other: "{count} totals missing scores stored as text",
    },
  },
  "score/negative": {
    vi: "{count} điểm tự chấm âm",
    en: { one: "{count} negative self-score", other: "{count} negative self-scores" },
  },
  "text/legacy-encoding": {
    vi: "{count} ô chữ gõ bằng bảng mã cũ",
    en: { one: "{count} cell in an old encoding", other: "{count} cells in an old encoding" },
  },
  "structure/no-header": {
    vi: "{count} bảng không đọc được tiêu đề",
    en: {
      one: "{count} table whose header could not be read",
      other: "{count} tables whose header could not be read",
    },
  },
  "structure/numbering": {
    vi: "{count} số thứ tự không nối tiếp",
    en: { one: "{count} row number out of sequence", other: "{count} row numbers out of sequence" },
  },
  "structure/duplicate-number": {
    vi: "{count} số thứ tự bị lặp",
    en: { one: "{count} repeated row number", other: "{count} repeated row numbers" },
  },
  "structure/merged-data": {
    vi: "{count} ô gộp trong vùng số liệu",
    en: { one: "{count} merged range in the figures", other: "{count} merged ranges in the figures" },
  },
  "structure/no-figures": {
    vi: "{count} bảng chưa có số liệu nào",
    en: { one: "{count} table without any figure", other: "{count} tables without any figure" },
  },
  "structure/merges-unknown": {
    vi: "Chưa kiểm tra được ô gộp",
    en: { one: "Merged cells not checked", other: "Merged cells not checked" },
  },
} satisfies Record<FindingCode | `${FindingCode}.${string}`, CountMessage>;

export type FoldMessageKey = keyof typeof foldMessages;
