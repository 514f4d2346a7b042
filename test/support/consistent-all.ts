/**
 * All five templates made by `phuluc new` and filled the way a careful official would: the forecast and plan with
 * `fillConsistently`, the grassroots and e-government results at their targets (or 100 where there is none), and the
 * DX self-assessment with every leaf criterion scored at its maximum (the parents' SUM formulas add them up).
 */
import { buildWorkbook } from "../../src/cli/commands/new";
import type { CellWrite } from "../../src/core/port";
import type { SheetModel } from "../../src/core/model/sheet";
import type { XlsxPort } from "../../src/xlsx";
import { codedRows, fillConsistently } from "./consistent";

export const ALL_TEMPLATES = ["du-bao", "ke-hoach", "thong-tin-co-so", "chinh-phu-dien-tu", "chuyen-doi-so"];

/** Each coded row's result cell (zero-based column) set to its target cell's value, or 100 without a target. */
function fillResults(sheet: SheetModel, targetCol: number, resultCol: number): CellWrite[] {
  return codedRows(sheet).map(([row]) => {
    const target = sheet.rows[row]?.[targetCol]?.value;
    return { row, col: resultCol, value: typeof target === "number" ? target : 100 };
  });
}

/** Every leaf criterion (a self-score cell without a formula) scored at its maximum. */
function fillScores(sheet: SheetModel): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const [row] of codedRows(sheet)) {
    if (sheet.rows[row]?.[4]?.formula) continue;
    const max = sheet.rows[row]?.[2]?.value;
    if (typeof max === "number") writes.push({ row, col: 4, value: max });
  }
  return writes;
}

export async function allTemplatesWorkbook(year: number): Promise<XlsxPort> {
  const port = buildWorkbook(ALL_TEMPLATES, { year, level: "huyen", unit: "huyện Tuần Giáo" });
  await fillConsistently(port, `Dự báo ${year}`, `Kế hoạch ${year + 1}`);
  const names = [`TTCS ${year}`, `CPĐT ${year}`, `Chuyển đổi số ${year}`];
  const [ttcs, cpdt, dx] = (await port.read(names)).sheets;
  await port.writeCells({
    [names[0]]: fillResults(ttcs, 4, 5),
    [names[1]]: fillResults(cpdt, 3, 4),
    [names[2]]: fillScores(dx),
  });
  return port;
}
