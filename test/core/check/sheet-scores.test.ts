/** score/over-max, score/negative, score/sum-mismatch on DX self-assessment sheets. */
import { describe, expect, it } from "vitest";
import { dxIndex } from "../../../src/core/catalog/dx-index";
import { findingMessage } from "../../../src/core/check/render";
import { checkScores } from "../../../src/core/check/rules/scores";
import { isDxSheet, readDxTables } from "../../../src/core/tables/dx";
import { a1 } from "../../../src/core/model/address";
import type { SheetModel } from "../../../src/core/model/sheet";
import { encodeLegacy } from "../../../src/core/text";
import { brief, filledDxSheet, grid, withCell, workbook, type GridCell } from "./support-sheet";

const H = [
  "STT",
  "Các chỉ số thành phần/tiêu chí chấm điểm",
  "Điểm tối đa",
  "Đơn vị chủ trì",
  "Điểm tự chấm",
];

/** A small consistent DX sheet: two pillars, numbered criteria, letter parts under an unscored parent, the total. */
function dxRows(): GridCell[][] {
  return [
    ["PHỤ LỤC"],
    H,
    [1, 2, 3, 4, 5],
    ["I", "Chính quyền số", 20, "", 12], // row 4
    [1, "Hạ tầng số", 10, "", 6], // 5
    ["1.1", "Tỷ lệ cơ quan có mạng LAN", 4, "Phòng VH&TT", 3], // 6
    ["1.2", "Kết nối mạng truyền số liệu chuyên dùng", 6, "", 3], // 7
    [2, "Nhân lực số", 10, "", 6], // 8
    ["2.1", "Tập huấn kỹ năng số", 5, "", ""], // 9
    ["a", "Cho cán bộ", 2, "", 2], // 10
    ["b", "Cho người dân", 3, "", 1], // 11
    ["2.2", "Cán bộ chuyên trách", 5, "", 3], // 12
    ["II", "Kinh tế số", 5, "", 5], // 13
    [1, "Doanh nghiệp số", 5, "", 5], // 14
    ["", "TỔNG CỘNG", 25, "", 17], // 15
  ];
}

function sheetOf(rows: GridCell[][], name = "CĐS"): SheetModel {
  return grid(rows, name);
}

/** The consistent sheet with cells replaced ("E6" → value). */
function variant(changes: Record<string, GridCell>): SheetModel {
  let s = sheetOf(dxRows());
  for (const [address, cell] of Object.entries(changes)) s = withCell(s, address, cell);
  return s;
}

const run = (s: SheetModel) => checkScores(workbook(s));

describe("a consistent DX sheet", () => {
  it("is recognized and fires nothing", () => {
    const s = sheetOf(dxRows());
    expect(isDxSheet(s)).toBe(true);
    expect(run(s)).toEqual([]);
  });

  it("builds the hierarchy from the labels", () => {
    const [table] = readDxTables(sheetOf(dxRows()));
    const byRow = new Map(table.rows.map((r, i) => [r.row, i]));
    const parentRow = (row: number) => {
      const p = table.rows[byRow.get(row) as number].parent;
      return p === undefined ? undefined : table.rows[p].row;
    };
    // zero-based rows: I=3, 1=4, 1.1=5, 2=7, 2.1=8, a=9, II=12, 1=13, total=14
    expect(parentRow(3)).toBe(14);
    expect(parentRow(4)).toBe(3);
    expect(parentRow(5)).toBe(4);
    expect(parentRow(9)).toBe(8);
    expect(parentRow(10)).toBe(8);
    expect(parentRow(13)).toBe(12);
    expect(parentRow(12)).toBe(14);
    expect(parentRow(14)).toBeUndefined();
    expect(table.rows.map((r) => r.row)).not.toContain(1); // the column-number row is skipped
  });
});

describe("score/over-max", () => {
  it("fires at the score cell, as an error with actual and expected", () => {
    const findings = run(variant({ E6: 5, E5: 8, E4: 14, E15: 19 }));
    expect(brief(findings)).toEqual([
      { code: "score/over-max", severity: "error", sheet: "CĐS", cell: "E6" },
    ]);
    expect(findings[0]).toMatchObject({ actual: 5, expected: 4, params: { actual: 5, expected: 4 } });
    expect(findings[0].indicator).toBe("Tỷ lệ cơ quan có mạng LAN");
    expect(findingMessage(findings[0], "vi")).toBe("Điểm tự chấm 5 vượt điểm tối đa 4.");
  });

  it("reads a score typed as text", () => {
    const findings = run(variant({ E6: "4,5", E5: 7.5, E4: 13.5, E15: 18.5 }));
    expect(brief(findings)).toEqual([
      { code: "score/over-max", severity: "error", sheet: "CĐS", cell: "E6" },
    ]);
    expect(findings[0].actual).toBe(4.5);
  });

  it("accepts a score equal to the maximum", () => {
    expect(run(variant({ E6: 4, E5: 7, E4: 13, E15: 18 }))).toEqual([]);
  });
});

describe("score/negative", () => {
  it("fires at the score cell", () => {
    const findings = run(variant({ E7: -1, E5: 2, E4: 8, E15: 13 }));
    expect(brief(findings)).toEqual([
      { code: "score/negative", severity: "error", sheet: "CĐS", cell: "E7" },
    ]);
    expect(findings[0]).toMatchObject({ actual: -1, params: { actual: -1 } });
    expect(findingMessage(findings[0], "en")).toBe("A self-score cannot be negative (-1).");
  });
});

describe("score/sum-mismatch", () => {
  it("fires on a criterion whose typed score is not the sum of its parts", () => {
    const findings = run(variant({ E5: 7, E4: 13, E15: 18 }));
    expect(brief(findings)).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "CĐS", cell: "E5" },
    ]);
    expect(findings[0]).toMatchObject({ actual: 7, expected: 6, params: { actual: 7, expected: 6 } });
  });

  it("fires on a pillar and on the grand total", () => {
    expect(brief(run(variant({ E4: 11, E15: 16 })))).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "CĐS", cell: "E4" },
    ]);
    const total = run(variant({ E15: 20 }));
    expect(brief(total)).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "CĐS", cell: "E15" },
    ]);
    expect(total[0]).toMatchObject({ actual: 20, expected: 17 });
  });

  it("sums letter parts into their numbered criterion, an empty parent counting as its parts", () => {
    // 2.1 is empty: 2 = (a + b) + 2.2 = 3 + 3. Raising b breaks 2.
    const findings = run(variant({ E11: 2 }));
    expect(brief(findings)).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "CĐS", cell: "E8" },
    ]);
    expect(findings[0]).toMatchObject({ actual: 6, expected: 7 });
  });

  it("checks a formula's cached result, and skips a formula without one", () => {
    expect(brief(run(variant({ E5: { formula: "SUM(E6:E7)", value: 7 }, E4: 13, E15: 18 })))).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "CĐS", cell: "E5" },
    ]);
    // No cached result: E5 is not checked, and counts as the sum of its parts for the pillar.
    expect(run(variant({ E5: { formula: "SUM(E6:E7)", value: null } }))).toEqual([]);
    const through = run(variant({ E5: { formula: "SUM(E6:E7)", value: null }, E4: 13, E15: 18 }));
    expect(brief(through)).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "CĐS", cell: "E4" },
    ]);
    expect(through[0]).toMatchObject({ actual: 13, expected: 12 });
  });

  it("skips a parent whose children have no scores at all", () => {
    expect(run(variant({ E6: "", E7: "" }))).toEqual([]);
  });

  it("reads numbers typed as text in the sums", () => {
    expect(run(variant({ E6: "2,5", E7: "3,5", E5: "6" }))).toEqual([]);
    const findings = run(variant({ E6: "2,5", E7: "3,5", E5: "6,5", E4: 12.5, E15: 17.5 }));
    expect(brief(findings)).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "CĐS", cell: "E5" },
    ]);
    expect(findings[0]).toMatchObject({ actual: 6.5, expected: 6 });
  });

  it("tolerates floating-point sums of decimal scores", () => {
    expect(run(variant({ E6: 0.1, E7: 0.2, E5: 0.3, E4: 6.3, E15: 11.3 }))).toEqual([]);
  });
});

describe("DX table recognition", () => {
  it.each([["Tự chấm"], ["Điểm tự đánh giá"], ["Điểm đạt"], ["Điểm"], ["ĐIỂM TỰ CHẤM"]])(
    "takes «%s» as the self-score header",
    (header) => {
      const rows = dxRows();
      rows[1] = [...H.slice(0, 4), header];
      const s = withCell(sheetOf(rows), "E6", 5);
      expect(brief(run(s)).map((f) => `${f.code} ${f.cell}`)).toEqual([
        "score/sum-mismatch E5",
        "score/over-max E6",
      ]);
    },
  );

  it("finds the self-score header on the row below a two-row header, wherever the table starts", () => {
    const rows: GridCell[][] = [
      [],
      ["", "STT", "Tiêu chí", "Điểm tối đa", "Kết quả"],
      ["", "", "", "", "Điểm tự chấm", "Ghi chú"],
      ["", "I", "Chính quyền số", 10, 9],
      ["", "1", "Hạ tầng số", 10, 8],
    ];
    const findings = checkScores(workbook(grid(rows)));
    expect(brief(findings)).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "Sheet1", cell: "E4" },
    ]);
  });

  it("reads headers and names typed in TCVN3 and VNI", () => {
    for (const encoding of ["tcvn3", "vni"] as const) {
      const rows = dxRows().map((r, i) =>
        i <= 1 || i >= 3 ? r.map((c) => (typeof c === "string" ? encodeLegacy(c, encoding) : c)) : r,
      );
      const s = withCell(withCell(withCell(withCell(sheetOf(rows), "E6", 5), "E5", 8), "E4", 14), "E15", 19);
      const findings = run(s);
      expect(brief(findings)).toEqual([
        { code: "score/over-max", severity: "error", sheet: "CĐS", cell: "E6" },
      ]);
      expect(findings[0].indicator).toBe("Tỷ lệ cơ quan có mạng LAN");
    }
  });

  it("continues the table across a repeated header (a page break in the source document)", () => {
    const rows = dxRows();
    rows.splice(12, 0, H, [1, 2, 3, 4, 5]);
    const s = sheetOf(rows);
    expect(readDxTables(s)).toHaveLength(1);
    expect(run(s)).toEqual([]);
    // The total still sums both pillars.
    expect(brief(run(withCell(s, "E17", 18))).map((f) => f.cell)).toEqual(["E17"]);
  });

  it("needs both the maximum and a self-score column", () => {
    const rows = dxRows().map((r) => r.slice(0, 4));
    expect(isDxSheet(sheetOf(rows))).toBe(false);
    expect(run(sheetOf(rows))).toEqual([]);
  });

  it("takes the top criteria as the total's children when there are no pillars", () => {
    const rows: GridCell[][] = [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm tự chấm"],
      ["1", "Hạ tầng", 10, 6],
      ["1.1", "Mạng LAN", 5, 3],
      ["1.2", "Internet", 5, 3],
      ["2", "Nhân lực", 10, 4],
      ["Tổng cộng", "", 20, 11],
    ];
    const findings = checkScores(workbook(grid(rows)));
    expect(brief(findings)).toEqual([
      { code: "score/sum-mismatch", severity: "error", sheet: "Sheet1", cell: "D6" },
    ]);
    expect(findings[0]).toMatchObject({ actual: 11, expected: 10 });
  });
});

describe("our chuyen-doi-so template", () => {
  it("filled consistently (leaf scores typed, SUM results cached) fires nothing", () => {
    expect(run(filledDxSheet(2026).sheet)).toEqual([]);
    expect(run(filledDxSheet(2030, (_, max) => max).sheet)).toEqual([]);
  });

  it("as written (SUM formulas without results) fires nothing, empty or with leaf scores", () => {
    const { sheet, rowOf } = filledDxSheet();
    const asWritten = {
      ...sheet,
      rows: sheet.rows.map((cells) =>
        cells.map((c) => (c?.formula ? { value: null, formula: c.formula } : c)),
      ),
    };
    expect(run(asWritten)).toEqual([]);
    // An over-max leaf is still reported; the parents, without results, are not checked.
    const leaf = rowOf.get("cds.cqs.1.1.3.a") as number;
    const findings = run(withCell(asWritten, a1(leaf, 4), 99));
    expect(brief(findings)).toEqual([
      { code: "score/over-max", severity: "error", sheet: asWritten.name, cell: a1(leaf, 4) },
    ]);
    expect(findings[0].indicatorCode).toBe("cds.cqs.1.1.3.a");
  });

  it("reports a changed leaf at the leaf and at its parent (whose cached result no longer adds up), by code", () => {
    const { sheet, rowOf, scoreOf } = filledDxSheet();
    const code = "cds.cqs.1.1.3.a";
    const max = dxIndex.find((c) => c.code === code)?.maxPoints as number;
    const findings = run(withCell(sheet, a1(rowOf.get(code) as number, 4), max + 1));
    // The rows above the parent compare with the parent's cached result, which did not change.
    expect(findings.map((f) => f.cell)).toEqual(
      ["cds.cqs.1.1.3", code].map((c) => a1(rowOf.get(c) as number, 4)),
    );
    expect(findings.filter((f) => f.code === "score/over-max").map((f) => f.indicatorCode)).toEqual([code]);
    const parent = findings.find((f) => f.indicatorCode === "cds.cqs.1.1.3");
    expect(parent).toMatchObject({
      code: "score/sum-mismatch",
      actual: scoreOf.get("cds.cqs.1.1.3"),
      expected: (scoreOf.get("cds.cqs.1.1.3") as number) - (scoreOf.get(code) as number) + max + 1,
    });
  });

  it("recognizes the criteria by code with or without the hidden column (the printed-twice 6.2 included)", () => {
    const { sheet, rowOf } = filledDxSheet();
    const withoutCodes = { ...sheet, rows: sheet.rows.map((cells) => cells.slice(0, 5)) };
    for (const s of [sheet, withoutCodes]) {
      const row = rowOf.get("cds.xhs.6.3") as number;
      const findings = run(withCell(s, a1(row, 4), 0.25));
      expect(findings[0]?.cell).toBe(a1(rowOf.get("cds.xhs.6") as number, 4));
      const byCode = findings.map((f) => `${f.code} ${f.indicatorCode ?? "-"}`).sort();
      expect(byCode).toEqual(["score/sum-mismatch cds.xhs.6"]);
    }
    const [withTable, withoutTable] = [readDxTables(sheet)[0], readDxTables(withoutCodes)[0]];
    expect(withoutTable.rows.map((r) => r.parent)).toEqual(withTable.rows.map((r) => r.parent));
    expect(withoutTable.rows.map((r) => r.code)).toEqual(withTable.rows.map((r) => r.code));
  });

  it("takes the parent from the hidden code column when the label does not give it", () => {
    const { sheet, rowOf } = filledDxSheet();
    const leaf = rowOf.get("cds.cqs.1.1.3.a") as number;
    const unlabelled = withCell(sheet, a1(leaf, 0), "");
    expect(run(unlabelled)).toEqual([]);
    const findings = run(withCell(unlabelled, a1(leaf, 4), 0));
    expect(findings.map((f) => `${f.code} ${f.indicatorCode}`)).toEqual(["score/sum-mismatch cds.cqs.1.1.3"]);
  });
});
