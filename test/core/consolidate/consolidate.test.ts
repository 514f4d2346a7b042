/**
 * The consolidation's core on hand-made district reports: which files go into the totals, how each row's province
 * figure is made (decided by what the catalog says the indicator measures), and the cells it plans.
 */
import { describe, expect, it } from "vitest";
import { ictRow } from "../../../src/core/catalog/ict";
import {
  consolidate,
  districtOf,
  provinceRule,
  keptOutReason,
  stateText,
  unreadableReport,
  type DistrictReport,
} from "../../../src/core/consolidate";
import type { SheetPlan } from "../../../src/core/model/plan";
import { encodeLegacy } from "../../../src/core/text";

function report(
  file: string,
  district: string | undefined,
  year: number | undefined,
  points?: number,
): DistrictReport {
  const r: DistrictReport = {
    file,
    errors: 0,
    warnings: 1,
    targets: [],
    appendices: [
      {
        kind: "forecast",
        sheet: "Dự báo",
        columns: [{ role: "year-estimate", year }],
        rows:
          points === undefined
            ? []
            : [
                {
                  code: "ict.01",
                  values: { "year-estimate": { value: points, sheet: "Dự báo", cell: "F9" } },
                },
              ],
      },
    ],
  };
  if (district !== undefined) r.district = district;
  if (year !== undefined) r.year = year;
  return r;
}

function cellAt(plan: SheetPlan, row: number, col: number) {
  return plan.cells.find((c) => c.row === row && c.col === col);
}

function rowOfCode(plan: SheetPlan, code: string): number {
  const cell = plan.cells.find((c) => c.role === "code" && c.value === code);
  if (!cell) throw new Error(`no ${code}`);
  return cell.row;
}

describe("province rule", () => {
  it("sums counts and money, spreads rates, averages, per-capita volumes and hours per day", () => {
    const rule = (code: string) => provinceRule(ictRow(code)?.measure);
    expect(rule("ict.01")).toBe("sum"); // Điểm
    expect(rule("ict.05")).toBe("sum"); // Triệu đồng
    expect(rule("ict.12")).toBe("sum"); // Thuê bao
    expect(rule("ict.27")).toBe("sum"); // Chương trình
    expect(rule("ict.02")).toBe("spread"); // %
    expect(rule("ict.03")).toBe("spread"); // Người/điểm
    expect(rule("ict.11")).toBe("spread"); // Thuê bao/100 dân
    expect(rule("ict.17")).toBe("spread"); // GB bình quân đầu người
    expect(rule("ict.25")).toBe("spread"); // Giờ/ngày
  });
});

describe("the district's name", () => {
  const model = (text: string) => ({
    sheets: [{ name: "S", merges: [], rows: [[{ value: "PHỤ LỤC" }], [{ value: text }]] }],
  });
  it("is read from the line under the title, also in TCVN3", () => {
    const line = "(Kèm theo kế hoạch số: 12/KH-UBND ngày 5 tháng 6 năm 2021 của UBND huyện Tủa Chùa)";
    expect(districtOf(model(line))).toBe("huyện Tủa Chùa");
    expect(districtOf(model(encodeLegacy(line, "tcvn3")))).toBe("huyện Tủa Chùa");
  });
  it("is read from the issuer's heading however it is introduced and whatever the office's name (QA cases p60, p61)", () => {
    expect(districtOf(model("ĐƠN VỊ: UBND HUYỆN MƯỜNG LA"))).toBe("huyện Mường La");
    expect(districtOf(model("Đơn vị báo cáo: UBND huyện Mường La"))).toBe("huyện Mường La");
    expect(districtOf(model("PHÒNG VĂN HÓA - XÃ HỘI PHƯỜNG HIM LAM"))).toBe("phường Him Lam");
    expect(districtOf(model("PHÒNG VĂN HÓA, THỂ THAO VÀ DU LỊCH HUYỆN SÌN HỒ"))).toBe("huyện Sìn Hồ");
    expect(districtOf(model("PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN MƯỜNG CHÀ"))).toBe("huyện Mường Chà");
    expect(districtOf(model("PHÒNG VĂN HÓA VÀ THÔNG TIN"))).toBeUndefined();
  });
  it("is absent when the line leaves the unit blank", () => {
    expect(districtOf(model("(Kèm theo kế hoạch số: …/KH-UBND ngày … của UBND ……………)"))).toBeUndefined();
  });
});

describe("consolidate", () => {
  const reports = [
    report("a.xlsx", "huyện A", 2026, 7),
    report("b.xlsx", undefined, 2026, 5),
    report("c.xlsx", "Huyện A", 2026, 100),
    report("d.xlsx", "huyện D", 2025, 100),
    {
      file: "e.xlsx",
      unreadable: "corrupt",
      errors: 0,
      warnings: 0,
      targets: [],
      appendices: [],
    } as DistrictReport,
    report("f.xlsx", "huyện F", 2026),
  ];

  it("takes the year most files give and keeps out the other year, the second file of a district, the unreadable", () => {
    const result = consolidate(reports, { lang: "vi" });
    if (!result.ok) throw new Error(result.problem);
    expect(result.year).toBe(2026);
    expect(result.entries.map((e) => [e.name, e.state.kind])).toEqual([
      ["huyện A", "included"],
      ["b", "included"],
      ["Huyện A", "duplicate"],
      ["huyện D", "other-year"],
      ["e", "unreadable"],
      ["huyện F", "included"],
    ]);
    expect(result.plans.map((p) => p.name)).toEqual(["Tình trạng", "Dự báo 2026"]);
  });

  it("sums the districts that reported, with a formula that stays empty when none did", () => {
    const result = consolidate(reports, { lang: "vi" });
    if (!result.ok) throw new Error(result.problem);
    const plan = result.plans[1];
    const points = rowOfCode(plan, "ict.01");
    // Three districts (A, b, F) in the estimate block, which is the third figure block: columns 3 + 2 × 7 …
    const start = 3 + 2 * 7;
    expect(cellAt(plan, points, start)?.value).toBe(7);
    expect(cellAt(plan, points, start + 1)?.value).toBe(5);
    // F reported nothing: an empty cell, not a zero.
    expect(cellAt(plan, points, start + 2)?.value).toBeNull();
    // Rows: three title lines, a blank, two header rows, sector A, group I, then indicator 1 on sheet row 9.
    expect(points).toBe(8);
    expect(cellAt(plan, points, start + 3)?.formula).toBe('IF(COUNT(R9:T9)=0,"",SUM(R9:T9))');
    const rate = rowOfCode(plan, "ict.02");
    expect(cellAt(plan, rate, start + 3)?.value).toBe("(*)");
    expect(cellAt(plan, rate, start + 5)?.formula).toBe(
      `IF(COUNT(R${rate + 1}:T${rate + 1})=0,"",MEDIAN(R${rate + 1}:T${rate + 1}))`,
    );
  });

  it("compares the province totals with the form's formulas, guarded against empty and zero divisors", () => {
    const result = consolidate(reports, { lang: "vi" });
    if (!result.ok) throw new Error(result.problem);
    const plan = result.plans[1];
    const points = rowOfCode(plan, "ict.01") + 1;
    // 7=6/4 on the province totals: column 6 is the estimate's total (U), column 4 the previous year's (G).
    const comparison = plan.cells.find((c) => c.row === points - 1 && c.formula?.includes(`U${points}`));
    expect(comparison?.formula).toMatch(new RegExp(`ISNUMBER\\(U${points}\\).*ISNUMBER\\(G${points}\\)`));
    expect(comparison?.formula).toContain(`G${points}=0`);
  });

  it("names why a file failed on the status sheet", () => {
    const failed = unreadableReport("g.xlsx", "failed", "bảng lạ");
    const result = consolidate([reports[0], failed], { lang: "vi" });
    if (!result.ok) throw new Error(result.problem);
    expect(stateText(result.entries[1], result.year, "vi")).toBe("Không: không đọc được tệp (bảng lạ)");
    expect(result.plans[0].cells.some((c) => c.value === "Không: không đọc được tệp (bảng lạ)")).toBe(true);
  });

  it("gives the command line and the web page the reason a file was kept out without the status column's «Không:»", () => {
    const failed = unreadableReport("g.xlsx", "not-xlsx", "");
    const result = consolidate([reports[0], failed], { lang: "vi" });
    if (!result.ok) throw new Error(result.problem);
    expect(keptOutReason(result.entries[1], result.year, "vi")).toBe("không phải tệp .xlsx");
    expect(keptOutReason(result.entries[1], result.year, "en")).toBe("not an .xlsx file");
    expect(keptOutReason(result.entries[0], result.year, "vi")).toBeUndefined();
    expect(stateText(result.entries[1], result.year, "en")).toBe("No: not an .xlsx file");
    expect(result.plans[0].cells.some((c) => c.value === "Không: không phải tệp .xlsx")).toBe(true);
  });

  it("needs a year and at least one file it can use", () => {
    expect(consolidate([report("x.xlsx", "huyện X", undefined)], { lang: "vi" })).toMatchObject({
      ok: false,
      problem: "no-year",
    });
    // Nothing readable is said as such (each file's reason is on its entry), not as "no year".
    expect(consolidate([reports[4]], { lang: "vi" })).toMatchObject({
      ok: false,
      problem: "unreadable",
      entries: [{ state: { kind: "unreadable" } }],
    });
    expect(consolidate([], { lang: "vi" })).toMatchObject({ ok: false, problem: "unreadable" });
    // Readable, but only another year's report: nothing to consolidate for the year asked.
    expect(consolidate([reports[3], reports[4]], { lang: "vi", year: 2026 })).toMatchObject({
      ok: false,
      problem: "nothing",
    });
  });
});
