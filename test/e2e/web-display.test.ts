/**
 * The web page's pure parts, in Node (no browser): what a table cell shows, the values the page computes for the
 * comparison formulas, the download's name, and the port wrapper that tells the page what changed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fillComparisons, insertTemplates } from "../../src/core/actions";
import { parseA1 } from "../../src/core/model/address";
import { cellAt } from "../../src/core/model/sheet";
import { XlsxDocument } from "../../src/xlsx";
import { createXlsxPort } from "../../src/xlsx/port";
import { ownFormulaValues } from "../../src/core/formulas";
import { formatValue, shownCell } from "../../src/web/display";
import { downloadName } from "../../src/web/download";
import { observePort, type PortChange } from "../../src/web/observed-port";
import { pasteTable } from "../support/fixtures";
import { portOf } from "../support/workbooks";

/** The seed forecast pasted as numbers, its comparison columns emptied, then filled by the core. */
async function filledForecast() {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Dự báo 2021");
  const rows = pasteTable(ws, {
    fixture: "seed-001-du-bao-2021",
    origin: { row: 4, col: 0 },
    mode: "numbers",
  });
  for (const r of rows.slice(2)) for (const c of [7, 8]) ws.getCell(r + 1, c).value = null;
  const port = await portOf(workbook);
  await fillComparisons(port, { overwrite: false });
  const [sheet] = (await port.read()).sheets;
  return sheet;
}

describe("ownFormulaValues (what the page shows before a spreadsheet computes)", () => {
  it("gives the filled formulas' values, as Excel will compute them", async () => {
    const sheet = await filledForecast();
    const computed = ownFormulaValues(sheet);
    // Indicator 5 (row 15): 2 400, 1 320, 2 700.
    expect(cellAt(sheet, 14, 6)?.formula).toBeDefined();
    expect(computed.get("G15")).toBeCloseTo(112.5);
    expect(computed.get("H15")).toBeCloseTo(48.888, 2);
    expect(shownCell(cellAt(sheet, 14, 6), computed.get("G15"), "vi").text).toBe("112,5");
    expect(shownCell(cellAt(sheet, 14, 7), computed.get("H15"), "en").text).toBe("48.9");
  });

  it("knows an empty template's comparison cells are empty, and leaves other formulas alone", async () => {
    const port = createXlsxPort(XlsxDocument.blank());
    await insertTemplates(port, { templateIds: ["du-bao", "chuyen-doi-so"], year: 2026 });
    const { sheets } = await port.read();
    const forecast = sheets.find((s) => s.name === "Dự báo 2026");
    expect(forecast).toBeDefined();
    const computed = ownFormulaValues(forecast!);
    expect(computed.size).toBeGreaterThan(20);
    expect([...computed.values()].every((v) => v === null)).toBe(true);
    const [address] = [...computed.keys()];
    const at = parseA1(address)!;
    const cell = cellAt(forecast!, at.row, at.col);
    expect(shownCell(cell, null, "vi")).toMatchObject({ text: "", computed: true });
    // The index's totals are sums the page does not compute: shown as their formula.
    const dx = sheets.find((s) => s.name !== "Dự báo 2026")!;
    const sum = dx.rows.flatMap((r) => r ?? []).find((c) => c?.formula?.startsWith("SUM("));
    expect(sum).toBeDefined();
    expect(ownFormulaValues(dx).size).toBe(0);
    expect(shownCell(sum, undefined, "vi").text).toBe(`=${sum!.formula}`);
  });
});

describe("formatValue", () => {
  it("follows the cell's number format, written the reader's way", () => {
    expect(formatValue(4300, undefined, "vi")).toBe("4.300");
    expect(formatValue(88.8, undefined, "vi")).toBe("88,8");
    expect(formatValue(100, "0.0", "vi")).toBe("100,0");
    expect(formatValue(1234.5, "#,##0.00", "en")).toBe("1,234.50");
    expect(formatValue(0.85, "0%", "vi")).toBe("85%");
    expect(formatValue(0.125, "0.0%", "en")).toBe("12.5%");
  });
});

describe("downloadName", () => {
  it("names the result after the original, once", () => {
    expect(downloadName("bao-cao.xlsx")).toBe("bao-cao-phuluc.xlsx");
    expect(downloadName("Báo cáo 2026.XLSX")).toBe("Báo cáo 2026-phuluc.xlsx");
    expect(downloadName("bao-cao-phuluc.xlsx")).toBe("bao-cao-phuluc.xlsx");
    expect(downloadName(".xlsx")).toBe("phu-luc-phuluc.xlsx");
    // A workbook with macros stays .xlsm: Excel refuses one named .xlsx.
    expect(downloadName("bao-cao.xlsm", true)).toBe("bao-cao-phuluc.xlsm");
  });
});

describe("observePort", () => {
  it("tells the page after each write, selection and settings change, and passes reads through quietly", async () => {
    const changes: PortChange[] = [];
    const inner = createXlsxPort(XlsxDocument.blank());
    const port = observePort(inner, (change) => changes.push(change));
    await insertTemplates(port, { templateIds: ["du-bao"], year: 2026 });
    expect(changes).toEqual(["content"]);
    await port.read();
    await port.sheetNames();
    await port.loadSettings();
    expect(changes).toEqual(["content"]);
    await port.select("Dự báo 2026", "D9");
    expect(port.selection).toEqual({ sheet: "Dự báo 2026", cell: "D9" });
    await port.saveSettings({ year: 2026 });
    await port.mark([{ sheet: "Dự báo 2026", cell: "D9", severity: "error" }]);
    await port.clearMarks();
    expect(changes).toEqual(["content", "selection", "settings", "content", "content"]);
    expect(port.document).toBe(inner.document);
  });

  it("tells the page when a write fails unexpectedly (it may have gone half way), not when it was refused", async () => {
    const changes: PortChange[] = [];
    const inner = createXlsxPort(XlsxDocument.blank());
    const port = observePort(inner, (change) => changes.push(change));
    // Refused before anything was written (the sheet is not there): the workbook is as it was.
    await expect(port.writeCells({ "Không có": [{ row: 0, col: 0, value: 1 }] })).rejects.toThrow(
      "There is no sheet «Không có».",
    );
    expect(changes).toEqual([]);
    const failing = observePort(
      {
        ...inner,
        writeCells: async () => {
          throw new Error("out of memory");
        },
      },
      (change) => changes.push(change),
    );
    await expect(failing.writeCells({ "Dự báo 2026": [] })).rejects.toThrow("out of memory");
    expect(changes).toEqual(["content"]);
  });
});

describe("the page's first chunk", () => {
  it("reaches the xlsx adapter only through workbook-io's dynamic import, and ExcelJS never", () => {
    const dir = path.resolve(__dirname, "../../src/web");
    const lazy = new Set(
      ["workbook-io.ts", "consolidate-io.ts", "sample.ts", "sheet-look.ts", "DocumentView.tsx"].map((f) =>
        path.join(dir, f),
      ),
    );
    const xlsx = path.resolve(__dirname, "../../src/xlsx");
    const eager = (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(dir, f))
      .filter((f) => !lazy.has(f));
    expect(eager).toContain(path.join(dir, "WebApp.tsx"));
    for (const file of eager) {
      const text = readFileSync(file, "utf8");
      const runtimeImports = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map(
        (m) => m[1],
      );
      const reached = runtimeImports.filter((m) => {
        if (m === "exceljs") return true;
        if (!m.startsWith(".")) return false;
        const target = path.resolve(path.dirname(file), m);
        return target.startsWith(xlsx + path.sep) || lazy.has(`${target}.ts`) || lazy.has(`${target}.tsx`);
      });
      expect(reached, file).toEqual([]);
    }
    expect(readFileSync(path.join(dir, "state/use-workbook-io.ts"), "utf8")).toContain(
      'import(/* webpackChunkName: "xlsx" */ "../workbook-io")',
    );
    expect(readFileSync(path.join(dir, "WebApp.tsx"), "utf8")).toContain(
      'import(/* webpackChunkName: "document" */ "./DocumentView")',
    );
  });
});
