/** The sheet rules together: our templates fire nothing, random sheets never make a rule throw. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSheets, sheetRules } from "../../../src/core/check/sheet-rules";
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/check/types";
import { parseA1 } from "../../../src/core/model/address";
import type { CellModel, SheetModel } from "../../../src/core/model/sheet";
import { sheetWidth } from "../../../src/core/model/sheet";
import { templates } from "../../../src/core/templates";
import { brief, filledDxSheet, grid, planSheet, workbook } from "./support-sheet";

describe("checkSheets", () => {
  it("runs every sheet rule", () => {
    expect(sheetRules).toHaveLength(5);
    const dx = grid([
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"],
      ["I", "Chính quyền số", 10, 11],
    ]);
    const pasted = grid(
      [
        ["KÕ ho¹ch", 1, 2],
        ["x", 3, 4],
        ["y", 5, 6],
      ],
      "Dán",
    );
    const findings = checkSheets(workbook(dx, pasted));
    expect(brief(findings).map((f) => `${f.sheet}!${f.cell} ${f.code} ${f.severity}`)).toEqual([
      "Sheet1!D2 score/over-max error",
      "Dán!A1 text/legacy-encoding warning",
      "Dán!A1 structure/no-header warning",
    ]);
  });

  it.each(templates.map((t) => [t.id]))("fires nothing on our %s template as written", (id) => {
    const template = templates.find((t) => t.id === id);
    for (const year of [2026, 2030]) {
      const sheet = planSheet(template!.plan({ year, unit: "huyện Tuần Giáo" }));
      expect(checkSheets(workbook(sheet))).toEqual([]);
    }
  });

  it("fires nothing on the DX template filled consistently", () => {
    expect(checkSheets(workbook(filledDxSheet(2026).sheet))).toEqual([]);
    expect(checkSheets(workbook(filledDxSheet(2026, () => 0).sheet))).toEqual([]);
  });

  it("fires nothing on the du-bao and ke-hoach templates with figures typed", () => {
    for (const id of ["du-bao", "ke-hoach"]) {
      const sheet = planSheet(templates.find((t) => t.id === id)!.plan({ year: 2026 }));
      // Type a figure in every empty cell right of the unit column on the rows that carry a catalog code.
      const codeCol = sheet.rows
        .map((cells) => cells?.findIndex((c) => c?.value === "Mã chỉ tiêu"))
        .find((i) => i !== undefined && i >= 0) as number;
      let typed = 0;
      const rows = sheet.rows.map((cells, r) => {
        if (
          !cells ||
          typeof cells[codeCol]?.value !== "string" ||
          r === 0 ||
          cells[codeCol]?.value === "Mã chỉ tiêu"
        )
          return cells;
        const out = [...cells];
        for (let c = 3; c < codeCol; c++) {
          if (!out[c]) {
            out[c] = { value: 10 + c };
            typed++;
          }
        }
        return out;
      });
      expect(typed).toBeGreaterThan(50);
      expect(checkSheets(workbook({ ...sheet, rows }))).toEqual([]);
    }
  });
});

// ── property: random sheets ──────────────────────────────────────────────────────────────────────────────────────

const texts = [
  "STT",
  "TT",
  "Các chỉ tiêu",
  "Điểm tối đa",
  "Điểm tự chấm",
  "Điểm",
  "Mã chỉ tiêu",
  "TỔNG CỘNG",
  "Tổng",
  "A",
  "B",
  "I",
  "II",
  "IV",
  "1",
  "2",
  "1.1",
  "1.1.3",
  "a",
  "b)",
  "-",
  "7=6/4",
  "8=5/6",
  "6=5/4",
  "4.300",
  "88,8",
  "-3",
  "1,5",
  "%",
  "Điểm",
  "KÕ ho¹ch",
  "Keá hoaïch",
  "§¬n vÞ tÝnh",
  "cds.cqs",
  "cds.cqs.1.1",
  "cds.xhs.6.3",
  "Chính quyền số",
  "",
];

const cellArb: fc.Arbitrary<CellModel | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...texts).map((value) => ({ value })),
  fc.integer({ min: -5, max: 12 }).map((value) => ({ value })),
  fc.double({ noNaN: false }).map((value) => ({ value })),
  fc.string().map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.constant({ value: null }),
  fc
    .tuple(
      fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 20 })),
      fc.constantFrom("SUM(E2:E3)", "D5/C5*100", ""),
    )
    .map(([value, formula]) => ({ value, formula })),
);

const rangeArb = fc
  .tuple(fc.integer({ min: -1, max: 30 }), fc.integer({ min: -1, max: 12 }), fc.nat(4), fc.nat(4))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h - (h === 4 ? 6 : 0), right: left + w }));

const sheetArb: fc.Arbitrary<SheetModel> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 10 }),
    rows: fc.array(fc.oneof(fc.array(cellArb, { maxLength: 10 }), fc.constant(undefined)), { maxLength: 25 }),
    merges: fc.array(rangeArb, { maxLength: 6 }),
    numberRow: fc.option(fc.nat(20)),
    dxHeader: fc.option(fc.nat(20)),
  })
  .map(({ name, rows, merges, numberRow, dxHeader }) => {
    const r = rows.map((cells) => cells ?? (undefined as unknown as (CellModel | undefined)[]));
    // Plant a column-number row or a DX header now and then, so the table paths run on random bodies.
    if (numberRow !== null && numberRow < r.length) {
      r[numberRow] = [1, 2, 3, 4, 5, 6, "7=6/4", "8=5/6"].map((value) => ({ value }));
    }
    if (dxHeader !== null && dxHeader < r.length) {
      r[dxHeader] = ["STT", "Tiêu chí", "Điểm tối đa", "Đơn vị", "Điểm tự chấm", "Mã chỉ tiêu"].map(
        (value) => ({ value }),
      );
    }
    return { name, rows: r, merges };
  });

function inSheet(sheet: SheetModel, finding: Finding): boolean {
  const at = parseA1(finding.cell);
  if (!at) return false;
  return (
    at.row >= 0 &&
    at.col >= 0 &&
    at.row < Math.max(1, sheet.rows.length) &&
    at.col < Math.max(1, sheetWidth(sheet))
  );
}

describe("every sheet rule on random sheets", () => {
  it("never throws, and every finding points at a cell within its sheet", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 2 }), (sheets) => {
        const wb = workbook(...sheets);
        for (const rule of sheetRules) {
          for (const f of rule(wb)) {
            const sheet = sheets.find((s) => s.name === f.sheet);
            expect(sheet).toBeDefined();
            expect(inSheet(sheet as SheetModel, f), `${f.code} at ${f.cell}`).toBe(true);
            expect(["error", "warning", "info"]).toContain(f.severity);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the whole check of random sheets reports no crash (check/internal)", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 2 }), (sheets) => {
        const result = checkWorkbook(workbook(...sheets));
        expect(result.issues.filter((f) => f.code === "check/internal")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
