/**
 * A confirmation given while consolidating (src/core/consolidate/confirm.ts, the web page's): a district file kept
 * out because nothing tells its figures' year is read again with the year the person consolidating confirms — and
 * the years of its columns whose headers name none — and goes in, its figures under the years confirmed; the status
 * sheet says the year was confirmed at consolidation; the file's own bytes are not changed.
 */
import { describe, expect, it } from "vitest";
import {
  columnKey,
  columnsNeedingKind,
  columnsNeedingYear,
  consolidate,
  stateText,
  type DistrictReport,
} from "../../../src/core/consolidate";
import type { SheetPlan } from "../../../src/core/model/plan";
import { districtReportOfBytes } from "../../../src/xlsx/consolidate";
import {
  BARE_YEARS_ROWS,
  RELATIVE_HEADER,
  districtBytes,
  toldDistrictBytes,
} from "../../support/other-provinces";

const REVENUE = "Tổng doanh thu dịch vụ bưu chính"; // ict.05

/** Years relative to a report year nothing tells. */
const relative = () =>
  districtBytes([
    ["UBND HUYỆN ĐIỆN BIÊN ĐÔNG"],
    RELATIVE_HEADER,
    ["1", REVENUE, "Triệu đồng", 300, 310, 320, 330],
  ]);

/** «Thực hiện» and «Kế hoạch» with no year at all (not even a «năm» to read as the report year's). */
const bare = () =>
  districtBytes([
    ["UBND HUYỆN NẬM PỒ"],
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"],
    ["1", REVENUE, "Triệu đồng", 700, 730],
  ]);

function revenue(plan: SheetPlan, district: string): (string | number | null)[] {
  const row = plan.cells.find((c) => c.role === "code" && c.value === "ict.05")!.row;
  const cols = plan.cells
    .filter((c) => c.value !== null && String(c.value).includes(district))
    .map((c) => c.col);
  return cols.map((col) => plan.cells.find((c) => c.row === row && c.col === col)?.value ?? null);
}

describe("a confirmation given while consolidating", () => {
  it("takes in a file whose years are relative to a report year it does not tell, once the year is confirmed", async () => {
    const needing = await districtReportOfBytes("dien-bien-dong.xlsx", await relative());
    const first = consolidate(
      [await districtReportOfBytes("muong-ang.xlsx", await toldDistrictBytes()), needing],
      {
        lang: "vi",
      },
    );
    if (!first.ok) throw new Error(first.problem);
    expect(first.entries[1].state.kind).toBe("needs-confirmation");
    // A year settles every column: none needs one of its own.
    expect(columnsNeedingYear(needing)).toEqual([]);

    const bytes = await relative();
    const before = new Uint8Array(bytes);
    const confirmed = await districtReportOfBytes("dien-bien-dong.xlsx", bytes, undefined, {
      confirmation: { year: 2026 },
      needing,
    });
    expect(bytes).toEqual(before);
    expect([confirmed.year, confirmed.confirmedAtConsolidation, confirmed.unconfirmed]).toEqual([
      2026,
      { year: 2026 },
      undefined,
    ]);
    const again = consolidate([first.entries[0].report, confirmed], { lang: "vi" });
    if (!again.ok) throw new Error(again.problem);
    expect(again.entries.map((e) => e.state.kind)).toEqual(["included", "included"]);
    expect(stateText(again.entries[1], 2026, "vi")).toBe(
      "Có (năm 2026 do người tổng hợp xác nhận, tệp của huyện chưa ghi)",
    );
    // (each row ends with the district cells its figures came from.)
    // «Thực hiện năm trước» under 2025, «Ước thực hiện năm» under the 2026 estimate, «Kế hoạch năm sau» under 2027.
    const forecast = again.plans.find((p) => p.name === "Dự báo 2026")!;
    const plan = again.plans.find((p) => p.name === "Kế hoạch 2027")!;
    expect(revenue(forecast, "huyện Điện Biên Đông")).toEqual([300, null, 320, "Biểu 01!D3; —; Biểu 01!F3"]);
    expect(revenue(plan, "huyện Điện Biên Đông")).toEqual([null, 330, "—; Biểu 01!G3"]);
  });

  it("asks a year for each column whose header names none, and reads each with the year given", async () => {
    const needing: DistrictReport = await districtReportOfBytes("nam-po.xlsx", await bare());
    expect(columnsNeedingYear(needing).map((c) => `${columnKey(c)} ${c.header}`)).toEqual([
      "Biểu 01!D Thực hiện",
      "Biểu 01!E Kế hoạch",
    ]);
    // The year alone does not settle them: still kept out.
    const yearOnly = await districtReportOfBytes("nam-po.xlsx", await bare(), undefined, {
      confirmation: { year: 2026 },
      needing,
    });
    expect(yearOnly.unconfirmed?.map((c) => c.column)).toEqual(["D", "E"]);

    const confirmed = await districtReportOfBytes("nam-po.xlsx", await bare(), undefined, {
      confirmation: { year: 2026, columnYears: { "Biểu 01!D": 2026, "Biểu 01!E": 2027 } },
      needing,
    });
    expect(confirmed.unconfirmed).toBeUndefined();
    const result = consolidate(
      [await districtReportOfBytes("muong-ang.xlsx", await toldDistrictBytes()), confirmed],
      {
        lang: "vi",
      },
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.entries[1].state.kind).toBe("included");
    expect(confirmed.confirmedAtConsolidation).toEqual({ year: 2026, columns: ["Biểu 01!D", "Biểu 01!E"] });
    // «Thực hiện» confirmed 2026's actual, «Kế hoạch» 2027's plan: the plan sheet's two figures.
    const plan = result.plans.find((p) => p.name === "Kế hoạch 2027")!;
    expect(revenue(plan, "huyện Nậm Pồ")).toEqual([700, 730, "Biểu 01!D3; Biểu 01!E3"]);
  });

  it("asks the kind of each column whose header is a year alone, and reads each as the kind chosen", async () => {
    // «Năm 2025 | Năm 2026 | 2026/2025»: the years are told, whether each is an actual, an estimate or a plan is not.
    const bare = () => districtBytes([["UBND HUYỆN NẬM TRÀ"], ...BARE_YEARS_ROWS]);
    const needing = await districtReportOfBytes("nam-tra.xlsx", await bare());
    expect(columnsNeedingYear(needing)).toEqual([]);
    expect(columnsNeedingKind(needing).map((c) => `${columnKey(c)} ${c.header}`)).toEqual([
      "Biểu 01!D Năm 2025",
      "Biểu 01!E Năm 2026",
    ]);
    // A year for the file does not settle them, nor does a kind for one column alone.
    const partly = await districtReportOfBytes("nam-tra.xlsx", await bare(), undefined, {
      confirmation: { year: 2026, columnKinds: { "Biểu 01!D": "actual" } },
      needing,
    });
    expect(partly.unconfirmed?.map((c) => c.column)).toEqual(["E"]);

    const confirmed = await districtReportOfBytes("nam-tra.xlsx", await bare(), undefined, {
      confirmation: { year: 2026, columnKinds: { "Biểu 01!D": "actual", "Biểu 01!E": "estimate" } },
      needing,
    });
    expect([confirmed.year, confirmed.unconfirmed]).toEqual([2026, undefined]);
    const result = consolidate(
      [await districtReportOfBytes("muong-ang.xlsx", await toldDistrictBytes()), confirmed],
      {
        lang: "vi",
      },
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.entries[1].state.kind).toBe("included");
    // The status sheet says whose reading of the columns it is.
    expect(stateText(result.entries[1], 2026, "vi")).toBe(
      "Có (năm 2026 và cách đọc cột Biểu 01!D, Biểu 01!E do người tổng hợp xác nhận, tệp của huyện chưa ghi)",
    );
    // 2025's actual and 2026's estimate on the forecast sheet, under those years; no half-year figure.
    const forecast = result.plans.find((p) => p.name === "Dự báo 2026")!;
    expect(revenue(forecast, "huyện Nậm Trà")).toEqual([2400, null, 2700, "Biểu 01!D3; —; Biểu 01!E3"]);
  });
});
