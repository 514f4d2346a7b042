/**
 * Workbooks made from the seed 001 appendices the way officials have them: pasted out of Word as text, or converted
 * to numbers the way a Vietnamese-locale Excel converts a paste ("4.300" → 4300, "112,5" → 112.5, "97.7" stays text).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { pastedValue, tsvRows } from "../../src/web/paste";

export type FixtureName = "seed-001-du-bao-2021" | "seed-001-ke-hoach-2022";
export type PasteMode = "text" | "numbers";

const fixturesDir = path.resolve(__dirname, "../fixtures");

/** The fixture's rows, cells split on tabs, exactly as the document has them (with <i>…</i> marks). */
export function fixtureRows(name: FixtureName): string[][] {
  return tsvRows(readFileSync(path.join(fixturesDir, `${name}.tsv`), "utf8"));
}

/** What a Vietnamese-locale Excel makes of a pasted text (the web page's sample uses the same conversion). */
export const vietnameseExcelValue = pastedValue;

function italicText(cell: string): { text: string; italic: boolean } {
  const m = /^<i>(.*)<\/i>$/.exec(cell.trim());
  return m ? { text: m[1], italic: true } : { text: cell, italic: false };
}

export interface PastedTable {
  fixture: FixtureName;
  /** Zero-based top-left cell of the table's first row. */
  origin: { row: number; col: number };
  mode: PasteMode;
  /** Lines written above the table, as a pasted document has them. */
  titleLines?: string[];
}

/** Writes the table into the worksheet; returns the zero-based row of each fixture line. */
export function pasteTable(worksheet: ExcelJS.Worksheet, table: PastedTable): number[] {
  const rows = fixtureRows(table.fixture);
  const { row: top, col: left } = table.origin;
  const titles = table.titleLines ?? [];
  // Title lines sit directly above the table (zero-based row top - n + i, ExcelJS counts from 1).
  titles.forEach((line, i) => {
    worksheet.getCell(top - titles.length + i + 1, left + 1).value = line;
  });
  const placed: number[] = [];
  rows.forEach((cells, i) => {
    const r = top + i;
    placed.push(r);
    cells.forEach((raw, c) => {
      const { text, italic } = italicText(raw);
      if (text.trim() === "") return;
      // Header and STT cells stay text; data cells convert like Excel converts a paste.
      const value = table.mode === "numbers" && c >= 3 ? vietnameseExcelValue(text) : text.trim();
      const cell = worksheet.getCell(r + 1, left + c + 1);
      cell.value =
        table.mode === "numbers" && c === 0 && /^\d+$/.test(text.trim()) ? Number(text.trim()) : value;
      cell.border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
      if (italic) cell.font = { italic: true };
    });
  });
  return placed;
}

export function pastedWorkbook(sheets: { name: string; tables: PastedTable[] }[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const table of sheet.tables) pasteTable(worksheet, table);
  }
  return workbook;
}

/** Seed 001's two appendices typed in as published, one sheet each ("Dự báo 2021", "Kế hoạch 2022"), tables at A5. */
export function seedAppendicesWorkbook(mode: PasteMode = "numbers"): ExcelJS.Workbook {
  return pastedWorkbook([
    {
      name: "Dự báo 2021",
      tables: [
        {
          fixture: "seed-001-du-bao-2021",
          origin: { row: 4, col: 0 },
          mode,
          titleLines: ["PHỤ LỤC", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021"],
        },
      ],
    },
    {
      name: "Kế hoạch 2022",
      tables: [
        {
          fixture: "seed-001-ke-hoach-2022",
          origin: { row: 4, col: 0 },
          mode,
          titleLines: ["PHỤ LỤC", "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022"],
        },
      ],
    },
  ]);
}
