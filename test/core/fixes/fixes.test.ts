/** Each quick fix on small hand-made cells: what it changes, and what it leaves alone. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/check/types";
import { planFixes, describeChange, describeState, UNICODE_FONT } from "../../../src/core/fixes";
import { holds, writeOf } from "../../../src/core/fixes/states";
import type { CellModel, WorkbookModel } from "../../../src/core/model/sheet";
import { encodeLegacy } from "../../../src/core/text";

function book(cells: Record<string, CellModel>, name = "S"): WorkbookModel {
  const rows: CellModel[][] = [];
  for (const [a1, cell] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    (rows[r] ??= [])[c] = cell;
  }
  return { sheets: [{ name, rows, merges: [] }] };
}

function finding(code: Finding["code"], cell: string, extra: Partial<Finding> = {}): Finding {
  return { code, severity: "warning", sheet: "S", cell, params: {}, ...extra };
}

describe("number stored as text", () => {
  it("writes the number the checker read, the Vietnamese way", () => {
    const wb = book({ D9: { value: "4.300" }, E9: { value: "88,8" } });
    const plan = planFixes(
      [
        finding("number/text", "D9", { params: { text: "4.300", value: 4300 } }),
        finding("number/text", "E9", { params: { text: "88,8", value: 88.8 } }),
      ],
      wb,
    );
    expect(plan.changes.map((c) => [c.cell, c.before.value, c.after.value])).toEqual([
      ["D9", "4.300", 4300],
      ["E9", "88,8", 88.8],
    ]);
    expect(describeChange(plan.changes[0], "vi")).toBe("“4.300” → 4.300");
  });

  it("shows a cell's number whole in a preview: 0,888 is not rounded to 0,89", () => {
    expect(describeState({ value: 0.888 }, "vi")).toBe("0,888");
    expect(describeState({ value: 0.888 }, "en")).toBe("0.888");
    expect(describeState({ value: 4300.5 }, "vi")).toBe("4.300,5");
  });

  it("leaves an ambiguous value alone: number/ambiguous is not a fixable code", () => {
    const wb = book({ D9: { value: "1.250" } });
    const plan = planFixes(
      [finding("number/ambiguous", "D9", { params: { text: "1.250", value: 1250 } })],
      wb,
    );
    expect(plan.changes).toEqual([]);
  });

  it("does not touch a cell whose text changed since the check", () => {
    const wb = book({ D9: { value: "5.000" } });
    const plan = planFixes([finding("number/text", "D9", { params: { text: "4.300", value: 4300 } })], wb);
    expect(plan.changes).toEqual([]);
    expect(plan.unfixed.map((u) => u.reason)).toEqual(["not-mechanical"]);
  });
});

describe("legacy text", () => {
  const tcvn3 = encodeLegacy("Kế hoạch phát triển", "tcvn3");

  it("converts TCVN3 text to Unicode NFC and swaps the .VnTime font for Times New Roman", () => {
    const wb = book({ B9: { value: tcvn3, font: { name: ".VnTime" } } });
    const [change] = planFixes([finding("text/legacy-encoding", "B9")], wb).changes;
    expect(change.after.value).toBe("Kế hoạch phát triển".normalize("NFC"));
    expect(change.after.font).toEqual({ name: UNICODE_FONT });
    expect(UNICODE_FONT).toBe("Times New Roman");
  });

  it("keeps a Unicode font such as Arial", () => {
    const wb = book({ B9: { value: encodeLegacy("Số thuê bao", "vni"), font: { name: "Arial" } } });
    const [change] = planFixes([finding("text/legacy-encoding", "B9")], wb).changes;
    expect(change.after.value).toBe("Số thuê bao".normalize("NFC"));
    // The font is not part of the change: nothing will be written to it.
    expect(change.before.font).toBeUndefined();
    expect(change.after.font).toBeUndefined();
  });
});

describe("units", () => {
  it("writes the catalog's unit where the indicator is recognised", () => {
    const wb = book({ C9: { value: "Km" } });
    const f = finding("unit/catalog-mismatch", "C9", {
      indicatorCode: "ict.04", // Bán kính phục vụ bình quân: Km/điểm in the catalog
      actual: "Km",
      expected: "Km/điểm",
    });
    expect(planFixes([f], wb).changes.map((c) => c.after.value)).toEqual(["Km/điểm"]);
    // A suggestion the catalog does not give for this indicator is not written.
    const wrong = { ...f, indicatorCode: "ict.01" };
    expect(planFixes([wrong], wb).changes).toEqual([]);
  });

  it("does nothing without a recognised indicator", () => {
    const wb = book({ C9: { value: "Km" } });
    const f = finding("unit/catalog-mismatch", "C9", { actual: "Km", expected: "Km/điểm" });
    expect(planFixes([f], wb).changes).toEqual([]);
  });
});

describe("percent fractions", () => {
  it("writes the percent number with the column's format in a percent-formatted cell", () => {
    const wb = book({ E9: { value: 0.85, numberFormat: "0%" } });
    const f = finding("percent/fraction", "E9", {
      variant: "formatted",
      actual: 0.85,
      expected: 85,
      params: { value: 0.85, shown: "85%", suggestion: 85, format: "0.0" },
    });
    const [change] = planFixes([f], wb).changes;
    expect(change.after).toEqual({ value: 85, numberFormat: "0.0" });
  });

  it("leaves a fraction in a General cell to the official (it may be a real small rate)", () => {
    const wb = book({ E9: { value: 0.85 } });
    const f = finding("percent/fraction", "E9", { actual: 0.85, expected: 85, params: { suggestion: 85 } });
    expect(planFixes([f], wb).changes).toEqual([]);
  });
});

describe("undo bookkeeping", () => {
  it("a cell holds a state on value, formula, and the format or font the change alters", () => {
    const before = { value: "x", numberFormat: "0%", font: { name: ".VnTime" } };
    const after = { value: "y", numberFormat: "0.0", font: { name: "Times New Roman" } };
    expect(holds(after, after, before)).toBe(true);
    expect(holds({ ...after, value: "z" }, after, before)).toBe(false);
    expect(holds({ ...after, numberFormat: "0%" }, after, before)).toBe(false);
    expect(holds({ ...after, font: { name: "Arial" } }, after, before)).toBe(false);
    // A host that does not report fonts: the font is not held against the cell.
    expect(holds({ value: "y", numberFormat: "0.0" }, after, before)).toBe(true);
    const change = { sheet: "S", cell: "A1", codes: ["x"], before, after };
    expect(writeOf(change, before, after)).toEqual({
      sheet: "S",
      cell: "A1",
      value: "x",
      numberFormat: "0%",
      fontName: ".VnTime",
    });
  });
});

describe("a comparison formula in a preview", () => {
  it("is said as what it computes and gives, never as its guards", () => {
    const formula = 'IF(AND(ISNUMBER(F12),ISNUMBER(D12)),IF(D12=0,"",F12/D12*100),"")';
    expect(describeState({ value: 112.5, formula }, "vi")).toBe("công thức = F12/D12 × 100 → 112,5");
    expect(describeState({ value: 112.5, formula }, "en")).toBe("formula = F12/D12 × 100 → 112.5");
    expect(describeState({ value: 48.888888, formula }, "vi")).toBe("công thức = F12/D12 × 100 → 48,89");
    // Operands not yet numbers: the formula gives an empty cell.
    expect(describeState({ value: null, formula }, "vi")).toBe("công thức = F12/D12 × 100 → (trống)");
    expect(
      describeChange(
        {
          sheet: "S",
          cell: "G12",
          codes: ["comparison/missing"],
          before: { value: null },
          after: { value: 112.5, formula, numberFormat: "0.0" },
        },
        "vi",
      ),
    ).toBe("(trống) → công thức = F12/D12 × 100 → 112,5 · định dạng 0.0");
  });

  it("leaves any other formula as written", () => {
    expect(describeState({ value: 7, formula: "SUM(D9:D11)" }, "vi")).toBe("=SUM(D9:D11)");
  });
});
