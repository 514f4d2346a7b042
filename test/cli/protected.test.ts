/**
 * `phuluc` on workbooks the official (or the province) protected, as Excel would treat them: a write into a
 * protected sheet is refused with the pane's sentence, exit 2, the input untouched and no output written; the
 * unlocked cells of a protected form take the fill's formulas; a workbook whose structure is protected is filled all
 * the same, the year given said not to be kept, and `xac-nhan`, whose work is keeping it, refuses.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planInsert } from "../../src/core/actions";
import { XlsxDocument } from "../../src/xlsx";
import { phuluc, sha256, tempDir } from "../support/cli";
import { excelJsBytes, formulaOf, readXlsx, sheet } from "../support/workbooks";
import { seedAppendicesWorkbook } from "../support/fixtures";
import { libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import { FORM_SHEET, lockStructure, protectedForm, protectSheet } from "../support/protection";

const FORECAST = "Dự báo 2026";

/** Our forecast template (empty figures), as `phuluc new` writes it. */
function forecast(): Uint8Array {
  return XlsxDocument.fromPlans(
    planInsert([], { templateIds: ["du-bao"], year: 2026, level: "huyen" }),
  ).save();
}

function written(bytes: Uint8Array): { input: string; output: string } {
  const dir = tempDir();
  const input = path.join(dir, "vao.xlsx");
  writeFileSync(input, bytes);
  return { input, output: path.join(dir, "ra.xlsx") };
}

describe("phuluc on a protected sheet", () => {
  it("fill refuses with the pane's sentence, exit 2, the input untouched and no output", async () => {
    const { input, output } = written(protectSheet(forecast(), FORECAST));
    const before = sha256(input);
    const result = await phuluc(["fill", input, "-o", output]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      "Trang tính «Dự báo 2026» đang được bảo vệ (khóa) nên không ghi được, chưa ô nào bị thay đổi: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    );
    expect(existsSync(output)).toBe(false);
    expect(sha256(input)).toBe(before);
    const english = await phuluc(["fill", input, "-o", output, "--lang", "en"]);
    expect(english.code).toBe(2);
    expect(english.stderr.trim()).toBe(
      "The sheet «Dự báo 2026» is protected, so nothing was written: unprotect it (Review › Unprotect Sheet) and retry.",
    );
  });

  it("fix --yes refuses the same way", async () => {
    const bytes = await excelJsBytes(seedAppendicesWorkbook("text"));
    const { input, output } = written(protectSheet(bytes, "Dự báo 2021"));
    const before = sha256(input);
    const result = await phuluc(["fix", input, "-o", output, "--yes"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      "Trang tính «Dự báo 2021» đang được bảo vệ (khóa) nên không ghi được, chưa ô nào bị thay đổi: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    );
    expect(existsSync(output)).toBe(false);
    expect(sha256(input)).toBe(before);
  });

  it("fill writes its formulas into a protected form's unlocked cells, the sheet still protected", async () => {
    const { input, output } = written(await protectedForm());
    const result = await phuluc(["fill", input, "-o", output]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const saved = readXlsx(output);
    const ws = sheet(saved, FORM_SHEET);
    expect(formulaOf(ws, "G15")).toBe('IF(AND(ISNUMBER(F15),ISNUMBER(D15)),IF(D15=0,"",F15/D15*100),"")');
    expect(saved.document.sheetProtection(saved.document.worksheets[0])).toEqual({ formatCells: false });
  });

  it.runIf(libreOfficeRequired)("a protected form filled: LibreOffice opens and computes it", async () => {
    const { input, output } = written(await protectedForm());
    expect((await phuluc(["fill", input, "-o", output])).code).toBe(0);
    const [book] = await recalculate([output]);
    // Indicator 5 (row 15): 2 400 done in 2020, 1 320 in six months, 2 700 expected.
    expect(resultOf(book, FORM_SHEET, "G15")).toBeCloseTo(112.5);
    expect(resultOf(book, FORM_SHEET, "H15")).toBeCloseTo(48.889, 3);
  });
});

describe("phuluc on a workbook whose structure is protected", () => {
  it("fill goes on, saying the year given cannot be kept in the copy (no sheet added)", async () => {
    const { input, output } = written(lockStructure(forecast()));
    const result = await phuluc(["fill", input, "-o", output, "--year", "2026"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Lưu ý: năm báo cáo và cách đọc cột đã chọn được dùng cho lần này nhưng không lưu được vào ${output}: sổ tính đang được bảo vệ cấu trúc nên không thêm được trang tính ẩn «phuluc» giữ chúng (bỏ bảo vệ: Xem lại › Bảo vệ sổ làm việc).`,
    );
    expect(readXlsx(output).document.sheets.map((s) => s.name)).toEqual([FORECAST]);
  });

  it("xac-nhan refuses, exit 2, no output", async () => {
    const { input, output } = written(lockStructure(forecast()));
    const result = await phuluc(["xac-nhan", input, "-o", output, "--year", "2026"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      "Không lưu được năm báo cáo và cách đọc cột vào tệp: sổ tính đang được bảo vệ cấu trúc nên không thêm được trang tính ẩn «phuluc» giữ chúng (bỏ bảo vệ: Xem lại › Bảo vệ sổ làm việc). Chưa ghi tệp nào.",
    );
    expect(existsSync(output)).toBe(false);
  });
});
