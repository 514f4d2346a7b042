/**
 * `phuluc check` output people can read: findings grouped by severity, sheet and row; a kind repeated on a sheet
 * folded into cell ranges (`--all` unfolds, JSON never folds); unreadable files counted; English numbers and plurals.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { phuluc, tempDir, type CheckJson } from "../support/cli";
import { consistentWorkbookFile } from "../support/check-files";
import { bookOfPort, portOfBytes, typeInto } from "../support/workbooks";
import type { XlsxPort } from "../../src/xlsx";

type JsonReport = CheckJson;

let dir: string;
/** The consistent 2026 forecast and 2027 plan, with 22 + 2 numbers retyped as text and one total made wrong. */
let typed: string;
let broken: string;
let oneTyped: string;
let grassroots: string;

/** Retypes each numeric cell of `cells` on the sheet as the same number typed as text. */
async function asText(port: XlsxPort, name: string, cells: string[]): Promise<void> {
  const ws = bookOfPort(port).sheet(name);
  const values: Record<string, string> = {};
  for (const address of cells) {
    const value = ws.value(address);
    if (typeof value !== "number") throw new Error(`${name}!${address} holds no number`);
    values[address] = String(value);
  }
  await typeInto(port, name, values);
}

/** A copy of the workbook `from` written to `to` after `change`, through the port. */
async function edited(from: string, to: string, change: (port: XlsxPort) => Promise<void>): Promise<string> {
  const port = portOfBytes(readFileSync(from));
  await change(port);
  writeFileSync(to, port.save());
  return to;
}

/** "D18:F22" → D18, E18, F18, D19 … F22. */
function block(from: string, to: string): string[] {
  const [, c1, r1] = /^([A-Z])(\d+)$/.exec(from)!;
  const [, c2, r2] = /^([A-Z])(\d+)$/.exec(to)!;
  const cells: string[] = [];
  for (let r = Number(r1); r <= Number(r2); r++)
    for (let c = c1.charCodeAt(0); c <= c2.charCodeAt(0); c++) cells.push(`${String.fromCharCode(c)}${r}`);
  return cells;
}

beforeAll(async () => {
  dir = tempDir();
  const base = await consistentWorkbookFile(path.join(dir, "goc.xlsx"));
  typed = await edited(base, path.join(dir, "go-chu.xlsx"), async (port) => {
    // 15 + 6 + 1 = 22 cells: three rectangles D18:F22, D25:F26 and D28.
    await asText(port, "Dự báo 2026", [...block("D18", "F22"), ...block("D25", "F26"), "D28"]);
    // The post total is 22 = 18 + 4: 23 makes one sum error.
    await typeInto(port, "Dự báo 2026", { D9: 23 });
    // Two on the plan: too few to fold.
    await asText(port, "Kế hoạch 2027", ["D12", "E12"]);
  });

  // One typed comparison on the consistent workbook: 22 / 22 × 100.
  oneTyped = await edited(base, path.join(dir, "mot-o-go-tay.xlsx"), (port) =>
    typeInto(port, "Dự báo 2026", { G9: 100 }),
  );

  broken = path.join(dir, "hong.xlsx");
  writeFileSync(broken, "this is not a workbook");

  // Grassroots sheet of 2024: indicator 2.1 (district target 99,7) at 99,75; 1.2 (target 40) at 35,5.
  const made = path.join(dir, "ttcs-trong.xlsx");
  const created = await phuluc([
    "new",
    "thong-tin-co-so",
    "--year",
    "2024",
    "--unit",
    "huyện Tuần Giáo",
    "-o",
    made,
  ]);
  expect(created.code).toBe(0);
  grassroots = await edited(made, path.join(dir, "ttcs.xlsx"), (port) =>
    typeInto(port, "TTCS 2024", { F14: 99.75, F9: 35.5 }),
  );
});

describe("phuluc check, readable table", () => {
  it("folds a kind repeated on one sheet into one line with its cell ranges, after the errors", async () => {
    const result = await phuluc(["check", typed]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${typed} (năm 2026, cấp huyện): 1 lỗi, 24 cảnh báo, 0 ghi chú`);
    // Errors first, then warnings; within a severity by sheet, then row.
    expect(lines[1]).toMatch(/^ {2}Lỗi\s+Dự báo 2026!D9\s+\[sum\/mismatch\]/);
    expect(lines[2]).toBe(
      "  Cảnh báo  Dự báo 2026  [number/text]  22 ô số lưu dạng chữ: D18:F22, D25:F26, D28",
    );
    expect(lines[3]).toMatch(/^ {2}Cảnh báo\s+Kế hoạch 2027!D12\s+\[number\/text\]/);
    expect(lines[4]).toMatch(/^ {2}Cảnh báo\s+Kế hoạch 2027!E12\s+\[number\/text\]/);
    expect(result.stdout).toMatch(/thêm --all để xem từng ô/);
    // No cell of the folded block is listed on its own.
    expect(result.stdout).not.toMatch(/Dự báo 2026!E19/);
    expect(result.stdout).toMatch(/^Tổng cộng: 1 tệp, 1 lỗi, 24 cảnh báo\.$/m);
  });

  it("lists every finding with --all", async () => {
    const result = await phuluc(["check", typed, "--all"]);
    const textLines = result.stdout.split("\n").filter((l) => l.includes("[number/text]"));
    expect(textLines).toHaveLength(24);
    expect(result.stdout).not.toMatch(/ô số lưu dạng chữ/);
    expect(result.stdout).not.toMatch(/thêm --all/);
    // Row by row: D18, E18, F18, D19 …
    expect(textLines.slice(0, 4).map((l) => /Dự báo 2026!(\w+)/.exec(l)?.[1])).toEqual([
      "D18",
      "E18",
      "F18",
      "D19",
    ]);
    expect(result.stdout).toMatch(/Cảnh báo\s+Dự báo 2026!D28\s+\[number\/text\]\s+.*«80»/);
  });

  it("keeps every finding, unfolded, in JSON", async () => {
    const result = await phuluc(["check", typed, "--json"]);
    const json = JSON.parse(result.stdout) as JsonReport;
    const text = json.files[0].issues.filter((i) => i.code === "number/text");
    expect(text).toHaveLength(24);
    expect(text.filter((i) => i.sheet === "Dự báo 2026").map((i) => i.cell)).toEqual([
      "D18",
      "E18",
      "F18",
      "D19",
      "E19",
      "F19",
      "D20",
      "E20",
      "F20",
      "D21",
      "E21",
      "F21",
      "D22",
      "E22",
      "F22",
      "D25",
      "E25",
      "F25",
      "D26",
      "E26",
      "F26",
      "D28",
    ]);
    expect(json.summary).toEqual({
      files: 1,
      unreadable: 0,
      errors: 1,
      warnings: 24,
      emptyTables: 0,
      skipped: [],
    });
  });

  it("writes English counts with their plurals, and English numbers", async () => {
    const result = await phuluc(["check", typed, "--lang", "en"]);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${typed} (year 2026, level district): 1 error, 24 warnings, 0 notes`);
    expect(lines[2]).toBe(
      "  Warning  Dự báo 2026  [number/text]  22 numbers stored as text: D18:F22, D25:F26, D28",
    );
    expect(result.stdout).toMatch(/^In all: 1 file, 1 error, 24 warnings\.$/m);
    // The total: 18 + 4 = 22 written as 23.
    expect(result.stdout).toMatch(/The parts add up to 22, not the total written, 23\./);

    const two = await phuluc(["check", typed, typed, "--lang", "en"]);
    expect(two.stdout).toMatch(/^In all: 2 files, 2 errors, 48 warnings\.$/m);
  });

  it("writes target values and gaps the reader's way", async () => {
    const vi = await phuluc(["check", grassroots]);
    expect(vi.stdout).toMatch(/99,75 \/ 99,7 → Đạt/);
    expect(vi.stdout).toMatch(/35,5 \/ 40 → Chưa đạt \(thiếu 4,5\)/);
    const en = await phuluc(["check", grassroots, "--lang", "en"]);
    expect(en.stdout).toMatch(/99\.75 \/ 99\.7 → Met/);
    expect(en.stdout).toMatch(/35\.5 \/ 40 → Below target \(short by 4\.5\)/);
    expect(en.stdout).not.toMatch(/\d,\d/);
  });
});

describe("phuluc check, files that cannot be read", () => {
  it("never sums an unreadable file up as 0 errors", async () => {
    const alone = await phuluc(["check", broken]);
    expect(alone.code).toBe(2);
    expect(alone.stdout).not.toMatch(/0 lỗi/);
    // Said once, on stderr, where the file stands; the summary counts it.
    expect(alone.stderr).toMatch(/^Tệp .*hong\.xlsx không phải tệp Excel/m);
    expect(`${alone.stdout}${alone.stderr}`.match(/không phải tệp Excel/g)).toHaveLength(1);
    expect(alone.stdout).toMatch(/^Tổng cộng: 1 tệp, không đọc được tệp nào nên chưa kiểm tra được gì\.$/m);

    const en = await phuluc(["check", broken, "--lang", "en"]);
    expect(en.stdout).not.toMatch(/0 errors/);
    expect(en.stdout).toMatch(/^In all: 1 file, none of which can be read, so nothing was checked\.$/m);

    const mixed = await phuluc(["check", broken, typed]);
    expect(mixed.code).toBe(2);
    expect(mixed.stdout).toMatch(
      /^Tổng cộng: 2 tệp, trong đó 1 tệp không đọc được; các tệp đọc được có 1 lỗi, 24 cảnh báo\.$/m,
    );
    const mixedEn = await phuluc(["check", broken, typed, "--lang", "en"]);
    expect(mixedEn.stdout).toMatch(
      /^In all: 2 files, of which 1 cannot be read; the readable ones have 1 error, 24 warnings\.$/m,
    );
  });

  it("counts unreadable files in the JSON summary", async () => {
    const result = await phuluc(["check", broken, typed, "--json"]);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.summary).toEqual({
      files: 2,
      unreadable: 1,
      errors: 1,
      warnings: 24,
      emptyTables: 0,
      skipped: [],
    });
    expect(json.files[0].error).toMatch(/không phải tệp Excel/);
    expect(result.stderr.match(/không phải tệp Excel/g)).toHaveLength(1);
  });
});

describe("phuluc fill and demo, in English", () => {
  it("write their counts with the right plural", async () => {
    const fill = await phuluc(["fill", oneTyped, "-o", path.join(dir, "da-dien.xlsx"), "--lang", "en"]);
    expect(fill.code).toBe(0);
    expect(fill.stdout).toMatch(/: \d+ formulas in 2 sheets\.$/m);
    // G9 holds 100 and the formula gives 100: kept, counted, not listed (only differing cells are listed).
    expect(fill.stdout).toMatch(
      /^1 cell with a typed number equal to the formula's result was left as it is\.$/m,
    );
    expect(fill.stdout).not.toMatch(/G9: holds/);
    const vi = await phuluc(["fill", oneTyped, "-o", path.join(dir, "da-dien-vi.xlsx"), "--overwrite"]);
    expect(vi.stdout).toMatch(/: \d+ công thức trong 2 trang tính\.$/m);
    expect(vi.stdout).toMatch(/^Đã thay 1 ô có giá trị gõ tay bằng công thức:$/m);
    expect(vi.stdout).toMatch(/^ {2}Dự báo 2026!G9: đã thay 100 bằng công thức \(cho 100\)$/m);

    const demo = await phuluc(["demo", "--year", "2026", "-o", path.join(dir, "demo.xlsx"), "--lang", "en"]);
    // The demo carries seed 001's 14 published errors and one number stored as text (src/core/demo).
    expect(demo.stdout).toMatch(
      /^Checked: 14 errors, 1 warning; 8 grassroots-information indicators of 2026 are not in the file\.$/m,
    );
  });
});
