/**
 * The newcomer's path: `phuluc demo` writes this year's forms filled with seed 001's figures, and the checker finds
 * exactly the mistakes src/core/demo documents; the shipped pasted-from-Word sample (assets/samples/dan-tu-word.xlsx) is
 * what the fixtures say it is, `phuluc fill` fills it, and LibreOffice computes the right values.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_MISTAKES } from "../../src/core/demo";
import { a1 } from "../../src/core/model/address";
import { phuluc, repoRoot, sha256, tempDir } from "../support/cli";
import { fixtureRows } from "../support/fixtures";
import { libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import { readXlsx, rowOfCode, sheet } from "../support/workbooks";

const FORECAST = "Dự báo 2026";
const PLAN = "Kế hoạch 2027";
const sample = path.join(repoRoot, "assets/samples/dan-tu-word.xlsx");

interface JsonIssue {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
}

/** What the checker must find in the demo of 2026, written out by hand from the seed's figures. */
const expectedFindings = [
  [FORECAST, "D9", "sum/mismatch"], // 16 + 5 ≠ 22
  [FORECAST, "F29", "number/text"], // "5.990", added
  ...["D43", "E43", "F43", "D44", "E44", "F44"].map((cell) => [FORECAST, cell, "unit/period-overflow"]),
  [FORECAST, "D55", "percent/out-of-range"], // 1483 "%"
  [FORECAST, "E55", "percent/out-of-range"], // 917 "%"
  [PLAN, "D19", "cross/mismatch"], // 10 against the forecast's 13
  ...["D43", "E43", "D44", "E44"].map((cell) => [PLAN, cell, "unit/period-overflow"]),
].map(([sheetName, cell, code]) => `${sheetName}!${cell} ${code}`);

describe("phuluc demo", () => {
  it("writes the seed's figures in this year's forms, and the checker finds exactly the documented mistakes", async () => {
    const dir = tempDir();
    const out = path.join(dir, "vi-du.xlsx");
    const result = await phuluc(["demo", "--year", "2026", "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("14 lỗi, 1 cảnh báo");

    const wb = readXlsx(out);
    expect(wb.names).toEqual([FORECAST, PLAN]);
    // Seed 001's indicator 5, in the 2026 forecast: 2 400 · 1 320 · 2 700.
    const forecast = sheet(wb, FORECAST);
    const r5 = rowOfCode(forecast, "ict.05");
    expect(["D", "E", "F"].map((c) => forecast.value(`${c}${r5}`))).toEqual([2400, 1320, 2700]);

    const check = await phuluc(["check", out, "--json"]);
    expect(check.code).toBe(1); // errors
    const issues = (JSON.parse(check.stdout) as { files: { issues: JsonIssue[] }[] }).files[0].issues;
    const found = issues
      .filter((i) => i.severity !== "info")
      .map((i) => `${i.sheet}!${i.cell} ${i.code}`)
      .sort();
    expect(found).toEqual([...expectedFindings].sort());

    // The documentation (DEMO_MISTAKES) names the same cells: its table, indicator row and form column.
    const documented = DEMO_MISTAKES.flatMap((m) => {
      const name = m.table === "du-bao" ? FORECAST : PLAN;
      const row = rowOfCode(sheet(wb, name), m.code);
      return m.columns.map((col) => `${name}!${String.fromCharCode(64 + col)}${row} ${m.finding}`);
    }).sort();
    expect(documented).toEqual([...expectedFindings].sort());
  });

  it("with --year 1999 makes and names the 1999 forms, not this year's (issue 19)", async () => {
    const out = path.join(tempDir(), "vi-du-1999.xlsx");
    const result = await phuluc(["demo", "--year", "1999", "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("đưa vào mẫu năm 1999,");
    expect(result.stdout).not.toContain("năm nay");
    const wb = readXlsx(out);
    expect(wb.names).toEqual(["Dự báo 1999", "Kế hoạch 2000"]);
  });

  it.runIf(libreOfficeRequired)(
    "computes the comparison columns in LibreOffice",
    async () => {
      const out = path.join(tempDir(), "vi-du.xlsx");
      expect((await phuluc(["demo", "--year", "2026", "-o", out])).code).toBe(0);
      const [wb] = await recalculate([out]);
      const r5 = rowOfCode(sheet(wb, FORECAST), "ict.05");
      expect(resultOf(wb, FORECAST, `G${r5}`)).toBeCloseTo(112.5, 9); // 2 700 / 2 400
      expect(resultOf(wb, FORECAST, `H${r5}`)).toBeCloseTo((1320 / 2700) * 100, 9);
      const p5 = rowOfCode(sheet(wb, PLAN), "ict.05");
      expect(resultOf(wb, PLAN, `F${p5}`)).toBeCloseTo((3000 / 2700) * 100, 9);
      // The number stored as text gives an empty comparison, never #VALUE!.
      const r15 = rowOfCode(sheet(wb, FORECAST), "ict.15");
      expect(resultOf(wb, FORECAST, `G${r15}`)).toBe("");
    },
    240_000,
  );
});

describe("the shipped pasted-from-Word sample", () => {
  /**
   * Figures as a Vietnamese-locale Excel converts a paste, written out by hand from the document (not through the
   * conversion that built the sample): "." groups thousands, "," is the decimal mark, "97.7" stays text.
   */
  const literalCells: Record<string, Record<string, number | string>> = {
    "Dự báo 2021": {
      D9: 22, // 22
      D10: 16, // 16
      D12: 88.8, // 88,8
      D13: 4300, // 4.300
      D15: 2400, // 2.400
      E15: 1320, // 1.320
      F15: 2700, // 2.700
      G15: 112.5, // 112,5
      H15: 48, // 48
      H22: "97.7", // 97.7: neither a Vietnamese decimal nor a group of three digits
      D24: 61.8, // 61,8
      F24: 68.8, // 68,8
      D36: 48905, // 48.905
      F36: 52321, // 52.321
    },
    "Kế hoạch 2022": {
      D15: 2700, // 2.700
      E15: 3000, // 3.000
      F15: 111.1, // 111,1
      D25: 61935, // 61.935
      E25: 64000, // 64.000
      D41: 3215, // 3.215
      E41: 4000, // 4.000
    },
  };
  /** The only data cells (columns D onwards, below the number row) that hold text. */
  const textCells = ["Dự báo 2021!H22", "Kế hoạch 2022!D34", "Kế hoạch 2022!E34", "Kế hoạch 2022!F34"];

  it("holds seed 001's two tables as a Vietnamese-locale Excel pastes them", async () => {
    expect(existsSync(sample)).toBe(true);
    const wb = readXlsx(sample);
    expect(wb.names).toEqual(["Dự báo 2021", "Kế hoạch 2022"]);
    for (const [name, cells] of Object.entries(literalCells)) {
      const ws = sheet(wb, name);
      for (const [address, value] of Object.entries(cells))
        expect(ws.value(address), `${name}!${address}`).toEqual(value);
    }
    const tables = [
      ["Dự báo 2021", "seed-001-du-bao-2021"],
      ["Kế hoạch 2022", "seed-001-ke-hoach-2022"],
    ] as const;
    const texts: string[] = [];
    for (const [name, fixture] of tables) {
      const ws = sheet(wb, name);
      fixtureRows(fixture).forEach((cells, i) => {
        cells.forEach((raw, c) => {
          const text = raw.trim().replace(/^<i>(.*)<\/i>$/, "$1");
          const address = a1(4 + i, c);
          const value = ws.value(address);
          if (text === "") expect(value ?? null, `${name}!${address}`).toBeNull();
          else if (i > 1 && c >= 3) {
            if (typeof value === "string") texts.push(`${name}!${address}`);
            else expect(typeof value, `${name}!${address}`).toBe("number");
          } else expect(String(value), `${name}!${address}`).toBe(text);
        });
      });
    }
    expect(texts).toEqual(textCells);
  });

  it.runIf(libreOfficeRequired)(
    "is filled by phuluc fill, and LibreOffice computes the right values",
    async () => {
      const before = sha256(sample);
      const out = path.join(tempDir(), "dan-tu-word-da-dien.xlsx");
      const result = await phuluc(["fill", sample, "-o", out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("36 công thức"); // formulas written
      // The typed 48 is kept and listed: among the sheet's kept cells, folded into one line with their ranges.
      expect(result.stdout).toMatch(/^ {2}Dự báo 2021: 15 ô: G11:G12, H15, /m);
      expect(sha256(sample)).toBe(before);

      const [wb] = await recalculate([out]);
      const F = "Dự báo 2021";
      const P = "Kế hoạch 2022";
      // Indicator 11 (61,8 · 62,4 · 68,8 thuê bao/100 dân): the comparison cells were empty, now computed.
      expect(resultOf(wb, F, "G24")).toBeCloseTo((68.8 / 61.8) * 100, 9);
      expect(resultOf(wb, F, "H24")).toBeCloseTo((62.4 / 68.8) * 100, 9);
      // Indicator 20 (48.905 · 24.783 · 52.321 triệu đồng).
      expect(resultOf(wb, F, "G36")).toBeCloseTo((52321 / 48905) * 100, 9);
      expect(resultOf(wb, F, "H36")).toBeCloseTo((24783 / 52321) * 100, 9);
      // Indicator 16 has no figures, indicator 32 no full-year estimate: empty, never #DIV/0!.
      expect(resultOf(wb, F, "G31")).toBe("");
      expect(resultOf(wb, F, "H56")).toBe("");
      // Kept as typed.
      expect(resultOf(wb, F, "H15")).toBe(48);
      // The plan: 64 000 over 61 935 subscribers, 4 000 over 3 215 million đồng.
      expect(resultOf(wb, P, "F25")).toBeCloseTo((64000 / 61935) * 100, 9);
      expect(resultOf(wb, P, "F41")).toBeCloseTo((4000 / 3215) * 100, 9);
    },
    240_000,
  );
});
