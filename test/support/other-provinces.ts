/**
 * Headers as other provinces type them (issue 16), shared by the tests of the year resolver, the command line's
 * reading and the consolidation: the years named relative to the report year, as issue 16 quotes them.
 */

/** «Thực hiện năm trước | Kế hoạch năm | Ước thực hiện năm | Kế hoạch năm sau», after STT, the name and the unit. */
export const RELATIVE_HEADER = [
  "STT",
  "Chỉ tiêu",
  "ĐVT",
  "Thực hiện năm trước",
  "Kế hoạch năm",
  "Ước thực hiện năm",
  "Kế hoạch năm sau",
];

/** The same with the comparison issue 16 quotes: «Ước thực hiện năm so với cùng kỳ năm trước (%)». */
export const RELATIVE_HEADER_WITH_COMPARISON = [
  ...RELATIVE_HEADER,
  "Ước thực hiện năm so với cùng kỳ năm trước (%)",
];
