import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { phuluc, sha256, tempDir } from "../support/cli";
import { partText, tooLargeWorkbook } from "../support/package";
import { readXlsx } from "../support/workbooks";

/** A file Excel would refuse to open without its password: an OLE compound file with an EncryptionInfo stream. */
function encryptedLookalike(file: string): void {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  Buffer.from("EncryptionInfo", "utf16le").copy(bytes, 1024);
  writeFileSync(file, bytes);
}

describe("phuluc fill refuses inputs it cannot use, with one line, exit 2 and no output", () => {
  const cases: { name: string; make: (file: string) => Promise<void> | void; message: RegExp }[] = [
    { name: "a missing file", make: () => undefined, message: /Không tìm thấy tệp/ },
    {
      name: "a text file named .xlsx",
      make: (f) => writeFileSync(f, "STT;Các chỉ tiêu\n1;2\n"),
      message: /không phải tệp Excel/,
    },
    { name: "a password-protected workbook", make: encryptedLookalike, message: /có mật khẩu/ },
    {
      name: "a damaged zip",
      make: (f) =>
        writeFileSync(f, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)])),
      message: /bị hỏng/,
    },
    {
      // Refused from the zip directory, before anything is inflated: the sheet says it holds 95 MB of XML.
      name: "a workbook too large to read",
      make: async (f) => writeFileSync(f, await tooLargeWorkbook()),
      message: /quá lớn để đọc: các trang tính chứa hơn 90 MB dữ liệu/,
    },
    {
      name: "a workbook without a column-number row",
      make: async (f) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Sheet1").addRow(["STT", "Các chỉ tiêu", "Đơn vị tính"]);
        await wb.xlsx.writeFile(f);
      },
      message: /không có bảng nào có dòng số thứ tự cột \(1 2 3 … 7=6\/4\) hay cột so sánh có tiêu đề nói rõ/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const dir = tempDir();
      const input = path.join(dir, "vao.xlsx");
      const output = path.join(dir, "ra.xlsx");
      await c.make(input);
      const before = existsSync(input) ? sha256(input) : undefined;
      const result = await phuluc(["fill", input, "-o", output]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(c.message);
      expect(result.stderr).not.toMatch(/at .*\.(js|ts|cjs):\d+/); // no stack trace
      expect(existsSync(output)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      if (before) expect(sha256(input)).toBe(before);
    });
  }

  it("speaks English with --lang en", async () => {
    const dir = tempDir();
    const result = await phuluc([
      "fill",
      path.join(dir, "none.xlsx"),
      "-o",
      path.join(dir, "out.xlsx"),
      "--lang",
      "en",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^File not found: .*none\.xlsx\.\n$/);
  });

  it("rejects an unknown template and a bad year without writing anything", async () => {
    const dir = tempDir();
    const out = path.join(dir, "x.xlsx");
    const unknown = await phuluc(["new", "khong-co", "--year", "2026", "-o", out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Không có mẫu «khong-co»\. Các mẫu có: du-bao, ke-hoach/);
    const badYear = await phuluc(["new", "du-bao", "--year", "26", "-o", out]);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toBe(
      "Năm «26» không dùng được: năm báo cáo là bốn chữ số từ 1990 đến 2100, ví dụ 2026.\n",
    );
    // Four digits out of range get the same one message: the range, not «bốn chữ số» alone (issue 19).
    const oldYear = await phuluc(["new", "du-bao", "--year", "1900", "-o", out]);
    expect(oldYear.code).toBe(2);
    expect(oldYear.stderr).toBe(
      "Năm «1900» không dùng được: năm báo cáo là bốn chữ số từ 1990 đến 2100, ví dụ 2026.\n",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("reports a wrong command line in Vietnamese with exit 2", async () => {
    const result = await phuluc(["fill"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Lệnh chưa đúng: /);
  });
});

describe("phuluc fill protects its input", () => {
  it("refuses an output that is the input under another name (a link)", async () => {
    const { symlinkSync } = await import("node:fs");
    const dir = tempDir();
    const input = path.join(dir, "bao-cao.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Phụ lục").addRows([
      ["STT", "Các chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "So sánh (%)"],
      [1, 2, 3, 4, 5, "6=5/4"],
      [1, "Tổng số điểm phục vụ bưu chính", "Điểm", 22, 23, null],
    ]);
    await wb.xlsx.writeFile(input);
    const before = sha256(input);
    const link = path.join(dir, "lien-ket.xlsx");
    symlinkSync(input, link);
    const result = await phuluc(["fill", input, "-o", link]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Tệp kết quả phải khác tệp đầu vào/);
    expect(sha256(input)).toBe(before);
  });

  it("fills a workbook with a chart part and gives the chart back byte for byte", async () => {
    const { default: JSZip } = await import("jszip");
    const dir = tempDir();
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Phụ lục").addRows([
      ["STT", "Các chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "So sánh (%)"],
      [1, 2, 3, 4, 5, "6=5/4"],
      [1, "Tổng số điểm phục vụ bưu chính", "Điểm", 22, 23, null],
    ]);
    const zip = await JSZip.loadAsync(await plain.xlsx.writeBuffer());
    const chart =
      '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file("xl/charts/chart1.xml", chart);
    const input = path.join(dir, "co-bieu-do.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const output = path.join(dir, "ra.xlsx");
    const result = await phuluc(["fill", input, "-o", output]);
    expect(result.code).toBe(0);
    expect(partText(readFileSync(output), "xl/charts/chart1.xml")).toBe(chart);
    expect(readXlsx(output).sheet("Phụ lục").formula("F3")).toBe(
      'IF(AND(ISNUMBER(E3),ISNUMBER(D3)),IF(D3=0,"",E3/D3*100),"")',
    );
  });
});
