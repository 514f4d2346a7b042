/** Checking through the port, marking findings, and the report sheet. */
import { describe, expect, it } from "vitest";
import {
  checkAction,
  checkReportPlan,
  clearFindingMarks,
  findingMarks,
  isCheckReport,
  markFindings,
  targetsAction,
  writeCheckReport,
} from "../../../src/core/actions";
import { countBySeverity, findingMessage, type CheckResult, type Finding } from "../../../src/core/check";
import type { PlannedCell } from "../../../src/core/model/plan";
import { markFills } from "../../../src/core/port";
import { bookOfPort, reloaded, seedPort } from "./support";

async function seedCheck() {
  const port = await seedPort("numbers");
  const result = await checkAction(port, {});
  return { port, result };
}

function cellsOfRow(cells: PlannedCell[], row: number): Map<number, PlannedCell> {
  return new Map(cells.filter((c) => c.row === row).map((c) => [c.col, c]));
}

const finding = (over: Partial<Finding>): Finding => ({
  code: "comparison/mismatch",
  severity: "error",
  sheet: "Kế hoạch 2022",
  cell: "F9",
  params: {},
  ...over,
});

describe("checkAction", () => {
  it("finds the seed 001 appendices' errors and reads the year from their headers", async () => {
    const { result } = await seedCheck();
    expect(result.year).toBe(2021);
    expect(countBySeverity(result.issues).error).toBeGreaterThan(0);
    expect(result.issues.some((f) => f.code === "comparison/mismatch" && f.severity === "error")).toBe(true);
    expect(result.targets.length).toBe(8);
  });

  it("passes the year and level on", async () => {
    const { port } = await seedCheck();
    const result = await checkAction(port, { year: 2023, level: "xa" });
    expect(result.year).toBe(2023);
    expect(result.targets.map((t) => t.level)).toEqual(Array(6).fill("xa"));
  });
});

describe("checkReportPlan", () => {
  it("has one row per finding, with the severity look and a link to the finding's cell", async () => {
    const { result } = await seedCheck();
    const plan = checkReportPlan(result, "vi", ["Dự báo 2021", "Kế hoạch 2022"]);
    expect(plan.name).toBe("Kết quả kiểm tra");

    const header = cellsOfRow(plan.cells, 3);
    expect([...header.values()].map((c) => c.value)).toEqual([
      "STT",
      "Mức độ",
      "Trang tính",
      "Ô",
      "Mã lỗi",
      "Chỉ tiêu",
      "Nội dung",
    ]);
    expect([...header.values()].every((c) => c.role === "header")).toBe(true);

    const counts = countBySeverity(result.issues);
    expect(plan.cells.find((c) => c.row === 1)?.value).toBe(
      `Năm báo cáo 2021: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.info} ghi chú`,
    );

    result.issues.forEach((f, i) => {
      const row = cellsOfRow(plan.cells, 4 + i);
      expect(row.get(0)?.value).toBe(i + 1);
      expect(row.get(1)?.role).toBe(`finding-${f.severity}`);
      expect(row.get(1)?.value).toBe({ error: "Lỗi", warning: "Cảnh báo", info: "Ghi chú" }[f.severity]);
      expect(row.get(2)?.value).toBe(f.sheet);
      expect(row.get(3)).toMatchObject({
        value: f.cell,
        role: "link",
        link: { sheet: f.sheet, cell: f.cell },
      });
      expect(row.get(4)?.value).toBe(f.code);
      expect(row.get(6)?.value).toBe(findingMessage(f, "vi"));
    });
    const findingLinks = plan.cells.filter((c) => c.link && c.row < 4 + result.issues.length);
    expect(findingLinks).toHaveLength(result.issues.length);

    // Print setup like the templates'.
    expect(plan.print).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      repeatRows: { first: 3, last: 3 },
    });
    expect(plan.columnWidths).toHaveLength(7);
  });

  it("ends with the targets coverage table", async () => {
    const { result } = await seedCheck();
    const plan = checkReportPlan(result, "vi", []);
    const afterFindings = 4 + result.issues.length;
    const title = plan.cells.find((c) => c.row === afterFindings + 1);
    expect(title?.value).toBe("CHỈ TIÊU THÔNG TIN CƠ SỞ NĂM 2021");
    const header = cellsOfRow(plan.cells, afterFindings + 2);
    expect(header.get(1)?.value).toBe("Tình trạng");
    result.targets.forEach((t, i) => {
      const row = cellsOfRow(plan.cells, afterFindings + 3 + i);
      expect(row.get(4)?.value).toBe(t.code);
      expect(row.get(5)?.value).toBe(t.name);
      if (t.cell) expect(row.get(3)?.link).toBeDefined();
    });
    expect(cellsOfRow(plan.cells, afterFindings + 3).get(0)?.value).toBe("1.1");
    // The 2021 district target of 1.1, written the reader's way.
    expect(cellsOfRow(plan.cells, afterFindings + 3).get(2)?.value).toBe("92,3");
    const en = checkReportPlan(result, "en", []);
    expect(cellsOfRow(en.cells, afterFindings + 3).get(2)?.value).toBe("92.3");
  });

  it("is named uniquely, says so when nothing was found, and speaks English when asked", () => {
    const empty: CheckResult = { issues: [], targets: [] };
    const vi = checkReportPlan(empty, "vi", ["Kết quả kiểm tra"]);
    expect(vi.name).toBe("Kết quả kiểm tra (2)");
    expect(vi.cells.find((c) => c.row === 4)?.value).toBe("Không phát hiện vấn đề nào.");
    expect(vi.cells.find((c) => c.row === 1)?.value).toBe("0 lỗi, 0 cảnh báo, 0 ghi chú");
    const en = checkReportPlan(
      { year: 2026, issues: [finding({ severity: "warning" })], targets: [] },
      "en",
      [],
    );
    expect(en.name).toBe("Check results");
    expect(en.cells.find((c) => c.row === 1)?.value).toBe("Report year 2026: 0 errors, 1 warning, 0 notes");
    expect(cellsOfRow(en.cells, 4).get(1)?.value).toBe("Warning");
  });
});

describe("writeCheckReport", () => {
  it("adds the report sheet with working links, and a second one beside it", async () => {
    const { port, result } = await seedCheck();
    const { sheet: name } = await writeCheckReport(port, result, "vi");
    expect(name).toBe("Kết quả kiểm tra");
    const ws = bookOfPort(port).sheet(name);
    const first = result.issues[0];
    expect(ws.value("D5")).toBe(first.cell);
    expect(ws.layout.links).toContainEqual({ row: 4, col: 3, location: `'${first.sheet}'!${first.cell}` });
    expect(ws.look("B5").fill).toBe(markFills[first.severity]);

    expect((await writeCheckReport(port, result, "en")).sheet).toBe("Check results");
    expect((await writeCheckReport(port, result, "vi")).sheet).toBe("Kết quả kiểm tra (2)");
  });

  it("leaves report sheets out of later checks and of the targets coverage", async () => {
    const { port, result } = await seedCheck();
    await writeCheckReport(port, result, "vi");
    await writeCheckReport(port, result, "en");
    const reports = (await port.read()).sheets.filter(isCheckReport).map((s) => s.name);
    expect(reports).toEqual(["Kết quả kiểm tra", "Check results"]);
    // The report lists the indicator codes; they must not count as the indicators' rows.
    const again = await checkAction(reloaded(port), {});
    expect(again).toEqual(result);
    expect(await targetsAction(port, {})).toEqual(result.targets);
  });
});

describe("markFindings", () => {
  it("marks each cell once, with the most severe of its findings, and clears them again", async () => {
    const marks = findingMarks([
      finding({ severity: "info", cell: "F9" }),
      finding({ severity: "error", cell: "F9" }),
      finding({ severity: "warning", cell: "G9" }),
    ]);
    expect(marks).toEqual([
      { sheet: "Kế hoạch 2022", cell: "F9", severity: "error" },
      { sheet: "Kế hoạch 2022", cell: "G9", severity: "warning" },
    ]);

    const { port, result } = await seedCheck();
    const before = bookOfPort(port);
    const { cells } = await markFindings(port, result.issues);
    expect(cells).toBe(new Set(result.issues.map((f) => `${f.sheet}!${f.cell}`)).size);
    const error = result.issues.find((f) => f.severity === "error") as Finding;
    expect(bookOfPort(port).sheet(error.sheet).look(error.cell)).toEqual({
      border: true,
      fill: markFills.error,
    });

    await clearFindingMarks(port);
    const cleared = bookOfPort(port).sheet(error.sheet);
    // No fill, the pasted borders still there: the very style the cell had.
    expect(cleared.look(error.cell)).toEqual({ border: true });
    expect(cleared.style(error.cell)).toBe(before.sheet(error.sheet).style(error.cell));
  });
});
