/**
 * Writes assets/samples/dan-tu-word.xlsx, the workbook the README's "Làm thử từ đầu" step 2 fills: seed 001's two appendix
 * tables as an official has them after pasting them from Word into a Vietnamese-locale Excel (the web page's
 * "Mở tệp mẫu" sample, src/web/sample.ts, built the same way). `npm run sample` rebuilds it; the file is committed so
 * a newcomer needs nothing but `npx phuluc fill`.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { fillSampleWorkbook } from "../web/sample";

/** A fixed date, so that rebuilding an unchanged sample changes no metadata. */
const CREATED = new Date(Date.UTC(2026, 0, 1));

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? "assets/samples/dan-tu-word.xlsx");
  const workbook = fillSampleWorkbook(new ExcelJS.Workbook());
  workbook.creator = "Phụ lục TT&TT";
  workbook.lastModifiedBy = "Phụ lục TT&TT";
  workbook.created = CREATED;
  workbook.modified = CREATED;
  await workbook.xlsx.writeFile(out);
  console.log(`${out}: ${workbook.worksheets.map((ws) => ws.name).join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
