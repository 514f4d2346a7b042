/** Workbooks the checker tests run on, written to disk. */
import ExcelJS from "exceljs";
import { buildWorkbook } from "../../src/cli/commands/new";
import { fillConsistently } from "./consistent";
import { pastedWorkbook, type PasteMode } from "./fixtures";

/** The 2026 forecast and 2027 plan made by our templates, with consistent figures typed in. */
export async function consistentWorkbookFile(file: string): Promise<string> {
  const workbook = buildWorkbook(["du-bao", "ke-hoach"], { year: 2026, level: "huyen" });
  fillConsistently(workbook.getWorksheet("Dự báo 2026")!, workbook.getWorksheet("Kế hoạch 2027")!);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Seed 001's two appendices typed in as published, one sheet each. */
export async function seedWorkbookFile(file: string, mode: PasteMode): Promise<string> {
  const workbook: ExcelJS.Workbook = pastedWorkbook([
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
  await workbook.xlsx.writeFile(file);
  return file;
}
