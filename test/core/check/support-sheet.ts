/** Building SheetModels for the sheet-rule tests: hand-made grids, our templates as read back, the seed 001 tables. */
import { dxChildren, dxLeaves, dxPillars } from "../../../src/core/catalog/dx-index";
import { parseA1 } from "../../../src/core/model/address";
import type { SheetPlan } from "../../../src/core/model/plan";
import type { CellModel, CellValue, SheetModel, WorkbookModel } from "../../../src/core/model/sheet";
import { dxTemplate } from "../../../src/core/templates";
import type { Finding } from "../../../src/core/check/types";

export type GridCell = CellValue | CellModel | undefined;

/** A sheet from rows of cells: `null`/`undefined`/"" leave the cell empty; objects are cells as they are. */
export function grid(rows: GridCell[][], name = "Sheet1", merges: SheetModel["merges"] = []): SheetModel {
  return {
    name,
    rows: rows.map((cells) =>
      cells.map((c) => {
        if (c === undefined || c === null || c === "") return undefined;
        return typeof c === "object" ? c : { value: c };
      }),
    ),
    merges,
  };
}

export function workbook(...sheets: SheetModel[]): WorkbookModel {
  return { sheets };
}

/** A deep copy with one cell replaced (A1 address). */
export function withCell(sheet: SheetModel, address: string, cell: GridCell): SheetModel {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  const rows = sheet.rows.map((r) => (r ? [...r] : []));
  while (rows.length <= at.row) rows.push([]);
  rows[at.row][at.col] =
    cell === undefined || cell === null || cell === ""
      ? undefined
      : typeof cell === "object"
        ? cell
        : { value: cell };
  return { ...sheet, rows, merges: [...sheet.merges] };
}

/** The plan as a workbook reader would see the written sheet (formulas without cached results). */
export function planSheet(plan: SheetPlan): SheetModel {
  const rows: (CellModel | undefined)[][] = [];
  for (const c of plan.cells) {
    if ((c.value === undefined || c.value === null) && !c.formula) continue;
    const cell: CellModel = { value: c.value ?? null };
    if (c.formula) cell.formula = c.formula;
    (rows[c.row] ??= [])[c.col] = cell;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: plan.name, rows, merges: plan.merges };
}

const DX_SCORE_COL = 4;

/**
 * The DX template filled the way Excel saves it after calculation: leaf scores typed (from `leafScore`, by code),
 * every SUM cell with its cached result.
 */
export function filledDxSheet(
  year = 2026,
  leafScore: (code: string, max: number) => number = (_, max) => max / 2,
): {
  sheet: SheetModel;
  rowOf: Map<string, number>;
  scoreOf: Map<string, number>;
} {
  const plan = dxTemplate.plan({ year, unit: "huyện Thọ Xuân" });
  const sheet = planSheet(plan);
  const rowOf = new Map<string, number>();
  sheet.rows.forEach((cells, r) => {
    const code = cells?.[5]?.value;
    if (typeof code === "string" && code.startsWith("cds.")) rowOf.set(code, r);
  });
  const scoreOf = new Map<string, number>();
  for (const leaf of dxLeaves()) scoreOf.set(leaf.code, leafScore(leaf.code, leaf.maxPoints ?? 0));
  const total = (code: string): number => {
    const known = scoreOf.get(code);
    if (known !== undefined) return known;
    const sum = dxChildren(code).reduce((s, c) => s + total(c.code), 0);
    scoreOf.set(code, sum);
    return sum;
  };
  let grand = 0;
  for (const p of dxPillars) grand += total(p.code);
  for (const [code, r] of rowOf) {
    const cell = sheet.rows[r][DX_SCORE_COL];
    const value = total(code);
    sheet.rows[r][DX_SCORE_COL] = cell?.formula ? { value, formula: cell.formula } : { value };
  }
  const totalRow = sheet.rows.findIndex((cells) => cells?.[1]?.value === "TỔNG CỘNG");
  const totalCell = sheet.rows[totalRow][DX_SCORE_COL];
  sheet.rows[totalRow][DX_SCORE_COL] = { value: grand, formula: totalCell?.formula };
  scoreOf.set("total", grand);
  rowOf.set("total", totalRow);
  return { sheet, rowOf, scoreOf };
}

/** Findings reduced to what the tests compare. */
export function brief(
  findings: Finding[],
): { code: string; severity: string; sheet: string; cell: string }[] {
  return findings.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell }));
}
