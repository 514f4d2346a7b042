/**
 * `phuluc fix` end to end on seed 001 pasted as text: lists the changes and writes nothing without --yes, writes
 * only the output with it (the input stays byte for byte), refuses unknown kinds with exit 2, and replaces typed
 * comparisons only when their kind is named.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { phuluc, sha256, tempDir } from "../support/cli";
import { seedAppendicesWorkbook } from "../support/fixtures";
import { readXlsx, sheet } from "../support/workbooks";

describe("phuluc fix", () => {
  let dir: string;
  let pasted: string;
  let numbers: string;

  beforeAll(async () => {
    dir = tempDir();
    pasted = path.join(dir, "pasted.xlsx");
    numbers = path.join(dir, "numbers.xlsx");
    await seedAppendicesWorkbook("text").xlsx.writeFile(pasted);
    await seedAppendicesWorkbook("numbers").xlsx.writeFile(numbers);
  });

  it("prints the changes and writes nothing without --yes", async () => {
    const out = path.join(dir, "not-written.xlsx");
    const hash = sha256(pasted);
    const result = await phuluc(["fix", pasted, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Số lưu dạng chữ → số (247 ô):");
    expect(result.stdout).toContain("  Dự báo 2021!D12: “88,8” → 88,8");
    expect(result.stdout).toMatch(
      /Dự báo 2021!G19: \(trống\) → công thức = F19\/D19 × 100 → [\d,]+ · định dạng 0\.0/,
    );
    expect(result.stdout).toContain("Thêm --yes");
    expect(existsSync(out)).toBe(false);
    expect(sha256(pasted)).toBe(hash);
  });

  it("writes the fixed copy with --yes, leaving the input as it was", async () => {
    const out = path.join(dir, "fixed.xlsx");
    const hash = sha256(pasted);
    const result = await phuluc(["fix", pasted, "-o", out, "--yes", "--only", "number/text"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("đã sửa 247 ô");
    expect(sha256(pasted)).toBe(hash);
    const ws = sheet(readXlsx(out), "Dự báo 2021");
    expect(ws.value("D12")).toBe(88.8);
    // --only number/text: the empty comparison cells stay empty.
    expect(ws.value("G19")).toBeNull();
    const check = await phuluc(["check", out, "--json"]);
    const codes = (
      JSON.parse(check.stdout) as { files: { issues: { code: string }[] }[] }
    ).files[0].issues.map((i) => i.code);
    expect(codes).not.toContain("number/text");
    expect(codes).toContain("comparison/missing");
  });

  it("replaces typed comparisons only when their kind is named", async () => {
    const out = path.join(dir, "typed.xlsx");
    const all = await phuluc(["fix", numbers, "-o", path.join(dir, "x.xlsx"), "--yes"]);
    expect(all.stdout).toMatch(/75 ô so sánh có số gõ tay chỉ được thay bằng công thức khi bạn xác nhận/);
    const named = await phuluc(["fix", numbers, "-o", out, "--yes", "--only", "comparison/mismatch"]);
    expect(named.code).toBe(0);
    const ws = sheet(readXlsx(out), "Kế hoạch 2022");
    expect(ws.formula("F22")).toMatch(/E22\/D22\*100/);
  });

  it("refuses an unknown kind with one line and exit 2", async () => {
    const result = await phuluc(["fix", pasted, "-o", path.join(dir, "bad.xlsx"), "--only", "number/texte"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Không có loại sửa «number/texte»");
    expect(existsSync(path.join(dir, "bad.xlsx"))).toBe(false);
  });

  it("on a terminal, asks before writing and asks cell by cell for typed comparisons", async () => {
    const out = path.join(dir, "asked.xlsx");
    const lines: string[] = [];
    const questions: string[] = [];
    // Yes to the first typed comparison, no to the others, yes to writing.
    const code = await run(["fix", numbers, "-o", out, "--only", "comparison/not-formula"], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      ask: async (q) => {
        questions.push(q);
        return questions.length === 1 || q.startsWith("Ghi ") ? "c" : "k";
      },
    });
    expect(code).toBe(0);
    expect(questions[0]).toMatch(/^Thay ô Dự báo 2021!G9 bằng công thức\?/);
    expect(questions[questions.length - 1]).toMatch(/^Ghi 1 thay đổi vào /);
    const ws = sheet(readXlsx(out), "Dự báo 2021");
    expect(ws.formula("G9")).toMatch(/F9\/D9\*100/);
    expect(ws.formula("H9")).toBeUndefined();
  });
});

describe("phuluc fill says what it sees", () => {
  let dir: string;
  let pasted: string;
  let numbers: string;

  beforeAll(async () => {
    dir = tempDir();
    pasted = path.join(dir, "pasted.xlsx");
    numbers = path.join(dir, "numbers.xlsx");
    await seedAppendicesWorkbook("text").xlsx.writeFile(pasted);
    await seedAppendicesWorkbook("numbers").xlsx.writeFile(numbers);
  });

  it("on figures stored as text, says so once per sheet and points to phuluc fix", async () => {
    const result = await phuluc(["fill", pasted, "-o", path.join(dir, "a.xlsx")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Trang «Dự báo 2021»: \d+ ô số liệu đang lưu dạng chữ/);
    expect(result.stdout).toContain("phuluc fix");
    expect(result.stdout).not.toContain("(trống)");
    expect(result.stdout.split("\n").filter((l) => /^ {2}\S+!/.test(l))).toEqual([]);
  });

  it("lists only the kept cells whose typed value differs from the formula's", async () => {
    const result = await phuluc(["fill", numbers, "-o", path.join(dir, "b.xlsx"), "--all"]);
    // G9 holds 100 and 22/22 gives 100: not listed; G11 holds 100 where 4/5 gives 80: listed.
    expect(result.stdout).toContain("  Dự báo 2021!G11: đang là 100, công thức sẽ cho 80");
    expect(result.stdout).not.toContain("Dự báo 2021!G9:");
    expect(result.stdout).toMatch(/\d+ ô có số gõ tay đúng bằng kết quả công thức được giữ nguyên/);
  });

  it("fix --only comparison/mismatch without a terminal or --yes lists the typed cells and says --yes writes them", async () => {
    const out = path.join(dir, "d.xlsx");
    const result = await phuluc(["fix", numbers, "-o", out, "--only", "comparison/mismatch"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^ {2}Dự báo 2021!G11: 100 → công thức = F11\/D11 × 100 → 80 · định dạng 0\.0$/m,
    );
    expect(result.stdout).toContain(`Chưa ghi gì. Thêm --yes để ghi ${out}`);
    expect(result.stdout).not.toContain("Không có gì sửa tự động được");
    expect(existsSync(out)).toBe(false);
  });

  it("after --overwrite, says in the past tense what it replaced", async () => {
    const result = await phuluc(["fill", numbers, "-o", path.join(dir, "c.xlsx"), "--overwrite", "--all"]);
    expect(result.stdout).toMatch(/^Đã thay \d+ ô có giá trị gõ tay bằng công thức:/m);
    expect(result.stdout).toContain("  Dự báo 2021!G11: đã thay 100 bằng công thức (cho 80)");
  });
});
