/**
 * The command line end to end: `phuluc new` and `phuluc fill` write workbooks, figures go into the input cells,
 * LibreOffice recalculates them, and the recalculated values are asserted.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { phuluc, sha256, tempDir } from "../support/cli";
import { pastedWorkbook } from "../support/fixtures";
import { libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import { parts } from "../support/package";
import { a1 } from "../../src/core/model/address";
import {
  formulaOf,
  portOfBytes,
  readXlsx,
  rowOfCode,
  rowOfText,
  sheet,
  typeInto,
} from "../support/workbooks";

const FORECAST = "Dự báo 2026";
const PLAN = "Kế hoạch 2027";

describe("phuluc templates and phuluc new", () => {
  it("lists the five templates with their titles", async () => {
    const result = await phuluc(["templates"]);
    expect(result.code).toBe(0);
    for (const id of ["du-bao", "ke-hoach", "thong-tin-co-so", "chinh-phu-dien-tu", "chuyen-doi-so"]) {
      expect(result.stdout).toMatch(new RegExp(`^${id}\\s+\\S`, "m"));
    }
    const english = await phuluc(["templates", "--lang", "en"]);
    expect(english.stdout).not.toBe(result.stdout);
  });

  it("writes the 2026 forecast and the 2027 plan with the years substituted", async () => {
    const out = path.join(tempDir(), "phu-luc.xlsx");
    const result = await phuluc([
      "new",
      "du-bao",
      "ke-hoach",
      "--year",
      "2026",
      "--unit",
      "huyện Tuần Giáo",
      "-o",
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(FORECAST);
    const wb = readXlsx(out);
    // The sheets an official sees: the very hidden settings sheet is not one of them.
    expect(wb.names).toEqual([FORECAST, PLAN]);
    const texts = (name: string) =>
      sheet(wb, name)
        .model.rows.flat()
        .map((c) => c?.value)
        .filter((v) => typeof v === "string")
        .join("\n");
    expect(texts(FORECAST)).toContain("DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2026");
    expect(texts(FORECAST)).toContain("Thực hiện năm 2025");
    expect(texts(FORECAST)).toContain("huyện Tuần Giáo");
    expect(texts(PLAN)).toContain("CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2027");
    expect(texts(PLAN)).toContain("Thực hiện năm 2026");
    expect(texts(PLAN)).toContain("6=5/4");
  });

  it("runs as `npx phuluc` right after npm install", async () => {
    const { execFile } = await import("node:child_process");
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        "npx",
        ["--no-install", "phuluc", "templates"],
        { cwd: path.resolve(__dirname, "../..") },
        (e, out) => (e ? reject(e) : resolve(out)),
      ),
    );
    expect(stdout).toMatch(/^du-bao\s/m);
  });
});

describe.runIf(libreOfficeRequired)("formulas recalculated by LibreOffice", () => {
  let dir: string;
  let filled: string;
  let pastedIn: string;
  let pastedOut: string;
  let pastedOverwritten: string;
  let inputHash: string;

  beforeAll(async () => {
    dir = tempDir();
    // 1. Our own templates, with figures typed into the input cells.
    const blank = path.join(dir, "blank.xlsx");
    expect((await phuluc(["new", "du-bao", "ke-hoach", "--year", "2026", "-o", blank])).code).toBe(0);
    const port = portOfBytes(readFileSync(blank));
    const wb = readXlsx(blank);
    const forecast = sheet(wb, FORECAST);
    const set = async (code: string, d: number | null, e: number | null, f: number | null) => {
      const r = rowOfCode(forecast, code);
      await typeInto(port, FORECAST, { [`D${r}`]: d, [`E${r}`]: e, [`F${r}`]: f });
    };
    await set("ict.05", 2400, 1320, 2700); // revenue: 2 700 over 2 400
    await set("ict.01", 0, 22, 22); // zero divisor
    await set("ict.02", null, 100, 100); // empty divisor
    const r5 = rowOfCode(sheet(wb, PLAN), "ict.05");
    await typeInto(port, PLAN, { [`D${r5}`]: 2700, [`E${r5}`]: 3000 });
    filled = path.join(dir, "filled.xlsx");
    writeFileSync(filled, port.save());

    // 2. The seed 001 forecast pasted from Word into a sheet, below a title, starting at B5, beside another sheet.
    const pasted = pastedWorkbook([
      {
        name: "Phụ lục 1",
        tables: [
          {
            fixture: "seed-001-du-bao-2021",
            origin: { row: 4, col: 1 },
            mode: "numbers",
            titleLines: ["PHỤ LỤC", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021"],
          },
        ],
      },
      { name: "Ghi chú", tables: [] },
    ]);
    const notes = pasted.getWorksheet("Ghi chú")!;
    notes.getCell("A1").value = "Số liệu do Phòng VH&TT tổng hợp";
    notes.getCell("A1").font = { bold: true, color: { argb: "FFC00000" } };
    const ws = pasted.getWorksheet("Phụ lục 1")!;
    ws.getCell("K5").value = "Ghi chú thêm"; // an extra column after the table
    ws.getCell("K9").value = 12345;
    pastedIn = path.join(dir, "pasted.xlsx");
    await pasted.xlsx.writeFile(pastedIn);
    inputHash = sha256(pastedIn);
    pastedOut = path.join(dir, "pasted-filled.xlsx");
    pastedOverwritten = path.join(dir, "pasted-overwritten.xlsx");
    expect((await phuluc(["fill", pastedIn, "-o", pastedOut])).code).toBe(0);
    expect((await phuluc(["fill", pastedIn, "-o", pastedOverwritten, "--overwrite"])).code).toBe(0);
  });

  it("computes 2 700 over 2 400 as 112.5 and leaves zero and empty divisors empty", async () => {
    const [wb] = await recalculate([filled]);
    const forecast = sheet(wb, FORECAST);
    const r5 = rowOfCode(forecast, "ict.05");
    expect(resultOf(wb, FORECAST, `G${r5}`)).toBe(112.5);
    expect(resultOf(wb, FORECAST, `H${r5}`)).toBeCloseTo((1320 / 2700) * 100, 10);
    expect(resultOf(wb, FORECAST, `G${rowOfCode(forecast, "ict.01")}`)).toBe("");
    expect(resultOf(wb, FORECAST, `G${rowOfCode(forecast, "ict.02")}`)).toBe("");
    expect(resultOf(wb, FORECAST, `H${rowOfCode(forecast, "ict.02")}`)).toBe(100);
    // no figures at all: empty, never #DIV/0!
    expect(resultOf(wb, FORECAST, `G${rowOfCode(forecast, "ict.10")}`)).toBe("");
    const plan = sheet(wb, PLAN);
    expect(resultOf(wb, PLAN, `F${rowOfCode(plan, "ict.05")}`)).toBeCloseTo((3000 / 2700) * 100, 10);
  });

  it("fills a pasted sheet's empty comparison cells with live formulas", async () => {
    const [wb] = await recalculate([pastedOut]);
    const ws1 = sheet(wb, "Phụ lục 1");
    // The table starts at B5, so its columns 4..8 are E..I. Indicator 11 (61,8 62,4 68,8) had empty comparisons.
    const r11 = rowOfText(ws1, "C", "Số thuê bao điện thoại di động trên 100 dân");
    expect(resultOf(wb, "Phụ lục 1", `H${r11}`)).toBeCloseTo((68.8 / 61.8) * 100, 10);
    expect(resultOf(wb, "Phụ lục 1", `I${r11}`)).toBeCloseTo((62.4 / 68.8) * 100, 10);
    // Indicator 32: 1.483 and 917 but no full-year estimate: both comparisons stay empty.
    const r32 = rowOfText(ws1, "C", "Tỷ lệ hồ sơ giải quyết qua dịch vụ công");
    expect(resultOf(wb, "Phụ lục 1", `E${r32}`)).toBe(1483);
    expect(resultOf(wb, "Phụ lục 1", `H${r32}`)).toBe("");
    expect(resultOf(wb, "Phụ lục 1", `I${r32}`)).toBe("");
    // Group rows get nothing.
    const out = readXlsx(pastedOut);
    const ws = sheet(out, "Phụ lục 1");
    expect(ws.value("B7")).toBe("A");
    expect(formulaOf(ws, "H7")).toBeUndefined();
    expect(ws.value("H7")).toBeNull();
  });

  it("keeps typed comparisons, lists them, and replaces them only with --overwrite", async () => {
    const out = readXlsx(pastedOut);
    const ws = sheet(out, "Phụ lục 1");
    // "Số điểm phục vụ bưu chính khác" (5, 4, 4) was typed 100 where the data give 80.
    expect(rowOfText(ws, "C", "Số điểm phục vụ bưu chính khác")).toBe(11);
    expect(ws.value("H11")).toBe(100);
    const again = await phuluc(["fill", pastedIn, "-o", path.join(dir, "again.xlsx"), "--all"]);
    expect(again.stdout).toMatch(/Phụ lục 1!H11: đang là 100, công thức sẽ cho 80\b/);
    const [recalculated] = await recalculate([pastedOverwritten]);
    expect(resultOf(recalculated, "Phụ lục 1", "H11")).toBe(80);
  });

  it("leaves the input file, other cells, styles and sheets as they were", async () => {
    expect(sha256(pastedIn)).toBe(inputHash);
    const before = readXlsx(pastedIn);
    const after = readXlsx(pastedOut);
    expect(after.names).toEqual(before.names);
    const notes = sheet(after, "Ghi chú");
    expect(notes.value("A1")).toBe("Số liệu do Phòng VH&TT tổng hợp");
    expect(notes.look("A1")).toMatchObject({ bold: true, color: "C00000" });
    // Every part but the filled sheet, the workbook (recalculation on opening) and the styles (one format added)
    // is the input's, byte for byte.
    const [inParts, outParts] = [parts(readFileSync(pastedIn)), parts(readFileSync(pastedOut))];
    expect(Object.keys(outParts).sort()).toEqual(Object.keys(inParts).sort());
    const changed = Object.keys(inParts).filter((name) => !Buffer.from(inParts[name]).equals(outParts[name]));
    expect(changed.sort()).toEqual(["xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    // In the filled sheet, every cell but the filled comparisons holds what it held, in the style it had.
    const b = sheet(before, "Phụ lục 1");
    const a = sheet(after, "Phụ lục 1");
    let compared = 0;
    b.model.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        const address = a1(r, c);
        if (formulaOf(a, address) && !formulaOf(b, address)) return; // a filled comparison cell
        expect(a.cell(address)).toEqual(cell);
        expect(a.style(address)).toBe(b.style(address));
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(300);
    expect(a.value("K9")).toBe(12345);
    expect(existsSync(pastedOut)).toBe(true);
  });
});
