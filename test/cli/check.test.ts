/** `phuluc check`: exit codes, the stable JSON, folders, unreadable inputs, the seed 001 appendices. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { insertTemplates } from "../../src/core/actions";
import { createXlsxPort, XlsxDocument } from "../../src/xlsx";
import { phuluc, tempDir, type CheckJson } from "../support/cli";
import { consistentWorkbookFile, seedWorkbookFile } from "../support/check-files";
import { convertWithLibreOffice, libreOfficeRequired } from "../support/libreoffice";
import { readXlsx } from "../support/workbooks";

type JsonReport = CheckJson;

let dir: string;
let consistent: string;
let seed: string;

beforeAll(async () => {
  dir = tempDir();
  consistent = await consistentWorkbookFile(path.join(dir, "nhat-quan.xlsx"));
  seed = await seedWorkbookFile(path.join(dir, "tuan-giao-2021.xlsx"), "numbers");
});

describe("phuluc check", () => {
  it("finds nothing wrong in a workbook made by phuluc new and filled with consistent figures", async () => {
    const result = await phuluc(["check", consistent, "--json"]);
    const json = JSON.parse(result.stdout) as JsonReport;
    const serious = json.files[0].issues.filter((i) => i.severity !== "info");
    expect(serious).toEqual([]);
    expect(json.summary).toEqual({
      files: 1,
      unreadable: 0,
      errors: 0,
      warnings: 0,
      emptyTables: 0,
      skipped: [],
    });
    expect(result.code).toBe(0);
  });

  it.runIf(libreOfficeRequired)("still finds nothing once a spreadsheet has recalculated it", async () => {
    const [file] = await convertWithLibreOffice([consistent]);
    const result = await phuluc(["check", file, "--json"]);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.files[0].issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("reports the seed 001 appendices' real inconsistencies, exits 1, and prints stable JSON", async () => {
    const result = await phuluc(["check", seed, "--json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(json)).toEqual(["files", "summary"]);
    expect(Object.keys(json.summary)).toEqual([
      "files",
      "unreadable",
      "errors",
      "warnings",
      "emptyTables",
      "skipped",
    ]);
    const [file] = json.files;
    expect(file.file).toBe(seed);
    for (const issue of file.issues) {
      expect(Object.keys(issue)).toEqual(
        expect.arrayContaining([
          "code",
          "severity",
          "sheet",
          "cell",
          "indicator",
          "message",
          "expected",
          "actual",
        ]),
      );
      expect(issue.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      expect(["error", "warning", "info"]).toContain(issue.severity);
    }
    const errors = file.issues.filter((i) => i.severity === "error");
    const codes = new Set(errors.map((i) => i.code));
    for (const code of ["comparison/mismatch", "sum/mismatch", "cross/mismatch", "unit/period-overflow"]) {
      expect(codes).toContain(code);
    }
    // "Số điểm phục vụ bưu chính khác": 5 → 4 typed 100, the data give 80.
    const otherPoints = errors.find(
      (i) => i.code === "comparison/mismatch" && i.indicator === "Số điểm phục vụ bưu chính khác",
    );
    expect(otherPoints?.expected).toBe(80);
    expect(otherPoints?.actual).toBe(100);
    // Truncated comparisons (48 for 48,89) are never errors.
    const revenueErrors = errors.filter((i) => i.indicator === "Tổng doanh thu dịch vụ bưu chính");
    expect(revenueErrors).toEqual([]);
    expect(json.summary.errors).toBe(errors.length);
    // The same run twice gives the same JSON.
    const again = await phuluc(["check", seed, "--json"]);
    expect(again.stdout).toBe(result.stdout);
    // Targets: a district ICT plan reports no grassroots indicator.
    expect(file.targets.map((t) => t.code)).toEqual([
      "ttcs.1.1",
      "ttcs.1.2",
      "ttcs.1.3",
      "ttcs.1.4",
      "ttcs.1.5",
      "ttcs.1.6",
      "ttcs.2.1",
      "ttcs.2.2",
    ]);
    expect(new Set(file.targets.map((t) => t.status))).toEqual(new Set(["missing"]));
  });

  it("prints a readable table in Vietnamese, or in English with --lang en", async () => {
    const vi = await phuluc(["check", seed]);
    expect(vi.stdout).not.toMatch(/\[comparison\/not-formula\]/);
    expect(vi.stdout).toMatch(/thêm --all để xem/);
    expect((await phuluc(["check", seed, "--all"])).stdout).toMatch(
      /Ghi chú\s+Dự báo 2021!\w+\s+\[comparison\/not-formula\]/,
    );
    expect(vi.code).toBe(1);
    expect(vi.stdout).toMatch(/Lỗi\s+Dự báo 2021!G11\s+\[comparison\/mismatch\]/);
    expect(vi.stdout).toMatch(/Chưa báo cáo/);
    expect(vi.stdout).toMatch(/^Tổng cộng: 1 tệp, \d+ lỗi, \d+ cảnh báo\.$/m);
    const en = await phuluc(["check", seed, "--lang", "en"]);
    expect(en.stdout).toMatch(/Error\s+Dự báo 2021!G11\s+\[comparison\/mismatch\]/);
    expect(en.stdout).toMatch(/^In all: 1 file, \d+ errors, \d+ warnings\.$/m);
  });

  it("checks every .xlsx of a folder, and exits 2 when an input cannot be read while still reporting the others", async () => {
    const folder = path.join(dir, "thu-muc");
    mkdirSync(path.join(folder, "con"), { recursive: true });
    await consistentWorkbookFile(path.join(folder, "a.xlsx"));
    await consistentWorkbookFile(path.join(folder, "con", "b.xlsx"));
    writeFileSync(path.join(folder, "~$a.xlsx"), "lock file");
    writeFileSync(path.join(folder, "ghi-chu.txt"), "not a workbook");
    const ok = await phuluc(["check", folder, "--json"]);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as JsonReport).files.map((f) => path.relative(folder, f.file))).toEqual([
      "a.xlsx",
      path.join("con", "b.xlsx"),
    ]);

    const broken = path.join(dir, "hong.xlsx");
    writeFileSync(broken, "this is not a workbook");
    const mixed = await phuluc(["check", broken, seed, "--json"]);
    expect(mixed.code).toBe(2);
    const json = JSON.parse(mixed.stdout) as JsonReport;
    expect(json.files[0].error).toMatch(/không phải tệp Excel/);
    expect(json.files[1].issues.length).toBeGreaterThan(0);
    expect(mixed.stderr).toMatch(/không phải tệp Excel/);
  });

  it("compares years after 2025 with the 2025 targets", async () => {
    const result = await phuluc(["check", consistent, "--year", "2027", "--json"]);
    const json = JSON.parse(result.stdout) as {
      files: { targets: { periodEnded: boolean; year: number }[] }[];
    };
    expect(json.files[0].targets.length).toBe(8);
    expect(json.files[0].targets.every((t) => t.periodEnded && t.year === 2027)).toBe(true);
    const table = await phuluc(["check", consistent, "--year", "2027"]);
    expect(table.stdout).toMatch(/Giai đoạn chiến lược đã kết thúc: so với chỉ tiêu năm 2025/);
  });

  it("judges the year --year asks for, and says once that the file's headers name another", async () => {
    const vi = await phuluc(["check", consistent, "--year", "2030"]);
    expect(vi.stdout).toMatch(/nhat-quan\.xlsx \(năm 2030, cấp huyện\)/);
    // Told with where the file names its year (issue 16: a --year that disagrees is told, not applied silently).
    expect(
      vi.stdout.match(/Tệp ghi năm 2026 \(theo tiêu đề cột\); vẫn kiểm tra theo năm 2030/g),
    ).toHaveLength(1);
    const en = await phuluc(["check", consistent, "--year", "2030", "--lang", "en"]);
    expect(
      en.stdout.match(/The file names 2026 \(from the column headers\); still checked for 2030/g),
    ).toHaveLength(1);
    // The year the headers give, asked for again: nothing to say.
    const same = await phuluc(["check", consistent, "--year", "2026"]);
    expect(same.stdout).not.toMatch(/Tệp ghi năm/);
    const json = JSON.parse((await phuluc(["check", consistent, "--year", "2030", "--json"])).stdout) as {
      files: { year: number }[];
    };
    expect(json.files[0].year).toBe(2030);
  });
});

describe("phuluc check: the level kept in the workbook", () => {
  it("judges the grassroots targets at the level the official chose in the pane, unless --level says otherwise", async () => {
    const dir = tempDir();
    const file = path.join(dir, "xa.xlsx");
    const port = createXlsxPort(XlsxDocument.blank());
    await insertTemplates(port, { templateIds: ["thong-tin-co-so"], year: 2024, level: "xa" });
    await port.saveSettings({ year: 2024, level: "xa" });
    writeFileSync(file, port.save());

    const kept = await phuluc(["check", file, "--json"]);
    const json = JSON.parse(kept.stdout) as { files: { level: string; targets: { code: string }[] }[] };
    expect(json.files[0]?.level).toBe("xa");
    expect(json.files[0]?.targets.map((t) => t.code)).toEqual([
      "ttcs.1.1",
      "ttcs.1.2",
      "ttcs.1.3",
      "ttcs.1.4",
      "ttcs.1.5",
      "ttcs.1.6",
    ]);
    expect((await phuluc(["check", file])).stdout).toMatch(/^.*xa\.xlsx \(năm 2024, cấp xã\)/);
    const forced = await phuluc(["check", file, "--level", "huyen"]);
    expect(forced.stdout).toMatch(/^.*xa\.xlsx \(năm 2024, cấp huyện\)/);
    expect(forced.stdout).toContain("2.1  ");
  });

  it("keeps the level, year and unit `phuluc new` was given, so a commune file is judged at commune level", async () => {
    const dir = tempDir();
    const file = path.join(dir, "xa-moi.xlsx");
    const made = await phuluc([
      "new",
      "thong-tin-co-so",
      "--level",
      "xa",
      "--year",
      "2024",
      "--unit",
      "xã Quài Cang",
      "-o",
      file,
    ]);
    expect(made.code).toBe(0);
    const stored = await readXlsx(file).settings();
    expect(stored).toEqual({ year: 2024, level: "xa", unit: "xã Quài Cang" });

    const kept = await phuluc(["check", file, "--json"]);
    const json = JSON.parse(kept.stdout) as { files: { level: string; targets: { code: string }[] }[] };
    expect(json.files[0]?.level).toBe("xa");
    expect(json.files[0]?.targets.map((t) => t.code)).toEqual([
      "ttcs.1.1",
      "ttcs.1.2",
      "ttcs.1.3",
      "ttcs.1.4",
      "ttcs.1.5",
      "ttcs.1.6",
    ]);
    const table = await phuluc(["check", file]);
    expect(table.stdout).toMatch(/^.*xa-moi\.xlsx \(năm 2024, cấp xã\)/);
    expect(table.stdout).not.toContain("2.1  ");
    const forced = await phuluc(["check", file, "--level", "huyen"]);
    expect(forced.stdout).toMatch(/^.*xa-moi\.xlsx \(năm 2024, cấp huyện\)/);
    expect(forced.stdout).toContain("2.1  ");
  });
});
