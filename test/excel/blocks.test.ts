import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  WriteBatch,
  charsToPoints,
  literalEntry,
  formulaEntry,
  needsTextPrefix,
  payloadBytes,
  rectangles,
  splitRows,
  stateEntry,
} from "../../src/excel/blocks";
import { cellFrom, sheetModelFrom } from "../../src/excel/convert";
import { isDateFormat, isoDateToSerial } from "../../src/core/model/number-format";
import { decodeMarks, encodeMarks, normalizeMarks } from "../../src/excel/marks";
import { hyperlinkFormula } from "../../src/excel/write";

describe("rectangles", () => {
  it("makes one rectangle of a full table and splits around holes", () => {
    const table = [];
    for (let row = 5; row < 5005; row++) for (let col = 0; col < 8; col++) table.push({ row, col });
    expect(rectangles(table)).toEqual([{ top: 5, left: 0, bottom: 5004, right: 7 }]);
    expect(
      rectangles([
        { row: 0, col: 0 },
        { row: 0, col: 1 },
        { row: 0, col: 3 },
        { row: 1, col: 0 },
        { row: 1, col: 1 },
        { row: 3, col: 0 },
      ]),
    ).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 3, bottom: 0, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 0 },
    ]);
  });

  it("covers exactly the given cells, each once", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.nat(12), col: fc.nat(6) }), { maxLength: 60 }), (cells) => {
        const want = new Set(cells.map((c) => `${c.row},${c.col}`));
        const got: string[] = [];
        for (const r of rectangles(cells)) {
          for (let row = r.top; row <= r.bottom; row++)
            for (let col = r.left; col <= r.right; col++) got.push(`${row},${col}`);
        }
        expect(got.length).toBe(want.size);
        expect(new Set(got)).toEqual(want);
      }),
    );
  });

  it("splits rows into bands", () => {
    expect(splitRows({ top: 0, left: 1, bottom: 9, right: 2 }, 4)).toEqual([
      { top: 0, left: 1, bottom: 3, right: 2 },
      { top: 4, left: 1, bottom: 7, right: 2 },
      { top: 8, left: 1, bottom: 9, right: 2 },
    ]);
  });
});

describe("values for range.formulas", () => {
  it("prefixes text Excel would not keep as text", () => {
    for (const t of [
      "1.1",
      "1.1.1",
      "- Cấp xã",
      "+1",
      "=A1",
      "@x",
      "'x",
      "88,8",
      "4.300",
      "15%",
      "1/2",
      "TRUE",
      "#N/A",
      "1-Jan",
      "Mar 21",
    ]) {
      expect(needsTextPrefix(t), t).toBe(true);
    }
    for (const t of ["Bưu chính", "7=6/4", "A", "II", "Điểm", "Thuê bao/100 dân", "ict.01", "", "Cấp 1"]) {
      expect(needsTextPrefix(t), t).toBe(false);
    }
    expect(literalEntry("1.1")).toBe("'1.1");
    expect(literalEntry(4300)).toBe(4300);
    expect(literalEntry(null)).toBe("");
    expect(literalEntry(Number.NaN)).toBe("");
    expect(formulaEntry("SUM(A1:A3)")).toBe("=SUM(A1:A3)");
    expect(formulaEntry("=SUM(A1)")).toBe("=SUM(A1)");
  });

  it("writes internal links before ExcelApi 1.7 as HYPERLINK formulas, quotes doubled", () => {
    expect(hyperlinkFormula({ sheet: "Dự báo 2026", cell: "F9" }, 'Ô "F9"')).toBe(
      `=HYPERLINK("#'Dự báo 2026'!F9","Ô ""F9""")`,
    );
    expect(hyperlinkFormula({ sheet: "O'Neil", cell: "A1" }, "x")).toBe(`=HYPERLINK("#'O''Neil'!A1","x")`);
    expect(hyperlinkFormula({ sheet: "S", cell: "A1" }, "x".repeat(256))).toBeUndefined();
  });
});

describe("sizes", () => {
  it("converts character widths to points with Calibri 11's 7-pixel digit and 5 pixels of padding", () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 0);
    expect(charsToPoints(50)).toBe(266.25);
    expect(charsToPoints(6)).toBe(35.25);
    expect(charsToPoints(0)).toBe(0);
  });

  it("estimates request bytes, counting Vietnamese letters as escapes", () => {
    expect(payloadBytes("abc")).toBe(payloadBytes("abd"));
    expect(payloadBytes("ấ") - payloadBytes("a")).toBe(5);
  });

  it("syncs a batch only when the budget would be passed", async () => {
    let syncs = 0;
    const batch = new WriteBatch({ sync: async () => void syncs++ }, 1000);
    for (let i = 0; i < 9; i++) await batch.add(100, () => undefined);
    expect(syncs).toBe(0);
    await batch.add(200, () => undefined);
    expect(syncs).toBe(1);
    await batch.flush();
    expect(syncs).toBe(2);
    await batch.flush();
    expect(syncs).toBe(2);
  });
});

describe("reading", () => {
  it("converts cells", () => {
    expect(cellFrom("", "", "General")).toBeUndefined();
    expect(cellFrom("", "", "#,##0")).toBeUndefined();
    expect(cellFrom(12.5, "=A1/2", "0.0")).toEqual({ value: 12.5, formula: "A1/2", numberFormat: "0.0" });
    expect(cellFrom("#DIV/0!", "=1/0", "General")).toEqual({ value: "#DIV/0!", formula: "1/0" });
    expect(cellFrom(true, true, "General")).toEqual({ value: true });
    expect(cellFrom(45658, 45658, "d/m/yyyy")).toEqual({ value: "2025-01-01", numberFormat: "d/m/yyyy" });
    expect(isDateFormat('0.0" ngày"')).toBe(false);
    expect(isDateFormat("[$-42A]dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("#,##0")).toBe(false);
  });

  it("offsets rows and columns by the used range's position", () => {
    const model = sheetModelFrom("S", {
      values: [
        ["a", ""],
        ["", 2],
      ],
      formulas: [
        ["a", ""],
        ["", "=1+1"],
      ],
      numberFormat: [
        ["General", "General"],
        ["General", "0"],
      ],
      rowIndex: 4,
      columnIndex: 2,
    });
    expect(model.rows[4]?.[2]).toEqual({ value: "a" });
    expect(model.rows[5]?.[3]).toEqual({ value: 2, formula: "1+1", numberFormat: "0" });
    expect(model.rows[4]?.[3]).toBeUndefined();
    expect(model.rows.slice(0, 4).every((r) => r === undefined)).toBe(true);
  });
});

describe("marks record", () => {
  it("round-trips and rejects garbage", () => {
    const marks = [
      { sheet: "A", sheetId: "{1}", cell: "B2", fill: null },
      { sheet: "A", sheetId: "{1}", cell: "B3", fill: { color: "#FFFF00" } },
      { sheet: "B", cell: "C1", fill: { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" } },
    ];
    expect(decodeMarks(JSON.parse(encodeMarks(marks)))).toEqual(marks);
    expect(decodeMarks({ v: 2 })).toEqual([]);
    expect(decodeMarks("x")).toEqual([]);
    expect(
      decodeMarks({
        v: 1,
        sheets: [{ name: "A" }],
        marks: [
          [0, "B2", 5],
          [7, "B2", null],
        ],
      }),
    ).toEqual([]);
  });

  it("normalizes marks to single cells", () => {
    expect(
      normalizeMarks([
        { sheet: "S", cell: "b2:c2", severity: "info" },
        { sheet: "S", cell: "C2", severity: "warning" },
        { sheet: "S", cell: "not a cell", severity: "error" },
      ]),
    ).toEqual([
      { sheet: "S", cell: "B2", severity: "info" },
      { sheet: "S", cell: "C2", severity: "warning" },
    ]);
  });
});

describe("stateEntry: a value written back as the cell holds it", () => {
  const loaded = (value: unknown, numberFormat = "General", formula: unknown = value) => ({
    value,
    formula,
    numberFormat,
  });

  it("leaves a value the cell already holds alone: a date keeps its time, a boolean stays one", () => {
    expect(
      stateEntry("2024-03-15", null, "dd/mm/yyyy hh:mm", loaded(45366.4375, "dd/mm/yyyy hh:mm")),
    ).toEqual({
      entry: null,
      format: null,
      formatAfter: null,
    });
    expect(stateEntry(true, null, "General", loaded(true)).entry).toBeNull();
    expect(stateEntry("22", "@", "@", loaded("22")).entry).toBeNull();
  });

  it("writes booleans and dates as themselves, and text Excel would reread as text without a prefix", () => {
    expect(stateEntry(false, null, "General", loaded(1)).entry).toBe(false);
    expect(stateEntry("2024-03-15", null, "dd/mm/yyyy", loaded(""))).toMatchObject({ entry: 45366 });
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("2024-02-30")).toBeUndefined();
    // Not a date format: the ISO text is text.
    expect(stateEntry("2024-03-15", null, "General", loaded(1))).toEqual({
      entry: "2024-03-15",
      format: "@",
      formatAfter: "General",
    });
    expect(stateEntry("88,8", null, "#,##0", loaded(88.8))).toEqual({
      entry: "88,8",
      format: "@",
      formatAfter: "#,##0",
    });
    expect(stateEntry("88,8", null, "@", loaded(88.8))).toEqual({
      entry: "88,8",
      format: null,
      formatAfter: null,
    });
    expect(stateEntry("Kế hoạch", null, "General", loaded(1)).entry).toBe("Kế hoạch");
    // An apostrophe of its own, or a cell whose format is not known: the prefix is the only way.
    expect(stateEntry("'A", null, "General", loaded(1)).entry).toBe("''A");
    expect(stateEntry("22", null, undefined, undefined).entry).toBe("'22");
  });
});
