/**
 * Fills the input cells of our own du-bao and ke-hoach sheets with figures that agree with each other: rates within
 * 0–100, parts adding up to their total, half-year flows below the full year, durations within a day, and the
 * plan's "Thực hiện năm N" equal to the forecast's "Ước thực hiện cả năm N".
 */
import type ExcelJS from "exceljs";
import { ictRow } from "../../src/core/catalog/ict";
import type { CatalogRow } from "../../src/core/catalog/types";

type Figures = [prev: number, half: number, year: number, plan: number];

function figuresFor(row: CatalogRow): Figures | undefined {
  if (row.kind === "sector" || row.kind === "group" || row.kind === "subgroup") return undefined;
  if (row.code === "ict.01") return [22, 22, 22, 23];
  if (row.code === "ict.01.vhx") return [18, 18, 18, 19];
  if (row.code === "ict.01.khac") return [4, 4, 4, 4];
  switch (row.measure) {
    case "rate":
      return [80, 85, 90, 95];
    case "duration-per-period":
      return [10, 10, 12, 12];
    case "per-100-population":
      return [61.8, 62.4, 68.8, 70];
    case "average":
      return [4300, 4300, 4300, 4200];
    default:
      return row.accumulation === "flow" ? [2400, 1320, 2700, 3000] : [52050, 55572, 61935, 64000];
  }
}

function codeColumn(ws: ExcelJS.Worksheet): number {
  let col = 0;
  ws.eachRow((row) => row.eachCell((cell, c) => cell.value === "Mã chỉ tiêu" && (col = c)));
  if (!col) throw new Error(`${ws.name} has no Mã chỉ tiêu column`);
  return col;
}

export function fillConsistently(forecast: ExcelJS.Worksheet, plan: ExcelJS.Worksheet): void {
  for (const [ws, kind] of [
    [forecast, "forecast"],
    [plan, "plan"],
  ] as const) {
    const codeCol = codeColumn(ws);
    ws.eachRow((row, n) => {
      const code = row.getCell(codeCol).value;
      const catalogRow = typeof code === "string" ? ictRow(code) : undefined;
      const figures = catalogRow && figuresFor(catalogRow);
      if (!figures) return;
      const [prev, half, year, next] = figures;
      if (kind === "forecast") {
        ws.getCell(n, 4).value = prev;
        ws.getCell(n, 5).value = half;
        ws.getCell(n, 6).value = year;
      } else {
        ws.getCell(n, 4).value = year;
        ws.getCell(n, 5).value = next;
      }
    });
  }
}
