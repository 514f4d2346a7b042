/**
 * `phuluc demo`: the forecast of year N and the plan for year N+1, filled with the figures of seed 001 (a real
 * district's published tables, ./seed-001.ts) moved to this year's forms, so a newcomer sees what the tools do on a
 * realistic table: the comparison columns computed, and the checker finding the mistakes listed in DEMO_MISTAKES.
 *
 * The mistakes are the district's own, kept as published, and one added on purpose (a number typed as text, the most
 * common mistake in tables pasted from Word). Nothing else in the figures is changed.
 */
import { planInsert } from "../actions/insert";
import type { FindingCode } from "../findings";
import type { PlannedCell, SheetPlan } from "../model/plan";
import { seed001Figures, SEED_001_SOURCE } from "./seed-001";

export { seed001Figures, SEED_001_SOURCE };

/** The unit the demo's tables are "attached to", as in seed 001. */
export const DEMO_UNIT = "huyện Tuần Giáo";

export type DemoTable = "du-bao" | "ke-hoach";

/** A mistake the demo workbook carries: where, and the finding the checker reports on each of its cells. */
export interface DemoMistake {
  finding: FindingCode;
  table: DemoTable;
  /** The indicator's catalog code (its row). */
  code: string;
  /** The form's column numbers (4, 5, 6) of the cells the finding is on. */
  columns: readonly number[];
  /** Why it is a mistake, Vietnamese first, English beside. */
  why: string;
  /** Present when the demo changes the published figure to make the mistake: what it types instead (one column). */
  typed?: string;
}

/**
 * Everything the checker finds in the demo: one finding per listed cell, all errors but the text number (a
 * warning), and nothing else above a note. The test of `phuluc demo` checks exactly this.
 */
export const DEMO_MISTAKES: readonly DemoMistake[] = [
  {
    finding: "sum/mismatch",
    table: "du-bao",
    code: "ict.01",
    columns: [4],
    why:
      "Thực hiện năm trước: 16 điểm Bưu điện VHX + 5 điểm khác = 21, bảng ghi tổng 22 (như văn bản gốc). / " +
      "Last year: 16 + 5 service points is 21, the total says 22 (as published).",
  },
  ...(["du-bao", "ke-hoach"] as const).flatMap((table) =>
    ["ict.25", "ict.26"].map((code): DemoMistake => ({
      finding: "unit/period-overflow",
      table,
      code,
      columns: table === "du-bao" ? [4, 5, 6] : [4, 5],
      why:
        "Thời lượng phát thanh «giờ/ngày» ghi 6.570 và 3.285 (số giờ cả năm, cả nửa năm), quá 24 giờ một ngày (như văn bản gốc). / " +
        "Radio hours per day given as 6,570 and 3,285 (the hours of a year, of half a year), over 24 (as published).",
    })),
  ),
  {
    finding: "percent/out-of-range",
    table: "du-bao",
    code: "ict.32",
    columns: [4, 5],
    why:
      "Chỉ tiêu tỷ lệ (%) lại ghi số hồ sơ 1.483 và 917 (như văn bản gốc ghi, đơn vị «DVC»). / " +
      "A rate (%) given as counts of records, 1,483 and 917 (as published, unit «DVC»).",
  },
  {
    finding: "cross/mismatch",
    table: "ke-hoach",
    code: "ict.07",
    columns: [4],
    why:
      "Bảng kế hoạch ghi thực hiện năm N là 10%, bảng dự báo ước cả năm N là 13% (như văn bản gốc). / " +
      "The plan gives 10% done in year N, the forecast estimates 13% for the same year (as published).",
  },
  {
    finding: "number/text",
    table: "du-bao",
    code: "ict.15",
    columns: [6],
    typed: "5.990",
    why:
      "Thêm vào ví dụ: số 5.990 lưu dạng chữ, như khi dán từ Word; tỉnh không cộng được. / " +
      "Added for the demo: 5,990 stored as text, as after pasting from Word; it cannot be summed.",
  },
];

/** The plan of each demo sheet, with the figures and the mistakes written into its input cells. */
export function demoPlans(year: number): SheetPlan[] {
  const plans = planInsert([], {
    templateIds: ["du-bao", "ke-hoach"],
    year,
    unit: DEMO_UNIT,
    level: "huyen",
  });
  return plans.map((plan) => withFigures(plan, plan.templateId === "du-bao" ? "du-bao" : "ke-hoach"));
}

/** The form column numbers of a table's input columns, in order. */
const INPUT_COLUMNS: Record<DemoTable, readonly number[]> = { "du-bao": [4, 5, 6], "ke-hoach": [4, 5] };

function withFigures(plan: SheetPlan, table: DemoTable): SheetPlan {
  const rowOfCode = new Map<string, number>();
  for (const cell of plan.cells)
    if (cell.role === "code" && typeof cell.value === "string") rowOfCode.set(cell.value, cell.row);
  const inputs = new Map<number, PlannedCell[]>();
  for (const cell of plan.cells) {
    if (cell.role !== "input") continue;
    const list = inputs.get(cell.row) ?? [];
    list.push(cell);
    inputs.set(cell.row, list);
  }
  const values = new Map<PlannedCell, string | number>();
  const set = (code: string, column: number, value: string | number | null) => {
    const row = rowOfCode.get(code);
    if (row === undefined) throw new Error(`demo: no row for ${code}`);
    const cells = [...(inputs.get(row) ?? [])].sort((a, b) => a.col - b.col);
    const cell = cells[INPUT_COLUMNS[table].indexOf(column)];
    if (!cell) throw new Error(`demo: no input column ${column} for ${code}`);
    if (value === null) values.delete(cell);
    else values.set(cell, value);
  };
  for (const [code, forecast, next] of seed001Figures) {
    const figures = table === "du-bao" ? forecast : next;
    figures.forEach((value, i) => set(code, INPUT_COLUMNS[table][i], value));
  }
  for (const mistake of DEMO_MISTAKES)
    if (mistake.table === table && mistake.typed !== undefined)
      set(mistake.code, mistake.columns[0], mistake.typed);
  return {
    ...plan,
    cells: plan.cells.map((cell) => (values.has(cell) ? { ...cell, value: values.get(cell) } : cell)),
  };
}
