/**
 * The sample workbook of the "Mở tệp mẫu" button: seed 001's two appendices (Tuần Giáo district's 2022 ICT plan:
 * the 2021 forecast and the 2022 plan) as an official has them after pasting the published tables into a
 * Vietnamese-locale Excel. Built in the page from the test fixtures' TSV (bundled as text), the same data the tests
 * use (test/support/fixtures.ts pastes it the same way in Node); the figures are the document's, inconsistencies
 * included, so a check has something to find. Made as sheet plans, written by the same writer as every workbook.
 */
import type { PlannedCell, SheetPlan } from "../core/model/plan";
import { pastedValue, tsvRows } from "./paste";
import forecastTsv from "../../test/fixtures/seed-001-du-bao-2021.tsv";
import planTsv from "../../test/fixtures/seed-001-ke-hoach-2022.tsv";

const ATTACHED = "(Kèm theo kế hoạch số: /KH-UBND ngày tháng 6 năm 2021 của UBND huyện Tuần Giáo)";

interface SampleSheet {
  name: string;
  year: number;
  tsv: string;
  titleLines: string[];
  columnWidths: number[];
}

export const sampleSheets: readonly SampleSheet[] = [
  {
    name: "Dự báo 2021",
    year: 2021,
    tsv: forecastTsv,
    titleLines: ["PHỤ LỤC", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021", ATTACHED],
    columnWidths: [6, 48, 12, 12, 12, 12, 16, 16],
  },
  {
    name: "Kế hoạch 2022",
    year: 2022,
    tsv: planTsv,
    titleLines: ["PHỤ LỤC", "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022", ATTACHED],
    columnWidths: [6, 48, 12, 12, 12, 18],
  },
];

/** The table starts on this zero-based row, under the title lines and a blank row. */
const TABLE_TOP = 4;

/** Excel's default font, which a paste into a new workbook keeps. */
const DEFAULT_FONT = { name: "Calibri", size: 11 };

function samplePlan(sample: SampleSheet): SheetPlan {
  const rows = tsvRows(sample.tsv);
  const width = rows[0].length;
  const cells: PlannedCell[] = [];
  sample.titleLines.forEach((line, i) => {
    cells.push({
      row: i,
      col: 0,
      value: line,
      role: "plain",
      style: { bold: i < 2, italic: i === 2, hAlign: "center" },
    });
  });
  rows.forEach((raw, i) => {
    const r = TABLE_TOP + i;
    const header = i === 0;
    raw.forEach((text0, c) => {
      const italic = /^<i>.*<\/i>$/.test(text0.trim());
      const text = text0.trim().replace(/^<i>(.*)<\/i>$/, "$1");
      /** Header and STT cells stay text (an STT "1" becomes a number); data cells convert as Excel converts a paste. */
      const value = (): string | number => {
        if (header) return text;
        if (c >= 3) return pastedValue(text);
        return c === 0 && /^\d+$/.test(text) ? Number(text) : text;
      };
      const look = header
        ? { bold: true, hAlign: "center" as const, vAlign: "middle" as const, wrap: true }
        : c === 1 && i > 1
          ? { wrap: true, vAlign: "middle" as const, italic }
          : { hAlign: "center" as const, vAlign: "middle" as const, italic };
      cells.push({
        row: r,
        col: c,
        ...(text !== "" ? { value: value() } : {}),
        role: "plain",
        style: { ...look, border: true },
      });
    });
  });
  return {
    name: sample.name,
    templateId: "sample",
    year: sample.year,
    cells,
    merges: sample.titleLines.map((_, i) => ({ top: i, left: 0, bottom: i, right: width - 1 })),
    columnWidths: sample.columnWidths,
    rowHeights: { [TABLE_TOP]: 75 },
    hiddenColumns: [],
    freeze: { rows: 0, cols: 0 },
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      repeatRows: { first: TABLE_TOP, last: TABLE_TOP + 1 },
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    font: DEFAULT_FONT,
  };
}

/** Seed 001's appendices, one sheet each. */
export function samplePlans(): SheetPlan[] {
  return sampleSheets.map(samplePlan);
}
