/**
 * The district digital-transformation index: "Danh mục triển khai Bộ chỉ số đánh giá chuyển đổi số cấp huyện, xã"
 * (Thanh Hóa, Quyết định số 3716/QĐ-UBND ngày 23/9/2021 của Chủ tịch UBND tỉnh), as appended to Thọ Xuân district's
 * plan (seed 002). Three pillars: Chính quyền số 160 points, Kinh tế số 75, Xã hội số 35 (270 in all).
 *
 * The seed is an OCR without diacritics. Names are restored with their diacritics; numbers the OCR garbled ("4o",
 * "9.5", "g1", "1292" …) are restored from their position. A parent's maximum is the sum of its children's: that
 * recovers most lost or garbled points and is noted in `source.note`. Where the sum leaves a choice (several children
 * lost at once — the points column is missing after the page breaks in Chính quyền số 6.2–6.3 and in the tails of
 * Kinh tế số and Xã hội số), the most plausible value is used and `uncertain` says what was chosen and why.
 * With these choices every parent equals the sum of its children (checkDxTree returns nothing for the shipped data):
 * the document itself contradicts no sum once the OCR misreadings are undone (the two apparent contradictions,
 * Kinh tế số 2.1 and Xã hội số 5, are OCR misreadings of "2" and "5", see their notes).
 *
 * Code scheme (stable, never reused):
 * - pillars: "cds.cqs" (Chính quyền số), "cds.kts" (Kinh tế số), "cds.xhs" (Xã hội số);
 * - numbered criteria: pillar code + "." + the number as the document prints it, after undoing OCR garbles:
 *   "cds.cqs.1", "cds.cqs.1.1", "cds.cqs.1.1.3". Numbers the document itself prints out of sequence keep their
 *   printed number (Kinh tế số "2.1.4" after "2.1.2" is "cds.kts.2.1.4"; Xã hội số "1.2.3" after "1.2.1" is
 *   "cds.xhs.1.2.3"). A number the document repeats gets the next free number for its second use (the second
 *   Xã hội số "6.2" is "cds.xhs.6.3", its label stays "6.2");
 * - lettered items: parent code + "." + letter: "cds.cqs.1.1.3.a";
 * - dash items: parent code + ".-" + their 1-based rank among the dash items of that parent: "cds.cqs.1.2.2.-1".
 *   Sub-items the OCR shows with no mark at all are taken as dash items (label "-") and say so in `source.note`.
 *
 * Units in charge are kept on the row that prints them; the document does not say that a unit printed on a parent
 * covers its children, so they are not copied down.
 *
 * Pure data and functions: no Node, DOM or Office imports.
 */
import type { DxCriterion, DxPillar, SourceRef } from "./types";

/** One pillar of the index. */
export interface DxPillarInfo {
  pillar: DxPillar;
  /** "cds.cqs", "cds.kts", "cds.xhs"; the criteria of the pillar have codes under it. */
  code: string;
  /** Roman numeral as printed: "I", "II", "III". */
  roman: "I" | "II" | "III";
  name: string;
  maxPoints: number;
  source: SourceRef;
}

const DOC = "002" as const;
const APPENDIX = "Phụ lục Danh mục triển khai Bộ chỉ số đánh giá chuyển đổi số cấp huyện, xã";

export const dxPillars: readonly DxPillarInfo[] = [
  {
    pillar: "chinh-quyen-so",
    code: "cds.cqs",
    roman: "I",
    name: "Chính quyền số",
    maxPoints: 160,
    source: { doc: DOC, place: `${APPENDIX}, I. Chính quyền số` },
  },
  {
    pillar: "kinh-te-so",
    code: "cds.kts",
    roman: "II",
    name: "Kinh tế số",
    maxPoints: 75,
    source: {
      doc: DOC,
      place: `${APPENDIX}, II. Kinh tế số`,
      note:
        "The OCR loses the points column after 5.3 (5.4–6.1.1): 6 follows from the pillar total, 5.4–5.7 are " +
        'marked uncertain. Numbering as printed: 2.1.4 follows 2.1.2 (no 2.1.3); 5.5 is read "9.5" by the OCR.',
    },
  },
  {
    pillar: "xa-hoi-so",
    code: "cds.xhs",
    roman: "III",
    name: "Xã hội số",
    maxPoints: 35,
    source: {
      doc: DOC,
      place: `${APPENDIX}, III. Xã hội số`,
      note:
        "The OCR loses the points of 5 and 6 and the whole points column after 6.1 (6.2–7.2.2): 6 and 7 are " +
        'marked uncertain. Numbering as printed: 1.2.3 follows 1.2.1 (no 1.2.2); "6.2" is printed twice.',
    },
  },
];

// Units in charge (Đơn vị chủ trì), restored from the abbreviations printed in the appendix.
const TT_VHTTTTDL = "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch"; // "TTVHTTTT&DL"
const VP_HDND_UBND = "Văn phòng HĐND-UBND"; // "VP HĐND-UBND"
const P_VHTT = "Phòng Văn hóa và Thông tin"; // "Phòng VH&TT"
const P_NOI_VU = "Phòng Nội vụ";
const P_TCKH = "Phòng Tài chính - Kế hoạch"; // "Phòng Tài chính-KH"
const P_KTHT = "Phòng Kinh tế - Hạ tầng";

/** The units in charge named in the appendix, full names. */
export const dxUnitsInCharge: readonly string[] = [
  TT_VHTTTTDL,
  VP_HDND_UBND,
  P_VHTT,
  P_NOI_VU,
  P_TCKH,
  P_KTHT,
];

interface RowExtra {
  /** Label as printed when it differs from the one the path gives. */
  label?: string;
  unit?: string;
  note?: string;
  uncertain?: string;
}

/** [path under the pillar, name, Điểm tối đa, extra]. The path gives code, parent, depth and (by default) label. */
type Row = readonly [path: string, name: string, maxPoints: number | null, extra?: RowExtra];

function build(pillar: DxPillarInfo, rows: readonly Row[]): DxCriterion[] {
  const labels = new Map<string, string>();
  return rows.map(([path, name, maxPoints, extra]) => {
    const parts = path.split(".");
    const last = parts[parts.length - 1];
    const numbered = parts.every((p) => /^\d+$/.test(p));
    const label = extra?.label ?? (numbered ? path : last.startsWith("-") ? "-" : last);
    const parentPath = parts.length > 1 ? parts.slice(0, -1).join(".") : undefined;
    const code = `${pillar.code}.${path}`;
    const parentCode = parentPath === undefined ? undefined : `${pillar.code}.${parentPath}`;
    // "STT 1.1.3", "STT 1.1.3 a", "STT 1.2.2, gạch đầu dòng thứ 1".
    const where = numbered
      ? label
      : last.startsWith("-")
        ? `${labels.get(parentCode!) ?? parentPath}, gạch đầu dòng thứ ${last.slice(1)}`
        : `${labels.get(parentCode!) ?? parentPath} ${label}`;
    labels.set(code, label);
    const source: SourceRef = {
      doc: DOC,
      place: `${APPENDIX}, ${pillar.roman}. ${pillar.name}, STT ${where}`,
      ...(extra?.note ? { note: extra.note } : {}),
    };
    const criterion: DxCriterion = {
      code,
      pillar: pillar.pillar,
      label,
      depth: parts.length,
      name,
      maxPoints,
      ...(extra?.unit ? { unitInCharge: extra.unit } : {}),
      ...(parentCode ? { parent: parentCode } : {}),
      ...(extra?.uncertain ? { uncertain: extra.uncertain } : {}),
      source,
    };
    return criterion;
  });
}

const [CQS, KTS, XHS] = dxPillars as readonly [DxPillarInfo, DxPillarInfo, DxPillarInfo];

const DASH_LOST = "No mark survives in the OCR; taken as a dash item like Chính quyền số 1.2.2.";

// Reasons for the maxima the arithmetic leaves open (one text per group of criteria decided together).
const U_CQS_62 =
  "Points lost after a page break for all six criteria of 6.2, whose 10 is printed. Chosen split 2+2+2+1+2+1: " +
  "2 for the two programmes, the managers' rate and the staff's digital-skills rate, 1 for the specialists' " +
  "average training count and the data-skills rate. Only the sum (10) is certain.";
const U_CQS_63 =
  "Points lost after a page break. 6.3 = 5 is certain (6 (20) − 6.1 (5) − 6.2 (10)); its split over three criteria " +
  "is not: chosen 2+2+1, like the three criteria of 6.1. Only the sum (5) is certain.";
const U_KTS_41 =
  "OCR reads 5 for both 4.1.1 and 4.1.3; 4.1 (7) − 4.1.2 (3) leaves 4 for the two. Chosen 2 each: the same glyph " +
  "gives the same digit, and this OCR reads 2 as 5 elsewhere. Only their sum (4) is certain.";
const U_KTS_54_57 =
  'Points lost by the OCR for 5.4–5.7 (the "A" on the 5.7 line is a circumflex). 5 (28) − 5.1 (10) − 5.2 (5) − ' +
  "5.3 (1) leaves 12 for the four; chosen 3 each, as the document gives no ground to weight them. Only the sum " +
  "(12) is certain.";
const U_KTS_PAIR =
  "Points lost by the OCR. Chosen 2 for the revenue share and 1 for the tax share, splitting their group's 3 (itself " +
  "uncertain, see 5.4) like the 2/1 pairs elsewhere in the index.";
const U_XHS_6_7 =
  'Points lost by the OCR (6 reads ")", 7 has none). 35 − 5×5 (1–5) leaves 10 for 6 and 7. With whole points ' +
  "of at least 1 per criterion, 6 (2 printed for 6.1, two more items) is 4 or 5 and 7 (five criteria) is 6 or 5; " +
  "chosen 5 and 5, so that all seven indices weigh 5 like 1–5. Alternative: 6 = 4, 7 = 6.";
const U_XHS_6 =
  "Points lost after a page break. 6 (5, uncertain) − 6.1 (2) leaves 3 for 6.2 and the second 6.2; chosen 2 " +
  "for personal data and 1 for children's protection. Only the sum is certain given 6.";
const U_XHS_7 =
  "Points lost after a page break. With 7 = 5 (uncertain, see 6) and at least 1 point per criterion, every " +
  "criterion of 7 has 1 (7.1 = 3, 7.2 = 2); if 7 were 6, one of them would have 2.";

// ——— I. Chính quyền số (160) ———
const cqs: readonly Row[] = [
  ["1", "Chuyển đổi nhận thức", 30],
  ["1.1", "Tuyên truyền, phổ biến, tập huấn về chuyển đổi số, Chính quyền số", 8, { unit: TT_VHTTTTDL }],
  ["1.1.1", "Có Chuyên mục về Chuyển đổi số trên Cổng/Trang thông tin điện tử", 1],
  ["1.1.2", "Có các tài liệu tuyên truyền (quyển, tờ rơi, video clip) về Chuyển đổi số", 2],
  [
    "1.1.3",
    "Tổ chức các hội thảo, hội nghị cho cán bộ lãnh đạo đơn vị về chuyển đổi số, Chính quyền số",
    5,
    { unit: VP_HDND_UBND, note: 'OCR reads the number as "113".' },
  ],
  ["1.1.3.a", "Số lượng hội thảo, hội nghị nâng cao nhận thức về chuyển đổi số", 3],
  [
    "1.1.3.b",
    "Tỷ lệ lãnh đạo của đơn vị đã tham gia ít nhất một hội thảo, hội nghị nâng cao nhận thức về chuyển đổi số",
    2,
    { note: 'Points read ")" by the OCR; 2 = 1.1.3 (5) − a (3).' },
  ],
  ["1.2", "Sự quan tâm của người đứng đầu đối với Chuyển đổi số, Chính quyền số", 12],
  ["1.2.1", "Người đứng đầu cấp huyện có sự quan tâm về chuyển đổi số", 3],
  [
    "1.2.2",
    "Số cuộc họp, hội nghị chuyên đề về chuyển đổi số, Chính quyền số do người đứng đầu đơn vị chủ trì",
    3,
    { note: 'OCR reads the number as "1292".' },
  ],
  ["1.2.2.-1", "Số cuộc họp, hội nghị do Chủ tịch huyện chủ trì", 2],
  ["1.2.2.-2", "Số cuộc họp, hội nghị do Phó Chủ tịch huyện chủ trì", 1],
  [
    "1.2.3",
    "Cam kết của người đứng đầu đơn vị về quyết tâm đổi mới, cho phép thử nghiệm cái mới, ứng dụng công nghệ mới, " +
      "thúc đẩy chuyển đổi số, Chính quyền số, kinh tế số, xã hội số trong phạm vi đơn vị",
    3,
  ],
  [
    "1.2.3.a",
    "Số phát biểu chính thức của người đứng đầu tại các sự kiện, hội thảo, hội nghị hoặc trên các phương tiện " +
      "truyền thông đại chúng có nội dung cam kết liên quan",
    2,
  ],
  ["1.2.3.b", "Có văn bản, chỉ thị, nghị quyết, quyết định liên quan", 1],
  [
    "1.2.4",
    "Phát động phong trào thi đua chuyển đổi số trong toàn đơn vị. Lựa chọn, vinh danh, khen thưởng cho các điển " +
      "hình tiên tiến về chuyển đổi số",
    3,
    { note: 'OCR reads the number as "124".' },
  ],
  ["1.3", "Chủ trương, định hướng của Đảng, Chính quyền về chuyển đổi số, Chính quyền số", 10],
  ["1.3.1", "Kế hoạch chuyển đổi số của UBND huyện", 5, { unit: P_VHTT }],
  [
    "1.3.2",
    "Gắn các mục tiêu, nhiệm vụ về chuyển đổi số với nghị quyết, chiến lược, chương trình hành động, mục tiêu, " +
      "nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của sở, ban, ngành",
    5,
    { note: 'OCR reads the number as "132". "của sở, ban, ngành" as printed.' },
  ],

  ["2", "Kiến tạo thể chế", 20],
  [
    "2.1",
    "Kế hoạch, chương trình, đề án chuyển đổi số, phát triển Chính quyền số, ứng dụng công nghệ thông tin (CNTT) " +
      "trong cơ quan nhà nước",
    6,
    { unit: P_VHTT, note: 'OCR reads the number as "51" and the unit as "Phong VHETT".' },
  ],
  [
    "2.1.1",
    "Kế hoạch giai đoạn về chuyển đổi số, phát triển Chính quyền số, ứng dụng CNTT trong đơn vị",
    3,
    { note: 'OCR reads the number as "11".' },
  ],
  ["2.1.2", "Kế hoạch hằng năm về phát triển Chính quyền số, ứng dụng CNTT trong đơn vị", 3],
  [
    "2.2",
    "Môi trường pháp lý, cơ chế chính sách về chuyển đổi số, Chính quyền số/chính quyền điện tử",
    8,
    {
      unit: VP_HDND_UBND,
      note: 'OCR reads the number as "59" and the points as "g"; 8 = 2 (20) − 2.1 (6) − 2.3 (1) − 2.4 (5).',
    },
  ],
  [
    "2.2.1",
    "Số lượng văn bản ban hành hoặc sửa đổi, bổ sung các văn bản pháp luật, cơ chế chính sách thuộc thẩm quyền " +
      "của đơn vị nhằm tạo môi trường pháp lý thuận lợi cho chuyển đổi số, thúc đẩy Chính quyền số, kinh tế số, " +
      "xã hội số, sẵn sàng thử nghiệm và áp dụng cái mới",
    3,
    { note: 'OCR reads the number as "221".' },
  ],
  [
    "2.2.2",
    "Ban hành kế hoạch và triển khai việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực trong đơn vị",
    5,
    { note: 'OCR reads the number as "50" and loses the points; 5 = 2.2 (8) − 2.2.1 (3).' },
  ],
  ["2.3", "Tổ chức, nhân sự chuyên trách về Chuyển đổi số", 1],
  [
    "2.3.1",
    "Quyết định thành lập Tổ công tác chuyển đổi số trong đơn vị do Lãnh đạo đơn vị làm tổ trưởng",
    1,
    { unit: P_VHTT, note: 'OCR reads the number as "231".' },
  ],
  ["2.4", "Ngân sách cho CNTT", 5, { unit: P_TCKH }],
  ["2.4.1", "Tỷ lệ chi ngân sách của đơn vị cho ứng dụng CNTT", 3],
  ["2.4.2", "Tỷ lệ chi ngân sách cho an toàn thông tin mạng", 2],

  ["3", "Phát triển hạ tầng và nền tảng số", 15, { unit: VP_HDND_UBND }],
  [
    "3.1",
    "Trang bị máy tính cho CBCC (gồm cả máy tính để bàn, máy tính xách tay, máy tính bảng)",
    1,
    { note: 'OCR reads the number as "g1" and loses the points; 1 = 3 (15) − 3.2 (6) − 3.3 (2) − 3.4 (6).' },
  ],
  ["3.1.1", "Tỷ lệ CBCC tại UBND huyện được trang bị máy tính", 1],
  ["3.2", "Mạng LAN, Internet, WAN", 6],
  ["3.2.1", "Tỷ lệ phòng ban có mạng LAN", 2],
  ["3.2.2", "Tỷ lệ máy tính kết nối Internet (trừ các máy tính xử lý tài liệu mật theo quy định)", 2],
  ["3.2.3", "Tỷ lệ đơn vị đã kết nối với mạng diện rộng", 2],
  [
    "3.3",
    "Kết nối Mạng Truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước (Mạng TSLCD)",
    2,
    { note: 'OCR reads the number as "33".' },
  ],
  ["3.3.1", "Phòng, ban tại UBND huyện đã kết nối với Mạng TSLCD cấp II", 2],
  ["3.4", "Nền tảng thanh toán trực tuyến, di động", 6],
  ["3.4.1", "Tỷ lệ số dịch vụ công trực tuyến của huyện có tích hợp, hỗ trợ thanh toán trực tuyến", 6],

  ["4", "Hoạt động Chính quyền số", 55, { unit: VP_HDND_UBND }],
  ["4.1", "Thư điện tử", 3],
  ["4.1.1", "Tỷ lệ CBCC của các đơn vị thuộc địa bàn huyện có tài khoản thư điện tử công vụ", 3],
  ["4.2", "Hệ thống Quản lý văn bản và điều hành", 5],
  ["4.2.1", "Tỷ lệ trao đổi văn bản điện tử của các đơn vị thuộc địa bàn huyện", 5],
  ["4.3", "Chữ ký điện tử, chữ ký số", 5, { unit: P_VHTT }],
  ["4.3.1", "Tỷ lệ cán bộ Lãnh đạo huyện được cấp chứng thư số", 3],
  ["4.3.2", "Tỷ lệ CBCC được cấp chứng thư số của các đơn vị thuộc địa bàn huyện", 2],
  ["4.4", "Các ứng dụng số cơ bản", 5],
  ["4.4.1", "UBND huyện đã triển khai ứng dụng Quản lý nhân sự", 1, { unit: P_NOI_VU }],
  ["4.4.2", "UBND huyện đã triển khai ứng dụng Quản lý Tài chính - Kế toán", 1, { unit: P_TCKH }],
  ["4.4.3", "UBND huyện đã triển khai ứng dụng Quản lý Thi đua Khen thưởng", 1, { unit: P_NOI_VU }],
  ["4.4.4", "UBND huyện đã triển khai ứng dụng Quản lý Tài sản", 1, { unit: P_TCKH }],
  ["4.4.5", "Các ứng dụng khác", 1],
  ["4.5", "Hoạt động kiểm tra thông qua môi trường số", 2],
  [
    "4.5.1",
    "Tỷ lệ phòng, đơn vị thực hiện hoạt động kiểm tra thông qua môi trường số và hệ thống thông tin của cơ quan " +
      "quản lý",
    2,
    { note: 'OCR reads the number as "451" and the points as ")"; 2 = 4.5 (2).' },
  ],
  ["4.6", "Tỷ lệ dịch vụ công trực tuyến (DVCTT)", 10, { unit: VP_HDND_UBND }],
  ["4.6.1", "Tỷ lệ DVCTT mức độ 3", 5],
  ["4.6.2", "Tỷ lệ DVCTT mức độ 4", 5],
  ["4.7", "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến", 10, { unit: VP_HDND_UBND }],
  ["4.7.1", "Tỷ lệ DVCTT mức độ 3 có phát sinh HSTT", 5],
  ["4.7.2", "Tỷ lệ DVCTT mức độ 4 có phát sinh HSTT", 5],
  ["4.8", "Tỷ lệ Hồ sơ trực tuyến", 5, { unit: VP_HDND_UBND }],
  ["4.8.1", "Tỷ lệ hồ sơ trực tuyến", 5],
  [
    "4.9",
    "Thực hiện tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính (TTHC) qua dịch vụ bưu chính công ích " +
      "(BCCI)",
    5,
    { note: 'OCR reads the number as "4o" and loses the points; 5 = 4.9.1 (3) + 4.9.2 (2).' },
  ],
  [
    "4.9.1",
    "Tỷ lệ TTHC đã triển khai có phát sinh hồ sơ tiếp nhận hoặc trả kết quả giải quyết qua dịch vụ BCCI",
    3,
    { note: 'OCR reads the number as "491".' },
  ],
  ["4.9.2", "Tỷ lệ kết quả giải quyết TTHC được trả qua dịch vụ BCCI", 2],
  ["4.10", "Cổng/Trang thông tin điện tử (TTĐT)", 5, { unit: TT_VHTTTTDL }],
  ["4.10.1", "Cung cấp các thông tin theo quy định tại Nghị định số 43/2011/NĐ-CP", 4],
  ["4.10.2", "Cập nhật thường xuyên tin, bài", 1],

  ["5", "An toàn, an ninh mạng", 20, { unit: VP_HDND_UBND }],
  ["5.1", "Triển khai an toàn, an ninh theo mô hình 04 lớp", 10],
  ["5.1.1", "Tỷ lệ hệ thống thông tin trong đơn vị được phê duyệt theo cấp độ", 5],
  [
    "5.1.2",
    "Tỷ lệ hệ thống thông tin trong đơn vị được triển khai phương án bảo vệ theo hồ sơ đề xuất cấp độ được phê duyệt",
    5,
    { note: 'OCR reads the number as "5192".' },
  ],
  ["5.2", "Tỷ lệ cài đặt phần mềm phòng, chống mã độc", 5],
  [
    "5.2.1",
    "Tỷ lệ hệ thống thông tin đơn vị có 100% máy chủ, máy trạm được cài đặt phần mềm phòng, chống mã độc",
    5,
    { note: 'OCR reads the number as "591".' },
  ],
  ["5.3", "Tỷ lệ nâng cao năng lực ứng cứu sự cố", 5],
  ["5.3.1", "Tỷ lệ CBCC tham dự diễn tập ứng cứu sự cố do Cơ quan điều phối chủ trì", 5],

  ["6", "Đào tạo và phát triển nhân lực Chính quyền số", 20],
  ["6.1", "Cán bộ chuyên trách CNTT", 5, { unit: P_NOI_VU }],
  ["6.1.1", "Tỷ lệ cán bộ chuyên trách CNTT", 2],
  ["6.1.2", "Tỷ lệ cán bộ chuyên trách CNTT có trình độ đại học chuyên ngành CNTT trở lên", 2],
  ["6.1.3", "Tỷ lệ cán bộ chuyên trách an toàn thông tin", 1],
  ["6.2", "Đào tạo kỹ năng số", 10, { unit: P_VHTT }],
  [
    "6.2.1",
    "UBND huyện đã có chương trình, kế hoạch đào tạo, tập huấn về chuyển đổi số, kỹ năng số cho CBCC trong cơ " +
      "quan nhà nước và Lãnh đạo các doanh nghiệp thuộc phạm vi quản lý",
    2,
    { uncertain: U_CQS_62 },
  ],
  [
    "6.2.2",
    "UBND huyện đã có chương trình, kế hoạch đào tạo, tập huấn về kỹ năng sử dụng và khai thác các dịch vụ công " +
      "trực tuyến, các ứng dụng dùng chung, các dữ liệu mở do đơn vị cung cấp cho người dân và doanh nghiệp thuộc " +
      "phạm vi quản lý",
    2,
    { uncertain: U_CQS_62 },
  ],
  [
    "6.2.3",
    "Tỷ lệ lãnh đạo cấp phòng của đơn vị có tham gia ít nhất 1 khóa đào tạo, tập huấn về chuyển đổi số, kỹ năng " +
      "số do tỉnh tổ chức",
    2,
    { uncertain: U_CQS_62 },
  ],
  [
    "6.2.4",
    "Số lượt trung bình một cán bộ chuyên trách về CNTT được tham gia đào tạo chuyên sâu về các kỹ thuật, công " +
      "nghệ số trong năm",
    1,
    { uncertain: U_CQS_62 },
  ],
  [
    "6.2.5",
    "Tỷ lệ CBCC được tập huấn, bồi dưỡng về kỹ năng số, kỹ năng sử dụng, khai thác các hệ thống thông tin",
    2,
    { uncertain: U_CQS_62 },
  ],
  [
    "6.2.6",
    "Tỷ lệ CBCC trong đơn vị được tập huấn, bồi dưỡng về kỹ năng phân tích và xử lý dữ liệu, khai thác các dữ " +
      "liệu số",
    1,
    { uncertain: U_CQS_62 },
  ],
  [
    "6.3",
    "Đào tạo kỹ năng an toàn thông tin",
    5,
    { unit: VP_HDND_UBND, note: "Points lost after a page break; 5 = 6 (20) − 6.1 (5) − 6.2 (10)." },
  ],
  ["6.3.1", "Tỷ lệ lãnh đạo của đơn vị được đào tạo về ATTT cho cán bộ quản lý", 2, { uncertain: U_CQS_63 }],
  ["6.3.2", "Tỷ lệ cán bộ chuyên trách về CNTT được đào tạo về kỹ năng ATTT", 2, { uncertain: U_CQS_63 }],
  [
    "6.3.3",
    "Tỷ lệ cán bộ, công chức, viên chức của đơn vị được đào tạo về kỹ năng ATTT cho người sử dụng",
    1,
    { uncertain: U_CQS_63 },
  ],
];

// ——— II. Kinh tế số (75) ———
const kts: readonly Row[] = [
  ["1", "Chuyển đổi nhận thức", 10],
  ["1.1", "Tuyên truyền, phổ biến về kinh tế số", 3, { unit: TT_VHTTTTDL }],
  ["1.1.1", "Chuyên mục về chuyển đổi số trên Đài truyền hình huyện, thị xã, thành phố", 1],
  [
    "1.1.2",
    "Có các tài liệu tuyên truyền (quyển, tờ rơi, video clip) về kinh tế số, chuyển đổi số cho doanh nghiệp",
    1,
    { note: 'OCR reads the number as "112".' },
  ],
  [
    "1.1.3",
    "Tổ chức các hội thảo, hội nghị cho các doanh nghiệp, tổ chức kinh tế, tài chính, ngân hàng trong huyện, thị " +
      "xã, thành phố về chuyển đổi số, kinh tế số do huyện, thị xã, thành phố tổ chức",
    1,
    {
      unit: VP_HDND_UBND,
      note: "Points lost by the OCR; 1 = 1.1 (3) − 1.1.1 (1) − 1.1.2 (1), and its sub-item has 1.",
    },
  ],
  ["1.1.3.-1", "Số lượng hội thảo, hội nghị nâng cao nhận thức về chuyển đổi số", 1, { note: DASH_LOST }],
  ["1.2", "Sự quan tâm của người đứng đầu đối với phát triển kinh tế số", 5, { unit: VP_HDND_UBND }],
  [
    "1.2.1",
    "Số cuộc họp, hội nghị chuyên đề về kinh tế số, chuyển đổi số cho doanh nghiệp do người đứng đầu huyện (Chủ " +
      "tịch UBND huyện, thị xã, thành phố) chủ trì",
    3,
    { note: 'OCR reads the number as "121".' },
  ],
  ["1.2.1.-1", "Số cuộc họp, hội nghị do Chủ tịch UBND huyện chủ trì", 2, { note: DASH_LOST }],
  ["1.2.1.-2", "Số cuộc họp, hội nghị mà Phó Chủ tịch UBND huyện chủ trì", 1, { note: DASH_LOST }],
  [
    "1.2.2",
    "Tỷ lệ số văn bản phê duyệt, định hướng về phát triển kinh tế số, chuyển đổi số cho doanh nghiệp và tổ chức " +
      "kinh tế của huyện, thị xã, thành phố (quyết định, chỉ thị) do Chủ tịch UBND huyện, thị xã, thành phố trực " +
      "tiếp ký",
    1,
    { note: "Points lost by the OCR; 1 = 1.2 (5) − 1.2.1 (3) − 1.2.3 (1)." },
  ],
  [
    "1.2.3",
    "Xây dựng doanh nghiệp mẫu về chuyển đổi số để làm các mô hình mẫu cho các doanh nghiệp học hỏi và nhân rộng",
    1,
    { unit: P_KTHT },
  ],
  [
    "1.3",
    "Chủ trương, định hướng của Đảng, Chính quyền về phát triển kinh tế số, chuyển đổi số cho doanh nghiệp",
    2,
    { note: 'OCR reads the number as "13" and the points as a quote mark; 2 = 1.3.1 (1) + 1.3.2 (1).' },
  ],
  [
    "1.3.1",
    "Nghị quyết, chỉ thị của cấp ủy (Huyện ủy/Thị ủy/Thành ủy) có nội dung, nhiệm vụ cụ thể về kinh tế số, chuyển " +
      "đổi số cho doanh nghiệp và tổ chức kinh tế",
    1,
  ],
  [
    "1.3.2",
    "Nghị quyết, chỉ thị của HĐND, UBND huyện, thị xã, thành phố có nội dung, nhiệm vụ cụ thể về kinh tế số, chuyển " +
      "đổi số cho doanh nghiệp và tổ chức kinh tế",
    1,
  ],

  ["2", "Kiến tạo thể chế", 10],
  [
    "2.1",
    "Chính sách, kế hoạch, chương trình, đề án về phát triển kinh tế số, chuyển đổi số cho doanh nghiệp",
    6,
    { note: 'OCR reads the number as "21".' },
  ],
  ["2.1.1", "Có Kế hoạch, chương trình, đề án về phát triển kinh tế số của huyện, thị xã, thành phố", 2],
  [
    "2.1.2",
    "Có Chương trình, Đề án cơ chế, chính sách hỗ trợ doanh nghiệp khởi nghiệp sáng tạo công nghệ số, phát triển " +
      "4 loại hình doanh nghiệp công nghệ số, phát triển mô hình kinh doanh theo hình thức kinh tế chia sẻ tại địa " +
      "phương",
    2,
    {
      note:
        "OCR reads the points as 5, which would make 2.1 add up to 9 instead of 6 (confirmed by 2 = 6 + 2 + 2); " +
        "2 = 2.1 (6) − 2.1.1 (2) − 2.1.4 (2). This OCR reads 2 as 5 elsewhere too (Xã hội số 1.1.2, 4.2.1).",
    },
  ],
  [
    "2.1.4",
    "Có Chương trình, Đề án phát triển thương mại điện tử",
    2,
    { note: "Numbered 2.1.4 as printed, right after 2.1.2: the published list has no 2.1.3." },
  ],
  ["2.2", "Tổ chức, nhân sự và mạng lưới doanh nghiệp kinh tế số", 2],
  [
    "2.2.1",
    "Tỷ lệ số cơ quan cấp huyện quản lý các ngành, lĩnh vực kinh tế quan trọng có cán bộ được giao chuyên trách " +
      "phát triển kinh tế số, hỗ trợ chuyển đổi số cho doanh nghiệp, phát triển doanh nghiệp số trong ngành, lĩnh vực",
    2,
    { note: 'OCR reads the number as "591" and the points as 5; 2 = 2.2 (2), its only criterion.' },
  ],
  ["2.3", "Ngân sách cho phát triển kinh tế số", 2],
  [
    "2.3.1",
    "Tỷ lệ chi ngân sách địa phương cho phát triển kinh tế số (như: hỗ trợ phát triển hạ tầng, phát triển các lĩnh " +
      "vực kinh tế số, ...)",
    2,
    { note: 'OCR reads the number as "231".' },
  ],

  ["3", "Hạ tầng và nền tảng số", 15],
  ["3.1", "Hạ tầng bưu chính", 3],
  [
    "3.1.1",
    "Tỷ lệ điểm phục vụ bưu chính có kết nối băng rộng cố định trên tổng các điểm phục vụ bưu chính",
    2,
    { note: 'OCR reads the number as "311" and the points as 5; 2 = 3.1 (3) − 3.1.2 (1).' },
  ],
  [
    "3.1.2",
    "Số bộ phận khai thác chia chọn có ứng dụng CNTT của doanh nghiệp bưu chính trên địa bàn huyện, thị xã, thành phố",
    1,
    { note: 'OCR reads the number as "312".' },
  ],
  ["3.2", "Hạ tầng viễn thông", 10],
  ["3.2.1", "Tỷ lệ phủ sóng 4G đến đơn vị hành chính cấp xã", 2],
  ["3.2.2", "Tỷ lệ phủ sóng 5G đến đơn vị hành chính cấp huyện", 2],
  ["3.2.3", "Tỷ lệ đơn vị hành chính cấp huyện đã có kết nối băng thông rộng cố định (cáp quang)", 3],
  ["3.2.4", "Tỷ lệ đơn vị hành chính cấp xã đã có kết nối băng thông rộng cố định (cáp quang)", 3],
  ["3.3", "Hạ tầng Internet", 2],
  ["3.3.1", "Tỷ lệ doanh nghiệp có kết nối Internet băng thông rộng", 2],

  ["4", "Thông tin và dữ liệu số", 10],
  ["4.1", "Mức độ xây dựng, số hóa các hạng mục dữ liệu", 7],
  [
    "4.1.1",
    "Tỷ lệ số hạng mục dữ liệu thuộc miền dữ liệu kinh tế số đã được xây dựng, số hóa đưa vào CSDL để khai thác, " +
      "sử dụng",
    2,
    { uncertain: U_KTS_41 },
  ],
  [
    "4.1.2",
    "Tỷ lệ số hạng mục dữ liệu thuộc miền dữ liệu kinh tế số đã được xây dựng, số hóa đưa vào CSDL và kết nối chia " +
      "sẻ dữ liệu lên LGSP/NGSP",
    3,
  ],
  [
    "4.1.3",
    "Tỷ lệ số hạng mục dữ liệu thuộc miền dữ liệu kinh tế số đã được xây dựng, số hóa và cung cấp theo dạng dữ " +
      "liệu mở cho người dân, doanh nghiệp",
    2,
    { uncertain: U_KTS_41 },
  ],
  ["4.2", "Mức độ thuận tiện, hiệu quả của dữ liệu do cơ quan nhà nước cung cấp", 3],
  [
    "4.2.1",
    "Có CSDL hoặc tập dữ liệu số của địa phương trực tiếp hỗ trợ phát triển kinh tế số, chuyển đổi số cho doanh " +
      "nghiệp",
    3,
    { note: 'OCR reads the number as "421".' },
  ],

  ["5", "Hoạt động Kinh tế số", 28],
  ["5.1", "Phát triển doanh nghiệp công nghệ số", 10],
  ["5.1.1", "Tỷ lệ doanh nghiệp CNTT, viễn thông (ICT)", 3],
  ["5.1.2", "Tỷ lệ doanh nghiệp khởi nghiệp về công nghệ số", 2],
  [
    "5.1.3",
    "Tỷ lệ doanh nghiệp khởi nghiệp trong các ngành khác có ứng dụng công nghệ số để tạo ra các sản phẩm, dịch vụ mới",
    2,
    { note: 'OCR reads the number as "513" and the points as 5; 2 = 5.1 (10) − 3 − 2 − 3.' },
  ],
  [
    "5.1.4",
    "Tỷ lệ doanh nghiệp đang hoạt động trong các ngành khác chuyển hướng hoạt động sang lĩnh vực công nghệ số",
    3,
    { note: 'OCR reads the number as "514".' },
  ],
  ["5.2", "Đóng góp của kinh tế số vào tổng sản phẩm trên địa bàn (GRDP)", 5],
  ["5.2.1", "Tỷ trọng kinh tế số trong GRDP", 3],
  ["5.2.2", "Tỷ lệ tăng năng suất lao động trung bình hằng năm trên địa bàn huyện", 2],
  ["5.3", "Doanh thu trong lĩnh vực công nghiệp ICT", 1],
  ["5.3.1", "Tỷ lệ doanh thu hoạt động công nghiệp ICT", 1],
  ["5.4", "Doanh thu trong lĩnh vực viễn thông, Internet", 3, { uncertain: U_KTS_54_57 }],
  [
    "5.4.1",
    "Tỷ lệ doanh thu dịch vụ viễn thông, Internet (gồm doanh thu cố định mặt đất, cố định vệ tinh, di động vệ tinh, " +
      "di động hàng hải) và doanh thu dịch vụ Internet",
    2,
    { uncertain: U_KTS_PAIR },
  ],
  [
    "5.4.2",
    "Tỷ lệ thuế và các khoản phải nộp NSNN từ hoạt động dịch vụ viễn thông",
    1,
    { uncertain: U_KTS_PAIR },
  ],
  [
    "5.5",
    "Doanh thu trong lĩnh vực Thương mại điện tử",
    3,
    { uncertain: U_KTS_54_57, note: 'The OCR reads the number as "9.5"; it stands between 5.4 and 5.6.' },
  ],
  [
    "5.5.1",
    "Tỷ lệ doanh thu thương mại điện tử B2C (gồm cả hàng hóa và dịch vụ tiêu dùng trực tuyến) hằng năm",
    2,
    { uncertain: U_KTS_PAIR },
  ],
  [
    "5.5.2",
    "Tỷ lệ thuế và các khoản phải nộp NSNN từ hoạt động thương mại điện tử B2C",
    1,
    { uncertain: U_KTS_PAIR },
  ],
  ["5.6", "Doanh thu trong lĩnh vực kinh doanh số", 3, { uncertain: U_KTS_54_57 }],
  [
    "5.6.1",
    "Tỷ lệ doanh thu từ hoạt động cung cấp các dịch vụ số, dịch vụ gia tăng trên mạng",
    2,
    { uncertain: U_KTS_PAIR },
  ],
  [
    "5.6.2",
    "Tỷ lệ thuế và các khoản phải nộp NSNN từ hoạt động cung cấp dịch vụ số, dịch vụ gia tăng trên mạng",
    1,
    { uncertain: U_KTS_PAIR },
  ],
  [
    "5.7",
    "Hoạt động chuyển đổi số trong lĩnh vực năng lượng",
    3,
    {
      unit: P_KTHT,
      uncertain: U_KTS_54_57,
      note:
        'The unit "Phòng Kinh tế - Hạ tầng" is printed beside 5.7 (the OCR puts it across 5.6.2–5.7; the "A" on ' +
        'the 5.7 line is the circumflex of "tầng", not a number).',
    },
  ],
  [
    "5.7.1",
    "Tỷ lệ tiền sử dụng điện được thanh toán theo hình thức không dùng tiền mặt trong năm",
    3,
    { uncertain: "Points lost by the OCR; equal to 5.7 (its only criterion), itself uncertain (see 5.4)." },
  ],
  [
    "6",
    "An toàn, an ninh mạng",
    2,
    {
      note:
        'Points lost by the OCR; 2 = 75 − 10 − 10 − 15 − 10 − 28. The heading is printed "An toàn, an ninh mạng" ' +
        'though its only content is training (probably copied from another pillar for "Đào tạo và phát triển nhân ' +
        'lực kinh tế số"); kept as printed.',
    },
  ],
  ["6.1", "Đào tạo kỹ năng về kinh tế số", 2, { note: "Points lost by the OCR; 2 = 6 (2)." }],
  [
    "6.1.1",
    "Số lãnh đạo các tổ chức, doanh nghiệp trong ngành được tham gia ít nhất 1 khóa đào tạo, tập huấn về chuyển đổi " +
      "số, kỹ năng số do huyện, thị xã, thành phố tổ chức",
    2,
    { note: 'OCR reads the number as "611" and loses the points; 2 = 6.1 (2).' },
  ],
];

// ——— III. Xã hội số (35) ———
const xhs: readonly Row[] = [
  ["1", "Chuyển đổi nhận thức", 5],
  ["1.1", "Tuyên truyền, phổ biến về chuyển đổi số và xã hội số", 3, { unit: TT_VHTTTTDL }],
  [
    "1.1.1",
    "Có các tài liệu tuyên truyền (quyển, tờ rơi, video clip) về Xã hội số, chuyển đổi số cho người dân",
    1,
    { note: 'OCR reads the number as "111".' },
  ],
  [
    "1.1.2",
    "Tỷ lệ đài truyền thanh, truyền hình cấp huyện có tin, bài về chuyển đổi số phát sóng định kỳ hằng tháng",
    2,
    { note: 'OCR reads the number as "112" and the points as 5; 2 = 1.1 (3) − 1.1.1 (1).' },
  ],
  ["1.2", "Sự quan tâm của người đứng đầu đối với phát triển xã hội số", 2],
  [
    "1.2.1",
    "Số cuộc họp, hội nghị chuyên đề về Xã hội số, chuyển đổi số cho người dân do người đứng đầu huyện, thị xã, " +
      "thành phố (Chủ tịch UBND huyện, thị xã, thành phố) chủ trì",
    1,
    { unit: VP_HDND_UBND },
  ],
  [
    "1.2.3",
    "Xây dựng xã/hợp tác xã mẫu về chuyển đổi số để làm các mô hình mẫu cho các xã, phường, thị trấn khác học hỏi " +
      "và nhân rộng",
    1,
    {
      note: 'Numbered 1.2.3 as printed ("123" in the OCR), right after 1.2.1: the published list has no 1.2.2.',
      uncertain:
        'Name: the OCR garbles the words before "hợp tác xã mẫu" ("XENI{H(_)’p tac x4 mau"); restored as ' +
        '"xã/hợp tác xã mẫu" from the sentence (models for other communes). Points (1) are printed.',
    },
  ],

  ["2", "Kiến tạo thể chế", 5],
  [
    "2.1",
    "Quy định, chính sách, kế hoạch, chương trình, đề án về phát triển xã hội số, chuyển đổi số cho người dân",
    2,
    { note: 'OCR reads the number as "51" and the points as ")"; 2 = 2 (5) − 2.2 (2) − 2.3 (1).' },
  ],
  [
    "2.1.1",
    "Kế hoạch, chương trình, đề án về phát triển xã hội số, hỗ trợ chuyển đổi số cho người dân của huyện, thị xã, " +
      "thành phố",
    1,
    { note: 'OCR reads the number as "511" and the points as "L"; 1 = 2.1 (2) − 2.1.2 (1).' },
  ],
  [
    "2.1.2",
    "Có Chương trình, Đề án của huyện, thị xã, thành phố hỗ trợ phát triển hạ tầng, nền tảng cho xã hội số",
    1,
    { note: 'OCR reads the number as "219".' },
  ],
  ["2.2", "Tổ chức, nhân sự chuyên trách về Xã hội số", 2],
  [
    "2.2.1",
    "Tỷ lệ số cơ quan cấp huyện, thị xã, thành phố quản lý các ngành, lĩnh vực phục vụ xã hội quan trọng (y tế, " +
      "giáo dục, văn hóa thể thao du lịch, ...) có cán bộ được giao chuyên trách phát triển xã hội số, hỗ trợ " +
      "chuyển đổi số cho người dân",
    1,
  ],
  [
    "2.2.2",
    "Tỷ lệ số cơ quan cấp huyện có cán bộ được giao phụ trách công tác phát triển xã hội số, thúc đẩy chuyển đổi " +
      "số cho người dân",
    1,
    { note: 'OCR reads the number as "299".' },
  ],
  ["2.3", "Ngân sách cho phát triển xã hội số, thúc đẩy chuyển đổi số cho người dân", 1],
  [
    "2.3.1",
    "Tỷ lệ chi ngân sách địa phương cho phát triển xã hội số, thúc đẩy chuyển đổi số cho người dân",
    1,
    { note: 'OCR reads the number as "231".' },
  ],

  ["3", "Hạ tầng và nền tảng số", 5],
  ["3.1", "Hạ tầng viễn thông, Internet", 2],
  [
    "3.1.1",
    "Tỷ lệ chi trả gói cước truy nhập băng thông rộng cố định hằng tháng/thu nhập bình quân đầu người theo tháng",
    2,
    { note: 'OCR reads the number as "311" and the points as ")"; 2 = 3.1 (2).' },
  ],
  ["3.2", "Hạ tầng bưu chính", 3],
  ["3.2.1", "Tỷ lệ địa chỉ được gắn mã Vpostcode", 1],
  ["3.2.2", "Tỷ lệ bưu gửi bình quân trên đầu người", 1],
  ["3.2.3", "Tỷ lệ nhân lực chuyển phát trên hộ gia đình", 1],

  ["4", "Thông tin và Dữ liệu số", 5],
  ["4.1", "Mức độ xây dựng, số hóa các hạng mục dữ liệu", 3],
  [
    "4.1.1",
    "Tỷ lệ số hạng mục dữ liệu thuộc miền dữ liệu Xã hội số đã được xây dựng, số hóa đưa vào CSDL để khai thác, " +
      "sử dụng",
    1,
    { note: 'OCR reads the number as "411" and the points as "L"; 1 = 4.1 (3) − 1 − 1.' },
  ],
  [
    "4.1.2",
    "Tỷ lệ số hạng mục dữ liệu thuộc miền dữ liệu Xã hội số đã được xây dựng, số hóa đưa vào CSDL và kết nối chia " +
      "sẻ dữ liệu lên LGSP/NGSP",
    1,
  ],
  [
    "4.1.3",
    "Tỷ lệ số hạng mục dữ liệu thuộc miền dữ liệu Xã hội số đã được xây dựng, số hóa và cung cấp theo dạng dữ liệu " +
      "mở cho người dân, doanh nghiệp",
    1,
    { note: 'OCR reads the number as "413".' },
  ],
  ["4.2", "Mức độ thuận tiện, hiệu quả của dữ liệu do cơ quan nhà nước cung cấp", 2],
  [
    "4.2.1",
    "Có CSDL hoặc tập dữ liệu số của địa phương trực tiếp hỗ trợ phát triển xã hội số, chuyển đổi số cho người dân",
    2,
    { note: 'OCR reads the number as "421" and the points as 5; 2 = 4.2 (2), its only criterion.' },
  ],

  [
    "5",
    "Hoạt động Xã hội số",
    5,
    { note: 'OCR reads the points as "3)"; 5 = 5.1 (2) + 5.2 (1) + 5.3 (2), all printed.' },
  ],
  ["5.1", "Sử dụng thiết bị số và truy cập mạng của người dân", 2],
  ["5.1.1", "Tỷ lệ hộ gia đình có máy tính", 1],
  ["5.1.2", "Tỷ lệ hộ nghèo sử dụng Internet", 1],
  ["5.2", "Ứng dụng các dịch vụ y tế số cho người dân và xã hội", 1, { unit: VP_HDND_UBND }],
  ["5.2.1", "Tỷ lệ cơ sở y tế từ cấp xã trở lên có kết nối hỗ trợ tư vấn khám chữa bệnh từ xa", 1],
  ["5.3", "Ứng dụng công nghệ số trong các lĩnh vực", 2],
  [
    "5.3.1",
    "Tỷ lệ nông dân được tập huấn, đào tạo ứng dụng công nghệ số trong sản xuất nông nghiệp và cách thức quảng bá, " +
      "bán sản phẩm trên mạng",
    1,
    { note: 'OCR reads the number as "531".' },
  ],
  [
    "5.3.2",
    "Tỷ lệ số hợp tác xã nông nghiệp có hoạt động thương mại điện tử, ứng dụng nông nghiệp thông minh",
    1,
    { note: 'OCR reads the number as "539" and the points as "L"; 1 = 5.3 (2) − 5.3.1 (1).' },
  ],

  ["6", "An toàn, an ninh mạng", 5, { uncertain: U_XHS_6_7 }],
  ["6.1", "Tỷ lệ người dân được tập huấn, phổ biến kiến thức về bảo vệ ATTT trên mạng", 2],
  [
    "6.2",
    "Tỷ lệ người dân được tập huấn, phổ biến kiến thức về bảo vệ thông tin, dữ liệu cá nhân trên không gian mạng",
    2,
    { note: 'OCR reads the number as "0.2".', uncertain: U_XHS_6 },
  ],
  [
    "6.3",
    "Tỷ lệ người dân được tập huấn, phổ biến kiến thức về bảo vệ trẻ em trên không gian mạng",
    1,
    {
      label: "6.2",
      note: 'Printed "6.2" a second time; coded as 6.3, the third item of 6.',
      uncertain: U_XHS_6,
    },
  ],
  ["7", "Đào tạo và phát triển nhân lực Xã hội số", 5, { uncertain: U_XHS_6_7 }],
  ["7.1", "Đào tạo, giáo dục về chuyển đổi số, xã hội số", 3, { uncertain: U_XHS_7 }],
  [
    "7.1.1",
    "Tập huấn, đào tạo về chuyển đổi số, kỹ năng số cho cán bộ thôn, bản, tổ dân phố",
    1,
    { uncertain: U_XHS_7 },
  ],
  [
    "7.1.2",
    "Tỷ lệ người dân được tập huấn, phổ biến về các dịch vụ công trực tuyến, dịch vụ số trên mạng",
    1,
    { note: 'OCR reads the number as "219".', uncertain: U_XHS_7 },
  ],
  [
    "7.1.3",
    "Tỷ lệ cơ sở giáo dục (công lập, dân lập) có triển khai đào tạo trực tuyến thường xuyên hằng năm",
    1,
    { note: 'OCR reads the number as "213".', uncertain: U_XHS_7 },
  ],
  ["7.2", "Ứng dụng các dịch vụ giáo dục trong xã hội", 2, { uncertain: U_XHS_7 }],
  ["7.2.1", "Tỷ lệ cơ sở giáo dục triển khai công tác dạy và học từ xa", 1, { uncertain: U_XHS_7 }],
  [
    "7.2.2",
    "Tỷ lệ cơ sở giáo dục ứng dụng công nghệ số trong công tác quản lý, giảng dạy và học tập",
    1,
    { note: 'OCR reads the number as "299".', uncertain: U_XHS_7 },
  ],
];

/** Every criterion of the three pillars, in document order (a parent always before its children). */
export const dxIndex: readonly DxCriterion[] = [...build(CQS, cqs), ...build(KTS, kts), ...build(XHS, xhs)];

const byCode = new Map<string, DxCriterion>(dxIndex.map((c) => [c.code, c]));
const childrenOf = new Map<string, DxCriterion[]>();
for (const c of dxIndex) {
  const key = c.parent ?? dxPillars.find((p) => p.pillar === c.pillar)!.code;
  const list = childrenOf.get(key) ?? [];
  list.push(c);
  childrenOf.set(key, list);
}

/** The criterion with this code, or undefined. */
export function dxCriterion(code: string): DxCriterion | undefined {
  return byCode.get(code);
}

/**
 * The direct children of a criterion, in document order; for a pillar code ("cds.cqs") its top criteria.
 * Empty for a leaf or an unknown code.
 */
export function dxChildren(code: string): readonly DxCriterion[] {
  return childrenOf.get(code) ?? [];
}

/** The criteria without children (where an official types a self-score), in document order; of one pillar if given. */
export function dxLeaves(pillar?: DxPillar): readonly DxCriterion[] {
  return dxIndex.filter((c) => (pillar === undefined || c.pillar === pillar) && !childrenOf.has(c.code));
}

/** A parent whose maximum is not the sum of its children's maxima. */
export interface DxTreeMismatch {
  /** Criterion or pillar code. */
  code: string;
  maxPoints: number | null;
  /** Sum of the children's maxima; null when a child has no maximum. */
  childrenSum: number | null;
}

/**
 * The parents in `criteria` whose maximum differs from the sum of their children's (or that have no maximum, or a
 * child without one). Pillars given in `pillars` are checked against the sum of their top criteria found in
 * `criteria`. Empty for the shipped data: `checkDxTree(dxIndex, dxPillars)` returns [] (see the file header).
 */
export function checkDxTree(
  criteria: readonly DxCriterion[],
  pillars: readonly Pick<DxPillarInfo, "pillar" | "code" | "maxPoints">[] = [],
): DxTreeMismatch[] {
  const kids = new Map<string, DxCriterion[]>();
  for (const c of criteria) {
    const key = c.parent ?? `pillar:${c.pillar}`;
    const list = kids.get(key) ?? [];
    list.push(c);
    kids.set(key, list);
  }
  const sumOf = (children: readonly DxCriterion[]): number | null =>
    children.some((c) => c.maxPoints === null) ? null : children.reduce((s, c) => s + (c.maxPoints ?? 0), 0);
  const differs = (max: number | null, sum: number | null): boolean =>
    max === null || sum === null || Math.abs(max - sum) > 1e-9;

  const out: DxTreeMismatch[] = [];
  for (const p of pillars) {
    const sum = sumOf(kids.get(`pillar:${p.pillar}`) ?? []);
    if (differs(p.maxPoints, sum)) out.push({ code: p.code, maxPoints: p.maxPoints, childrenSum: sum });
  }
  for (const c of criteria) {
    const children = kids.get(c.code);
    if (!children || children.length === 0) continue;
    const sum = sumOf(children);
    if (differs(c.maxPoints, sum)) out.push({ code: c.code, maxPoints: c.maxPoints, childrenSum: sum });
  }
  return out;
}
