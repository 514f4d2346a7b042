/**
 * Fills the input cells of our own du-bao and ke-hoach sheets with figures that agree with each other: rates within
 * 0–100, parts adding up to their total, half-year flows below the full year, durations within a day, and the
 * plan's "Thực hiện năm N" equal to the forecast's "Ước thực hiện cả năm N". Written through the port, as an
 * official's typing would be.
 */
import { ictRow } from "../../src/core/catalog/ict";
import type { CatalogRow } from "../../src/core/catalog/types";
import type { CellWrite, WorkbookPort } from "../../src/core/port";
import type { SheetModel } from "../../src/core/model/sheet";

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

/** Zero-based column of the hidden "Mã chỉ tiêu" column. */
export function codeColumn(sheet: SheetModel): number {
  for (const cells of sheet.rows) {
    const col = cells?.findIndex((c) => c?.value === "Mã chỉ tiêu") ?? -1;
    if (col >= 0) return col;
  }
  throw new Error(`${sheet.name} has no Mã chỉ tiêu column`);
}

/** Each row whose code is a string other than the header: [zero-based row, code]. */
export function codedRows(sheet: SheetModel): [number, string][] {
  const col = codeColumn(sheet);
  const rows: [number, string][] = [];
  sheet.rows.forEach((cells, r) => {
    const code = cells?.[col]?.value;
    if (typeof code === "string" && code !== "Mã chỉ tiêu") rows.push([r, code]);
  });
  return rows;
}

export async function fillConsistently(port: WorkbookPort, forecast: string, plan: string): Promise<void> {
  const { sheets } = await port.read([forecast, plan]);
  const writes: Record<string, CellWrite[]> = { [forecast]: [], [plan]: [] };
  for (const [sheet, kind] of [
    [sheets[0], "forecast"],
    [sheets[1], "plan"],
  ] as const) {
    for (const [row, code] of codedRows(sheet)) {
      const catalogRow = ictRow(code);
      const figures = catalogRow && figuresFor(catalogRow);
      if (!figures) continue;
      const [prev, half, year, next] = figures;
      const list = writes[sheet.name];
      if (kind === "forecast")
        list.push({ row, col: 3, value: prev }, { row, col: 4, value: half }, { row, col: 5, value: year });
      else list.push({ row, col: 3, value: year }, { row, col: 4, value: next });
    }
  }
  await port.writeCells(writes);
}
