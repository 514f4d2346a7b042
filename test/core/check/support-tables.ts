/** Helpers of the table-rule tests: small sheets from rows of cells, the seed 001 workbook, finding summaries. */
import type { CellModel, CellValue, SheetModel, WorkbookModel } from "../../../src/core/model/sheet";
import type { SheetPlan } from "../../../src/core/model/plan";
import { comparisonFormula } from "../../../src/core/formulas";
import { parseColumnToken } from "../../../src/core/tables/expr";
import { seedAppendicesWorkbook, type PasteMode } from "../../support/fixtures";
import { modelOf } from "../../support/workbooks";
import { analyseWorkbook } from "../../../src/core/check/analysis";
import { checkTables } from "../../../src/core/check/table-rules";
import type { CheckOptions, Finding } from "../../../src/core/check/types";

export type Cell = CellValue | CellModel | undefined;

/** A sheet from rows of cells: plain values, or CellModels for formulas and number formats. */
export function sheetOf(name: string, rows: Cell[][]): SheetModel {
  return {
    name,
    rows: rows.map((r) =>
      r.map((c) =>
        c === undefined || c === null || c === "" ? undefined : typeof c === "object" ? c : { value: c },
      ),
    ),
    merges: [],
  };
}

export function check(sheets: SheetModel[], options: CheckOptions = {}): Finding[] {
  return checkTables(analyseWorkbook({ sheets }, options));
}

/** "code severity Sheet!A1" of each finding, for exact comparisons. */
export function summary(findings: Finding[]): string[] {
  return findings.map(
    (f) => `${f.code}${f.variant ? `.${f.variant}` : ""} ${f.severity} ${f.sheet}!${f.cell}`,
  );
}

export const FORECAST_HEADER: Cell[] = [
  "STT",
  "Các chỉ tiêu",
  "Đơn vị tính",
  "Thực hiện năm 2025",
  "Thực hiện 6 tháng 2026",
  "Ước thực hiện cả năm 2026",
  "So sánh ước thực hiện năm 2026 với thực hiện năm 2025 (%)",
  "So sánh thực hiện 6 tháng với ước thực hiện cả năm (%)",
];
export const FORECAST_NUMBERS: Cell[] = [1, 2, 3, 4, 5, 6, "7=6/4", "8=5/6"];

export const PLAN_HEADER: Cell[] = [
  "STT",
  "Các chỉ tiêu",
  "Đơn vị tính",
  "Thực hiện năm 2026",
  "Kế hoạch năm 2027",
  "So sánh kế hoạch 2027 với thực hiện năm 2026 (%)",
];
export const PLAN_NUMBERS: Cell[] = [1, 2, 3, 4, 5, "6=5/4"];

/** A forecast sheet (year 2026) with the given body rows; row 3 (A3) is the first body row. */
export function forecastSheet(body: Cell[][], name = "Dự báo"): SheetModel {
  return sheetOf(name, [FORECAST_HEADER, FORECAST_NUMBERS, ...body]);
}

export function planSheet(body: Cell[][], name = "Kế hoạch"): SheetModel {
  return sheetOf(name, [PLAN_HEADER, PLAN_NUMBERS, ...body]);
}

/** The two seed 001 appendices in one workbook, pasted as text or converted to numbers. */
export function seedWorkbook(mode: PasteMode): Promise<WorkbookModel> {
  return modelOf(seedAppendicesWorkbook(mode));
}

/** A SheetModel of a template's plan: values as planned, formulas without cached results (as ExcelJS writes). */
export function planToSheet(plan: SheetPlan, values: Map<string, number> = new Map()): SheetModel {
  const rows: (CellModel | undefined)[][] = [];
  for (const c of plan.cells) {
    const key = `${c.row},${c.col}`;
    let model: CellModel | undefined;
    if (c.formula !== undefined) model = { value: null, formula: c.formula };
    else if (values.has(key)) model = { value: values.get(key) as number };
    else if (c.value !== undefined && c.value !== null) model = { value: c.value };
    if (model && c.style?.numberFormat) model.numberFormat = c.style.numberFormat;
    if (!model) continue;
    while (rows.length <= c.row) rows.push([]);
    rows[c.row][c.col] = model;
  }
  return { name: plan.name, rows, merges: plan.merges };
}

/** One body row of a hand-made table; comparison cells get our formula unless given. */
export interface BodyRow {
  label?: string | number;
  name: string;
  unit?: string;
  /** Input figures, form columns 4, 5, 6 (forecast) or 4, 5 (plan). */
  values: Cell[];
  /** Comparison cells by form column number (7, 8 or 6); "formula" (the default) writes our formula. */
  comparisons?: Record<number, Cell | "formula">;
  /** Catalog code for the hidden "Mã chỉ tiêu" column. */
  code?: string;
}

const FIRST_BODY_ROW = 2;

function tableSheet(name: string, header: Cell[], numbers: Cell[], rows: BodyRow[]): SheetModel {
  const withCodes = rows.some((r) => r.code !== undefined);
  const width = header.length;
  const body: Cell[][] = rows.map((r, i) => {
    const row = FIRST_BODY_ROW + i;
    const cells: Cell[] = [r.label ?? "", r.name, r.unit ?? "", ...r.values];
    while (cells.length < width) cells.push(undefined);
    numbers.forEach((token, col) => {
      const parsed = parseColumnToken(token as string | number);
      if (!parsed?.expr) return;
      const given =
        r.comparisons && parsed.number in r.comparisons ? r.comparisons[parsed.number] : "formula";
      if (given !== "formula") {
        cells[col] = given;
        return;
      }
      const formula = comparisonFormula(parsed.expr, {
        row,
        columnOf: (n) => numbers.findIndex((t) => parseColumnToken(t as string | number)?.number === n),
        percent: String(header[col]).includes("%"),
      });
      cells[col] = { value: null, formula };
    });
    if (withCodes) cells[width] = r.code ?? "";
    return cells;
  });
  const head = withCodes ? [...header, "Mã chỉ tiêu"] : header;
  return sheetOf(name, [head, numbers, ...body]);
}

/** A forecast of 2026: A1 headers, A2 column numbers, body from row 3. */
export function forecast(rows: BodyRow[], name = "Dự báo"): SheetModel {
  return tableSheet(name, FORECAST_HEADER, FORECAST_NUMBERS, rows);
}

/** A plan of 2027 written in 2026. */
export function plan(rows: BodyRow[], name = "Kế hoạch"): SheetModel {
  return tableSheet(name, PLAN_HEADER, PLAN_NUMBERS, rows);
}
