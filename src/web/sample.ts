/**
 * The sample workbook of the "Mở tệp mẫu" button: seed 001's two appendices (Tuần Giáo district's 2022 ICT plan:
 * the 2021 forecast and the 2022 plan) as an official has them after pasting the published tables into a
 * Vietnamese-locale Excel. Built in the page from the test fixtures' TSV (bundled as text), the same data the tests
 * use (test/support/fixtures.ts pastes it the same way in Node); the figures are the document's, inconsistencies
 * included, so a check has something to find.
 */
import { pastedValue, tsvRows } from "./paste";
import type ExcelJS from "exceljs";
import forecastTsv from "../../test/fixtures/seed-001-du-bao-2021.tsv";
import planTsv from "../../test/fixtures/seed-001-ke-hoach-2022.tsv";

const ATTACHED = "(Kèm theo kế hoạch số: /KH-UBND ngày tháng 6 năm 2021 của UBND huyện Tuần Giáo)";

interface SampleSheet {
  name: string;
  tsv: string;
  titleLines: string[];
  columnWidths: number[];
}

export const sampleSheets: readonly SampleSheet[] = [
  {
    name: "Dự báo 2021",
    tsv: forecastTsv,
    titleLines: ["PHỤ LỤC", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021", ATTACHED],
    columnWidths: [6, 48, 12, 12, 12, 12, 16, 16],
  },
  {
    name: "Kế hoạch 2022",
    tsv: planTsv,
    titleLines: ["PHỤ LỤC", "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022", ATTACHED],
    columnWidths: [6, 48, 12, 12, 12, 18],
  },
];

/** Rows of a TSV fixture, cells split on tabs, as the document has them (with <i>…</i> marks). */
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN } as Partial<ExcelJS.Borders>;
/** The table starts on this zero-based row, under the title lines and a blank row. */
const TABLE_TOP = 4;

function addSampleSheet(workbook: ExcelJS.Workbook, sample: SampleSheet): void {
  const ws = workbook.addWorksheet(sample.name);
  const rows = tsvRows(sample.tsv);
  const width = rows[0].length;
  sample.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  sample.titleLines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: i < 2, italic: i === 2 };
    cell.alignment = { horizontal: "center" };
    ws.mergeCells(i + 1, 1, i + 1, width);
  });
  rows.forEach((cells, i) => {
    const r = TABLE_TOP + i + 1;
    const header = i === 0;
    cells.forEach((raw, c) => {
      const italic = /^<i>.*<\/i>$/.test(raw.trim());
      const text = raw.trim().replace(/^<i>(.*)<\/i>$/, "$1");
      const cell = ws.getCell(r, c + 1);
      cell.border = BORDER;
      /** Header and STT cells stay text (an STT "1" becomes a number); data cells convert as Excel converts a paste. */
      const value = (): string | number => {
        if (header) return text;
        if (c >= 3) return pastedValue(text);
        return c === 0 && /^\d+$/.test(text) ? Number(text) : text;
      };
      if (text !== "") cell.value = value();
      if (header) {
        cell.font = { bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      } else if (c === 1 && i > 1) {
        cell.alignment = { wrapText: true, vertical: "middle" };
        if (italic) cell.font = { italic: true };
      } else {
        cell.alignment = { horizontal: "center", vertical: "middle" };
        if (italic) cell.font = { italic: true };
      }
    });
  });
  ws.getRow(TABLE_TOP + 1).height = 75;
}

/** Seed 001's appendices, one sheet each, into the (empty) workbook. */
export function fillSampleWorkbook(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  for (const sample of sampleSheets) addSampleSheet(workbook, sample);
  return workbook;
}
