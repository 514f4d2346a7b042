/**
 * The standard ICT indicator catalog of the yearly plan appendices, as published in seed 001 (Tuần Giáo district's
 * 2022 plan): both appendix tables ("DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021" and "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ
 * HOẠCH NĂM 2022") list the same rows in the same order, so one catalog serves both.
 *
 * Rows are in published order; a parent always comes before its children.
 * Typos are fixed and units corrected where the published one is missing or wrong; each fix is recorded in
 * `source.note` so an official can check it against the paper.
 */
import type { Accumulation, AdminLevel, CatalogRow, IndicatorKind, SourceRef } from "./types";

const PLACE = "Phụ lục dự báo và kế hoạch";

function src(place: string, note?: string): SourceRef {
  return note
    ? { doc: "001", place: `${PLACE}, ${place}`, note }
    : { doc: "001", place: `${PLACE}, ${place}` };
}

function sector(label: string, name: string, note?: string): CatalogRow {
  return { code: `ict.${label}`, kind: "sector", label, name, source: src(`mục ${label}`, note) };
}

function group(sectorLabel: string, label: string, name: string): CatalogRow {
  return {
    code: `ict.${sectorLabel}.${label}`,
    kind: "group",
    label,
    name,
    parent: `ict.${sectorLabel}`,
    source: src(`mục ${sectorLabel}.${label}`),
  };
}

/** Subgroups of "II Viễn thông": published with Roman labels I–IV, coded by position. */
function subgroup(index: number, label: string, name: string, note?: string): CatalogRow {
  return {
    code: `ict.A.II.${index}`,
    kind: "subgroup",
    label,
    name,
    parent: "ict.A.II",
    source: src(`mục A.II, nhóm ${label}`, note),
  };
}

interface Measure {
  unit: string;
  measure: IndicatorKind;
  accumulation: Accumulation;
  period?: "day" | "month" | "year";
}

const POINTS: Measure = { unit: "Điểm", measure: "count", accumulation: "level" };
const RATE: Measure = { unit: "%", measure: "rate", accumulation: "level" };
const MONEY: Measure = { unit: "Triệu đồng", measure: "money", accumulation: "flow" };
const SUBSCRIBERS: Measure = { unit: "Thuê bao", measure: "count", accumulation: "level" };
const HOURS_PER_DAY: Measure = {
  unit: "Giờ",
  measure: "duration-per-period",
  accumulation: "level",
  period: "day",
};

function code2(n: number): string {
  return `ict.${String(n).padStart(2, "0")}`;
}

function indicator(
  n: number,
  parent: string,
  name: string,
  m: Measure,
  opts: { note?: string; partsSumToTotal?: boolean } = {},
): CatalogRow {
  const row: CatalogRow = {
    code: code2(n),
    kind: "indicator",
    label: String(n),
    name,
    unit: m.unit,
    measure: m.measure,
    accumulation: m.accumulation,
    parent,
    source: src(`chỉ tiêu ${n}`, opts.note),
  };
  if (m.period) row.period = m.period;
  if (opts.partsSumToTotal) row.partsSumToTotal = true;
  return row;
}

function part(n: number, suffix: string, name: string, m: Measure, note?: string): CatalogRow {
  return {
    code: `${code2(n)}.${suffix}`,
    kind: "part",
    label: "",
    name,
    unit: m.unit,
    measure: m.measure,
    accumulation: m.accumulation,
    parent: code2(n),
    source: src(`chỉ tiêu ${n}, dòng “${name}”`, note),
  };
}

/** A level's row of indicator `n` («Cấp tỉnh»): a part whose code ends in its level. */
function levelRow(n: number, level: AdminLevel, name: string, m: Measure, note?: string): CatalogRow {
  return { ...part(n, level, name, m, note), kind: "level", level };
}

const rows: CatalogRow[] = [
  // A — Bưu chính - Viễn thông
  sector("A", "Bưu chính - Viễn thông"),
  group("A", "I", "Bưu chính"),
  indicator(1, "ict.A.I", "Tổng số điểm phục vụ bưu chính", POINTS, {
    partsSumToTotal: true,
    note:
      "The parts add up to the total: 18 + 4 = 22 in the 2021 columns of both appendices. " +
      "The forecast's 2020 column does not (16 + 5 = 21, total printed 22).",
  }),
  part(
    1,
    "vhx",
    "Số điểm Bưu điện VHX",
    POINTS,
    "VHX = văn hóa xã; printed in italics in the plan appendix.",
  ),
  part(
    1,
    "khac",
    "Số điểm phục vụ bưu chính khác",
    POINTS,
    "Printed in italics in the plan appendix; the narrative counts 3 bưu cục cấp II + 1 other point = 4.",
  ),
  indicator(2, "ict.A.I", "Tỷ lệ xã có điểm Bưu điện VHX", RATE),
  indicator(3, "ict.A.I", "Số dân phục vụ bình quân", {
    unit: "Người/điểm",
    measure: "average",
    accumulation: "level",
  }),
  indicator(4, "ict.A.I", "Bán kính phục vụ bình quân", {
    unit: "Km/điểm",
    measure: "average",
    accumulation: "level",
  }),
  indicator(5, "ict.A.I", "Tổng doanh thu dịch vụ bưu chính", MONEY),

  group("A", "II", "Viễn thông"),
  subgroup(
    1,
    "I",
    "Hạ tầng viễn thông",
    "Published with the unit “Thuê bao” on this heading row, a stray: a heading carries no unit and its " +
      "indicators are percentages and stations. The unit is dropped.",
  ),
  indicator(6, "ict.A.II.1", "Cáp quang kéo đến khu vực có dân cư sinh sống, làm việc", RATE, {
    note: "The plan appendix prints “Cấp quang” (typo), fixed to “Cáp quang” as in the forecast appendix.",
  }),
  indicator(
    7,
    "ict.A.II.1",
    "Tỷ lệ sử dụng chung công trình hạ tầng kỹ thuật viễn thông thụ động (Giữa các ngành, các doanh nghiệp VT với nhau)",
    RATE,
    {
      note: "VT = viễn thông. The forecast's estimate for 2021 (13) differs from the plan's result for 2021 (10).",
    },
  ),
  indicator(
    8,
    "ict.A.II.1",
    "Ngầm hóa hạ tầng mạng cáp ngoại vi trên toàn tỉnh (Tập trung chủ yếu tại các khu đô thị, yêu cầu cao về mỹ quan)",
    RATE,
    {
      note: "The plan appendix prints “mạng cấp ngoại vi” (typo), fixed to “mạng cáp ngoại vi” as in the forecast.",
    },
  ),
  indicator(
    9,
    "ict.A.II.1",
    "Tỷ lệ khu vực có dân cư sinh sống, làm việc được phủ sóng TTDĐ mạng 4G, 5G",
    RATE,
    {
      note: "TTDĐ = thông tin di động. The forecast appendix prints “TTDD” (typo), fixed to “TTDĐ” as in the plan.",
    },
  ),
  indicator(10, "ict.A.II.1", "Số trạm thu phát sóng thông tin di động (BTS)", {
    unit: "Vị trí trạm",
    measure: "count",
    accumulation: "level",
  }),
  subgroup(2, "II", "Thuê bao điện thoại"),
  indicator(11, "ict.A.II.2", "Số thuê bao điện thoại di động trên 100 dân", {
    unit: "Thuê bao/100 dân",
    measure: "per-100-population",
    accumulation: "level",
  }),
  indicator(12, "ict.A.II.2", "Tổng số thuê bao điện thoại", SUBSCRIBERS),
  indicator(13, "ict.A.II.2", "Tỷ lệ thuê bao điện thoại di động sử dụng tiêu dùng dữ liệu", RATE),
  subgroup(3, "III", "Thuê bao Internet"),
  indicator(14, "ict.A.II.3", "Tỷ lệ hộ gia đình có kết nối Internet băng rộng", RATE),
  indicator(15, "ict.A.II.3", "Số thuê bao Internet băng rộng cố định mặt đất", SUBSCRIBERS),
  indicator(16, "ict.A.II.3", "Tỷ lệ người sử dụng Internet", RATE, {
    note: "Left empty in both appendices of seed 001.",
  }),
  indicator(
    17,
    "ict.A.II.3",
    "Lưu lượng sử dụng dịch vụ dữ liệu di động bình quân đầu người trên 1 năm",
    { unit: "GB", measure: "volume", accumulation: "flow" },
    { note: "A volume used over the year: the 6-month figure (11) is part of the year's (25)." },
  ),
  indicator(18, "ict.A.II.3", "Tổng số thuê bao Internet băng rộng di động mặt đất", SUBSCRIBERS),
  indicator(19, "ict.A.II.3", "Tỷ lệ hộ gia đình có thể kết nối Internet băng rộng cố định", RATE),
  subgroup(4, "IV", "Doanh thu viễn thông"),
  indicator(20, "ict.A.II.4", "Tổng doanh thu các dịch vụ viễn thông + Internet", MONEY),

  // B — Báo chí - Xuất bản, Phát thanh - Truyền hình
  sector(
    "B",
    "Báo chí - xuất bản, Phát thanh - Truyền hình",
    "Published “Báo chí- xuất bản” (space missing before the hyphen); spacing fixed.",
  ),
  group("B", "I", "Báo chí - Xuất bản"),
  indicator(21, "ict.B.I", "Số cơ sở in, photocopy, cơ sở phát hành xuất bản", {
    unit: "Cơ sở",
    measure: "count",
    accumulation: "level",
  }),
  indicator(22, "ict.B.I", "Doanh thu hoạt động xuất bản, in, phát hành", MONEY),
  group("B", "II", "Phát thanh"),
  indicator(23, "ict.B.II", "Số xã, phường, thị trấn có đài truyền thanh", {
    unit: "Xã",
    measure: "count",
    accumulation: "level",
  }),
  indicator(24, "ict.B.II", "Tỷ lệ xã, phường, thị trấn có đài truyền thanh", RATE),
  indicator(25, "ict.B.II", "Thời lượng chương trình tự sản xuất/ngày", HOURS_PER_DAY, {
    note:
      "Hours per day, an average (level). The published figures (6.570 a year, 3285 for 6 months) look like " +
      "hours per year (18 h × 365), not hours per day.",
  }),
  indicator(26, "ict.B.II", "Thời lượng chương trình tự sản xuất mới/ngày", HOURS_PER_DAY, {
    note:
      "The plan appendix leaves the unit empty; “Giờ” as in the forecast appendix. The published figures " +
      "(6.570) look like hours per year, not hours per day.",
  }),
  indicator(
    27,
    "ict.B.II",
    "Số Chương trình phát thanh sản xuất mới ở cơ sở cấp huyện",
    { unit: "Chương trình", measure: "count", accumulation: "flow" },
    {
      note:
        "Published without a unit in both appendices; “Chương trình” given. Programmes produced accumulate over " +
        "the year (129 in 6 months, 365 in the year).",
    },
  ),
  group("B", "III", "Truyền hình"),
  indicator(28, "ict.B.III", "Tỷ lệ hộ được xem Đài truyền hình tỉnh", RATE),
  indicator(29, "ict.B.III", "Thời lượng chương trình tự sản xuất/ngày", HOURS_PER_DAY, {
    note: "Same wording as indicator 25 (Phát thanh); this one is television.",
  }),
  indicator(30, "ict.B.III", "Thời lượng chương trình tự sản xuất mới/ngày", HOURS_PER_DAY, {
    note: "Same wording as indicator 26 (Phát thanh); this one is television.",
  }),

  // C — Công nghệ thông tin (no groups: its indicators sit directly under the sector)
  sector("C", "Công nghệ thông tin"),
  indicator(31, "ict.C", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", RATE, {
    note:
      "Published without a unit on this row (values are given on its level rows); “%” given as it is a rate. " +
      "Its level rows are a breakdown, they do not add up to it. Minimum indicator 1 of the guidance frame (seed 000).",
  }),
  levelRow(31, "tinh", "Cấp tỉnh", RATE, "Left empty by a district (seed 001)."),
  levelRow(31, "huyen", "Cấp huyện", RATE),
  levelRow(31, "xa", "Cấp xã", RATE),
  indicator(
    32,
    "ict.C",
    "Tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ của DVC trực tuyến mức độ 3, 4",
    RATE,
    {
      note:
        "published unit DVC (also in seed 000); a Tỷ lệ is a percentage, so “%”. The forecast appendix fills it " +
        "with counts of files (1.483, 917), not rates; its name is split across a page break there. " +
        "Minimum indicator 2 of the guidance frame (seed 000).",
    },
  ),
  indicator(
    33,
    "ict.C",
    "Tỷ lệ hệ thống CNTT của cơ quan nhà nước cấp tỉnh, cấp huyện được giám sát đảm bảo an toàn thông tin mạng và triển khai giải pháp phòng chống mã độc",
    RATE,
  ),
];

export const ictCatalog: readonly CatalogRow[] = Object.freeze(rows.map((r) => Object.freeze(r)));

const byCode: ReadonlyMap<string, CatalogRow> = new Map(ictCatalog.map((r) => [r.code, r]));

/** The catalog row with this code, or undefined. */
export function ictRow(code: string): CatalogRow | undefined {
  return byCode.get(code);
}

/** The rows directly under `code` (parts, level rows, indicators of a group …), in published order. */
let childrenByParent: Map<string, CatalogRow[]> | undefined;

export function ictChildren(code: string): CatalogRow[] {
  if (!childrenByParent) {
    childrenByParent = new Map();
    for (const row of ictCatalog) {
      if (!row.parent) continue;
      const list = childrenByParent.get(row.parent) ?? [];
      list.push(row);
      childrenByParent.set(row.parent, list);
    }
  }
  return [...(childrenByParent.get(code) ?? [])];
}
