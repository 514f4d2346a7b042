/**
 * `npm run bench`, Office.js part: how many syncs the adapter takes for large sheets on the test host's Excel on the
 * web (5 MB requests and responses, test/excel/fake-limits.ts) and on the desktop (no payload limit). Printed, never
 * asserted: the tests assert the ordinary counts (test/excel) and that large reads succeed (test/excel/limits.test.ts).
 */
import { performance } from "node:perf_hooks";
import type { CellMark } from "../../src/core/port";
import { createExcelPort } from "../../src/excel/port";
import { FakeWorkbook } from "../excel/fake-excel";
import type { Platform } from "../excel/fake-limits";
import { fillDataSheet, mockOffice } from "../excel/support";

function portFor(book: FakeWorkbook) {
  return createExcelPort(book.run as unknown as typeof Excel.run, mockOffice(book).host);
}

async function counted(book: FakeWorkbook, action: () => Promise<unknown>): Promise<string> {
  book.resetCounters();
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const accepted = book.responseBytes.filter((n) => n <= book.responseLimit);
  const refused = book.responseBytes.length - accepted.length;
  return (
    `${String(book.syncs).padStart(3)} syncs${refused > 0 ? ` (${refused} refused: response over 5 MB)` : ""}, ` +
    `largest request ${mb(Math.max(0, ...book.requestBytes))} MB, largest accepted response ` +
    `${mb(Math.max(0, ...accepted))} MB (${Math.round(ms)} ms on the fake)`
  );
}

export async function excelSyncs(): Promise<void> {
  console.log(
    "\nOffice.js adapter: syncs on the test host (a data sheet of 7 columns: text, numbers, a formula)",
  );
  for (const platform of ["web", "desktop"] as Platform[]) {
    for (const rows of [30, 5_000, 50_000]) {
      const book = new FakeWorkbook({ platform });
      fillDataSheet(book.addSheet("Dữ liệu"), rows);
      const port = portFor(book);
      const label = `${platform === "web" ? "Excel on the web" : "Excel desktop"}, ${rows} rows`;
      console.log(`  ${label.padEnd(32)} read(sheet):  ${await counted(book, () => port.read(["Dữ liệu"]))}`);
      console.log(`  ${"".padEnd(32)} read():       ${await counted(book, () => port.read())}`);
      const marks: CellMark[] = [];
      for (let row = 6; row < 6 + Math.min(rows, 5_000); row++) {
        for (const col of ["F", "G", "H", "I"])
          marks.push({ sheet: "Dữ liệu", cell: `${col}${row}`, severity: "warning" });
      }
      console.log(
        `  ${"".padEnd(32)} mark(${String(marks.length).padStart(5)}):  ${await counted(book, () => port.mark(marks))}`,
      );
    }
  }
}
