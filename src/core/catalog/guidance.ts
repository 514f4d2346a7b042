/**
 * The provincial guidance frame for the 2022 plan (seed 000) asks every district for a minimum set of indicators in
 * both appendix tables. Its tables number them 1 and 2; they are indicators 31 and 32 of the full catalog (seed 001).
 * An indicator brings its part and level rows with it (see `ictChildren`).
 */
import type { SourceRef } from "./types";

export interface GuidanceMinimumIndicator {
  /** Code in the ICT catalog (ict.ts). */
  code: string;
  /** Number printed in the guidance frame's tables. */
  guidanceLabel: string;
  /** Codes of the breakdown rows the guidance frame prints under it. */
  rows: string[];
  source: SourceRef;
}

export const guidanceMinimum: readonly GuidanceMinimumIndicator[] = Object.freeze([
  {
    code: "ict.31",
    guidanceLabel: "1",
    rows: ["ict.31.tinh", "ict.31.huyen", "ict.31.xa"],
    source: {
      doc: "000",
      place: "Phần thứ nhất mục II (dự báo) và Phần thứ hai mục II (kế hoạch), chỉ tiêu 1",
      note: "“Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng” with rows Cấp tỉnh / Cấp huyện / Cấp xã (%): indicator 31 of seed 001.",
    },
  },
  {
    code: "ict.32",
    guidanceLabel: "2",
    rows: [],
    source: {
      doc: "000",
      place: "Phần thứ nhất mục II (dự báo) và Phần thứ hai mục II (kế hoạch), chỉ tiêu 2",
      note: "“Tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến mức độ 3, 4 …”, printed with unit DVC; indicator 32 of seed 001, whose catalog unit is “%”.",
    },
  },
]);

/** ICT catalog codes of the indicators the guidance frame requires, in its order. */
export const guidanceMinimumCodes: readonly string[] = Object.freeze(guidanceMinimum.map((g) => g.code));
