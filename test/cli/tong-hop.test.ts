/**
 * `phuluc tong-hop` end to end: a province's inbox of district workbooks made from the seed 001 appendices (numbers,
 * text pasted from Word, TCVN3, a damaged file, a district's second file, last year's report) is consolidated, then
 * LibreOffice recalculates the consolidated workbook and the province figures are asserted against totals worked
 * out by hand from the figures in test/support/district-files.ts.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { phuluc, tempDir, type CliResult } from "../support/cli";
import { districtInbox } from "../support/district-files";
import { libreOfficeRequired, recalculate, resultOf } from "../support/libreoffice";
import {
  a1Address as address,
  consolidatedColumn as column,
  readXlsx,
  rowOfCode,
  sheet,
  type Book,
  type Sheet,
} from "../support/workbooks";

const FORECAST = "Dự báo 2021";
const PLAN = "Kế hoạch 2022";
const STATUS = "Tình trạng";

/** The 1-based column whose row-5 header starts with `text`. */
function headerColumn(ws: Sheet, text: string): number {
  const found = (ws.model.rows[4] ?? []).findIndex(
    (cell) => typeof cell?.value === "string" && cell.value.startsWith(text),
  );
  if (found < 0) throw new Error(`no header «${text}» in ${ws.name}`);
  return found + 1;
}

let dir: string;
let output: string;
let result: CliResult;
let written: Book;

beforeAll(async () => {
  dir = tempDir("phuluc-tong-hop-");
  await districtInbox(dir);
  output = path.join(dir, "tong-hop.xlsx");
  result = await phuluc(["tong-hop", dir, "-o", output]);
  written = readXlsx(output);
}, 120_000);

describe("phuluc tong-hop", () => {
  it("writes the workbook, says which files stayed out and why, and exits 2 for the unreadable one", () => {
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("3 huyện được tổng hợp, 3 tệp không đưa vào tổng");
    expect(result.stderr).toMatch(/4-hong\.xlsx: không phải tệp \.xlsx/);
    expect(result.stderr).toMatch(/5-muong-ang-gui-lai\.xlsx: cùng huyện với tệp 2-muong-ang/);
    expect(result.stderr).toMatch(/6-dien-bien-2020\.xlsx: báo cáo năm 2020, không phải năm 2021/);
    expect(written.names).toEqual([STATUS, FORECAST, PLAN, "TTCS 2021"]);
  });

  it("lists every file on the status sheet with its district, year and state", () => {
    const ws = sheet(written, STATUS);
    const rows = [5, 6, 7, 8, 9, 10].map((r) => ({
      district: ws.value(`B${r}`),
      year: ws.value(`D${r}`),
      state: ws.value(`G${r}`),
    }));
    expect(rows).toEqual([
      { district: "huyện Tuần Giáo", year: 2021, state: "Có" },
      { district: "huyện Mường Ảng", year: 2021, state: "Có" },
      // The TCVN3 title line, read as Unicode.
      { district: "huyện Tủa Chùa", year: 2021, state: "Có" },
      { district: "4-hong", year: null, state: "Không: không phải tệp .xlsx" },
      {
        district: "huyện Mường Ảng",
        year: 2021,
        state: "Không: cùng huyện với tệp 2-muong-ang (đã tổng hợp tệp đó)",
      },
      { district: "huyện Điện Biên", year: 2020, state: "Không: báo cáo năm 2020, không phải năm 2021" },
    ]);
  });

  it("grades the grassroots targets and links each graded cell to the district's figure", () => {
    const ws = sheet(written, STATUS);
    // Tuần Giáo reported 1.1 at 95 (target 92,3) and 1.2 at "5,5" (target 6,4); nobody else has a grassroots sheet.
    expect(ws.value("H5")).toBe("Đạt");
    expect(ws.value("I5")).toBe("Chưa đạt (thiếu 0,9)");
    expect(ws.value("J5")).toBe("Chưa có số liệu");
    expect(ws.value("H6")).toBe("Chưa báo cáo");
    const link = ws.layout.links.find((l) => l.row === 4 && l.col === 7);
    const target = /^'(.+)'!([A-Z]+\d+)$/.exec(link?.location ?? "");
    expect(target?.[1]).toBe("TTCS 2021");
    expect(sheet(written, "TTCS 2021").value(target![2])).toBe(95);
    expect(ws.layout.links.some((l) => l.row === 4 && l.col === 8)).toBe(true);
  });

  it("keeps an unreported figure empty, never zero, and traces every figure to its file, sheet and cell", () => {
    const ws = sheet(written, FORECAST);
    const phones = rowOfCode(ws, "ict.12");
    expect(ws.value(address(phones, column(ws, "Ước thực hiện cả năm 2021", "huyện Tủa Chùa")))).toBeNull();
    expect(ws.value(address(phones, column(ws, "Ước thực hiện cả năm 2021", "huyện Mường Ảng")))).toBe(40000);

    const source = headerColumn(ws, "Nguồn: huyện Tủa Chùa (3-tua-chua)");
    expect(ws.layout.columns.find((c) => source - 1 >= c.min && source - 1 <= c.max)?.hidden).toBe(true);
    // The seed's indicator 1 is the fifth line of the table pasted at A5: row 9 of the district's sheet.
    expect(ws.value(address(rowOfCode(ws, "ict.01"), source))).toBe(
      "Dự báo 2021!D9; Dự báo 2021!E9; Dự báo 2021!F9",
    );
  });

  it.runIf(libreOfficeRequired)(
    "gives the province totals, spreads and comparisons once LibreOffice has recalculated them",
    async () => {
      const [recalculated] = await recalculate([output]);
      const ws = sheet(written, FORECAST);
      const at = (code: string, figure: string, label: string) =>
        resultOf(recalculated, FORECAST, address(rowOfCode(ws, code), column(ws, figure, label)));
      const compare = (code: string, header: string) =>
        resultOf(recalculated, FORECAST, address(rowOfCode(ws, code), headerColumn(ws, header)));

      // Points of postal service: 22 + 25 + 8 in 2020, 22 + 28 + 9 in the first half, 22 + 30 + 10 estimated.
      expect(at("ict.01", "Thực hiện năm 2020", "Toàn tỉnh")).toBe(55);
      expect(at("ict.01", "Thực hiện 6 tháng 2021", "Toàn tỉnh")).toBe(59);
      expect(at("ict.01", "Ước thực hiện cả năm 2021", "Toàn tỉnh")).toBe(62);
      // 62 / 55 and 59 / 62, in percent.
      expect(compare("ict.01", "Toàn tỉnh: so sánh ước thực hiện")).toBeCloseTo(112.727, 2);
      expect(compare("ict.01", "Toàn tỉnh: so sánh thực hiện 6 tháng")).toBeCloseTo(95.161, 2);
      // Revenue, "1.500" pasted as text in Mường Ảng: 2 700 + 1 500 + 800; 2 400 + 1 200 + 600 the year before.
      expect(at("ict.05", "Ước thực hiện cả năm 2021", "Toàn tỉnh")).toBe(5000);
      expect(at("ict.05", "Thực hiện năm 2020", "Toàn tỉnh")).toBe(4200);
      expect(compare("ict.05", "Toàn tỉnh: so sánh ước thực hiện")).toBeCloseTo(119.048, 2);
      // Phone subscribers, not reported by Tủa Chùa: 61 935 + 40 000.
      expect(at("ict.12", "Ước thực hiện cả năm 2021", "Toàn tỉnh")).toBe(101935);
      // A rate is not summed: 100, "75,5" and 90 give their lowest, median and highest.
      expect(at("ict.02", "Ước thực hiện cả năm 2021", "Toàn tỉnh")).toBe("(*)");
      expect(at("ict.02", "Ước thực hiện cả năm 2021", "Thấp nhất")).toBe(75.5);
      expect(at("ict.02", "Ước thực hiện cả năm 2021", "Trung vị")).toBe(90);
      expect(at("ict.02", "Ước thực hiện cả năm 2021", "Cao nhất")).toBe(100);
      expect(compare("ict.02", "Toàn tỉnh: so sánh ước thực hiện")).toBe("");
      // Nobody reported the share of Internet users: empty, not 0.
      expect(at("ict.16", "Ước thực hiện cả năm 2021", "Thấp nhất")).toBe("");

      const planSheet = sheet(written, PLAN);
      const planAt = (code: string, figure: string, label: string) =>
        resultOf(recalculated, PLAN, address(rowOfCode(planSheet, code), column(planSheet, figure, label)));
      // Plan 2022: 22 + 32 + 12 points against 22 + 30 + 10; revenue 3 000 + 1 800 + 900 against 5 000.
      expect(planAt("ict.01", "Kế hoạch năm 2022", "Toàn tỉnh")).toBe(66);
      expect(planAt("ict.01", "Thực hiện năm 2021", "Toàn tỉnh")).toBe(62);
      expect(planAt("ict.05", "Kế hoạch năm 2022", "Toàn tỉnh")).toBe(5700);
      const planCompare = address(
        rowOfCode(planSheet, "ict.05"),
        headerColumn(planSheet, "Toàn tỉnh: so sánh"),
      );
      expect(resultOf(recalculated, PLAN, planCompare)).toBeCloseTo(114, 6);
    },
    180_000,
  );

  it("refuses an output that is not .xlsx and writes nothing when no file can be consolidated", async () => {
    const bad = await phuluc(["tong-hop", dir, "-o", path.join(dir, "tong-hop.pdf")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.xlsx/);
    const nothing = await phuluc(["tong-hop", path.join(dir, "4-hong.xlsx"), "-o", path.join(dir, "x.xlsx")]);
    expect(nothing.code).toBe(2);
    // Nothing readable is said as such, with the file's reason, not as a year no header gives.
    expect(nothing.stderr).toMatch(/4-hong\.xlsx: không phải tệp \.xlsx/);
    expect(nothing.stderr).toContain("Không đọc được tệp nào");
    expect(nothing.stderr).not.toContain("năm báo cáo");
  });

  it("takes --year: last year's report is then the one consolidated, and skips an earlier output", async () => {
    const out = path.join(tempDir(), "2020.xlsx");
    const r = await phuluc(["tong-hop", dir, "-o", out, "--year", "2020", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      ": 1 district consolidated, 6 files kept out of the totals (see the «Status» sheet).",
    );
    // The folder now also holds the first run's output: listed, never taken for a district.
    expect(r.stderr).toContain("tong-hop.xlsx: this is a consolidated workbook, not a district's report");
    const ws = sheet(readXlsx(out), "Dự báo 2020");
    expect(
      ws.value(address(rowOfCode(ws, "ict.01"), column(ws, "Full-year estimate 2020", "huyện Điện Biên"))),
    ).toBe(1000);
  });
});
