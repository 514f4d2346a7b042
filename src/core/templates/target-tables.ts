/**
 * Tables that set a year's result beside a published target and say whether it was met: the grassroots-information
 * strategy 2021–2025 (seed 003) and the e-government targets to 2020 (NQ 17/NQ-CP, seed 004).
 *
 * Columns (zero-based), grassroots:     0 STT · 1 Chỉ tiêu · 2 Cấp · 3 Đơn vị tính · 4 target · 5 result (input) ·
 *                                       6 Đánh giá (formula) · 7 hidden code.
 * Columns, e-government:                0 STT · 1 Chỉ tiêu · 2 Đơn vị tính · 3 target · 4 result (input) ·
 *                                       5 Đánh giá (formula) · 6 hidden code.
 *
 * The target cell holds a number, the lower bound of the target, so the assessment formula can refer to it and an
 * official who edits it sees the assessment follow. A range target ("70–100", "30% - 50%") keeps its lower bound as
 * the value and shows the range through its number format.
 */
import { MET, NOT_MET } from "../catalog/judgement";
import { egovTargets2020 } from "../catalog/egov";
import { grassrootsTargets2021_2025, indicatorsForLevel, targetFor } from "../catalog/grassroots";
import type { AdminLevel, StrategyLevel, TargetValue } from "../catalog/types";
import { a1 } from "../model/address";
import {
  attachedToPlanLine,
  type BodyCell,
  type ColumnSpec,
  numberFormatFor,
  SheetBuilder,
  sttValue,
} from "./layout";
import { sheetNameFor } from "./sheet-names";
import type { Template, TemplateOptions } from "./types";

/**
 * "Đạt" when the result reaches the target's lower bound, "Chưa đạt" below it, empty while either cell holds no
 * number (nothing typed yet, or text pasted from Word).
 */
export function assessmentFormula(row: number, resultCol: number, targetCol: number): string {
  const result = a1(row, resultCol);
  const target = a1(row, targetCol);
  return `IF(AND(ISNUMBER(${result}),ISNUMBER(${target})),IF(${result}>=${target},"${MET}","${NOT_MET}"),"")`;
}

/** Vietnamese decimal comma for a number shown inside a format's literal text. */
function viNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** The target cell: the lower bound as a number; a range shows as "70–100" through its format. */
function targetCell(col: number, target: TargetValue | undefined): BodyCell {
  if (!target) return { col, value: null, role: "label" };
  const numberFormat = target.max !== undefined ? `General"–${viNumber(target.max)}"` : "General";
  return { col, value: target.min, role: "label", style: { hAlign: "right", numberFormat } };
}

/** From column `col`: the target, the year's result (a rate typed in) and its assessment against the target. */
function resultCells(row: number, col: number, target: TargetValue | undefined): BodyCell[] {
  return [
    targetCell(col, target),
    { col: col + 1, role: "input", style: { numberFormat: numberFormatFor("rate") } },
    {
      col: col + 2,
      formula: assessmentFormula(row, col + 1, col),
      role: "computed",
      style: { hAlign: "center", numberFormat: "General" },
    },
  ];
}

/** "Chỉ tiêu 1.2 (70–100) là một khoảng: …" */
function rangeNote(ranges: readonly string[]): string {
  return `Chỉ tiêu ${ranges.join("; ")} là một khoảng: đánh giá theo mức thấp nhất của khoảng.`;
}

const LEVEL_NAMES: Record<StrategyLevel, string> = {
  xa: "Xã",
  huyen: "Huyện",
  tinh: "Tỉnh",
  "trung-uong": "Trung ương",
};

function grassrootsColumns(targetHeader: string, n: number): ColumnSpec[] {
  return [
    { header: "STT", token: "1", width: 6 },
    { header: "Chỉ tiêu", token: "2", width: 58 },
    { header: "Cấp", token: "3", width: 10 },
    { header: "Đơn vị tính", token: "4", width: 10 },
    { header: targetHeader, token: "5", width: 14 },
    { header: `Thực hiện năm ${n}`, token: "6", width: 14 },
    { header: "Đánh giá", token: "7", width: 12 },
  ];
}

function grassrootsPlan(options: TemplateOptions) {
  const n = options.year;
  const level: AdminLevel = options.level ?? "huyen";
  const set = grassrootsTargets2021_2025;
  const indicators = indicatorsForLevel(set, level);
  const lookups = indicators.map((i) => targetFor(i, n, set));
  const periodEnded = lookups.some((l) => l.periodEnded);
  const yearUsed = periodEnded ? set.period.to : n;
  const columns = grassrootsColumns(`Chỉ tiêu năm ${yearUsed}`, n);

  const b = new SheetBuilder(columns, [
    { text: "PHỤ LỤC", role: "title" },
    { text: `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN LĨNH VỰC THÔNG TIN CƠ SỞ NĂM ${n}`, role: "title" },
    {
      text:
        `(Theo ${set.name} ban hành kèm theo Quyết định số 1381/QĐ-BTTTT ngày 07/9/2021 ` +
        "của Bộ trưởng Bộ Thông tin và Truyền thông)",
      role: "subtitle",
    },
    { text: attachedToPlanLine(n, options.unit), role: "subtitle" },
  ]);

  const ranges: string[] = [];
  indicators.forEach((ind, i) => {
    const row = b.row;
    const target = lookups[i].value;
    if (target?.max !== undefined) ranges.push(`${ind.number} (${target.text})`);
    b.addRow(
      [
        { col: 0, value: sttValue(ind.number), role: "label", style: { hAlign: "center" } },
        { col: 1, value: ind.name, role: "label" },
        { col: 2, value: LEVEL_NAMES[ind.level], role: "label", style: { hAlign: "center" } },
        { col: 3, value: ind.unit, role: "label", style: { hAlign: "center" } },
        ...resultCells(row, 4, target),
      ],
      ind.code,
    );
  });

  if (periodEnded) {
    b.addNote(
      `Chiến lược giai đoạn ${set.period.from} - ${set.period.to} đã kết thúc; ` +
        `cột chỉ tiêu ghi mức của năm ${set.period.to}, năm cuối của giai đoạn.`,
    );
  }
  if (set.resultYears.includes(n)) {
    b.addNote(
      `Số liệu năm ${n} trong Kế hoạch hành động là kết quả thực hiện chung cả nước, không phải chỉ tiêu giao.`,
    );
  }
  if (n < set.period.from) {
    b.addNote(
      `Năm ${n} trước giai đoạn ${set.period.from} - ${set.period.to} của Chiến lược: chưa có chỉ tiêu.`,
    );
  }
  if (ranges.length > 0) {
    b.addNote(rangeNote(ranges));
  }
  b.addNote(
    `Đánh giá: “${MET}” khi kết quả thực hiện bằng hoặc cao hơn chỉ tiêu, “${NOT_MET}” khi thấp hơn.`,
  );

  return b.finish({ name: sheetNameFor("thong-tin-co-so", n), templateId: "thong-tin-co-so", year: n });
}

function egovPlan(options: TemplateOptions) {
  const n = options.year;
  const columns: ColumnSpec[] = [
    { header: "STT", token: "1", width: 6 },
    { header: "Chỉ tiêu", token: "2", width: 62 },
    { header: "Đơn vị tính", token: "3", width: 10 },
    { header: "Chỉ tiêu năm 2020", token: "4", width: 14 },
    { header: `Thực hiện năm ${n}`, token: "5", width: 14 },
    { header: "Đánh giá", token: "6", width: 12 },
  ];
  const b = new SheetBuilder(columns, [
    { text: "PHỤ LỤC", role: "title" },
    { text: "CÁC CHỈ TIÊU PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ", role: "title" },
    { text: "(Theo Nghị quyết số 17/NQ-CP)", role: "subtitle" },
    { text: attachedToPlanLine(n, options.unit), role: "subtitle" },
  ]);
  const ranges: string[] = [];
  for (const t of egovTargets2020) {
    const row = b.row;
    if (t.target.max !== undefined) ranges.push(`${t.number} (${t.target.text})`);
    b.addRow(
      [
        { col: 0, value: t.number, role: "label", style: { hAlign: "center" } },
        { col: 1, value: t.name, role: "label" },
        { col: 2, value: t.unit, role: "label", style: { hAlign: "center" } },
        ...resultCells(row, 3, t.target),
      ],
      t.code,
    );
  }
  const due = Math.max(...egovTargets2020.map((t) => t.year));
  if (n > due) {
    b.addNote(
      `Các chỉ tiêu theo Nghị quyết số 17/NQ-CP có thời hạn đến hết năm ${due}; ` +
        `kết quả năm ${n} được so với mức chỉ tiêu năm ${due}.`,
    );
  }
  if (ranges.length > 0) {
    b.addNote(rangeNote(ranges));
  }
  b.addNote(
    `Đánh giá: “${MET}” khi kết quả thực hiện bằng hoặc cao hơn chỉ tiêu, “${NOT_MET}” khi thấp hơn.`,
  );
  return b.finish({ name: sheetNameFor("chinh-phu-dien-tu", n), templateId: "chinh-phu-dien-tu", year: n });
}

/** Grassroots-information targets 2021–2025 for the reporting level, with the year's results. */
export const grassrootsTemplate: Template = {
  id: "thong-tin-co-so",
  title: "Các chỉ tiêu phát triển lĩnh vực thông tin cơ sở",
  titleEn: "Grassroots-information targets 2021–2025",
  plan: grassrootsPlan,
};

/** The 21 e-government targets of NQ 17/NQ-CP with the year's results. */
export const egovTemplate: Template = {
  id: "chinh-phu-dien-tu",
  title: "Các chỉ tiêu phát triển Chính phủ điện tử",
  titleEn: "E-government targets (Resolution 17/NQ-CP)",
  plan: egovPlan,
};
