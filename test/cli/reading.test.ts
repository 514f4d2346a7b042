/**
 * Issue 16 on the command line: `phuluc check` shows how it read tables headed in other words and where the report
 * year came from (text and JSON); a file that names no year is never given one silently; `--column` corrects a
 * column's reading for one check, `phuluc xac-nhan` (and fill) store the year and the readings in the file, and
 * every later check reads them so.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { phuluc, sha256, tempDir } from "../support/cli";
import { RELATIVE_HEADER_WITH_COMPARISON, bareYearsWorkbook } from "../support/other-provinces";

let dir: string;
/** Relative headers under the title «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027». */
let titled: string;
/** The same headers, no title, no settings: nothing tells the year. */
let yearless: string;

/** «TT» for «STT», as some provinces write it. */
const HEADER = ["TT", ...RELATIVE_HEADER_WITH_COMPARISON.slice(1)];
const ROW = [1, "Tổng doanh thu dịch vụ bưu chính", "Triệu đồng", 2400, 2600, 2700, 3000];

async function write(file: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows(rows);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  dir = tempDir();
  titled = await write(path.join(dir, "co-tieu-de.xlsx"), [
    ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027"],
    [],
    HEADER,
    ROW,
  ]);
  yearless = await write(path.join(dir, "khong-nam.xlsx"), [HEADER, ROW]);
});

describe("phuluc check shows the reading", () => {
  it("says each column's reading and that the year came from the title", async () => {
    const result = await phuluc(["check", titled]);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`${titled} (năm 2026, cấp huyện): 0 lỗi, 1 cảnh báo, 0 ghi chú`);
    expect(result.stdout).toContain("  Cách đọc bảng (năm báo cáo 2026 theo tên bảng):\n");
    expect(result.stdout).toContain("    Bảng ở «Biểu 01» A3:H4 (năm 2026 theo tên bảng):\n");
    expect(result.stdout).toContain(
      "      D: Thực hiện 2025 · E: Kế hoạch 2026 · F: Ước thực hiện 2026 · G: Kế hoạch 2027 · H = F/D (%)\n",
    );
    // The comparison is declared by its header: the empty cell is missing (2 700 / 2 400 × 100 = 112,5).
    expect(result.stdout).toMatch(/Biểu 01!H4 {2}\[comparison\/missing\].*112,5/);
  });

  it("gives the reading in JSON: each column's notation with the sheet's letters and where its year came from", async () => {
    const json = JSON.parse((await phuluc(["check", titled, "--json"])).stdout) as {
      files: {
        year: number;
        yearSource: string;
        tables: {
          range: string;
          foundBy: string;
          columns: { column: string; reading: string; yearSource: string | null }[];
        }[];
      }[];
    };
    const file = json.files[0];
    expect([file.year, file.yearSource]).toEqual([2026, "title"]);
    expect(file.tables).toHaveLength(1);
    expect(file.tables[0]).toMatchObject({ range: "A3:H4", foundBy: "header-row" });
    expect(file.tables[0].columns.map((c) => `${c.column} ${c.reading} ${c.yearSource ?? ""}`)).toEqual([
      "A stt ",
      "B name ",
      "C unit ",
      "D figure actual year 2025 title",
      "E figure plan year 2026 title",
      "F figure estimate year 2026 title",
      "G figure plan year 2027 title",
      "H ratio F / D ",
    ]);
  });

  it("never gives a file that names no year this year's: it says so and asks for --year", async () => {
    const result = await phuluc(["check", yearless]);
    expect(result.stdout.split("\n")[0]).toBe(
      `${yearless} (năm chưa rõ, cấp huyện): 0 lỗi, 1 cảnh báo, 0 ghi chú`,
    );
    expect(result.stdout).toContain(
      "  (Không biết năm báo cáo: tiêu đề cột, tên bảng và phần cài đặt lưu trong tệp đều không ghi năm, nên chưa đối chiếu chỉ tiêu theo năm. Hãy chạy lại với --year N, ví dụ --year 2026.)",
    );
    expect(result.stdout).toContain(
      "      D: Thực hiện năm N-1 · E: Kế hoạch năm N · F: Ước thực hiện năm N · G: Kế hoạch năm N+1 · H = F/D (%)",
    );
    expect(result.stdout).not.toMatch(/dùng năm|Chỉ tiêu thông tin cơ sở/);
  });
});

describe("corrections", () => {
  it("--column reads a column otherwise for one check, and leaves the file as it was", async () => {
    const before = sha256(titled);
    const result = await phuluc(["check", titled, "--column", "Biểu 01!H=F/E (%)"]);
    expect(result.stdout).toContain("H = F/E (%) (đã sửa)");
    // 2 700 / 2 600 × 100 = 103,85.
    expect(result.stdout).toMatch(/Biểu 01!H4 {2}\[comparison\/missing\].*103,85/);
    expect(sha256(titled)).toBe(before);
    expect((await phuluc(["check", titled])).stdout).not.toContain("đã sửa");
  });

  it("xac-nhan stores the year; later checks use it, and say the year came from the file's settings", async () => {
    const out = path.join(dir, "da-xac-nhan-nam.xlsx");
    const result = await phuluc(["xac-nhan", yearless, "-o", out, "--year", "2026"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`Đã ghi ${out}: đã lưu năm báo cáo 2026.`);
    const check = await phuluc(["check", out]);
    expect(check.stdout.split("\n")[0]).toBe(`${out} (năm 2026, cấp huyện): 0 lỗi, 1 cảnh báo, 0 ghi chú`);
    expect(check.stdout).toContain("  Cách đọc bảng (năm báo cáo 2026 theo năm lưu trong tệp):");
    // The table's line gives the year its columns were read with, not «chưa rõ năm» over 2025, 2026 and 2027.
    expect(check.stdout).toContain("    Bảng ở «Biểu 01» A1:H2 (năm 2026 theo năm lưu trong tệp):\n");
    expect(check.stdout).toContain(
      "      D: Thực hiện 2025 · E: Kế hoạch 2026 · F: Ước thực hiện 2026 · G: Kế hoạch 2027 · H = F/D (%)",
    );
  });

  it("tells a year kept in the file that the title contradicts, and checks for the title's", async () => {
    const out = path.join(dir, "nam-luu-sai.xlsx");
    expect((await phuluc(["xac-nhan", titled, "-o", out, "--year", "2021"])).code).toBe(0);
    const check = await phuluc(["check", out]);
    expect(check.stdout.split("\n")[0]).toBe(`${out} (năm 2026, cấp huyện): 0 lỗi, 1 cảnh báo, 0 ghi chú`);
    expect(check.stdout).toContain(
      `  (Năm lưu trong tệp là 2021, khác năm 2026 theo tên bảng: kiểm tra theo năm 2026. Nếu năm lưu sai, sửa bằng phuluc xac-nhan ${out} -o <tệp mới>.xlsx --year 2026.)`,
    );
  });

  it("xac-nhan stores a column's reading; a year it names then tells the table's year", async () => {
    const out = path.join(dir, "da-xac-nhan-cot.xlsx");
    const result = await phuluc(["xac-nhan", yearless, "-o", out, "--column", "G=Kế hoạch năm 2027"]);
    expect(result.stdout.split("\n")[0]).toBe(`Đã ghi ${out}: đã lưu cách đọc 1 cột.`);
    const check = await phuluc(["check", out]);
    expect(check.stdout.split("\n")[0]).toBe(`${out} (năm 2026, cấp huyện): 0 lỗi, 1 cảnh báo, 0 ghi chú`);
    expect(check.stdout).toContain(
      "      D: Thực hiện 2025 · E: Kế hoạch 2026 · F: Ước thực hiện 2026 · G: Kế hoạch 2027 (đã sửa) · H = F/D (%)",
    );
  });

  it("fill keeps the readings it was given in its output", async () => {
    const out = path.join(dir, "da-dien.xlsx");
    const fill = await phuluc(["fill", titled, "-o", out, "--column", "H=F/E (%)"]);
    expect(fill.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect((wb.getWorksheet("Biểu 01")!.getCell("H4").value as ExcelJS.CellFormulaValue).formula).toBe(
      'IF(AND(ISNUMBER(F4),ISNUMBER(E4)),IF(E4=0,"",F4/E4*100),"")',
    );
    expect((await phuluc(["check", out])).stdout).toContain("H = F/E (%) (đã sửa)");
  });

  it("refuses a reading it cannot use, with one line and exit 2", async () => {
    const syntax = await phuluc(["check", titled, "--column", "Biểu 01 H F/D"]);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain("«Biểu 01 H F/D» không phải cách đọc cột");
    const unknown = await phuluc(["check", titled, "--column", "H=Z/D"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Không hiểu cách đọc «Z/D» cho cột H");
    const noTable = await phuluc(["check", titled, "--column", "Biểu 01!Q=Kế hoạch 2027"]);
    expect(noTable.code).toBe(2);
    expect(noTable.stderr).toContain("không có bảng nào có cột Q («Biểu 01»)");
  });
});

describe("a year alone over a column whose kind nothing tells", () => {
  /** «Năm 2025 | Năm 2026 | 2026/2025», no title: the kinds are not known (nor is N). */
  let bare: string;
  beforeAll(async () => {
    bare = path.join(dir, "nam-tran.xlsx");
    await bareYearsWorkbook().xlsx.writeFile(bare);
  });

  it("says plainly that the kind is not known, shows no placeholder kind, and says how to confirm it", async () => {
    const result = await phuluc(["check", bare, "--all"]);
    expect(result.stdout).toContain(
      "      D: số liệu năm 2025, chưa rõ là thực hiện, ước thực hiện hay kế hoạch (cần xác nhận) · " +
        "E: số liệu năm 2026, chưa rõ là thực hiện, ước thực hiện hay kế hoạch (cần xác nhận) · F = E/D (%)\n",
    );
    expect(result.stdout).toContain(
      `      Cột chỉ ghi năm: hãy cho biết mỗi cột là số gì, ví dụ phuluc xac-nhan ${bare} -o <tệp mới>.xlsx ` +
        '--column "Biểu 01!D=Thực hiện năm 2025" (hoặc «Ước thực hiện năm 2025», «Kế hoạch năm 2025»); ' +
        "trong phần bổ trợ: nút «Sửa» cạnh cột; trên trang web: «Sửa cách đọc…».\n",
    );
    expect(result.stdout).not.toContain("Thực hiện 2025");
  });

  it("marks the column in JSON, and a column the user confirmed is read as confirmed", async () => {
    const json = JSON.parse((await phuluc(["check", bare, "--json"])).stdout) as {
      files: { tables: { columns: { column: string; kindUnknown: boolean; text: string }[] }[] }[];
    };
    const columns = json.files[0].tables[0].columns;
    expect(columns.filter((c) => c.kindUnknown).map((c) => c.column)).toEqual(["D", "E"]);
    const confirmed = await phuluc(["check", bare, "--all", "--column", "Biểu 01!D=Thực hiện năm 2025"]);
    expect(confirmed.stdout).toContain("      D: Thực hiện 2025 (đã sửa) · E: số liệu năm 2026, chưa rõ");
    expect(confirmed.stdout).toContain('--column "Biểu 01!E=Thực hiện năm 2026"');
  });

  it("tong-hop keeps the file out and asks for the columns' readings (the years they name tell N), not a year", async () => {
    const out = path.join(dir, "tong-hop-nam-tran.xlsx");
    const result = await phuluc(["tong-hop", bare, "-o", out, "--year", "2026"]);
    expect(result.stdout + result.stderr).toContain(
      `  ${bare}: tiêu đề cột chỉ ghi năm, chưa rõ là số thực hiện, ước hay kế hoạch: ` +
        "cột Biểu 01!D «Năm 2025» (số liệu năm 2025, chưa rõ loại số liệu), " +
        "cột Biểu 01!E «Năm 2026» (số liệu năm 2026, chưa rõ loại số liệu); hãy xác nhận cách đọc từng cột",
    );
    const confirmed = path.join(dir, "nam-tran-da-xac-nhan.xlsx");
    await phuluc([
      "xac-nhan",
      bare,
      "-o",
      confirmed,
      "--column",
      "Biểu 01!D=Thực hiện năm 2025",
      "--column",
      "Biểu 01!E=Ước thực hiện năm 2026",
    ]);
    const again = await phuluc([
      "tong-hop",
      confirmed,
      "-o",
      path.join(dir, "tong-hop-2.xlsx"),
      "--year",
      "2026",
    ]);
    expect(again.stdout).toContain("1 huyện được tổng hợp, 0 tệp không đưa vào tổng");
  });
});
