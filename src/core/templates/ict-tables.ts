/**
 * The two standard appendix tables over the ICT catalog (seed 001; layout of the guidance frame, seed 000):
 * the forecast of year N and the main indicators of the plan for year N+1.
 *
 * Columns (zero-based), forecast:  0 STT · 1 Các chỉ tiêu · 2 Đơn vị tính · 3–5 inputs (form columns 4, 5, 6) ·
 *                                  6–7 comparisons (form columns 7=6/4, 8=5/6) · 8 hidden code.
 * Columns, plan:                   0 STT · 1 Các chỉ tiêu · 2 Đơn vị tính · 3–4 inputs (form columns 4, 5) ·
 *                                  5 comparison (form column 6=5/4) · 6 hidden code.
 *
 * The comparison formulas are derived from the column-number row by the same parser and formula builder the fill
 * command uses on officials' own sheets, so a table inserted here and a table filled later carry the same formulas.
 */
import { ictCatalog } from "../catalog/ict";
import type { CatalogRow } from "../catalog/types";
import { comparisonFormula } from "../formulas";
import { PERCENT_NUMBER_FORMAT } from "../formulas/number-format";
import { parseColumnToken } from "../tables/expr";
import type { SheetPlan } from "../model/plan";
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

type ColumnKind = "stt" | "name" | "unit" | "input" | "computed";

interface TableColumn extends ColumnSpec {
  kind: ColumnKind;
}

function forecastColumns(n: number): TableColumn[] {
  return [
    { kind: "stt", header: "STT", token: "1", width: 6 },
    { kind: "name", header: "Các chỉ tiêu", token: "2", width: 50 },
    { kind: "unit", header: "Đơn vị tính", token: "3", width: 12 },
    { kind: "input", header: `Thực hiện năm ${n - 1}`, token: "4", width: 12 },
    { kind: "input", header: `Thực hiện 6 tháng ${n}`, token: "5", width: 12 },
    { kind: "input", header: `Ước thực hiện cả năm ${n}`, token: "6", width: 12 },
    {
      kind: "computed",
      header: `So sánh ước thực hiện năm ${n} với thực hiện năm ${n - 1} (%)`,
      token: "7=6/4",
      width: 16,
    },
    {
      kind: "computed",
      header: "So sánh thực hiện 6 tháng với ước thực hiện cả năm (%)",
      token: "8=5/6",
      width: 16,
    },
  ];
}

function planColumns(n: number): TableColumn[] {
  return [
    { kind: "stt", header: "Stt", token: "1", width: 6 },
    { kind: "name", header: "Các chỉ tiêu", token: "2", width: 56 },
    { kind: "unit", header: "Đơn vị tính", token: "3", width: 12 },
    { kind: "input", header: `Thực hiện năm ${n}`, token: "4", width: 14 },
    { kind: "input", header: `Kế hoạch năm ${n + 1}`, token: "5", width: 14 },
    {
      kind: "computed",
      header: `So sánh kế hoạch ${n + 1} với thực hiện năm ${n} (%)`,
      token: "6=5/4",
      width: 18,
    },
  ];
}

/** The form's column numbers mapped to sheet columns, read from the number-row tokens. */
function formColumns(columns: readonly TableColumn[]): Map<number, number> {
  const map = new Map<number, number>();
  columns.forEach((c, col) => {
    const parsed = parseColumnToken(c.token);
    if (!parsed) throw new Error(`column token not understood: ${c.token}`);
    map.set(parsed.number, col);
  });
  return map;
}

/** Indicator, part and level rows carry figures; sector, group and subgroup rows are headings. */
function carriesFigures(row: CatalogRow): boolean {
  return row.kind === "indicator" || row.kind === "part" || row.kind === "level";
}

function buildIctTable(
  templateId: "du-bao" | "ke-hoach",
  titleText: string,
  columns: TableColumn[],
  options: TemplateOptions,
): SheetPlan {
  const n = options.year;
  const b = new SheetBuilder(columns, [
    { text: "PHỤ LỤC", role: "title" },
    { text: titleText, role: "title" },
    { text: attachedToPlanLine(n, options.unit), role: "subtitle" },
  ]);
  const byNumber = formColumns(columns);
  const columnOf = (formNumber: number): number | undefined => byNumber.get(formNumber);

  for (const entry of ictCatalog) {
    const row = b.row;
    const cells: BodyCell[] = [];
    if (!carriesFigures(entry)) {
      const role = entry.kind === "sector" ? "sector" : "group";
      cells.push({ col: 0, value: entry.label, role, style: { hAlign: "center" } });
      cells.push({ col: 1, value: entry.name, role });
      b.addRow(cells, entry.code, role);
      continue;
    }
    const isPart = entry.kind !== "indicator";
    const textRole = isPart ? "part-label" : "label";
    const format = numberFormatFor(entry.measure);
    columns.forEach((c, col) => {
      switch (c.kind) {
        case "stt":
          cells.push({ col, value: sttValue(entry.label), role: "label", style: { hAlign: "center" } });
          break;
        case "name":
          cells.push({ col, value: entry.name, role: textRole });
          break;
        case "unit":
          cells.push({ col, value: entry.unit ?? null, role: textRole, style: { hAlign: "center" } });
          break;
        case "input":
          cells.push({ col, role: "input", style: { numberFormat: format } });
          break;
        case "computed": {
          const parsed = parseColumnToken(c.token);
          const formula =
            parsed?.expr !== undefined
              ? comparisonFormula(parsed.expr, { row, columnOf, percent: true })
              : undefined;
          if (formula === undefined) throw new Error(`no formula for column ${c.token}`);
          cells.push({ col, formula, role: "computed", style: { numberFormat: PERCENT_NUMBER_FORMAT } });
          break;
        }
      }
    });
    b.addRow(cells, entry.code);
  }

  return b.finish({ name: sheetNameFor(templateId, n), templateId, year: n });
}

/** "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM N". */
export const forecastTemplate: Template = {
  id: "du-bao",
  title: "Dự báo khả năng thực hiện kế hoạch năm N",
  titleEn: "Forecast of the plan's achievement in year N",
  plan: (options) =>
    buildIctTable(
      "du-bao",
      `DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM ${options.year}`,
      forecastColumns(options.year),
      options,
    ),
};

/** "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM N+1", written in year N. */
export const nextYearPlanTemplate: Template = {
  id: "ke-hoach",
  title: "Các chỉ tiêu chủ yếu của kế hoạch năm N+1",
  titleEn: "Main indicators of the plan for year N+1",
  plan: (options) =>
    buildIctTable(
      "ke-hoach",
      `CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM ${options.year + 1}`,
      planColumns(options.year),
      options,
    ),
};
