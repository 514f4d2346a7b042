/** Reading a SheetPlan back in tests: cells by position, rows by code, formula references. */
import { columnIndex } from "../../../src/core/model/address";
import type { PlannedCell, SheetPlan } from "../../../src/core/model/plan";

export function cellAt(plan: SheetPlan, row: number, col: number): PlannedCell | undefined {
  return plan.cells.find((c) => c.row === row && c.col === col);
}

export function textAt(plan: SheetPlan, row: number, col: number): string {
  const v = cellAt(plan, row, col)?.value;
  return v === undefined || v === null ? "" : String(v);
}

/** The hidden code column (the one listed in hiddenColumns). */
export function codeColumn(plan: SheetPlan): number {
  expectOne(plan.hiddenColumns.length === 1, "exactly one hidden column");
  return plan.hiddenColumns[0];
}

/** Row of the header cells and of the column-number cells. */
export function headerRow(plan: SheetPlan): number {
  return Math.min(...plan.cells.filter((c) => c.role === "header").map((c) => c.row));
}

export function numberRow(plan: SheetPlan): number {
  return Math.min(...plan.cells.filter((c) => c.role === "column-number").map((c) => c.row));
}

/** Header texts left to right (visible columns). */
export function headers(plan: SheetPlan): string[] {
  const row = headerRow(plan);
  return plan.cells
    .filter((c) => c.row === row && c.role === "header")
    .sort((a, b) => a.col - b.col)
    .map((c) => String(c.value));
}

export function columnNumbers(plan: SheetPlan): string[] {
  const row = numberRow(plan);
  return plan.cells
    .filter((c) => c.row === row && c.role === "column-number")
    .sort((a, b) => a.col - b.col)
    .map((c) => String(c.value));
}

/** Body rows with a code, in sheet order: [{ row, code }]. */
export function codedRows(plan: SheetPlan): { row: number; code: string }[] {
  const col = codeColumn(plan);
  const hr = headerRow(plan);
  return plan.cells
    .filter((c) => c.col === col && c.row > hr && typeof c.value === "string" && c.value !== "")
    .sort((a, b) => a.row - b.row)
    .map((c) => ({ row: c.row, code: String(c.value) }));
}

export function rowOfCode(plan: SheetPlan, code: string): number {
  const hit = codedRows(plan).find((r) => r.code === code);
  if (!hit) throw new Error(`no row for ${code}`);
  return hit.row;
}

/** Text of the title lines (cells above the header row). */
export function titleTexts(plan: SheetPlan): string[] {
  const hr = headerRow(plan);
  return plan.cells
    .filter((c) => c.row < hr && typeof c.value === "string")
    .sort((a, b) => a.row - b.row)
    .map((c) => String(c.value));
}

/** Cell references of a formula, string literals left out: [{ row, col }] zero-based. */
export function formulaRefs(formula: string): { row: number; col: number }[] {
  const code = formula.replace(/"[^"]*"/g, '""');
  const refs: { row: number; col: number }[] = [];
  for (const m of code.matchAll(/(?<![A-Za-z0-9_])\$?([A-Z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])/g)) {
    refs.push({ row: Number(m[2]) - 1, col: columnIndex(m[1]) });
  }
  return refs;
}

function expectOne(ok: boolean, what: string): void {
  if (!ok) throw new Error(`expected ${what}`);
}
