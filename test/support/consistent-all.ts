/**
 * All five templates made by `phuluc new` and filled the way a careful official would: the forecast and plan with
 * `fillConsistently`, the grassroots and e-government results at their targets (or 100 where there is none), and the
 * DX self-assessment with every leaf criterion scored at its maximum (the parents' SUM formulas add them up).
 */
import type ExcelJS from "exceljs";
import { buildWorkbook } from "../../src/cli/commands/new";
import { fillConsistently } from "./consistent";

export const ALL_TEMPLATES = ["du-bao", "ke-hoach", "thong-tin-co-so", "chinh-phu-dien-tu", "chuyen-doi-so"];

function codeColumn(ws: ExcelJS.Worksheet): number {
  let col = 0;
  ws.eachRow((row) => row.eachCell((cell, c) => cell.value === "Mã chỉ tiêu" && (col = c)));
  if (!col) throw new Error(`${ws.name} has no Mã chỉ tiêu column`);
  return col;
}

function hasFormula(cell: ExcelJS.Cell): boolean {
  return typeof cell.value === "object" && cell.value !== null && "formula" in cell.value;
}

/** Each coded row's result cell (1-based column) set to its target cell's value, or 100 without a target. */
function fillResults(ws: ExcelJS.Worksheet, targetCol: number, resultCol: number): void {
  const codeCol = codeColumn(ws);
  ws.eachRow((row, n) => {
    if (n === 1 || typeof row.getCell(codeCol).value !== "string") return;
    if (row.getCell(codeCol).value === "Mã chỉ tiêu") return;
    const target = ws.getCell(n, targetCol).value;
    ws.getCell(n, resultCol).value = typeof target === "number" ? target : 100;
  });
}

/** Every leaf criterion (a self-score cell without a formula) scored at its maximum. */
function fillScores(ws: ExcelJS.Worksheet): void {
  const codeCol = codeColumn(ws);
  ws.eachRow((row, n) => {
    const code = row.getCell(codeCol).value;
    if (typeof code !== "string" || code === "Mã chỉ tiêu") return;
    const score = ws.getCell(n, 5);
    if (hasFormula(score)) return;
    const max = ws.getCell(n, 3).value;
    if (typeof max === "number") score.value = max;
  });
}

export function allTemplatesWorkbook(year: number): ExcelJS.Workbook {
  const workbook = buildWorkbook(ALL_TEMPLATES, { year, level: "huyen", unit: "huyện Tuần Giáo" });
  const get = (name: string) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  fillConsistently(get(`Dự báo ${year}`), get(`Kế hoạch ${year + 1}`));
  fillResults(get(`TTCS ${year}`), 5, 6);
  fillResults(get(`CPĐT ${year}`), 4, 5);
  fillScores(get(`Chuyển đổi số ${year}`));
  return workbook;
}
