/**
 * The header vocabulary, as data: every phrasing the grammar knows, with where it was seen. Patterns are written on
 * folded text (legacy encodings converted, no diacritics, lower case, single spaces — `foldHeader`), so «Ước thực
 * hiện», «UOC THUC HIEN», «¦íc thùc hiÖn» and «Ước  thực\nhiện» are one phrasing. A pattern is a regular expression
 * matched at a word start; the reader (read.ts) tries the lists in the order written, so a longer phrasing comes
 * before a shorter one it contains («ước thực hiện» before «thực hiện»).
 *
 * To teach the grammar a new phrasing: add it to its list with its source (document and form or column, or the
 * software and screen where it was seen), and a case to test/fixtures/header-phrasings.json.
 */
import type { ComparisonOp, FigureKind, Period, PlainRole } from "./reading";

export interface Phrase<M> {
  /** Regular expression on folded text, matched at a word start and ending at a word end. */
  pattern: string;
  means: M;
  /** Where the phrasing was seen. */
  sources: readonly string[];
}

/** The sources the phrasings cite. */
export const SOURCES = {
  issue16:
    "issue 16: headers of provinces' forecast/plan tables («Thực hiện năm trước», «Kế hoạch năm», «Ước thực hiện năm», «Kế hoạch năm sau», «TH 2025», «ƯTH 2026», «KH 2027», «ƯTH 2026/TH 2025 (%)», «So sánh ƯTH 2026 với TH 2025 (%)», «Năm 2026 (ước)», «Tốc độ tăng (%)», «Ước thực hiện 6 tháng so với kế hoạch năm (%)»)",
  seed000:
    "seed 000: provincial guidance frame for the 2022 ICT plan, tables II (Dự báo khả năng thực hiện kế hoạch năm 2021) and II (Các chỉ tiêu chủ yếu của kế hoạch năm 2022)",
  seed001:
    "seed 001: Tuần Giáo district's 2022 ICT plan, appendices «Dự báo khả năng thực hiện kế hoạch năm 2021» and «Các chỉ tiêu chủ yếu của kế hoạch năm 2022»",
  seed002: "seed 002: Thọ Xuân district's DX index table (Điểm tối đa, Điểm tự chấm, Đơn vị chủ trì)",
  seed003: "seed 003: QĐ 1381/QĐ-BTTTT grassroots-information strategy targets by year 2021–2025",
  seed004: "seed 004: ministry letter on e-government targets to 2020 (Chỉ tiêu, Mục tiêu)",
  notation:
    "the header-phrasing notation of test/fixtures/header-phrasings.json: kinds (thực hiện/TH, ước thực hiện/ƯTH/ước TH/ước, kế hoạch/KH, chỉ tiêu giao/số giao/mục tiêu, dự toán, lũy kế), periods (năm/cả năm, 6 tháng/6 tháng đầu năm, 9 tháng, quý I–IV, tháng, kỳ báo cáo), years (năm trước, năm nay, năm báo cáo, năm hiện hành, năm sau, năm kế hoạch, cùng kỳ năm trước, N-1/N/N+1), comparisons («A/B (%)», «A so với B (%)», «So sánh A với B (%)», «Tỷ lệ A/B (%)», «Tăng, giảm (%)», «Tốc độ tăng (%)», «Chênh lệch», «Tăng (+), giảm (−)»)",
  qa: "QA pass on main (test/core/check/table-rules.test.ts): «Năm 2024 (%)», «Chỉ tiêu năm 2024 (%)», «Tỷ lệ hoàn thành chỉ tiêu giao (%)», «Mức độ hoàn thành mục tiêu (%)», «Tỷ lệ đạt (%)», «Ước TH 2024/TH 2023 (%)», «2024/2023 (%)», «TH 6 tháng/Ước TH cả năm (%)»",
  templates:
    "our own templates (src/core/templates): STT, Các chỉ tiêu, Đơn vị tính, Đánh giá, Ghi chú, Mã chỉ tiêu",
  nso: "GSO/NSO monthly and quarterly socio-economic reports: «Thực hiện cùng kỳ năm trước», «Thực hiện kỳ báo cáo», «Lũy kế từ đầu năm», «Tháng báo cáo so với cùng kỳ (%)»",
  budget:
    "state-budget estimate tables (Luật Ngân sách nhà nước, biểu dự toán): «Dự toán năm», «Ước thực hiện so với dự toán (%)»",
  bpc: "test/fixtures/header-phrasings.json, cases bpc-…: VNPT Bình Phước's Sở Công Thương reporting software (GithubVNPT-BPC/industrial-and-commercial-facilities @bdb57d6) — «Thực hiện kỳ báo cáo», «Thực hiện kỳ trước», «Lũy kế kì báo cáo», «Thực hiện cùng kì năm trước», «ƯTH so Tháng cùng kỳ», «TH tháng (Cộng dồn)», «Đạt % so với CSTK», «Thứ tự», «Loại hình»",
  ct: "test/fixtures/header-phrasings.json, cases ct-…: a Sở Công Thương web app (quoctrong1x96/Industry-and-Trade @0d17444) — «Tháng 9/2020», «Luỹ kế 11 tháng», «TH tháng 11 so tháng trước», «Luỹ kế tháng b/c so KH», «Địa bàn (xã, phường, thị trấn)»",
  ktxh: "test/fixtures/header-phrasings.json, cases ktxh-…: district KT-XH reporting software (Kirito223/KTXH @e5524b7) — «TH X-1», «Năm X», «KH X+1/ƯTH X», «ƯTH/ TH 2020», «ƯKH2020/KH2020», «Chênh lệch 2020 - 2016 (%)», «BQGĐ 2016 - 2020 (%)», «Ghi chú/Đánh giá», «Năm nhập biểu mẫu 2020»",
  qa16: "QA pass on issue 16: workbooks headed in other provinces' words (test/support/province-workbooks.ts), «Số liệu năm 2025», «Giá trị năm 2025», «Năm kế hoạch 2027», «Tỷ lệ tăng so với năm trước (%)», «Nguyên nhân tăng, giảm»",
  variants:
    "test/fixtures/header-phrasings.json, cases var-…: variants built on the sources above («LK 9 tháng», «% LK so với CK», «Tỷ lệ TH 6 tháng/DT năm (%)», «Chênh lệch ƯTH - KH», «Tăng/giảm (%)»)",
} as const;

const S = SOURCES;

/**
 * Whole-header words of the columns that hold no figure, on the header's plain words (asides and punctuation
 * dropped), in the order tried. The STT header and the unit header have their own readers (row-labels.ts,
 * `isUnitHeader`), kept as they were.
 */
export const COLUMN_WORDS: readonly Phrase<PlainRole>[] = [
  { pattern: "^ma chi tieu$", means: "code", sources: [S.templates] },
  // «Ghi chú/Đánh giá» is a note, not the sheet's own judgement.
  { pattern: "^ghi chu\\b", means: "note", sources: [S.seed000, S.templates, S.ktxh] },
  { pattern: "^(?!.*\\btu danh gia\\b).*\\bdanh gia\\b", means: "evaluation", sources: [S.templates] },
  { pattern: "\\btoi da\\b", means: "max-points", sources: [S.seed002] },
  {
    pattern: "\\btu cham\\b|^diem( dat)?$|\\bdiem tu danh gia\\b|^tu danh gia\\b",
    means: "self-score",
    sources: [S.seed002],
  },
  {
    pattern:
      "\\bchu tri\\b|^(don vi|co quan|bo phan|nguoi) (thuc hien|phu trach|trien khai)\\b|^phan cong\\b",
    means: "in-charge",
    sources: [S.seed002, S.notation],
  },
];

/** Whole-header words checked after the unit header: the administrative level and the note column. */
export const LATE_COLUMN_WORDS: readonly Phrase<PlainRole>[] = [
  { pattern: "^cap( hanh chinh)?$", means: "level", sources: [S.seed000] },
  // Columns about tasks rather than figures: a time, a schedule, a source of funds.
  {
    pattern: "^(thoi gian|thoi han|tien do|lo trinh|nguon (von|kinh phi)|san pham)\\b",
    means: "other",
    sources: [S.seed002],
  },
  // «Tỷ trọng (%)»: a share of a total the row does not hold; «Tăng bình quân giai đoạn 2021-2025 (%/năm)»: a
  // period's average. Neither is computed from the row's figures.
  { pattern: "^(ty|ti) trong\\b|\\b(binh quan|bqgd|bq)\\b", means: "other", sources: [S.ktxh, S.qa16] },
  // «Nguyên nhân tăng, giảm», «Lý do không đạt»: words explaining the figures, never a growth rate or a difference.
  { pattern: "^(nguyen nhan|ly do|giai trinh|giai thich)\\b", means: "other", sources: [S.qa16] },
  // «Những tồn tại, hạn chế gặp phải trong quá trình thực hiện», «Khó khăn, vướng mắc», «Kiến nghị, đề xuất»: text
  // on the work, not a result however «thực hiện» is written in it («Đề xuất KH năm 2027» stays a plan); «Số, ký
  // hiệu Nghị quyết»: a document's number.
  {
    pattern:
      "^(nhung |cac )?(ton tai|han che|kho khan|vuong mac|giai phap)\\b|^kien nghi( de xuat)?$|^(so )?(ky hieu|so hieu)\\b",
    means: "other",
    sources: [S.qa16],
  },
];

/** The indicator-name column, when nothing else in its header says what it is. */
export const NAME_WORDS: readonly Phrase<PlainRole>[] = [
  {
    pattern:
      "^(cac )?chi tieu( chu yeu)?$|^ten (cac )?chi tieu|^noi dung|^cac chi so|^chi so|^tieu chi|^ten chi so|^cac tieu chi|^danh muc|^nhiem vu|^hang muc|^loai hinh$|^dia ban\\b|^tuyen\\b",
    means: "name",
    sources: [S.seed000, S.seed001, S.seed002, S.templates, S.bpc, S.ct],
  },
];

/** Figure kinds, longest first. `(?!…)` guards keep a kind from eating a word that is no kind there. */
export const KIND_PHRASES: readonly Phrase<FigureKind>[] = [
  // «ƯTH/ TH 2020»: the estimate, or the result once known — one figure, not a comparison.
  { pattern: "(u ?th|uoc th|uoc thuc hien) / (th|thuc hien)", means: "estimate", sources: [S.ktxh] },
  { pattern: "uoc (tinh )?thuc hien", means: "estimate", sources: [S.seed000, S.seed001, S.issue16] },
  // «Ước t.hiện», «Ư.T.Hiện»: «thực hiện» abbreviated with a dot (the dot is a space by now).
  { pattern: "(uoc|u) (t|th) hien", means: "estimate", sources: [S.qa16] },
  { pattern: "du kien thuc hien|kha nang thuc hien|du bao", means: "estimate", sources: [S.seed000] },
  // «Dự kiến TH 2026»: «dự kiến thực hiện» abbreviated, this year's estimate (not «dự kiến», a plan).
  { pattern: "du kien th", means: "estimate", sources: [S.qa16] },
  { pattern: "uoc th|u\\.? ?th|uoc tinh|uoc dat|uoc", means: "estimate", sources: [S.issue16, S.notation] },
  // «ƯKH2020» beside «KH2020»: typed for ƯTH.
  { pattern: "u ?kh", means: "estimate", sources: [S.ktxh] },
  {
    pattern: "(luy ke|cong don)( thuc hien)?( tu dau nam)?( den (cuoi )?(ngay|thang|ky|ki) bao cao)?|lk",
    means: "cumulative",
    sources: [S.notation, S.nso, S.bpc, S.variants],
  },
  // «Mục tiêu, kế hoạch năm 2027»: the plan, its aim named with it (not a target handed down).
  { pattern: "muc tieu[,;/ -]+ke hoach|ke hoach[,;/ -]+muc tieu", means: "plan", sources: [S.qa16] },
  { pattern: "du toan|dt", means: "budget", sources: [S.notation, S.budget, S.variants] },
  {
    pattern: "chi tieu (duoc )?giao|so (duoc )?giao|chi tieu (tinh|huyen|tw|trung uong) giao|muc tieu",
    means: "target",
    sources: [S.notation, S.seed004, S.qa],
  },
  // «Chỉ tiêu Nghị quyết năm 2026», «Theo NQ HĐND», «NQ giao», «NQ 2026»: the target a council's resolution set —
  // only after «chỉ tiêu»/«theo», before «giao» or beside a year. Alone («Nghị quyết», «Tên Nghị quyết», «Văn bản
  // (NQ, QĐ)») it names a document, no figure; «So với NQ (%)» is read where a comparison's side is (read.ts).
  {
    pattern:
      "(chi tieu |theo )(theo )?(nghi quyet|nq)( hdnd| dai hoi)?|(nghi quyet|nq)( hdnd| dai hoi)?(?= giao\\b| (19|20)\\d\\d(?!\\d))",
    means: "target",
    sources: [S.qa16],
  },
  {
    pattern:
      "(tinh|huyen|tw|trung uong|ubnd tinh|ubnd huyen) giao|giao(?! (duc|thong|dich|luu|tiep|nhan|ban))",
    means: "target",
    sources: [S.notation],
  },
  {
    pattern: "chi tieu ke hoach|ke hoach|kh|du kien",
    means: "plan",
    sources: [S.seed000, S.seed001, S.issue16],
  },
  {
    // «T.Hiện», «Th.hiện»: «thực hiện» abbreviated with a dot (the dot is a space by now).
    pattern: "thuc hien|(t|th) hien|th|ket qua( thuc hien| dat duoc)?|dat duoc|so (lieu )?thuc hien|thuc te",
    means: "actual",
    sources: [S.seed000, S.seed001, S.issue16],
  },
  // «Năm 2025 (chính thức)», «Năm 2025 (sơ bộ)»: the result as published, final or preliminary.
  { pattern: "chinh thuc|so bo", means: "actual", sources: [S.nso, S.qa16] },
];

/**
 * Words around a figure's words that say nothing of the figure: «Số liệu năm 2025» is the result of 2025 as «Năm 2025»
 * is, «Số liệu kế hoạch 2026» the plan. Read after the kinds («số liệu thực hiện» is one).
 */
export const FILLER_WORDS: readonly Phrase<true>[] = [
  { pattern: "so lieu|gia tri", means: true, sources: [S.qa16] },
];

/**
 * Periods, longest first. «năm» alone is the full year; the year itself is read by YEAR_PHRASES and digits. «report»
 * is the report period named as such («Kỳ báo cáo»): the notation's `period`, which a title naming one part of the
 * year («BÁO CÁO 6 THÁNG ĐẦU NĂM 2026») makes that part.
 */
export const PERIOD_PHRASES: readonly Phrase<Period | "report">[] = [
  // «6 tháng cuối năm»: the second half, which the notation has no word for — a period of the year, never the year;
  // so is a span through a day inside a month («Thực hiện đến 15/12/2026», read as «đến ngày 2026»).
  { pattern: "(6|sau) ?(thang|t) cuoi( nam)?|nua cuoi nam|den ngay", means: "period", sources: [S.qa16] },
  {
    pattern: "6 ?(thang|t)( dau nam| dau)?|sau thang( dau nam| dau)?|6 ?tdn|nua (dau )?nam",
    means: "h1",
    sources: [S.seed000, S.seed001, S.issue16],
  },
  { pattern: "(9|chin) ?(thang|t)( dau nam| dau)?", means: "9m", sources: [S.notation] },
  // «Thực hiện 12 tháng năm 2025»: twelve months are the year, not a month.
  { pattern: "(12|muoi hai) thang", means: "year", sources: [S.qa16] },
  { pattern: "thang bao cao", means: "month", sources: [S.nso] },
  // «Lũy kế đến hết quý III/2026»: through the end of a quarter, the months from January (not the quarter alone).
  { pattern: "(den )?(het|cuoi) quy (iii|3)", means: "9m", sources: [S.qa16] },
  { pattern: "(den )?(het|cuoi) quy (ii|2)", means: "h1", sources: [S.qa16] },
  { pattern: "(den )?(het|cuoi) quy (iv|4)", means: "year", sources: [S.qa16] },
  { pattern: "quy (iv|4)", means: "q4", sources: [S.notation] },
  { pattern: "quy (iii|3)", means: "q3", sources: [S.notation] },
  { pattern: "quy (ii|2)", means: "q2", sources: [S.notation] },
  { pattern: "quy (i|1)", means: "q1", sources: [S.notation] },
  {
    pattern: "(ky|ki|quy) bao cao|(ky|ki) nay|trong (ky|ki)|quy|ky|ki",
    means: "report",
    sources: [S.notation, S.nso, S.bpc],
  },
  // «Tháng 11», «Tháng 9/2019», «Luỹ kế 11 tháng»: a month (its number, when written, is kept).
  { pattern: "(\\d{1,2} )?thang( \\d{1,2}| nay)?", means: "month", sources: [S.notation, S.nso, S.ct] },
  { pattern: "ca nam|nam", means: "year", sources: [S.seed000, S.seed001, S.notation] },
];

/**
 * Years named relative to the report year N (the offset), read before «năm» alone. `kind` is the figure the words
 * name with the year: «Năm kế hoạch 2027» heads the plan of 2027, not a year alone whose kind is to be asked.
 */
export const YEAR_PHRASES: readonly Phrase<{ offset: number; kind?: FigureKind }>[] = [
  { pattern: "(nam )?[nx] ?- ?1", means: { offset: -1 }, sources: [S.notation, S.ktxh] },
  { pattern: "(nam )?[nx] ?\\+ ?1", means: { offset: 1 }, sources: [S.notation, S.ktxh] },
  { pattern: "nam (truoc|ngoai|lien truoc)", means: { offset: -1 }, sources: [S.issue16, S.notation] },
  { pattern: "nam (nay|bao cao|hien hanh|hien tai)", means: { offset: 0 }, sources: [S.notation] },
  { pattern: "nam ke hoach", means: { offset: 1, kind: "plan" }, sources: [S.issue16, S.notation, S.qa16] },
  { pattern: "nam (sau|toi|ke tiep|tiep theo)", means: { offset: 1 }, sources: [S.issue16, S.notation] },
  { pattern: "(nam )?[nx]", means: { offset: 0 }, sources: [S.notation, S.ktxh] },
];

/**
 * The period before the current one («Thực hiện kỳ trước», «tháng trước»): no figure of the notation; a column of
 * it reads `other`, and a comparison with it resolves to that column when the table has it.
 */
export const PREVIOUS_PERIOD: readonly Phrase<true>[] = [
  { pattern: "(ky|ki|thang|quy) (lien )?truoc", means: true, sources: [S.bpc, S.ct] },
];

/**
 * «Cùng kỳ (năm trước)»: the result of the same period a year before the figure it is compared with (or, as a
 * column of its own, a year before the table's current figure).
 */
export const SAME_PERIOD_LAST_YEAR: readonly Phrase<true>[] = [
  {
    // «CKNT»: «cùng kỳ năm trước» in its initials.
    pattern: "(thuc hien |so lieu )?(cung ky|cung ki|cknt|ck)( nam truoc| nam ngoai| nam [nx] ?- ?1)?",
    means: true,
    sources: [S.issue16, S.nso, S.bpc, S.variants],
  },
];

/** What introduces a comparison: its operation, or «completion» (a result over its plan or target, A/B × 100). */
export type LeadMeaning = ComparisonOp | "growth-or-diff" | "completion";

export const COMPARISON_LEADS: readonly Phrase<LeadMeaning>[] = [
  { pattern: "toc do tang( truong)?|tang truong", means: "growth", sources: [S.issue16, S.notation] },
  // «Tỷ lệ tăng so với năm trước (%)»: the rate of increase, A/B × 100 − 100 (not «Tỷ lệ tăng/giảm», read below).
  { pattern: "(ty le|ti le) tang(?!( [/+-])* giam)", means: "growth", sources: [S.qa16] },
  // «KH 2027 so với ƯTH 2026 tăng (%)», «Tăng (%)»: «tăng» alone before the percent sign, a growth rate.
  { pattern: "tang(?= %| ?$)", means: "growth", sources: [S.qa16] },
  { pattern: "toc do phat trien|chi so phat trien", means: "ratio", sources: [S.nso] },
  {
    pattern: "tang ?\\(?\\+\\)?[,/ ]*giam ?\\(?-\\)?|tang[,/ ]+giam|\\+ ?/ ?-",
    means: "growth-or-diff",
    sources: [S.issue16, S.notation],
  },
  { pattern: "chenh lech", means: "diff", sources: [S.notation] },
  // «Tăng/giảm» over «Tuyệt đối | Tương đối (%)»: the absolute change and the relative one.
  { pattern: "(so )?tuyet doi", means: "diff", sources: [S.nso, S.qa16] },
  { pattern: "(so )?tuong doi", means: "growth", sources: [S.nso, S.qa16] },
  {
    pattern: "(ty le|ti le|muc do|muc) (hoan thanh|dat)( duoc)?|% (hoan thanh|dat)|hoan thanh|dat(?= %)",
    means: "completion",
    sources: [S.qa],
  },
  {
    pattern: "so sanh|ty le|ti le|bang(?= %)",
    means: "ratio",
    sources: [S.seed000, S.seed001, S.issue16, S.notation],
  },
];

/** What stands between the two operands of a comparison: «so với», «với» (after «so sánh»), «/», «trên». */
export const DIVIDERS: readonly Phrase<"so voi" | "voi" | "/" | "tren" | "so" | "-" | "gap">[] = [
  { pattern: "so voi", means: "so voi", sources: [S.issue16, S.notation] },
  // «KH 2027 gấp ƯTH 2026 (lần)»: A is so many times B — A over B. Folded, «gặp» is the same word («Vấn đề gặp
  // phải»), so it divides only between two figures or before «lần» (read.ts `dividerAt`).
  { pattern: "gap", means: "gap", sources: [S.qa16] },
  { pattern: "voi", means: "voi", sources: [S.seed000, S.seed001] },
  { pattern: "tren", means: "tren", sources: [S.notation] },
  // «TH tháng 11 so cùng kỳ», «Ước TH cả năm so KH»: «so» between two figures (a «số» is no divider).
  { pattern: "so", means: "so", sources: [S.bpc, S.ct, S.variants] },
  // «Chênh lệch ƯTH - KH», «Chênh lệch 2020 - 2016»: a difference's two sides.
  { pattern: "-", means: "-", sources: [S.ktxh, S.variants] },
];

/**
 * Title lines naming the report year N: the year written after the phrase, minus `plan` 1 when the phrase names the
 * plan of the next year. `kind` is the figure the title gives that year to (a year-less «Kế hoạch» column under
 * «KẾ HOẠCH NĂM 2027» is the 2027 plan). Tried in this order; every match in a title counts.
 */
export const TITLE_PHRASES: readonly Phrase<{ offset: number; kind?: FigureKind }>[] = [
  {
    pattern: "du bao (kha nang )?thuc hien (cac chi tieu )?(ke hoach )?(.*? )??nam",
    means: { offset: 0, kind: "estimate" },
    sources: [S.seed000, S.seed001],
  },
  {
    pattern: "uoc (tinh )?thuc hien (.*? )??(ca )?nam",
    means: { offset: 0, kind: "estimate" },
    sources: [S.issue16],
  },
  {
    pattern:
      "(tinh hinh |ket qua )?thuc hien (ke hoach |nhiem vu |cac chi tieu )?(.*? )??(6 thang dau |ca )?nam",
    means: { offset: 0, kind: "actual" },
    sources: [S.seed000, S.seed001],
  },
  { pattern: "(bao cao|ket qua|danh gia) (.*? )??nam", means: { offset: 0 }, sources: [S.seed001] },
  {
    pattern: "(cac chi tieu (chu yeu )?(cua )?)?ke hoach (.*? )??nam",
    means: { offset: 1, kind: "plan" },
    sources: [S.seed000, S.seed001, S.issue16],
  },
  // Any other title naming a year («BIỂU TỔNG HỢP CHỈ TIÊU NĂM 2026») reports that year.
  { pattern: "nam( [a-z]+){0,3}", means: { offset: 0 }, sources: [S.seed003, S.ktxh] },
];
