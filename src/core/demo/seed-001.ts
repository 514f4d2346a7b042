/**
 * The figures of seed 001 (Tuần Giáo district's 2022 ICT plan, `shared/seeds/001_12292ec2f2d85c08.txt`), as the
 * district published them in its two appendix tables: "Dự báo khả năng thực hiện kế hoạch năm 2021" (columns 4, 5, 6:
 * Thực hiện năm 2020, Thực hiện 6 tháng 2021, Ước thực hiện cả năm 2021) and "Các chỉ tiêu chủ yếu của kế hoạch năm
 * 2022" (columns 4, 5: Thực hiện 2021, Kế hoạch năm 2022). One entry per catalog row that carries figures, in the
 * catalog's order; null where the published cell is empty. Numbers are read the Vietnamese way ("4.300" is 4300,
 * "88,8" is 88.8) and kept exactly, including the published mistakes (`phuluc demo` shows them to the checker: see
 * DEMO_MISTAKES in ./index.ts). The comparison columns (7, 8 and 6) are not data: the templates compute them.
 * The same tables are test data in test/fixtures/seed-001-*.tsv (verbatim text); this module is the product's copy.
 */

/** [catalog code, forecast [col 4, col 5, col 6], plan [col 4, col 5]]. */
export type SeedFigures = readonly [
  code: string,
  forecast: readonly [number | null, number | null, number | null],
  plan: readonly [number | null, number | null],
];

export const SEED_001_SOURCE =
  "Văn bản 001 (Kế hoạch phát triển TT&TT năm 2022 của huyện Tuần Giáo), hai phụ lục";

export const seed001Figures: readonly SeedFigures[] = [
  ["ict.01", [22, 22, 22], [22, 22]],
  ["ict.01.vhx", [16, 18, 18], [18, 18]],
  ["ict.01.khac", [5, 4, 4], [4, 4]],
  ["ict.02", [88.8, 100, 100], [100, 100]],
  ["ict.03", [4300, 4300, 4300], [4300, 4300]],
  ["ict.04", [4, 4, 4], [4, 4]],
  ["ict.05", [2400, 1320, 2700], [2700, 3000]],
  ["ict.06", [80, 80, 85], [85, 90]],
  ["ict.07", [13, 13, 13], [10, 20]],
  ["ict.08", [80, 80, 80], [80, 90]],
  ["ict.09", [65, 70, 70], [70, 80]],
  ["ict.10", [87, 88, 90], [90, 94]],
  ["ict.11", [61.8, 62.4, 68.8], [68.8, 70]],
  ["ict.12", [52050, 55572, 61935], [61935, 64000]],
  ["ict.13", [66, 67, 79], [79, 80]],
  ["ict.14", [28.6, 30.3, 33.2], [33.2, 36]],
  ["ict.15", [5158, 5471, 5990], [5990, 6500]],
  ["ict.16", [null, null, null], [null, null]],
  ["ict.17", [21, 11, 25], [25, 30]],
  ["ict.18", [18130, 18500, 21000], [21000, 25000]],
  ["ict.19", [70, 83, 85], [85, 87]],
  ["ict.20", [48905, 24783, 52321], [52321, 55000]],
  ["ict.21", [16, 16, 16], [16, 18]],
  ["ict.22", [3120, 1630, 3215], [3215, 4000]],
  ["ict.23", [8, 8, 8], [8, 10]],
  ["ict.24", [44.4, 44.4, 44.4], [44.4, 55.5]],
  ["ict.25", [6570, 3285, 6570], [6570, 6570]],
  ["ict.26", [6570, 3285, 6570], [6570, 6570]],
  ["ict.27", [365, 129, 365], [365, 365]],
  ["ict.28", [95, 99.7, 100], [100, 100]],
  ["ict.29", [12, 6, 12], [12, 12]],
  ["ict.30", [12, 6, 12], [12, 12]],
  ["ict.31", [null, null, null], [null, null]],
  ["ict.31.tinh", [null, null, null], [null, null]],
  ["ict.31.huyen", [100, 100, 100], [100, 100]],
  ["ict.31.xa", [100, 100, 100], [100, 100]],
  ["ict.32", [1483, 917, null], [null, null]],
  ["ict.33", [100, 100, 100], [100, 100]],
];
