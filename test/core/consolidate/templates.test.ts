/**
 * Workbooks made by our own templates consolidate like pasted ones: the e-government and DX tables are found by their
 * hidden code column, their figures land under each district, and rows that do not add up get the districts' spread.
 */
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../../src/cli/commands/new";
import { dxLeaves } from "../../../src/core/catalog/dx-index";
import { consolidate, extractDistrictReport } from "../../../src/core/consolidate";
import type { SheetPlan } from "../../../src/core/model/plan";
import { bookOfPort, rowOfCode, typeInto } from "../../support/workbooks";

async function district(unit: string, egov: number | string, score: number) {
  const port = buildWorkbook(["chinh-phu-dien-tu", "chuyen-doi-so"], { year: 2026, unit, level: "huyen" });
  const book = bookOfPort(port);
  await typeInto(port, "CPĐT 2026", { [`E${rowOfCode(book.sheet("CPĐT 2026"), "cpdt.01")}`]: egov });
  const dx = book.sheet("Chuyển đổi số 2026");
  await typeInto(port, dx.name, { [`E${rowOfCode(dx, dxLeaves("chinh-quyen-so")[0].code)}`]: score });
  return extractDistrictReport(await port.read(), { file: `${unit}.xlsx` });
}

function valueAt(plan: SheetPlan, code: string, col: number) {
  const row = plan.cells.find((c) => c.role === "code" && c.value === code)?.row;
  return plan.cells.find((c) => c.row === row && c.col === col);
}

describe("our own templates", () => {
  it("consolidate their e-government results and DX self-scores", async () => {
    const reports = [await district("huyện Một", "80,5", 2), await district("huyện Hai", 60, 1.5)];
    expect(reports.map((r) => r.appendices.map((a) => a.kind).sort())).toEqual([
      ["dx", "egov"],
      ["dx", "egov"],
    ]);
    const result = consolidate(reports, { lang: "vi" });
    if (!result.ok) throw new Error(result.problem);
    expect(result.plans.map((p) => p.name)).toEqual(["Tình trạng", "CPĐT 2026", "Chuyển đổi số 2026"]);
    const [, egov, dx] = result.plans;
    // Columns: STT, name, unit, then the two districts, then Toàn tỉnh (a rate: "(*)"), lowest, median, highest.
    expect(valueAt(egov, "cpdt.01", 3)?.value).toBe(80.5);
    expect(valueAt(egov, "cpdt.01", 4)?.value).toBe(60);
    expect(valueAt(egov, "cpdt.01", 5)?.value).toBe("(*)");
    // No heading rows in the e-government table: indicator 1 is the first body row, sheet row 7.
    expect(valueAt(egov, "cpdt.01", 6)?.formula).toBe('IF(COUNT(D7:E7)=0,"",MIN(D7:E7))');
    const leaf = dxLeaves("chinh-quyen-so")[0].code;
    expect(valueAt(dx, leaf, 3)?.value).toBe(2);
    expect(valueAt(dx, leaf, 4)?.value).toBe(1.5);
  });
});
