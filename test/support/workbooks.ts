/** Small helpers for reading and editing the workbooks the tests write. */
import ExcelJS from "exceljs";

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet «${name}» in ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

/** The 1-based row whose hidden "Mã chỉ tiêu" column holds the catalog code. */
export function rowOfCode(ws: ExcelJS.Worksheet, code: string): number {
  let codeCol = 0;
  let found = 0;
  ws.eachRow((row, n) => {
    row.eachCell((cell, c) => {
      if (cell.value === "Mã chỉ tiêu") codeCol = c;
      else if (codeCol && c === codeCol && cell.value === code) found = n;
    });
  });
  if (!found) throw new Error(`code ${code} not found in ${ws.name}`);
  return found;
}

export function formulaOf(ws: ExcelJS.Worksheet, address: string): string | undefined {
  const value = ws.getCell(address).value;
  return value && typeof value === "object" && "formula" in value
    ? (value as ExcelJS.CellFormulaValue).formula
    : undefined;
}

/** The 1-based row whose cell in the given column starts with the text. */
export function rowOfText(ws: ExcelJS.Worksheet, column: string, text: string): number {
  let found = 0;
  ws.getColumn(column).eachCell((cell, n) => {
    if (!found && typeof cell.value === "string" && cell.value.startsWith(text)) found = n;
  });
  if (!found) throw new Error(`«${text}» not found in column ${column} of ${ws.name}`);
  return found;
}

/**
 * In a consolidated sheet, the 1-based column of `label` (a district or a province column) under the figure header
 * `figure` (row 5; row 6 names the districts and the province columns).
 */
export function consolidatedColumn(ws: ExcelJS.Worksheet, figure: string, label: string): number {
  const headerRow = ws.getRow(5);
  let start = 0;
  headerRow.eachCell((cell, c) => {
    if (!start && cell.value === figure) start = c;
  });
  if (!start) throw new Error(`no figure header «${figure}» in ${ws.name}`);
  for (let c = start; c < start + 40; c++) if (ws.getRow(6).getCell(c).value === label) return c;
  throw new Error(`no column «${label}» under «${figure}» in ${ws.name}`);
}

/** "AB12" for 1-based row 12, column 28. */
export function a1Address(row: number, col: number): string {
  let n = col;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}
