/**
 * The cases of issue 8 on workbooks written by `phuluc new` (all five templates) and typed in, read as written and
 * again after LibreOffice has recalculated and saved them (formulas then carry cached values).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ictRow } from "../../../src/core/catalog/ict";
import { checkWorkbook, findingMessage, type CheckResult, type Finding } from "../../../src/core/check";
import type { SheetModel, WorkbookModel } from "../../../src/core/model/sheet";
import type { XlsxPort } from "../../../src/xlsx";
import { allTemplatesWorkbook } from "../../support/consistent-all";
import { libreOfficeRequired, recalculate } from "../../support/libreoffice";
import { modelOfBook, rowOfCode, Typing, type Sheet } from "../../support/workbooks";
import { sheetOf } from "../targets/helpers";

const YEAR = 2024;
const TTCS = `TTCS ${YEAR}`;
const EGOV = `CPĐT ${YEAR}`;
const DX = `Chuyển đổi số ${YEAR}`;

function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
}

function bySeverity(result: CheckResult, severity: Finding["severity"]): Finding[] {
  return result.issues.filter((f) => f.severity === severity);
}

/** The first coded rows of a sheet (1-based), in order. */
function codedRows(ws: Sheet, count: number): number[] {
  let codeCol = -1;
  const rows: number[] = [];
  ws.model.rows.forEach((cells, r) => {
    const col = cells?.findIndex((c) => c?.value === "Mã chỉ tiêu") ?? -1;
    if (col >= 0) codeCol = col;
    const code = codeCol >= 0 ? cells?.[codeCol]?.value : undefined;
    if (typeof code === "string" && code !== "Mã chỉ tiêu") rows.push(r + 1);
  });
  return rows.slice(0, count);
}

/** Leaf criteria of the DX sheet: a self-score cell without a formula. */
function dxLeaves(ws: Sheet, count: number): number[] {
  return codedRows(ws, 1000)
    .filter((n) => {
      const cell = ws.cell(`E${n}`);
      return typeof cell?.value === "number" && cell.formula === undefined;
    })
    .slice(0, count);
}

/** What the core's check finds in the workbook now. */
async function checked(port: XlsxPort): Promise<CheckResult> {
  return checkWorkbook(await port.read());
}

/** The five templates filled consistently, then the issue's cases typed in. */
async function typedWorkbook(): Promise<{ port: XlsxPort; cells: Record<string, string> }> {
  const typing = new Typing(await allTemplatesWorkbook(YEAR));
  const tt = typing.sheet(TTCS);
  const eg = typing.sheet(EGOV);
  const dx = typing.sheet(DX);
  const cells: Record<string, string> = {};
  const at = (ws: typeof tt, row: number, col: number, key: string) => {
    const cell = ws.getCell(row, col);
    cells[key] = cell.address;
    return cell;
  };
  at(tt, rowOfCode(tt.read, "ttcs.1.1"), 6, "ttcsText").value = "85,5";
  at(tt, rowOfCode(tt.read, "ttcs.1.2"), 6, "ttcsOver").value = 135;
  const fraction = at(tt, rowOfCode(tt.read, "ttcs.1.5"), 6, "ttcsFraction");
  fraction.value = 0.8;
  fraction.numFmt = "0%";
  const [e1, e2] = codedRows(eg.read, 2);
  at(eg, e1, 5, "egovOver").value = 150;
  at(eg, e2, 5, "egovText").value = "25,5";
  const [d1, d2, d3] = dxLeaves(dx.read, 3);
  at(dx, d1, 5, "dxText").value = "1";
  at(dx, d2, 5, "dxNegative").value = -1;
  at(dx, d3, 5, "dxOver").value = 99;
  return { port: await typing.done(), cells };
}

function findingAt(result: CheckResult, sheet: string, cell: string, code: string): Finding | undefined {
  return result.issues.find((f) => f.sheet === sheet && f.cell === cell && f.code === code);
}

function expectTypedCases(result: CheckResult, cells: Record<string, string>): void {
  const ttcs = (code: string) =>
    result.targets.find((t) => t.code === code && t.year === YEAR && t.kind === "actual");
  // Grassroots sheet: text, over 100, fraction in a 0% cell (and the sheet's own Đánh giá disagrees).
  expect(findingAt(result, TTCS, cells.ttcsText, "number/text")).toMatchObject({
    severity: "warning",
    params: { value: 85.5 },
  });
  expect(findingAt(result, TTCS, cells.ttcsOver, "percent/out-of-range")).toMatchObject({
    severity: "error",
  });
  expect(findingAt(result, TTCS, cells.ttcsFraction, "percent/fraction")).toMatchObject({
    severity: "error",
  });
  expect(findingAt(result, TTCS, cells.ttcsFraction, "evaluation/mismatch")).toMatchObject({
    severity: "error",
    params: { shown: "Chưa đạt", expected: "Đạt" },
  });
  expect(ttcs("ttcs.1.2")).toMatchObject({
    status: "invalid",
    findingCode: "percent/out-of-range",
    value: 135,
  });
  expect(ttcs("ttcs.1.5")).toMatchObject({ status: "invalid", findingCode: "percent/fraction" });
  expect(ttcs("ttcs.1.1")).toMatchObject({ status: "below", value: 85.5, target: 98 });
  // E-government sheet.
  expect(findingAt(result, EGOV, cells.egovOver, "percent/out-of-range")).toMatchObject({
    severity: "error",
  });
  expect(findingAt(result, EGOV, cells.egovText, "number/text")).toMatchObject({ params: { value: 25.5 } });
  // DX self-assessment: a score typed as text (which SUM skips), negative, over its maximum.
  expect(findingAt(result, DX, cells.dxText, "number/text")).toMatchObject({ params: { value: 1 } });
  expect(findingAt(result, DX, cells.dxNegative, "score/negative")).toMatchObject({ severity: "error" });
  expect(findingAt(result, DX, cells.dxOver, "score/over-max")).toMatchObject({ severity: "error" });
  expect(result.issues.filter((f) => f.code === "check/internal")).toEqual([]);
}

describe("all five templates made by phuluc new", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "phuluc-model-"));
  const consistentFile = path.join(dir, "nhat-quan.xlsx");
  const typedFile = path.join(dir, "go-tay.xlsx");
  let typed: { port: XlsxPort; cells: Record<string, string> };

  beforeAll(async () => {
    writeFileSync(consistentFile, (await allTemplatesWorkbook(YEAR)).save());
    typed = await typedWorkbook();
    writeFileSync(typedFile, typed.port.save());
  });

  it("filled consistently: zero errors and zero warnings, every district target judged", async () => {
    const result = await checked(await allTemplatesWorkbook(YEAR));
    expect(brief(result.issues)).toEqual([]);
    expect(result.year).toBe(YEAR);
    const thisYear = result.targets.filter((t) => t.year === YEAR);
    expect(thisYear).toHaveLength(8);
    expect(thisYear.every((t) => t.status === "met" && t.kind === "actual")).toBe(true);
  });

  it("typed in: every case of the issue is found", async () => {
    expectTypedCases(await checked(typed.port), typed.cells);
  });

  it.runIf(libreOfficeRequired)(
    "the same once LibreOffice has recalculated and saved both",
    async () => {
      const [consistent, typedBack] = await recalculate([consistentFile, typedFile]);
      const clean = checkWorkbook(modelOfBook(consistent));
      expect(brief(bySeverity(clean, "error"))).toEqual([]);
      expect(brief(bySeverity(clean, "warning"))).toEqual([]);
      const result = checkWorkbook(modelOfBook(typedBack));
      expectTypedCases(result, typed.cells);
    },
    240_000,
  );
});

describe("plans judged against the strategy", () => {
  it("a 2024 plan below its year's target is below, marked as a plan; the result of 2023 is judged too", () => {
    const sheet = sheetOf("Kế hoạch 2024", [
      ["CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2024"],
      ["STT", "Các chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2023", "Kế hoạch năm 2024", "So sánh (%)"],
      [1, 2, 3, 4, 5, "6=5/4"],
      [
        "1.1",
        "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân phố, khu dân cư",
        "%",
        97,
        95,
      ],
    ]);
    const result = checkWorkbook({ sheets: [sheet] });
    expect(result.year).toBe(2023);
    const entries = result.targets.filter((t) => t.code === "ttcs.1.1");
    expect(entries).toEqual([
      expect.objectContaining({
        year: 2023,
        kind: "actual",
        value: 97,
        status: "met",
        cell: "Kế hoạch 2024!D4",
      }),
      expect.objectContaining({
        year: 2024,
        kind: "plan",
        value: 95,
        target: 98,
        status: "below",
        gap: 3,
        cell: "Kế hoạch 2024!E4",
      }),
    ]);
  });
});

describe("row roles", () => {
  const FORECAST_HEADER = [
    "STT",
    "Các chỉ tiêu",
    "Đơn vị tính",
    "Thực hiện năm 2023",
    "Thực hiện 6 tháng năm 2024",
    "Ước thực hiện cả năm 2024",
    "So sánh (%)",
  ];

  it("a pasted forecast keeping the catalog's numbers (1, 2, 5, 10, 12, 16, 20) has no numbering warning", () => {
    const numbers = [1, 2, 5, 10, 12, 16, 20];
    const rows = numbers.map((n) => {
      const row = ictRow(`ict.${String(n).padStart(2, "0")}`)!;
      return [String(n), row.name, row.unit ?? ""];
    });
    const sheet = sheetOf("Dự báo 2024", [FORECAST_HEADER, [1, 2, 3, 4, 5, 6, "7=6/4"], ...rows]);
    const result = checkWorkbook({ sheets: [sheet] });
    // The names alone, no figures: that is a finding of its own (structure/no-figures), not a numbering one.
    expect(
      result.issues.filter((f) => f.code.startsWith("structure/") && f.code !== "structure/no-figures"),
    ).toEqual([]);
    // Renumbered the wrong way (a gap where the row is another indicator), the warning stays.
    const wrong = sheetOf("Dự báo 2024", [
      FORECAST_HEADER,
      [1, 2, 3, 4, 5, 6, "7=6/4"],
      ...rows.map((r, i) => (i === 3 ? ["11", r[1], r[2]] : r)),
    ]);
    expect(checkWorkbook({ sheets: [wrong] }).issues.map((f) => f.code)).toContain("structure/numbering");
  });

  it("judges the catalog numbers by the code each row has: names retyped under their «Mã chỉ tiêu» (issue 20)", () => {
    // Before, the numbering rule recognised the names again by themselves: retyped names under the code column the
    // table model reads were no catalog indicators to it, and every gap was a numbering warning.
    const numbers = [1, 2, 5, 10, 12, 16, 20];
    const rows = numbers.map((n) => {
      const code = `ict.${String(n).padStart(2, "0")}`;
      return [String(n), `Chỉ tiêu số ${n} của địa phương`, ictRow(code)!.unit ?? "", 1, 1, 1, "", code];
    });
    const sheet = sheetOf("Dự báo 2024", [
      [...FORECAST_HEADER, "Mã chỉ tiêu"],
      [1, 2, 3, 4, 5, 6, "7=6/4"],
      ...rows,
    ]);
    const codes = checkWorkbook({ sheets: [sheet] }).issues.map((f) => f.code);
    expect(codes.filter((c) => c.startsWith("structure/numbering"))).toEqual([]);
  });
});

describe("no silent failures", () => {
  it("a rule that throws gives one check/internal error per rule and sheet, and the other rules still run", () => {
    const good = sheetOf("Tốt", [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Đánh giá"],
      [1, 2, 3, 4, 5],
      ["1", "Tỷ lệ xã có bảng tin điện tử công cộng", "%", "45,5", ""],
    ]);
    const broken: SheetModel = { ...sheetOf("Hỏng", [["STT", "Chỉ tiêu"]]) };
    Object.defineProperty(broken, "merges", {
      get() {
        throw new Error("merges unreadable");
      },
    });
    const workbook: WorkbookModel = { sheets: [good, broken] };
    const result = checkWorkbook(workbook);
    const internal = result.issues.filter((f) => f.code === "check/internal");
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.every((f) => f.severity === "error" && f.sheet === "Hỏng")).toBe(true);
    expect(new Set(internal.map((f) => f.params.rule)).size).toBe(internal.length);
    expect(internal[0].params.message).toBe("merges unreadable");
    // The good sheet is still checked.
    expect(findingAt(result, "Tốt", "D3", "number/text")).toBeDefined();
  });
});

describe("an evaluation typed by hand", () => {
  /** The grassroots sheet with ttcs.1.1's result and its «Đánh giá» cell typed over the formula. */
  async function typedEvaluation(
    result: number | string,
    evaluation: string,
  ): Promise<{ result: CheckResult; row: number }> {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const tt = typing.sheet(TTCS);
    const row = rowOfCode(tt.read, "ttcs.1.1");
    tt.getCell(row, 6).value = result;
    tt.getCell(row, 7).value = evaluation;
    return { result: await checked(await typing.done()), row };
  }

  it("that disagrees with the figures is an error on the evaluation cell, naming the words typed", async () => {
    for (const [value, typed, expected] of [
      [90, "Đạt", "Chưa đạt"],
      [90, "Vượt", "Chưa đạt"],
      [98, "Chưa đạt", "Đạt"],
      [99, "Không đạt", "Đạt"],
    ] as const) {
      const { result, row } = await typedEvaluation(value, typed);
      const found = result.issues.filter((f) => f.code === "evaluation/mismatch");
      expect(brief(found)).toEqual([`error evaluation/mismatch ${TTCS}!G${row}`]);
      expect(found[0].params).toMatchObject({
        shown: typed,
        expected,
        value,
        target: 98,
        resultCell: `F${row}`,
      });
      const message = findingMessage(found[0], "vi");
      expect(message).toContain(`«${typed}»`);
      expect(message).not.toContain("định dạng %");
    }
  });

  it("where the result is empty is a warning on the evaluation cell asking for the figure", async () => {
    for (const typed of ["Đạt", "Vượt", "Chưa đạt"]) {
      const { result, row } = await typedEvaluation("", typed);
      const found = result.issues.filter((f) => f.code === "evaluation/mismatch");
      expect(brief(found)).toEqual([`warning evaluation/mismatch ${TTCS}!G${row}`]);
      expect(found[0].params).toMatchObject({ shown: typed, resultCell: `F${row}` });
      expect(findingMessage(found[0], "vi")).toBe(
        `Ô «Đánh giá» gõ tay ghi «${typed}» nhưng ô kết quả F${row} chưa có số liệu: hãy nhập số liệu (hoặc xóa ô đánh giá).`,
      );
    }
    // A note that is no judgement, beside an empty result, is left alone.
    const { result } = await typedEvaluation("", "Chưa báo cáo");
    expect(result.issues.filter((f) => f.code === "evaluation/mismatch")).toEqual([]);
  });

  it("that agrees with the figures («Đạt», «đạt», «Vượt», «Hoàn thành», «Chưa đạt») gives no finding", async () => {
    for (const [value, typed] of [
      [98, "Đạt"],
      [99, "đạt"],
      [99, "Vượt"],
      [100, "Hoàn thành"],
      [90, "Chưa đạt"],
      [90, "Không đạt"],
    ] as const) {
      const { result } = await typedEvaluation(value, typed);
      expect(brief(result.issues.filter((f) => f.severity !== "info"))).toEqual([]);
    }
  });
});

describe("a figure typed with words or signs around it", () => {
  it("is a warning on a result, an estimate or a self-score; a target, a dash or a word is left alone", async () => {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const forecast = typing.sheet(`Dự báo ${YEAR}`);
    const tt = typing.sheet(TTCS);
    const dx = typing.sheet(DX);
    const money = forecast.getCell(rowOfCode(forecast.read, "ict.05"), 6);
    money.value = "2.700 triệu đồng";
    const rate = forecast.getCell(rowOfCode(forecast.read, "ict.02"), 5);
    rate.value = "khoảng 85";
    const dash = forecast.getCell(rowOfCode(forecast.read, "ict.03"), 5);
    dash.value = "-";
    const result = tt.getCell(rowOfCode(tt.read, "ttcs.1.1"), 6);
    result.value = "≥ 98";
    const target = tt.getCell(rowOfCode(tt.read, "ttcs.1.2"), 5);
    target.value = "≥ 40";
    const [leaf] = dxLeaves(dx.read, 1);
    const score = dx.getCell(leaf, 5);
    score.value = "1 điểm";
    const found = (await checked(await typing.done())).issues.filter((f) => f.code === "number/with-words");
    expect(brief(found).sort()).toEqual(
      [
        `warning number/with-words Dự báo ${YEAR}!${money.address}`,
        `warning number/with-words Dự báo ${YEAR}!${rate.address}`,
        `warning number/with-words ${TTCS}!${result.address}`,
        `warning number/with-words ${DX}!${score.address}`,
      ].sort(),
    );
    const message = findingMessage(
      found.find((f) => f.cell === result.address)!,
      "vi",
    );
    expect(message).toContain("«≥ 98»");
  });
});

describe("a fraction typed where the strategy's percent numbers are meant", () => {
  it("is invalid for the target too (never «below» by 97 points), as the percent rule says", async () => {
    for (const typed of [0.98, "0,98"]) {
      const typing = new Typing(await allTemplatesWorkbook(YEAR));
      const tt = typing.sheet(TTCS);
      const cell = tt.getCell(rowOfCode(tt.read, "ttcs.1.1"), 6);
      cell.value = typed;
      const result = await checked(await typing.done());
      expect(findingAt(result, TTCS, cell.address, "percent/fraction")).toMatchObject({ severity: "error" });
      const entry = result.targets.find((t) => t.code === "ttcs.1.1" && t.year === YEAR);
      expect(entry).toMatchObject({ status: "invalid", findingCode: "percent/fraction", value: 0.98 });
    }
  });

  it("a low rate that is no fraction stays below its target", async () => {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const tt = typing.sheet(TTCS);
    tt.getCell(rowOfCode(tt.read, "ttcs.1.2"), 6).value = 1;
    const result = await checked(await typing.done());
    expect(result.issues.filter((f) => f.code.startsWith("percent/"))).toEqual([]);
    expect(result.targets.find((t) => t.code === "ttcs.1.2" && t.year === YEAR)).toMatchObject({
      status: "below",
      value: 1,
      target: 40,
    });
  });
});

describe("a table of estimates against targets", () => {
  it("reports the year of its estimate column: no entry for another year", () => {
    const sheet = sheetOf("TTCS", [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giao năm 2024", "Ước thực hiện 2024", "Đánh giá"],
      [1, 2, 3, 4, 5, 6],
      [
        "1",
        "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân phố, khu dân cư",
        "%",
        98,
        99,
        "Đạt",
      ],
    ]);
    const result = checkWorkbook({ sheets: [sheet] });
    expect(result.year).toBe(2024);
    expect(result.targets.filter((t) => t.code === "ttcs.1.1")).toEqual([
      expect.objectContaining({ year: 2024, kind: "estimate", value: 99, status: "met", cell: "TTCS!E3" }),
    ]);
  });
});

/**
 * The same expectations on a workbook as typed and once LibreOffice has recalculated and saved it (formulas then
 * carry cached values): the two tests every formula-dependent case gets.
 */
function typedAndRecalculated(
  fileName: string,
  build: () => Promise<XlsxPort>,
  expectations: (result: CheckResult) => void,
  typedTitle: string,
): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "phuluc-case-")), fileName);
  let port: XlsxPort;
  beforeAll(async () => {
    port = await build();
    writeFileSync(file, port.save());
  });
  it(typedTitle, async () => {
    expectations(await checked(port));
  });
  it.runIf(libreOfficeRequired)(
    "the same once LibreOffice has recalculated and saved it",
    async () => {
      const [back] = await recalculate([file]);
      expectations(checkWorkbook(modelOfBook(back)));
    },
    240_000,
  );
}

describe("a comparison written as a ratio instead of a percent number", () => {
  const FORECAST = `Dự báo ${YEAR}`;
  const cells: Record<string, string> = {};

  /** ict.05 (2 400 → 2 700, 7=6/4 is 112,5) typed 1,125 plain, and ict.06 typed 1,125 formatted "0.00%". */
  async function ratioWorkbook(): Promise<XlsxPort> {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const ws = typing.sheet(FORECAST);
    const plain = ws.getCell(rowOfCode(ws.read, "ict.05"), 7);
    plain.value = 1.125;
    cells.plain = plain.address;
    const row = rowOfCode(ws.read, "ict.06");
    const formatted = ws.getCell(row, 7);
    ws.getCell(row, 4).value = 2400;
    ws.getCell(row, 6).value = 2700;
    formatted.value = 1.125;
    formatted.numFmt = "0.00%";
    cells.formatted = formatted.address;
    return typing.done();
  }

  function expectRatioCases(result: CheckResult): void {
    const plain = findingAt(result, FORECAST, cells.plain, "comparison/mismatch");
    expect(plain).toMatchObject({ severity: "error", variant: "fraction", expected: 112.5 });
    expect(findingMessage(plain!, "vi")).toContain("chưa nhân 100");
    const formatted = findingAt(result, FORECAST, cells.formatted, "comparison/mismatch");
    expect(formatted).toMatchObject({ severity: "error", variant: "percent-format", expected: 112.5 });
    expect(findingMessage(formatted!, "vi")).toContain("hiện 112,5%");
    expect(findingMessage(formatted!, "vi")).not.toContain("lệch");
  }

  typedAndRecalculated(
    "ty-so.xlsx",
    ratioWorkbook,
    expectRatioCases,
    "is an error saying so, plain or percent-formatted (not a gap of 111 points)",
  );
});

describe("a rate typed as text with a decimal point", () => {
  it("«90.000» in a % row is read 90 (a rate is no 90 000), the other reading told; no out-of-range, no cross error", async () => {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const forecast = typing.sheet(`Dự báo ${YEAR}`);
    const cell = forecast.getCell(rowOfCode(forecast.read, "ict.02"), 6);
    cell.value = "90.000";
    const result = await checked(await typing.done());
    expect(brief(result.issues.filter((f) => f.severity !== "info"))).toEqual([
      `warning number/ambiguous Dự báo ${YEAR}!${cell.address}`,
    ]);
    expect(result.issues[0].params).toMatchObject({ value: 90, alternative: 90000 });
  });

  it("«98,125» in a % row is 98,125 without asking (98 125 is no rate), and meets the target", async () => {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const tt = typing.sheet(TTCS);
    const cell = tt.getCell(rowOfCode(tt.read, "ttcs.1.1"), 6);
    cell.value = "98,125";
    const result = await checked(await typing.done());
    expect(brief(result.issues.filter((f) => f.severity !== "info"))).toEqual([
      `warning number/text ${TTCS}!${cell.address}`,
    ]);
    expect(result.targets.find((t) => t.code === "ttcs.1.1" && t.year === YEAR)).toMatchObject({
      status: "met",
      value: 98.125,
    });
  });

  it("the number to type is shown whole, not rounded to two decimals", async () => {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const tt = typing.sheet(TTCS);
    const cell = tt.getCell(rowOfCode(tt.read, "ttcs.1.1"), 6);
    cell.value = "98,125";
    const result = await checked(await typing.done());
    const found = findingAt(result, TTCS, cell.address, "number/text");
    expect(findingMessage(found!, "vi")).toContain("thành số 98,125.");
    expect(findingMessage(found!, "en")).toContain("the number 98.125.");
  });
});

describe("a percent number under a stray % format (98 shown 9800%)", () => {
  const FORECAST = `Dự báo ${YEAR}`;
  const cells: Record<string, string> = {};

  async function strayWorkbook(): Promise<XlsxPort> {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const forecast = typing.sheet(FORECAST);
    const estimate = forecast.getCell(rowOfCode(forecast.read, "ict.02"), 6);
    estimate.numFmt = "0%";
    cells.estimate = estimate.address;
    const tt = typing.sheet(TTCS);
    const result = tt.getCell(rowOfCode(tt.read, "ttcs.1.1"), 6);
    result.numFmt = "0%";
    cells.result = result.address;
    return typing.done();
  }

  function expectStray(result: CheckResult): void {
    expect(brief(result.issues.filter((f) => f.severity !== "info")).sort()).toEqual(
      [
        `error percent/out-of-range ${FORECAST}!${cells.estimate}`,
        `error percent/out-of-range ${TTCS}!${cells.result}`,
      ].sort(),
    );
    const shown = findingAt(result, TTCS, cells.result, "percent/out-of-range")!;
    expect(shown).toMatchObject({ variant: "formatted", params: { value: 98, shown: 9800 } });
    expect(findingMessage(shown, "vi")).toContain("bỏ định dạng %");
    // The figure itself is right: the plan agrees with it and the target is met.
    expect(result.targets.find((t) => t.code === "ttcs.1.1" && t.year === YEAR)).toMatchObject({
      status: "met",
      value: 98,
    });
  }

  typedAndRecalculated(
    "dinh-dang.xlsx",
    strayWorkbook,
    expectStray,
    "is an error on the printed figure only: no cross mismatch, no wrong target status",
  );
});

describe("units spelled the way officials abbreviate them", () => {
  async function unitFindings(code: string, unit: string): Promise<string[]> {
    const typing = new Typing(await allTemplatesWorkbook(YEAR));
    const forecast = typing.sheet(`Dự báo ${YEAR}`);
    forecast.getCell(rowOfCode(forecast.read, code), 3).value = unit;
    return (await checked(await typing.done())).issues
      .filter((f) => f.code.startsWith("unit/"))
      .map((f) => f.code);
  }

  it("«Tr.đồng», «Trđ», «Tỉ lệ (%)», «Phần trăm» are the catalog's unit: no warning", async () => {
    for (const unit of ["Tr.đồng", "Tr. đồng", "trđ", "Tr.đ", "triệu đồng", "Triệu", "Tr.đ."])
      expect(await unitFindings("ict.05", unit), unit).toEqual([]);
    for (const unit of ["Tỷ lệ (%)", "tỷ lệ %", "Tỉ lệ %", "Tỉ lệ (%)", "Phần trăm", "(%)"])
      expect(await unitFindings("ict.02", unit), unit).toEqual([]);
  });

  it("another scale or another unit still differs from the catalog", async () => {
    expect(await unitFindings("ict.05", "Tỷ đồng")).toEqual(["unit/catalog-mismatch"]);
    expect(await unitFindings("ict.05", "Nghìn đồng")).toEqual(["unit/catalog-mismatch"]);
    expect(await unitFindings("ict.02", "Xã")).toEqual(["unit/rate-not-percent"]);
  });
});

describe("a DX score stored as text under a SUM", () => {
  it.runIf(libreOfficeRequired)(
    "once computed, the parent's total names the text cell it skipped instead of a bare mismatch",
    async () => {
      const typing = new Typing(await allTemplatesWorkbook(YEAR));
      const dx = typing.sheet(DX);
      const [leaf] = dxLeaves(dx.read, 1);
      const cell = dx.getCell(leaf, 5);
      const max = dx.getCell(leaf, 3).value as number;
      cell.value = String(max);
      const dir = mkdtempSync(path.join(tmpdir(), "phuluc-dxtext-"));
      const file = path.join(dir, "cds.xlsx");
      writeFileSync(file, (await typing.done()).save());
      const [back] = await recalculate([file]);
      const result = checkWorkbook(modelOfBook(back));
      expect(findingAt(result, DX, cell.address, "number/text")).toBeDefined();
      const sums = result.issues.filter((f) => f.code === "score/sum-mismatch");
      expect(sums).toHaveLength(1);
      expect(sums[0]).toMatchObject({ severity: "error", variant: "text", params: { cells: cell.address } });
      expect(findingMessage(sums[0], "vi")).toContain("lưu dạng chữ");
    },
    240_000,
  );
});

describe("a results table whose headers carry the unit «(%)»", () => {
  it("judges the result column «Năm 2024 (%)», not the target column «Chỉ tiêu năm 2024 (%)»", () => {
    const sheet = sheetOf("TTCS", [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THÔNG TIN CƠ SỞ NĂM 2024"],
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024 (%)", "Năm 2024 (%)", "Ghi chú"],
      [1, 2, 3, 4, 5, 6],
      [
        "1",
        "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân phố, khu dân cư",
        "%",
        98,
        90,
      ],
    ]);
    const result = checkWorkbook({ sheets: [sheet] });
    expect(result.targets.filter((t) => t.code === "ttcs.1.1")).toEqual([
      expect.objectContaining({ year: 2024, kind: "actual", value: 90, status: "below", cell: "TTCS!E4" }),
    ]);
  });
});

describe("a comparison column without a numbering row, headed «(%)»", () => {
  const NAME_11 =
    "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân phố, khu dân cư";
  const NAME_12 =
    "Tỷ lệ chuyển đổi đài truyền thanh có dây/không dây FM sang truyền thanh ứng dụng công nghệ thông tin – viễn thông";
  function resultsTable(comparisonHeader: string): CheckResult {
    const sheet = sheetOf("TTCS", [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THÔNG TIN CƠ SỞ NĂM 2024"],
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giao năm 2024", "Thực hiện năm 2024", comparisonHeader],
      ["1", NAME_11, "%", 98, 90, 91.84],
      ["2", NAME_12, "%", 40, 50, 125],
    ]);
    return checkWorkbook({ sheets: [sheet] });
  }

  it("holds percents above 100 without a rate error, and is no target («Tỷ lệ hoàn thành chỉ tiêu giao (%)»)", () => {
    for (const header of [
      "Tỷ lệ (%)",
      "So sánh (%)",
      "Tỷ lệ hoàn thành chỉ tiêu giao (%)",
      "Mức độ hoàn thành mục tiêu (%)",
      "Tỷ lệ hoàn thành chỉ tiêu năm 2024 (%)",
    ]) {
      const result = resultsTable(header);
      expect(brief(result.issues.filter((f) => f.severity !== "info")), header).toEqual([]);
      expect(
        result.targets
          .filter((t) => t.code === "ttcs.1.2")
          .map((t) => [t.year, t.kind, t.value, t.target, t.status]),
        header,
      ).toEqual([[2024, "actual", 50, 40, "met"]]);
    }
  });

  it("is no figure that makes a small rate a fraction: the target judged as the percent rule reads the row", () => {
    const sheet = sheetOf("TTCS", [
      ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THÔNG TIN CƠ SỞ NĂM 2024"],
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giao năm 2024", "Thực hiện năm 2024", "Tỷ lệ (%)"],
      ["1", NAME_11, "%", 1, 1, 100],
    ]);
    const result = checkWorkbook({ sheets: [sheet] });
    expect(brief(result.issues.filter((f) => f.severity !== "info"))).toEqual([]);
    expect(result.targets.find((t) => t.code === "ttcs.1.1" && t.year === 2024)).toMatchObject({
      value: 1,
      status: "below",
    });
  });

  /** A 2024 forecast of one rate row (80 · 85 · 90) with a comparison column headed `header`, holding `typed`. */
  const forecastWith = (header: string, typed: number) =>
    sheetOf("DB", [
      ["DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2024"],
      [
        "STT",
        "Các chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2023",
        "Thực hiện 6 tháng 2024",
        "Ước thực hiện cả năm 2024",
        header,
      ],
      ["1", "Tỷ lệ xã có điểm Bưu điện VHX", "%", 80, 85, 90, typed],
    ]);

  it("in a forecast, «7=6/4 (%)», «Ước TH 2024/TH 2023 (%)», «2024/2023 (%)» are comparisons, not rates", () => {
    // 90 / 80 × 100 = 112,5 (the estimate of 2024 over the result of 2023); «TH 6 tháng/Ước TH cả năm» is
    // 85 / 90 × 100 = 94,44.
    for (const [header, typed] of [
      ["7=6/4 (%)", 112.5],
      ["Ước TH 2024/TH 2023 (%)", 112.5],
      ["2024/2023 (%)", 112.5],
      ["TH 6 tháng/Ước TH cả năm (%)", 94.44],
    ] as const) {
      const found = checkWorkbook({ sheets: [forecastWith(header, typed)] }).issues.filter(
        (f) => f.severity !== "info",
      );
      expect(brief(found), header).toEqual([]);
    }
  });

  it("checks a comparison its header declares: «TH 6 tháng/Ước TH cả năm (%)» typed 112,5 where 85/90 gives 94,44", () => {
    const sheet = forecastWith("TH 6 tháng/Ước TH cả năm (%)", 112.5);
    const found = checkWorkbook({ sheets: [sheet] }).issues.filter((f) => f.code === "comparison/mismatch");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cell: "G3", severity: "error", actual: 112.5, expected: 94.44 });
  });
});
