/**
 * The command line as a careful user meets it (issue 19): nothing in a folder vanishes, no file is replaced without a
 * word, an empty template is not "fine", and every file-system problem gets its own message and exit 2 — never a raw
 * EACCES, a temporary file's name, or exit 3. Permission cases run as a user without root ("nobody" through setpriv
 * when the tests run as root): permissions never stop root.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { seedWorkbookFile } from "../support/check-files";
import { districtInbox } from "../support/district-files";
import {
  phuluc,
  phulucAsUser,
  repoRoot,
  sha256,
  sharedTempDir,
  tempDir,
  userWithoutRoot,
  type CheckJson,
  type CliResult,
} from "../support/cli";
import { readXlsx, sheet } from "../support/workbooks";

/** An old Excel 97–2003 workbook's first bytes (an OLE compound file without an EncryptionInfo stream). */
function oldXls(file: string): void {
  const bytes = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  writeFileSync(file, bytes);
}

/** A Word document (a zip holding word/document.xml). */
async function wordDocument(file: string): Promise<void> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types/>');
  zip.file("word/document.xml", '<?xml version="1.0"?><w:document/>');
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

/** Both streams, for "said once" and "never shown" assertions. */
const both = (r: CliResult) => `${r.stdout}\n${r.stderr}`;

/** No raw system error, no temporary file name, no stack, no "unexpected error". */
function expectPlainMessage(r: CliResult): void {
  expect(both(r)).not.toMatch(
    /EACCES|ENOENT|EPERM|EISDIR|ENOTDIR|\.tmp\b|Lỗi không mong đợi|Unexpected error/,
  );
  expect(both(r)).not.toMatch(/at .*\.(js|ts|cjs):\d+/);
}

describe("phuluc alone", () => {
  it("prints the help on stdout and exits 0, without «Lệnh chưa đúng»", async () => {
    const result = await phuluc([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Cách dùng: phuluc \[options\] \[command\]/);
    expect(result.stdout).toContain("tong-hop");
    expect(result.stderr).toBe("");
    const en = await phuluc(["--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: phuluc/);
    expect(en.stderr).toBe("");
  });
});

describe("-o onto a file that is already there", () => {
  const existing = "Tệp cũ của cán bộ: không được mất.";

  /** Each writing command, given a folder with its input and an output file already holding `existing`. */
  const commands: { name: string; args: (dir: string, out: string) => Promise<string[]> }[] = [
    { name: "new", args: async (_, out) => ["new", "du-bao", "--year", "2026", "-o", out] },
    { name: "demo", args: async (_, out) => ["demo", "--year", "2026", "-o", out] },
    {
      name: "fill",
      args: async (dir, out) => [
        "fill",
        await seedWorkbookFile(path.join(dir, "vao.xlsx"), "numbers"),
        "-o",
        out,
      ],
    },
    {
      name: "fix",
      args: async (dir, out) => [
        "fix",
        await seedWorkbookFile(path.join(dir, "vao.xlsx"), "text"),
        "-o",
        out,
        "--yes",
      ],
    },
    {
      name: "tong-hop",
      args: async (dir, out) => {
        const inbox = path.join(dir, "cac-huyen");
        mkdirSync(inbox);
        await seedWorkbookFile(path.join(inbox, "tuan-giao.xlsx"), "numbers");
        return ["tong-hop", inbox, "-o", out];
      },
    },
  ];

  for (const command of commands) {
    it(`${command.name}: refused without a terminal (exit 2, file untouched), replaced with --ghi-de`, async () => {
      const dir = tempDir();
      const out = path.join(dir, "ket-qua.xlsx");
      writeFileSync(out, existing);
      const before = sha256(out);
      const args = await command.args(dir, out);

      const refused = await phuluc(args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/ket-qua\.xlsx đã có .*thêm --ghi-de để thay tệp đó\./);
      expect(refused.stderr.trim().split("\n")).toHaveLength(1);
      expect(sha256(out)).toBe(before);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

      const replaced = await phuluc([...args, "--ghi-de"]);
      expect(replaced.code).toBe(0);
      expect(sha256(out)).not.toBe(before);
      expect(readXlsx(out).names.length).toBeGreaterThan(0);
    });
  }

  it("asks on a terminal: «k» keeps the file (exit 2), «c» replaces it", async () => {
    const dir = tempDir();
    const out = path.join(dir, "ket-qua.xlsx");
    writeFileSync(out, existing);
    const before = sha256(out);
    const asked: string[] = [];
    const lines: string[] = [];
    const io = (answer: string) => ({
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
      ask: async (question: string) => {
        asked.push(question);
        return answer;
      },
    });
    const args = ["new", "du-bao", "--year", "2026", "-o", out];
    expect(await run(args, io("k"))).toBe(2);
    expect(asked).toEqual([`Tệp ${out} đã có. Thay bằng tệp mới? (c/k) `]);
    expect(lines).toContain(`Không ghi gì: tệp ${out} được giữ nguyên.`);
    expect(sha256(out)).toBe(before);

    expect(await run(args, io("c"))).toBe(0);
    expect(sha256(out)).not.toBe(before);
    expect(asked).toHaveLength(2);
  });

  it("asks nothing when the file is not there", async () => {
    const out = path.join(tempDir(), "moi.xlsx");
    let asked = 0;
    const code = await run(["new", "du-bao", "--year", "2026", "-o", out], {
      out: () => undefined,
      err: () => undefined,
      ask: async () => {
        asked++;
        return "k";
      },
    });
    expect(code).toBe(0);
    expect(asked).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe("a folder holding more than .xlsx files", () => {
  async function inbox(): Promise<string> {
    const dir = tempDir();
    await seedWorkbookFile(path.join(dir, "a-tuan-giao.xlsx"), "numbers");
    oldXls(path.join(dir, "b-muong-ang.xls"));
    await wordDocument(path.join(dir, "ke-hoach.docx"));
    writeFileSync(path.join(dir, "ghi-chu.txt"), "Nhận đủ 2 huyện.");
    writeFileSync(path.join(dir, "~$a-tuan-giao.xlsx"), "Excel's lock file");
    return dir;
  }

  it("check names the old .xls as not read (exit 2) and the other files as skipped", async () => {
    const dir = await inbox();
    const result = await phuluc(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/b-muong-ang\.xls không phải tệp Excel \.xlsx/);
    expect(result.stderr).toMatch(/Bỏ qua 2 tệp không phải bảng tính: .*ghi-chu\.txt, .*ke-hoach\.docx/);
    expect(result.stdout).toMatch(/^Tổng cộng: 2 tệp, trong đó 1 tệp không đọc được; /m);
    expect(both(result)).not.toContain("~$");

    const json = JSON.parse((await phuluc(["check", dir, "--json"])).stdout) as CheckJson;
    expect(json.files.map((f) => path.basename(f.file))).toEqual(["a-tuan-giao.xlsx", "b-muong-ang.xls"]);
    expect(json.summary.unreadable).toBe(1);
    expect(json.summary.skipped.map((f) => path.basename(f))).toEqual(["ghi-chu.txt", "ke-hoach.docx"]);
  });

  it("tong-hop keeps the .xls out by name, on the status sheet too, as the page does", async () => {
    const dir = await inbox();
    const out = path.join(tempDir(), "tong-hop.xlsx");
    const result = await phuluc(["tong-hop", dir, "-o", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/b-muong-ang\.xls: không phải tệp \.xlsx/);
    expect(result.stderr).toMatch(/Bỏ qua 2 tệp không phải bảng tính/);
    expect(result.stdout).toContain("1 huyện được tổng hợp, 1 tệp không đưa vào tổng");
    const status = sheet(readXlsx(out), "Tình trạng");
    const names = [...status.columnTexts("C").values()];
    expect(names.some((n) => n.includes("b-muong-ang.xls"))).toBe(true);
  });
});

describe("an empty template", () => {
  it("is a finding: exit 1, and the summary says the table holds no figures", async () => {
    const dir = tempDir();
    const file = path.join(dir, "mau-trong.xlsx");
    expect((await phuluc(["new", "du-bao", "ke-hoach", "--year", "2026", "-o", file])).code).toBe(0);
    const result = await phuluc(["check", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain("Không phát hiện vấn đề nào");
    expect(result.stdout).toMatch(/Dự báo 2026!D9\s+\[structure\/no-figures\]\s+Bảng chưa có số liệu nào/);
    expect(result.stdout).toMatch(/^Tổng cộng: 1 tệp, 2 lỗi, 0 cảnh báo\.$/m);
    expect(result.stdout).toMatch(
      /^Trong đó 2 bảng chưa có số liệu nào \(mẫu chưa điền\): chưa gửi lên tỉnh được\.$/m,
    );
    const en = await phuluc(["check", file, "--lang", "en"]);
    expect(en.stdout).toMatch(
      /^Of these, 2 tables hold no figures at all \(templates never filled\): not ready to send\.$/m,
    );
  });
});

describe("messages that say what is wrong", () => {
  it("a folder given as the input file", async () => {
    const dir = tempDir();
    const result = await phuluc(["fill", dir, "-o", path.join(dir, "ra.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/là một thư mục, không phải tệp/);
    expect(result.stderr).not.toMatch(/Không tìm thấy/);
    expectPlainMessage(result);
  });

  it("a .docx renamed .xlsx is not an Excel file, not a damaged one", async () => {
    const dir = tempDir();
    const file = path.join(dir, "bao-cao.xlsx");
    await wordDocument(file);
    for (const args of [
      ["check", file],
      ["fill", file, "-o", path.join(dir, "ra.xlsx")],
    ]) {
      const result = await phuluc(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/bao-cao\.xlsx không phải tệp Excel \.xlsx/);
      expect(result.stderr).not.toMatch(/hỏng/);
    }
  });

  it("tong-hop on a folder that does not exist", async () => {
    const dir = tempDir();
    const result = await phuluc(["tong-hop", path.join(dir, "khong-co"), "-o", path.join(dir, "t.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/khong-co: không tìm thấy tệp hay thư mục này/);
    expect(result.stderr).toMatch(/Không đọc được tệp nào/);
    expect(result.stderr).not.toMatch(/năm báo cáo/);
    expect(existsSync(path.join(dir, "t.xlsx"))).toBe(false);
    const check = await phuluc(["check", path.join(dir, "khong-co")]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/Không tìm thấy tệp hay thư mục nào tên .*khong-co\./);
  });

  it("an output folder that does not exist", async () => {
    const dir = tempDir();
    const out = path.join(dir, "khong-co", "ra.xlsx");
    const result = await phuluc(["new", "du-bao", "--year", "2026", "-o", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Không ghi được ${out}: không có thư mục ${path.join(dir, "khong-co")}. Hãy tạo thư mục đó, hoặc ghi tệp vào một thư mục đã có.\n`,
    );
    expectPlainMessage(result);
  });

  it("an output that is a folder", async () => {
    const dir = tempDir();
    const out = path.join(dir, "ra.xlsx");
    mkdirSync(out);
    const result = await phuluc(["demo", "--year", "2026", "-o", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ra\.xlsx là một thư mục/);
    expectPlainMessage(result);
  });

  describe.runIf(userWithoutRoot)("as a user without root", () => {
    it("a file the user may not read: its own message, exit 2, said once in check", async () => {
      const dir = sharedTempDir();
      const file = await seedWorkbookFile(path.join(dir, "bi-khoa.xlsx"), "numbers");
      chmodSync(file, 0o000);
      const check = await phulucAsUser(["check", file]);
      expect(check.code).toBe(2);
      expect(check.stderr).toBe(
        `Không có quyền đọc tệp ${file}: hãy xin quyền đọc tệp này, hoặc chép nó vào một thư mục của bạn rồi thử lại.\n`,
      );
      expect(both(check).match(/Không có quyền đọc/g)).toHaveLength(1);
      expect(check.stdout).toMatch(/không đọc được tệp nào/);
      expectPlainMessage(check);

      const fill = await phulucAsUser(["fill", file, "-o", path.join(dir, "ra.xlsx")]);
      expect(fill.code).toBe(2);
      expect(fill.stderr).toMatch(/^Không có quyền đọc tệp .*bi-khoa\.xlsx/);
      expectPlainMessage(fill);
    });

    it("a folder the user may not open: its own message, exit 2 (not 3)", async () => {
      const dir = sharedTempDir();
      const locked = path.join(dir, "khoa");
      mkdirSync(locked);
      await seedWorkbookFile(path.join(locked, "huyen.xlsx"), "numbers");
      chmodSync(locked, 0o000);
      const check = await phulucAsUser(["check", locked]);
      expect(check.code).toBe(2);
      expect(check.stderr).toMatch(/^Không có quyền mở thư mục .*khoa: hãy xin quyền đọc thư mục này/);
      expectPlainMessage(check);
      const out = path.join(dir, "tong-hop.xlsx");
      const tongHop = await phulucAsUser(["tong-hop", locked, "-o", out]);
      expect(tongHop.code).toBe(2);
      expect(tongHop.stderr).toMatch(/khoa: không có quyền mở thư mục/);
      expectPlainMessage(tongHop);
      expect(existsSync(out)).toBe(false);
    });

    it("an output folder the user may not write in: its own message, nothing left behind", async () => {
      const dir = sharedTempDir();
      const input = await seedWorkbookFile(path.join(dir, "vao.xlsx"), "numbers");
      chmodSync(input, 0o644);
      const closed = path.join(dir, "chi-doc");
      mkdirSync(closed);
      chmodSync(closed, 0o555);
      const out = path.join(closed, "ra.xlsx");
      for (const args of [
        ["fill", input, "-o", out],
        ["new", "du-bao", "--year", "2026", "-o", out],
        ["tong-hop", dir, "-o", out],
      ]) {
        const result = await phulucAsUser(args);
        expect(result.code, args.join(" ")).toBe(2);
        expect(result.stderr).toBe(
          `Không ghi được ${out}: không có quyền ghi vào thư mục ${closed}. Hãy ghi tệp vào một thư mục của bạn.\n`,
        );
        expectPlainMessage(result);
      }
      expect(readdirSync(closed)).toEqual([]);
    });

    it("an existing output the user made read-only is never replaced, even with --ghi-de", async () => {
      const dir = sharedTempDir();
      const out = path.join(dir, "ra.xlsx");
      writeFileSync(out, "giữ nguyên");
      chmodSync(out, 0o444);
      const before = sha256(out);
      const result = await phulucAsUser(["new", "du-bao", "--year", "2026", "-o", out, "--ghi-de"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/ra\.xlsx: tệp \(hoặc ổ đĩa\) chỉ cho đọc/);
      expect(sha256(out)).toBe(before);
    });
  });
});

describe("the district inbox with an .xls among the files", () => {
  it("consolidates the others and lists the districts that went in", async () => {
    const dir = tempDir();
    await districtInbox(dir);
    copyFileSync(path.join(dir, "1-tuan-giao.xlsx"), path.join(dir, "ban-sao.xlsx.bak"));
    const out = path.join(tempDir(), "tong-hop.xlsx");
    const result = await phuluc(["tong-hop", dir, "-o", out]);
    expect(result.stdout).toMatch(/^ {2}Đã tổng hợp: huyện Tuần Giáo, huyện Mường Ảng, huyện Tủa Chùa\.$/m);
    expect(result.stderr).toMatch(/Bỏ qua 1 tệp không phải bảng tính: .*ban-sao\.xlsx\.bak/);
  });
});

describe("fill on a long sheet", () => {
  it("groups the kept cells of a sheet into one line with their ranges, as check folds repeats", async () => {
    const dir = tempDir();
    const input = path.join(dir, "dai.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch 2027");
    ws.addRow([
      "STT",
      "Các chỉ tiêu",
      "Đơn vị tính",
      "Thực hiện năm 2026",
      "Kế hoạch năm 2027",
      "So sánh (%)",
    ]);
    ws.addRow([1, 2, 3, 4, 5, "6=5/4"]);
    // 40 indicator rows whose typed comparison (100) differs from 5/4 (110): all kept, all listed before.
    for (let i = 1; i <= 40; i++) ws.addRow([i, `Số điểm ${i}`, "Điểm", 10, 11, 100]);
    await wb.xlsx.writeFile(input);
    const result = await phuluc(["fill", input, "-o", path.join(dir, "ra.xlsx")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^40 ô có giá trị gõ tay khác với công thức được giữ nguyên/m);
    expect(result.stdout).toMatch(/^ {2}Kế hoạch 2027: 40 ô: F3:F42$/m);
    expect(result.stdout).not.toMatch(/Kế hoạch 2027!F3/);
    expect(result.stdout.trim().split("\n").length).toBeLessThan(6);
    expect(result.stdout).toMatch(/thêm --all để xem từng ô/);
    const all = await phuluc(["fill", input, "-o", path.join(dir, "ra2.xlsx"), "--all"]);
    expect(all.stdout).toMatch(/^ {2}Kế hoạch 2027!F3: đang là 100, công thức sẽ cho 110$/m);
    expect(all.stdout).toMatch(/^ {2}Kế hoạch 2027!F42: đang là 100, công thức sẽ cho 110$/m);
  });
});

describe("what a message says", () => {
  it("fix previews a comparison formula as what it computes and gives, on stdout and in the terminal's question", async () => {
    const dir = tempDir();
    const input = path.join(dir, "vao.xlsx");
    copyFileSync(path.join(repoRoot, "assets/samples/dan-tu-word.xlsx"), input);
    const listed = await phuluc([
      "fix",
      input,
      "-o",
      path.join(dir, "ra.xlsx"),
      "--only",
      "comparison/missing",
    ]);
    expect(listed.stdout).toContain(
      "  Dự báo 2021!G24: (trống) → công thức = F24/D24 × 100 → 111,33 · định dạng 0.0",
    );
    expect(listed.stdout).not.toMatch(/IF\(|ISNUMBER/);

    const questions: string[] = [];
    await run(["fix", input, "-o", path.join(dir, "ra2.xlsx"), "--only", "comparison/mismatch"], {
      out: () => undefined,
      err: () => undefined,
      ask: async (q) => {
        questions.push(q);
        return "k";
      },
    });
    expect(questions.length).toBeGreaterThan(1);
    expect(questions[0]).toMatch(/→ công thức = [A-Z]+\d+\/[A-Z]+\d+ × 100 → [\d.,]+/);
    expect(questions.join("\n")).not.toMatch(/IF\(|ISNUMBER/);
  });

  it("a number stored as text says what is wrong and what mends it", async () => {
    const result = await phuluc(["check", path.join(repoRoot, "assets/samples/dan-tu-word.xlsx")]);
    expect(result.stdout).toContain(
      "«97.7» đang được lưu dạng chữ, không phải số: Excel coi ô này là chữ nên tổng và công thức bỏ qua nó. Sửa nhanh (hoặc lệnh phuluc fix) đổi nó thành số 97,7.",
    );
  });
});
