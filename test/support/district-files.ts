/**
 * A province's inbox for the consolidation tests: district workbooks made from the seed 001 appendices (Tuần Giáo's
 * 2021 forecast and 2022 plan) with each district's own figures on a few indicators, written the ways they arrive —
 * converted to numbers, pasted as text, typed in TCVN3 — plus a damaged file, a second file from one district and a
 * district's report for the year before.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { encodeLegacy } from "../../src/core/text";
import { grassrootsTemplate } from "../../src/core/templates";
import { bookOfPort, portOf, rowOfCode } from "./workbooks";
import { fixtureRows, pasteTable, type FixtureName, type PasteMode } from "./fixtures";

/** Indicator name prefixes of the seed tables the districts change (column 2 of the fixtures). */
export const NAMES = {
  points: "Tổng số điểm phục vụ bưu chính",
  vhxRate: "Tỷ lệ xã có điểm Bưu điện VHX",
  revenue: "Tổng doanh thu dịch vụ bưu chính",
  phones: "Tổng số thuê bao điện thoại",
} as const;

/** A district's own figures: indicator → [forecast column 4, 5, 6] and [plan column 4, 5]; null leaves it empty. */
export type Overrides = Partial<
  Record<keyof typeof NAMES, { forecast?: (string | number | null)[]; plan?: (string | number | null)[] }>
>;

interface DistrictSpec {
  file: string;
  unit: string;
  mode: PasteMode;
  tcvn3?: boolean;
  /** Grassroots-information results typed into our own "TTCS" sheet, by code. */
  grassroots?: Record<string, number | string>;
  /** Years shifted by this many (−1: the report of the year before). */
  shift?: number;
  overrides: Overrides;
}

function attachedLine(unit: string, year: number): string {
  return `(Kèm theo kế hoạch số:      /KH-UBND ngày      tháng 6 năm ${year} của UBND ${unit})`;
}

function fixtureLine(fixture: FixtureName, prefix: string): number {
  const i = fixtureRows(fixture).findIndex((cells) => (cells[1] ?? "").trim().startsWith(prefix));
  if (i < 0) throw new Error(`${prefix} not in ${fixture}`);
  return i;
}

function addTable(
  workbook: ExcelJS.Workbook,
  spec: DistrictSpec,
  fixture: FixtureName,
  sheetYear: number,
  title: string,
): void {
  const ws = workbook.addWorksheet(`${fixture.includes("du-bao") ? "Dự báo" : "Kế hoạch"} ${sheetYear}`);
  const rows = pasteTable(ws, {
    fixture,
    origin: { row: 4, col: 0 },
    mode: spec.mode,
    titleLines: ["PHỤ LỤC", title, attachedLine(spec.unit, 2021)],
  });
  const part = fixture.includes("du-bao") ? "forecast" : "plan";
  for (const [key, values] of Object.entries(spec.overrides)) {
    const figures = values[part];
    if (!figures) continue;
    const r = rows[fixtureLine(fixture, NAMES[key as keyof typeof NAMES])];
    figures.forEach((v, i) => {
      ws.getCell(r + 1, 4 + i).value = v;
    });
  }
  const shift = spec.shift ?? 0;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value !== "string") return;
      let text = cell.value;
      if (shift !== 0) text = text.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + shift));
      if (spec.tcvn3) text = encodeLegacy(text, "tcvn3");
      cell.value = text;
      if (spec.tcvn3) cell.font = { name: ".VnTime", italic: cell.font?.italic ?? false };
    }),
  );
}

async function writeDistrict(dir: string, spec: DistrictSpec): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const n = 2021 + (spec.shift ?? 0);
  addTable(workbook, spec, "seed-001-du-bao-2021", n, `DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM ${2021}`);
  addTable(workbook, spec, "seed-001-ke-hoach-2022", n + 1, `CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM ${2022}`);
  const file = path.join(dir, spec.file);
  if (!spec.grassroots) {
    await workbook.xlsx.writeFile(file);
    return file;
  }
  // Our grassroots sheet inserted into the district's own workbook, as the page or the add-in inserts it.
  const port = await portOf(workbook);
  const plan = grassrootsTemplate.plan({ year: n, unit: spec.unit, level: "huyen" });
  await port.addSheets([plan]);
  const ws = bookOfPort(port).sheet(plan.name);
  await port.writeCells({
    [plan.name]: Object.entries(spec.grassroots).map(([code, value]) => ({
      row: rowOfCode(ws, code) - 1,
      col: 5,
      value,
    })),
  });
  writeFileSync(file, port.save());
  return file;
}

/**
 * The inbox, in the order a folder lists it:
 * 1-tuan-giao.xlsx      huyện Tuần Giáo, the seed figures as published, converted to numbers, and our grassroots
 *                       sheet with 1.1 at 95 (target 92,3: met) and 1.2 at "5,5" (target 6,4: below);
 * 2-muong-ang.xlsx      huyện Mường Ảng, pasted from Word as text, its own figures ("1.500", "75,5", "40.000");
 * 3-tua-chua.xlsx       huyện Tủa Chùa, every text in TCVN3, its own figures, the phone subscribers not reported;
 * 4-hong.xlsx           not a workbook at all;
 * 5-muong-ang-gui-lai.xlsx  Mường Ảng's file sent a second time;
 * 6-dien-bien-2020.xlsx huyện Điện Biên's report of 2020 (forecast 2020, plan 2021).
 */
export async function districtInbox(dir: string): Promise<string[]> {
  const files = [
    await writeDistrict(dir, {
      file: "1-tuan-giao.xlsx",
      unit: "huyện Tuần Giáo",
      mode: "numbers",
      overrides: {},
      grassroots: { "ttcs.1.1": 95, "ttcs.1.2": "5,5" },
    }),
    await writeDistrict(dir, {
      file: "2-muong-ang.xlsx",
      unit: "huyện Mường Ảng",
      mode: "text",
      overrides: {
        points: { forecast: ["25", "28", "30"], plan: ["30", "32"] },
        vhxRate: { forecast: ["70", "72,5", "75,5"], plan: ["75,5", "80"] },
        revenue: { forecast: ["1.200", "700", "1.500"], plan: ["1.500", "1.800"] },
        phones: { forecast: ["35.000", "37.500", "40.000"], plan: ["40.000", "45.000"] },
      },
    }),
    await writeDistrict(dir, {
      file: "3-tua-chua.xlsx",
      unit: "huyện Tủa Chùa",
      mode: "numbers",
      tcvn3: true,
      overrides: {
        points: { forecast: [8, 9, 10], plan: [10, 12] },
        vhxRate: { forecast: [85, 88, 90], plan: [90, 95] },
        revenue: { forecast: [600, 350, 800], plan: [800, 900] },
        phones: { forecast: [null, null, null], plan: [null, null] },
      },
    }),
  ];
  const broken = path.join(dir, "4-hong.xlsx");
  writeFileSync(broken, "Đây không phải là tệp Excel.");
  files.push(broken);
  const again = path.join(dir, "5-muong-ang-gui-lai.xlsx");
  copyFileSync(files[1], again);
  files.push(again);
  files.push(
    await writeDistrict(dir, {
      file: "6-dien-bien-2020.xlsx",
      unit: "huyện Điện Biên",
      mode: "numbers",
      shift: -1,
      overrides: { points: { forecast: [1000, 1000, 1000], plan: [1000, 1000] } },
    }),
  );
  return files;
}

/** `count` districts' files (seed 001's two appendices as published, each district its own name), for print tests. */
export async function manyDistricts(dir: string, count: number): Promise<string[]> {
  const files: string[] = [];
  for (let i = 1; i <= count; i++)
    files.push(
      await writeDistrict(dir, {
        file: `huyen-${String(i).padStart(2, "0")}.xlsx`,
        unit: `huyện Số ${i}`,
        mode: "numbers",
        overrides: { points: { forecast: [10 + i, 11 + i, 12 + i], plan: [12 + i, 13 + i] } },
      }),
    );
  return files;
}
