/** The grassroots targets coverage and appending the missing indicators to a plan sheet. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  ActionError,
  APPENDED_GROUP_NAME,
  appendMissingTargets,
  checkAction,
  insertTemplates,
  targetsAction,
  targetsReport,
} from "../../../src/core/actions";
import { targetFor } from "../../../src/core/catalog/grassroots";
import { portOf } from "../../support/workbooks";
import { bookOfPort, emptyPort, seedPort } from "./support";

const DISTRICT_CODES = [
  "ttcs.1.1",
  "ttcs.1.2",
  "ttcs.1.3",
  "ttcs.1.4",
  "ttcs.1.5",
  "ttcs.1.6",
  "ttcs.2.1",
  "ttcs.2.2",
];

describe("targetsReport: the year the check judges, never a default", () => {
  it("judges the year the headers name, the user's when given, and nothing when no year is told", async () => {
    const port = emptyPort();
    await insertTemplates(port, { templateIds: ["ke-hoach"], year: 2024 });
    const own = await targetsReport(port, { level: "huyen" });
    expect([own.year, own.yearResolution.source, own.coverage.length]).toEqual([2024, "header", 8]);
    const chosen = await targetsReport(port, { level: "huyen", year: 2023 });
    expect([chosen.year, chosen.yearResolution.source]).toEqual([2023, "user"]);
    expect(chosen.yearResolution.disagreements).toEqual([{ year: 2024, source: "header" }]);

    // Relative headers, no title, nothing stored: no year, so no target judged against one never named.
    const yearless = new ExcelJS.Workbook();
    yearless.addWorksheet("Biểu 01").addRows([
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm trước", "Kế hoạch năm"],
      [1, "Tỷ lệ xã có bảng tin điện tử công cộng", "%", 40, 45],
    ]);
    const none = await targetsReport(await portOf(yearless), { level: "huyen" });
    expect([none.year, none.yearResolution.source, none.coverage]).toEqual([undefined, "none", []]);
    // A year the face holds apart from the file (the pane's settings) is the stored one.
    const stored = await targetsReport(await portOf(yearless), { level: "huyen", storedYear: 2025 });
    expect([stored.year, stored.yearResolution.source]).toEqual([2025, "stored"]);
    // «Thực hiện năm trước» is 2024's actual, «Kế hoạch năm» 2025's plan: each judged against its year's target.
    expect(
      stored.coverage.filter((c) => c.code === "ttcs.1.6").map((c) => `${c.kind} ${c.year} ${c.value}`),
    ).toEqual(["actual 2024 40", "plan 2025 45"]);
  });
});

describe("targetsAction", () => {
  it("reports every district indicator missing from a fresh plan", async () => {
    const port = emptyPort();
    await insertTemplates(port, { templateIds: ["ke-hoach"], year: 2024 });
    const coverage = await targetsAction(port, { year: 2024, level: "huyen" });
    expect(coverage.map((c) => c.code)).toEqual(DISTRICT_CODES);
    expect(coverage.every((c) => c.status === "missing")).toBe(true);
  });
});

describe("appendMissingTargets", () => {
  it("appends the 8 district indicators under a ke-hoach sheet, with codes, next year's targets and formulas", async () => {
    const port = emptyPort();
    await insertTemplates(port, { templateIds: ["ke-hoach"], year: 2024 });
    const lastRow = bookOfPort(port).sheet("Kế hoạch 2025").model.rows.length;
    const before = await checkAction(port, { year: 2024 });

    const coverage = await targetsAction(port, { year: 2024, level: "huyen" });
    const result = await appendMissingTargets(port, { sheet: "Kế hoạch 2025", coverage, year: 2024 });
    expect(result).toEqual({ sheet: "Kế hoạch 2025", rows: 8 });
    const ws = bookOfPort(port).sheet("Kế hoạch 2025");

    expect(ws.value(`B${lastRow + 1}`)).toBe(APPENDED_GROUP_NAME);
    DISTRICT_CODES.forEach((code, i) => {
      const r = lastRow + 2 + i;
      const target = targetFor(code, 2025).value;
      expect(ws.value(`G${r}`)).toBe(code);
      expect(ws.value(`A${r}`)).toBe(code.replace("ttcs.", ""));
      expect(ws.value(`C${r}`)).toBe("%");
      expect(ws.value(`E${r}`)).toBe(target?.min);
      expect(ws.formula(`F${r}`)).toBe(
        `IF(AND(ISNUMBER(E${r}),ISNUMBER(D${r})),IF(D${r}=0,"",E${r}/D${r}*100),"")`,
      );
    });
    expect(ws.value(`B${lastRow + 2}`)).toMatch(/^Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh/);
    expect(ws.value(`E${lastRow + 3}`)).toBe(70); // 1.2's 2025 target "70–100"

    // Now found (by code), waiting for this year's figures; and the appended rows raise no new findings.
    const after = await targetsAction(port, { year: 2024, level: "huyen" });
    // This year's result column is empty; the plan column of 2025 holds the 2025 targets, judged as plans.
    const thisYear = after.filter((c) => c.year === 2024);
    expect(thisYear.map((c) => [c.kind, c.status])).toEqual(Array(8).fill(["actual", "no-value"]));
    const plans = after.filter((c) => c.year === 2025);
    expect(plans.map((c) => [c.kind, c.status])).toEqual(Array(8).fill(["plan", "met"]));
    expect(after).toHaveLength(16);
    expect(after[0].cell).toBe(`Kế hoạch 2025!D${lastRow + 2}`);
    // The fresh plan was empty (its one finding); with the 2025 targets appended as plans it no longer is.
    expect(before.issues.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      "structure/no-figures Kế hoạch 2025!D9",
    ]);
    expect((await checkAction(port, { year: 2024 })).issues).toEqual([]);

    // Nothing left to append.
    expect(await appendMissingTargets(port, { sheet: "Kế hoạch 2025", coverage: after, year: 2024 })).toEqual(
      {
        sheet: "Kế hoạch 2025",
        rows: 0,
      },
    );
  });

  it("finds the columns by their headers, wherever they are", async () => {
    // The plan table shifted one column right, with a notes column between the comparison and the code.
    const workbook = new ExcelJS.Workbook();
    const input = workbook.addWorksheet("KH");
    input.addRow([]);
    input.addRow([
      null,
      "TT",
      "Chỉ tiêu",
      "ĐVT",
      "Thực hiện năm 2024",
      "Kế hoạch năm 2025",
      "So sánh (%)",
      "Ghi chú",
      "Mã chỉ tiêu",
    ]);
    input.addRow([null, 1, 2, 3, 4, 5, "6=5/4", 7]);
    input.addRow([null, 1, "Số điểm phục vụ bưu chính", "Điểm", 22, 23]);
    const port = await portOf(workbook);
    const coverage = await targetsAction(port, { year: 2024, level: "xa" });
    expect(await appendMissingTargets(port, { sheet: "KH", coverage, year: 2024 })).toEqual({
      sheet: "KH",
      rows: 6,
    });
    const ws = bookOfPort(port).sheet("KH");
    expect(ws.value("C5")).toBe(APPENDED_GROUP_NAME);
    expect(ws.value("B6")).toBe("1.1");
    expect(ws.value("D6")).toBe("%");
    expect(ws.value("F6")).toBe(100);
    expect(ws.formula("G6")).toBe('IF(AND(ISNUMBER(F6),ISNUMBER(E6)),IF(E6=0,"",F6/E6*100),"")');
    expect(ws.value("H6")).toBeNull();
    expect(ws.value("I6")).toBe("ttcs.1.1");
    expect(ws.value("I11")).toBe("ttcs.1.6");
    expect(ws.value("B12")).toBeNull();
  });

  it("refuses a sheet that is not a plan table, and an unknown sheet, without writing", async () => {
    const port = await seedPort();
    const coverage = await targetsAction(port, { year: 2021 });
    const forecast = appendMissingTargets(port, { sheet: "Dự báo 2021", coverage, year: 2021 });
    await expect(forecast).rejects.toBeInstanceOf(ActionError);
    await expect(forecast).rejects.toMatchObject({ key: "actions.error.not-a-plan-sheet" });
    await expect(appendMissingTargets(port, { sheet: "Không có", coverage, year: 2021 })).rejects.toThrow();
  });

  it("appends to the seed 001 plan sheet, read as officials typed it", async () => {
    const port = await seedPort("numbers");
    const coverage = await targetsAction(port, { year: 2021, level: "huyen" });
    const missing = coverage.filter((c) => c.status === "missing").length;
    expect(missing).toBeGreaterThan(0);
    const result = await appendMissingTargets(port, { sheet: "Kế hoạch 2022", coverage, year: 2021 });
    expect(result.rows).toBe(missing);
    const after = await targetsAction(port, { year: 2021, level: "huyen" });
    expect(after.filter((c) => c.status === "missing")).toEqual([]);
  });
});
