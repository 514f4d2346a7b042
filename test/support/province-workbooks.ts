/**
 * Workbooks headed in other provinces' words (issue 16's QA pass), made here rather than committed: forecast, plan,
 * half-year, quarter, month and nine-month tables as provinces, districts and communes head them — one, two and
 * three header rows, years merged over kinds and kinds over years, relative years only, no title, abbreviations,
 * no diacritics, capitals, Alt+Enter line breaks, double spaces, Word's non-breaking spaces, TCVN3, figures typed as
 * text, the issuing authority's heading.
 *
 * Each case states **what an official means** before any tool reads it: each column's meaning (`cols`: the figure it
 * holds, as a kind, a period and a year relative to the report year N, or the comparison it computes between two of
 * those figures), the report year N (absent when nothing in the file tells it: the tool must ask), where N is told,
 * and the district. The expected reading in the header grammar's notation is written from that meaning
 * (`expectedReadings`), not from the tool. Three indicator rows follow each header: in every comparison column the
 * first row is left empty (fill must fill it), the second holds the right value typed by hand, the third a wrong
 * one (the check must find it).
 */
import ExcelJS from "exceljs";
import { encodeLegacy } from "../../src/core/text";

/** A figure an official means, relative to the report year N. */
export type FigureKey =
  | "TH-2" // actual of year N-2
  | "TH-1" // actual of year N-1
  | "TH0" // actual of year N (a plan table's «Thực hiện năm N»)
  | "KH0" // plan of year N
  | "UTH0" // estimate of year N
  | "KH1" // plan of year N+1
  | "H1" // actual of the first half of N
  | "UH1" // estimate of the first half of N
  | "UH2" // estimate of the second half of N («6 tháng cuối năm»: a period the notation has no word for)
  | "H1-1" // actual of the first half of N-1 («cùng kỳ»)
  | "Q1" // actual of the first quarter of N
  | "Q1-1" // actual of the first quarter of N-1
  | "M" // actual of the report month of N
  | "LK" // cumulative through the report month of N
  | "9M" // actual of the first nine months of N
  | "9M-1" // actual of the first nine months of N-1 («cùng kỳ» beside «9 tháng»)
  | "Q3" // actual of the third quarter of N
  | "Q3-1" // actual of the third quarter of N-1 («cùng kỳ» of a quarter)
  | "LK9" // cumulative through the first nine months of N («Lũy kế 9 tháng»)
  | "MT-1" // target set for year N-1 («Mục tiêu đến năm 2025»)
  | "LK9-1" // cumulative through the first nine months of N-1 («Cộng dồn 9 tháng 2025»)
  | "UM" // estimate of the report month of N («Ước thực hiện tháng 12»)
  | "KH2" // plan of year N+2 (a three-year plan's second year)
  | "KH3" // plan of year N+3
  | "Y+1" // a year alone «Năm 2027» after the report year, its kind not told (read «actual» until confirmed)
  | "CK-1" // a «cùng kỳ» of N-1 whose period nothing in the header decides (read with no period: asked)
  | "GIAO0" // target of year N («chỉ tiêu giao»)
  | "DT0" // budget of year N («dự toán»)
  | "Q2" // actual of the second quarter of N
  | "Q2-1" // actual of the second quarter of N-1
  | "LK6" // cumulative through the first half of N («Lũy kế 6 tháng»)
  | "UQ4" // estimate of the fourth quarter of N («Ước thực hiện quý IV»)
  | "P0"; // actual of N through a day inside a month («Thực hiện đến 15/12/2026»: a period the notation has no word for)

const FIGURES: Record<FigureKey, { kind: string; period: string; offset: number }> = {
  "TH-2": { kind: "actual", period: "year", offset: -2 },
  "TH-1": { kind: "actual", period: "year", offset: -1 },
  TH0: { kind: "actual", period: "year", offset: 0 },
  KH0: { kind: "plan", period: "year", offset: 0 },
  UTH0: { kind: "estimate", period: "year", offset: 0 },
  KH1: { kind: "plan", period: "year", offset: 1 },
  H1: { kind: "actual", period: "h1", offset: 0 },
  UH1: { kind: "estimate", period: "h1", offset: 0 },
  UH2: { kind: "estimate", period: "period", offset: 0 },
  "H1-1": { kind: "actual", period: "h1", offset: -1 },
  Q1: { kind: "actual", period: "q1", offset: 0 },
  "Q1-1": { kind: "actual", period: "q1", offset: -1 },
  M: { kind: "actual", period: "month", offset: 0 },
  LK: { kind: "cumulative", period: "month", offset: 0 },
  "9M": { kind: "actual", period: "9m", offset: 0 },
  "9M-1": { kind: "actual", period: "9m", offset: -1 },
  Q3: { kind: "actual", period: "q3", offset: 0 },
  "Q3-1": { kind: "actual", period: "q3", offset: -1 },
  LK9: { kind: "cumulative", period: "9m", offset: 0 },
  "MT-1": { kind: "target", period: "year", offset: -1 },
  "LK9-1": { kind: "cumulative", period: "9m", offset: -1 },
  UM: { kind: "estimate", period: "month", offset: 0 },
  KH2: { kind: "plan", period: "year", offset: 2 },
  KH3: { kind: "plan", period: "year", offset: 3 },
  "CK-1": { kind: "actual", period: "period", offset: -1 },
  "Y+1": { kind: "actual", period: "year", offset: 1 },
  GIAO0: { kind: "target", period: "year", offset: 0 },
  DT0: { kind: "budget", period: "year", offset: 0 },
  Q2: { kind: "actual", period: "q2", offset: 0 },
  "Q2-1": { kind: "actual", period: "q2", offset: -1 },
  LK6: { kind: "cumulative", period: "h1", offset: 0 },
  UQ4: { kind: "estimate", period: "q4", offset: 0 },
  P0: { kind: "actual", period: "period", offset: 0 },
};

/** The three indicators of every table, with their figures (consistent: a part of the year never exceeds it). */
export const INDICATORS = [
  {
    name: "Tổng doanh thu dịch vụ bưu chính",
    unit: "Triệu đồng",
    code: "ict.05",
    values: {
      "TH-2": 2200,
      "TH-1": 2400,
      TH0: 2700,
      KH0: 2600,
      UTH0: 2700,
      KH1: 3000,
      H1: 1320,
      UH1: 1320,
      UH2: 1380,
      "H1-1": 1200,
      Q1: 610,
      "Q1-1": 550,
      M: 230,
      LK: 1150,
      "9M": 1950,
      "9M-1": 1800,
      Q3: 600,
      "Q3-1": 560,
      LK9: 1950,
      "MT-1": 2500,
      "LK9-1": 1800,
      UM: 240,
      KH2: 3300,
      KH3: 3600,
      "CK-1": 1800,
      "Y+1": 3000,
      GIAO0: 2600,
      DT0: 2500,
      Q2: 710,
      "Q2-1": 650,
      LK6: 1320,
      UQ4: 750,
      P0: 2650,
    },
  },
  {
    name: "Số trạm thu phát sóng thông tin di động (BTS)",
    unit: "Vị trí trạm",
    code: "ict.10",
    values: {
      "TH-2": 110,
      "TH-1": 120,
      TH0: 128,
      KH0: 125,
      UTH0: 128,
      KH1: 136,
      H1: 124,
      UH1: 124,
      UH2: 4,
      "H1-1": 116,
      Q1: 122,
      "Q1-1": 114,
      M: 124,
      LK: 124,
      "9M": 126,
      "9M-1": 118,
      Q3: 126,
      "Q3-1": 120,
      LK9: 126,
      "MT-1": 125,
      "LK9-1": 118,
      UM: 128,
      KH2: 142,
      KH3: 150,
      "CK-1": 118,
      "Y+1": 136,
      GIAO0: 125,
      DT0: 125,
      Q2: 124,
      "Q2-1": 116,
      LK6: 124,
      UQ4: 128,
      P0: 127,
    },
  },
  {
    name: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng",
    unit: "%",
    code: "ict.14",
    values: {
      "TH-2": 72,
      "TH-1": 80,
      TH0: 88,
      KH0: 85,
      UTH0: 88,
      KH1: 92,
      H1: 84,
      UH1: 84,
      UH2: 88,
      "H1-1": 76,
      Q1: 82,
      "Q1-1": 74,
      M: 84,
      LK: 84,
      "9M": 86,
      "9M-1": 78,
      Q3: 86,
      "Q3-1": 80,
      LK9: 86,
      "MT-1": 85,
      "LK9-1": 78,
      UM: 88,
      KH2: 95,
      KH3: 97,
      "CK-1": 78,
      "Y+1": 92,
      GIAO0: 85,
      DT0: 85,
      Q2: 84,
      "Q2-1": 76,
      LK6: 84,
      UQ4: 88,
      P0: 87,
    },
  },
] as const satisfies readonly {
  name: string;
  unit: string;
  code: string;
  values: Record<FigureKey, number>;
}[];

/** ratio: A/B × 100 (%); times: A/B as «lần» (1,13); growth: A/B × 100 − 100; diff: A − B. */
export type Op = "ratio" | "times" | "growth" | "diff";

/** What a column holds, as the official means it. */
export type ColumnMeaning =
  | "stt"
  | "name"
  | "unit"
  | "note"
  | "other"
  | { fig: FigureKey }
  /**
   * A header of a year alone («Năm 2025», «2025»): the figure the official means, whose kind the header does not say
   * — the tool must show it as inferred, to be confirmed, and the consolidation must not take it until then.
   */
  | { fig: FigureKey; unsaid: true }
  /** A comparison of two figure columns of the table; `missing` when the table lacks B (said, not filled). */
  | { op: Op; a: FigureKey; b: FigureKey; missing?: true }
  /** A comparison whose words leave open what it compares: the tool must ask, never fill it by a guess. */
  | { ask: Op };

/**
 * A header cell: its text, "<" for the cell merged into the one on its left, "^" for the cell merged into the one
 * above, "" for an empty cell.
 */
export type HeaderCell = string;

export interface TableSpec {
  /** Lines above the header (headings, title, attachment line), one cell each; "" for a blank row. */
  lines: string[];
  header: HeaderCell[][];
  cols: ColumnMeaning[];
  /** Zero-based sheet column of the table's first column (a table pasted at B or C). */
  startCol?: number;
  /**
   * Figures typed as text the Vietnamese way («2.400», «88,8»), as pasted from Word; "space" groups thousands with a
   * space («2 400»); "en" the English way, pasted from an English source («2,400», «112.5»).
   */
  textFigures?: boolean | "space" | "en";
  /** A sector and a group row before the indicators («A | BƯU CHÍNH, VIỄN THÔNG», «I | Bưu chính»). */
  groupRows?: boolean;
  /** STT labels written «1.», «2.», «3.». */
  dottedLabels?: boolean;
  /** STT labels written otherwise («a)», «b)», «c)»; «-»), one per indicator. */
  labels?: readonly string[];
  /** No unit column: each indicator's unit written in its name, «Tổng doanh thu dịch vụ bưu chính (Triệu đồng)». */
  unitInName?: boolean;
  /** Rows typed between the header and the first indicator (a blank spacer, a unit line): cells from the first column. */
  rowsAfterHeader?: readonly (readonly string[])[];
  /** A row typed before the last indicator («Trong đó:», «ĐVT: %»): its cells from the table's first column. */
  rowBeforeLast?: readonly string[];
  /** The header rows typed again before the last indicator, as a table split by a page break is pasted. */
  headerAgainBeforeLast?: boolean;
  /** Rows under the indicators (notes, the place and date, signatures): cells from the table's first column. */
  after?: readonly (readonly string[])[];
}

export interface ProvinceCase {
  id: string;
  /** What the case varies. */
  note: string;
  sheet?: string;
  tables: TableSpec[];
  /** Every text (lines, headers, names, units) typed in TCVN3 with a .VnTime font. */
  tcvn3?: boolean;
  /** Every text typed in VNI (VNI-Times). */
  vni?: boolean;
  /** What the official means. */
  means: {
    /** The report year N; absent when nothing in the file tells it (the tool must ask, never guess). */
    year?: number;
    /** Where N is told: the headers' years, or only the title. */
    yearFrom?: "header" | "title";
    /**
     * When N is not told but the header writes its years («Năm 2025 | Năm 2026»): the year the figures' keys are
     * relative to, for writing the reading (the tool reads the years written, and asks for N).
     */
    yearsWrittenFrom?: number;
    district?: string;
  };
}

const VALUE_FORMAT = (n: number, way: true | "space" | "en"): string => {
  // «2.400», «88,8», «106,67»: the Vietnamese way, as pasted from Word («2 400» with a space, as some type it);
  // «2,400», «112.5» the English way.
  const [thousands, decimal] = way === "en" ? [",", "."] : [way === "space" ? " " : ".", ","];
  const [int, frac] = String(n).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return frac ? `${grouped}${decimal}${frac}` : grouped;
};

/** The value a comparison computes, worked out from the meaning (the oracle, independent of the tool). */
export function comparisonValue(op: Op, a: number, b: number): number {
  if (op === "diff") return a - b;
  if (op === "ratio") return (a / b) * 100;
  if (op === "times") return a / b;
  return (a / b) * 100 - 100;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A wrong value typed in the third row: far from any right one. */
const WRONG: Record<Op, number> = {
  ratio: 150,
  times: 9,
  growth: 50,
  diff: 999,
};

/** Where a table landed on its sheet (zero-based rows and columns). */
export interface TableLayout {
  headerTop: number;
  /** Rows of the three indicators. */
  indicatorRows: number[];
  /** Sheet column of each column of the table. */
  cols: number[];
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Lays the case's tables out on the sheet: rows of cells and the merges, with each table's layout. */
export function layoutOf(c: ProvinceCase): {
  rows: (string | number | null)[][];
  merges: string[];
  tables: TableLayout[];
} {
  const rows: (string | number | null)[][] = [];
  const merges: string[] = [];
  const tables: TableLayout[] = [];
  for (const spec of c.tables) {
    if (tables.length > 0) rows.push([], []);
    const start = spec.startCol ?? 0;
    for (const line of spec.lines) {
      const row: (string | null)[] = new Array<string | null>(start).fill(null);
      if (line !== "") row.push(line);
      rows.push(row);
    }
    const headerTop = rows.length;
    const width = spec.cols.length;
    for (let r = 0; r < spec.header.length; r++) {
      const cells = spec.header[r];
      if (cells.length !== width)
        throw new Error(`${c.id}: header row ${r} has ${cells.length} cells, not ${width}`);
      const row: (string | number | null)[] = new Array<string | null>(start).fill(null);
      for (const text of cells)
        row.push(text === "<" || text === "^" || text === "" ? null : numberOrText(text));
      rows.push(row);
    }
    // Merges: a run of "<" to the right of a cell, "^" below it (rectangles).
    for (let r = 0; r < spec.header.length; r++) {
      for (let k = 0; k < width; k++) {
        const text = spec.header[r][k];
        if (text === "<" || text === "^") continue;
        let right = k;
        while (right + 1 < width && spec.header[r][right + 1] === "<") right++;
        let bottom = r;
        while (bottom + 1 < spec.header.length && spec.header[bottom + 1][k] === "^") bottom++;
        if (right > k || bottom > r)
          merges.push(
            `${columnLetters(start + k)}${headerTop + r + 1}:${columnLetters(start + right)}${headerTop + bottom + 1}`,
          );
      }
    }
    for (const cells of spec.rowsAfterHeader ?? [])
      rows.push([...new Array<null>(start).fill(null), ...cells.map((t) => (t === "" ? null : t))]);
    if (spec.groupRows) {
      rows.push([...new Array<null>(start).fill(null), "A", "BƯU CHÍNH, VIỄN THÔNG"]);
      rows.push([...new Array<null>(start).fill(null), "I", "Bưu chính"]);
    }
    const indicatorRows: number[] = [];
    const cellsRow = (cells: readonly string[]) => [
      ...new Array<null>(start).fill(null),
      ...cells.map((t) => (t === "" ? null : t)),
    ];
    INDICATORS.forEach((ind, i) => {
      if (i === INDICATORS.length - 1 && spec.rowBeforeLast) rows.push(cellsRow(spec.rowBeforeLast));
      if (i === INDICATORS.length - 1 && spec.headerAgainBeforeLast) {
        const top = rows.length;
        for (let r = 0; r < spec.header.length; r++) rows.push([...rows[headerTop + r]]);
        for (const m of merges.filter((x) => {
          const first = /(\d+):/.exec(x);
          return (
            first !== null &&
            Number(first[1]) - 1 >= headerTop &&
            Number(first[1]) - 1 < headerTop + spec.header.length
          );
        }))
          merges.push(m.replace(/(\d+)/g, (n) => String(Number(n) + top - headerTop)));
      }
      const row: (string | number | null)[] = new Array<string | null>(start).fill(null);
      spec.cols.forEach((m) => {
        if (m === "stt") row.push(spec.labels?.[i] ?? (spec.dottedLabels ? `${i + 1}.` : i + 1));
        else if (m === "name") row.push(spec.unitInName ? `${ind.name} (${ind.unit})` : ind.name);
        else if (m === "unit") row.push(ind.unit);
        else if (m === "note" || m === "other" || "ask" in m) row.push(null);
        else if ("fig" in m) {
          const v = ind.values[m.fig];
          row.push(spec.textFigures ? VALUE_FORMAT(v, spec.textFigures) : v);
        } else {
          const a = ind.values[m.a];
          const b = ind.values[m.b];
          const value =
            i === 0 || m.missing ? null : i === 1 ? round2(comparisonValue(m.op, a, b)) : WRONG[m.op];
          row.push(value === null ? null : spec.textFigures ? VALUE_FORMAT(value, spec.textFigures) : value);
        }
      });
      indicatorRows.push(rows.length);
      rows.push(row);
    });
    for (const cells of spec.after ?? []) rows.push(cellsRow(cells));
    tables.push({
      headerTop,
      indicatorRows,
      cols: spec.cols.map((_, k) => start + k),
    });
  }
  return { rows, merges, tables };
}

/** A header cell typed as a number when it is one (a year typed in a cell of its own). */
function numberOrText(text: string): string | number {
  return /^(19|20)\d\d$/.test(text) ? Number(text) : text;
}

export function caseWorkbook(c: ProvinceCase): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(c.sheet ?? "Biểu 01");
  const { rows, merges } = layoutOf(c);
  rows.forEach((cells, r) => {
    cells.forEach((v, k) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, k + 1);
      const legacy = c.tcvn3 ? "tcvn3" : c.vni ? "vni" : undefined;
      cell.value = typeof v === "string" && legacy ? encodeLegacy(v, legacy) : v;
      if (legacy && typeof v === "string") cell.font = { name: legacy === "tcvn3" ? ".VnTime" : "VNI-Times" };
      if (typeof v === "string" && v.includes("\n")) cell.alignment = { wrapText: true };
    });
  });
  for (const m of merges) ws.mergeCells(m);
  return wb;
}

/** The reading the official means for each column of each table, in the notation, operands as sheet letters. */
export function expectedReadings(c: ProvinceCase): string[][] {
  const { tables } = layoutOf(c);
  return c.tables.map((spec, t) => {
    const letterOf = (key: FigureKey) => {
      const k = spec.cols.findIndex((m) => typeof m === "object" && "fig" in m && m.fig === key);
      if (k < 0) throw new Error(`${c.id}: no column holds ${key}`);
      return columnLetters(tables[t].cols[k]);
    };
    return spec.cols.map((m) => {
      if (typeof m === "string") return m;
      if ("fig" in m) return `figure ${figureNotation(m.fig, c.means.year ?? c.means.yearsWrittenFrom)}`;
      if ("ask" in m) return "other";
      const b = m.missing ? `missing(figure ${figureNotation(m.b, c.means.year)})` : letterOf(m.b);
      // The notation names the operation; whether a ratio is ×100 is the column's percent, not its reading.
      const op = m.op === "times" ? "ratio" : m.op;
      return `${op} ${letterOf(m.a)} ${m.op === "diff" ? "-" : "/"} ${b}`;
    });
  });
}

function figureNotation(key: FigureKey, n: number | undefined): string {
  const f = FIGURES[key];
  const year =
    n !== undefined
      ? String(n + f.offset)
      : f.offset === 0
        ? "N"
        : `N${f.offset > 0 ? "+" : "-"}${Math.abs(f.offset)}`;
  return `${f.kind} ${f.period} ${year}`;
}

/** Every comparison column of the case that the tool must fill and check: its cells and the values meant. */
export function expectedComparisons(
  c: ProvinceCase,
): { column: string; op: Op; rows: { cell: string; value: number }[] }[] {
  const { tables } = layoutOf(c);
  return c.tables.flatMap((spec, t) =>
    spec.cols.flatMap((m, k) => {
      if (typeof m === "string" || "fig" in m || "ask" in m || m.missing) return [];
      const letter = columnLetters(tables[t].cols[k]);
      return [
        {
          column: letter,
          op: m.op,
          rows: INDICATORS.map((ind, i) => ({
            cell: `${letter}${tables[t].indicatorRows[i] + 1}`,
            value: comparisonValue(m.op, ind.values[m.a], ind.values[m.b]),
          })),
        },
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The cases

const STD = ["stt", "name", "unit"] as const;
const f = (fig: FigureKey): ColumnMeaning => ({ fig });
const cmp = (op: Op, a: FigureKey, b: FigureKey): ColumnMeaning => ({
  op,
  a,
  b,
});
/** A year alone over a column: the figure meant, its kind not said by the header. */
const y = (fig: FigureKey): ColumnMeaning => ({ fig, unsaid: true });

export const PROVINCE_CASES: ProvinceCase[] = [
  {
    id: "p01-bieu-so-01-viet-tat-nam",
    note: "«BIỂU SỐ 01: ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027» over «TH năm 2025 | ƯTH năm 2026 | KH năm 2027», comparisons «A so với B (%)»; «UBND HUYỆN …» heading",
    tables: [
      {
        lines: [
          "UBND HUYỆN ĐIỆN BIÊN ĐÔNG",
          "",
          "BIỂU SỐ 01: ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027",
          "",
        ],
        header: [
          [
            "TT",
            "Nội dung",
            "ĐVT",
            "TH năm 2025",
            "ƯTH năm 2026",
            "KH năm 2027",
            "ƯTH 2026 so với TH 2025 (%)",
            "KH 2027 so với ƯTH 2026 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Điện Biên Đông" },
  },
  {
    id: "p02-nam-tren-loai-so-sanh-hai-cot",
    note: "two rows: years merged over kinds («Năm 2026» over «Kế hoạch | Ước thực hiện»), «So sánh (%)» merged over «ƯTH/TH» and «KH/ƯTH»; no title",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2026", "<", "Năm 2027", "So sánh (%)", "<"],
          ["^", "^", "^", "Thực hiện", "Kế hoạch", "Ước thực hiện", "Kế hoạch", "ƯTH/TH", "KH/ƯTH"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p03-loai-tren-nam-so",
    note: "two rows: kinds over years typed as numbers («Thực hiện» merged over 2024 | 2025, «Ước thực hiện» over 2026, «Kế hoạch» over 2027), «Tăng/giảm so với cùng kỳ (%)»",
    tables: [
      {
        lines: ["UBND HUYỆN NẬM PỒ", "TỔNG HỢP CÁC CHỈ TIÊU PHÁT TRIỂN THÔNG TIN VÀ TRUYỀN THÔNG", ""],
        header: [
          [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện",
            "<",
            "Ước thực hiện",
            "Kế hoạch",
            "Tăng/giảm so với cùng kỳ (%)",
          ],
          ["^", "^", "^", "2024", "2025", "2026", "2027", "^"],
        ],
        cols: [...STD, f("TH-2"), f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Nậm Pồ" },
  },
  {
    id: "p04-tuong-doi-khong-tieu-de",
    note: "relative years only, no title: «Thực hiện năm trước | Ước thực hiện năm nay | Kế hoạch năm sau», «So sánh ƯTH năm nay với TH năm trước (%)»: the year must be asked",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Tên chỉ tiêu",
            "ĐVT",
            "Thực hiện năm trước",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "So sánh ƯTH năm nay với TH năm trước (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: {},
  },
  {
    id: "p05-tuong-doi-phu-luc-ii",
    note: "relative years under «Phụ lục II — Kế hoạch năm 2027», «+/- so với năm trước» (no %: a difference)",
    tables: [
      {
        lines: ["Phụ lục II — Kế hoạch năm 2027", ""],
        header: [
          [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm trước",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "+/- so với năm trước",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("diff", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p06-sau-thang-phong-vhtt",
    note: "«BÁO CÁO 6 THÁNG ĐẦU NĂM 2026» under «PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN MƯỜNG CHÀ»; «So sánh (%)» merged over «Với KH năm» and «Với cùng kỳ»",
    tables: [
      {
        lines: ["PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN MƯỜNG CHÀ", "", "BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện 6 tháng đầu năm 2026",
            "Cùng kỳ năm 2025",
            "So sánh (%)",
            "<",
          ],
          ["^", "^", "^", "^", "^", "^", "Với KH năm", "Với cùng kỳ"],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("H1-1"), cmp("ratio", "H1", "KH0"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Chà" },
  },
  {
    id: "p07-quy-i",
    note: "quarter report: «Thực hiện quý I/2026 | Cùng kỳ năm trước», «Tỷ lệ so với KH năm (%)», «Tăng, giảm so với cùng kỳ (%)»",
    tables: [
      {
        lines: ["BÁO CÁO KẾT QUẢ THỰC HIỆN QUÝ I NĂM 2026", ""],
        header: [
          [
            "STT",
            "Nội dung",
            "Đơn vị tính",
            "Kế hoạch năm 2026",
            "Thực hiện quý I/2026",
            "Cùng kỳ năm trước",
            "Tỷ lệ so với KH năm (%)",
            "Tăng, giảm so với cùng kỳ (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("Q1"), f("Q1-1"), cmp("ratio", "Q1", "KH0"), cmp("growth", "Q1", "Q1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p08-thang-luy-ke",
    note: "month report: «Thực hiện tháng 5 | Lũy kế 5 tháng», «Lũy kế so với KH năm (%)» under «BÁO CÁO THÁNG 5 NĂM 2026»",
    tables: [
      {
        lines: ["BÁO CÁO THÁNG 5 NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện tháng 5",
            "Lũy kế 5 tháng",
            "Lũy kế so với KH năm (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("M"), f("LK"), cmp("ratio", "LK", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p09-khong-dau",
    note: "typed without diacritics: «TH 2025 | UTH 2026 | KH 2027», «UTH 2026/TH 2025 (%)», «KH 2027/UTH 2026 (%)»",
    tables: [
      {
        lines: ["UBND HUYEN MUONG TE", "", "UOC THUC HIEN NAM 2026 VA KE HOACH NAM 2027", ""],
        header: [
          [
            "STT",
            "Chi tieu",
            "DVT",
            "TH 2025",
            "UTH 2026",
            "KH 2027",
            "UTH 2026/TH 2025 (%)",
            "KH 2027/UTH 2026 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Muong Te" },
  },
  {
    id: "p10-chu-hoa",
    note: "capitals: «THỰC HIỆN NĂM 2025 | ƯỚC THỰC HIỆN NĂM 2026 | KẾ HOẠCH NĂM 2027», «TỶ LỆ ƯTH 2026/TH 2025 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "CÁC CHỈ TIÊU",
            "ĐƠN VỊ TÍNH",
            "THỰC HIỆN NĂM 2025",
            "ƯỚC THỰC HIỆN NĂM 2026",
            "KẾ HOẠCH NĂM 2027",
            "TỶ LỆ ƯTH 2026/TH 2025 (%)",
            "TỶ LỆ KH 2027/ƯTH 2026 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p11-xuong-dong-hai-dau-cach",
    note: "Alt+Enter line breaks and double spaces: «Số\\nTT», «Tên  chỉ tiêu», «Ước thực\\nhiện năm\\n2026», «So sánh\\nƯTH 2026/\\nTH 2025\\n(%)»",
    tables: [
      {
        lines: ["ƯỚC  THỰC HIỆN NĂM 2026", ""],
        header: [
          [
            "Số\nTT",
            "Tên  chỉ tiêu",
            "Đơn\nvị",
            "Thực hiện\nnăm 2025",
            "Ước thực\nhiện năm\n2026",
            "Kế hoạch\nnăm  2027",
            "So sánh\nƯTH 2026/\nTH 2025\n(%)",
            "So sánh\nKH 2027/\nƯTH 2026\n(%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p12-phan-tram-khong-ngoac",
    note: "«%» without brackets: «ƯTH2026/TH2025 %», «KH2027/ƯTH2026 %» (years glued to the kinds)",
    tables: [
      {
        lines: [],
        header: [
          ["TT", "Chỉ tiêu", "ĐVT", "TH2025", "ƯTH2026", "KH2027", "ƯTH2026/TH2025 %", "KH2027/ƯTH2026 %"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p13-phan-tram-mot-minh",
    note: "«%» alone as the last column's header, beside «Thực hiện 2025 | Ước thực hiện 2026»: the estimate over last year's result",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Ước thực hiện 2026", "%"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p14-so-sanh-khong-phan-tram",
    note: "«So sánh ƯTH 2026 với TH 2025» with no «(%)», typed as percent numbers",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh ƯTH 2026 với TH 2025"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p15-toc-do-chenh-lech",
    note: "operands unnamed: «Tốc độ tăng (%)» and «Chênh lệch» after «Thực hiện năm 2025 | Ước thực hiện năm 2026»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Tốc độ tăng (%)",
            "Chênh lệch",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("growth", "UTH0", "TH-1"), cmp("diff", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p16-tang-giam-cong-tru",
    note: "«Tăng (+), giảm (-) so với năm trước»: a difference with last year's result",
    tables: [
      {
        lines: ["UBND HUYỆN MƯỜNG NHÉ", "KẾT QUẢ THỰC HIỆN NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Thực hiện năm 2026",
            "Tăng (+), giảm (-) so với năm trước",
          ],
        ],
        cols: [...STD, f("TH-1"), f("TH0"), cmp("diff", "TH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Nhé" },
  },
  {
    id: "p17-tcvn3",
    note: "every text in TCVN3 (.VnTime): title, headers, names, units",
    tcvn3: true,
    tables: [
      {
        lines: ["UBND HUYỆN ĐIỆN BIÊN", "", "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2026", ""],
        header: [
          [
            "STT",
            "Các chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2025",
            "Ước thực hiện cả năm 2026",
            "So sánh ước thực hiện năm 2026 với thực hiện năm 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Điện Biên" },
  },
  {
    id: "p18-so-dang-chu",
    note: "pasted from Word: figures and comparisons as text («2.400», «112,5»), STT «1.»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện 2025",
            "Ước thực hiện 2026",
            "Kế hoạch 2027",
            "ƯTH 2026/TH 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
        textFigures: true,
        dottedLabels: true,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p19-thi-xa-ke-hoach",
    note: "«ỦY BAN NHÂN DÂN THỊ XÃ MƯỜNG LAY», plan table «Thực hiện năm 2026 | Kế hoạch năm 2027 | KH 2027 so với TH 2026 (%)»",
    tables: [
      {
        lines: ["ỦY BAN NHÂN DÂN THỊ XÃ MƯỜNG LAY", "", "CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH NĂM 2027", ""],
        header: [
          ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2026", "Kế hoạch năm 2027", "KH 2027 so với TH 2026 (%)"],
        ],
        cols: [...STD, f("TH0"), f("KH1"), cmp("ratio", "KH1", "TH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "thị xã Mường Lay" },
  },
  {
    id: "p20-so-tt-ty-le-hoan-thanh",
    note: "«Số TT | Chỉ tiêu | Đơn vị | Kế hoạch năm | Ước thực hiện năm | Tỷ lệ hoàn thành KH (%)» under «ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2026»",
    tables: [
      {
        lines: ["ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2026", ""],
        header: [
          ["Số TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm", "Ước thực hiện năm", "Tỷ lệ hoàn thành KH (%)"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p21-nam-uoc-kh-trong-ngoac",
    note: "«Năm 2025 | Năm 2026 (ước) | Năm 2027 (KH)», «2026/2025 (%)», «2027/2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Năm 2025",
            "Năm 2026 (ước)",
            "Năm 2027 (KH)",
            "2026/2025 (%)",
            "2027/2026 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p22-dan-tu-word-nbsp",
    note: "pasted from Word with non-breaking spaces inside the headers («Thực\u00a0hiện năm\u00a02025») and a trailing space",
    tables: [
      {
        lines: ["ƯỚC\u00a0THỰC HIỆN NĂM\u00a02026 VÀ KẾ HOẠCH NĂM\u00a02027", ""],
        header: [
          [
            "STT ",
            "Chỉ\u00a0tiêu",
            "Đơn\u00a0vị tính",
            "Thực\u00a0hiện năm\u00a02025",
            "Ước thực\u00a0hiện năm 2026 ",
            "Kế\u00a0hoạch năm\u00a02027",
            "So\u00a0sánh ƯTH\u00a02026/TH\u00a02025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p23-ba-dong",
    note: "three header rows: «Kết quả thực hiện» over «Năm 2025 | Năm 2026» over «TH | KH | ƯTH»; «Kế hoạch năm 2027» and «So sánh (%)» merged down",
    tables: [
      {
        lines: ["UBND HUYỆN MƯỜNG ẢNG", "", "BIỂU 02", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện", "<", "<", "Kế hoạch năm 2027", "So sánh (%)", "<"],
          ["^", "^", "^", "Năm 2025", "Năm 2026", "<", "^", "ƯTH 2026/TH 2025", "KH 2027/ƯTH 2026"],
          ["^", "^", "^", "TH", "KH", "ƯTH", "^", "^", "^"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Ảng" },
  },
  {
    id: "p24-ke-hoach-2027-tuong-doi",
    note: "«KẾ HOẠCH NĂM 2027» alone over relative headers «Thực hiện năm trước | Ước thực hiện năm nay | Kế hoạch năm sau»",
    tables: [
      {
        lines: ["KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm trước",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "KH năm sau so với ƯTH năm nay (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p25-ket-qua-2025-ke-hoach-2026",
    note: "«BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026» over «Kế hoạch năm | Thực hiện năm | So với KH (%) | Kế hoạch năm sau»: N = 2025",
    tables: [
      {
        lines: ["BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026", ""],
        header: [
          ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện năm", "So với KH (%)", "Kế hoạch năm sau"],
        ],
        cols: [...STD, f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0"), f("KH1")],
      },
    ],
    means: { year: 2025, yearFrom: "title" },
  },
  {
    id: "p26-du-bao-khong-dong-so",
    note: "the standard forecast's words without its column-number row, under «UBND HUYỆN TUẦN GIÁO» / «PHÒNG VĂN HÓA VÀ THÔNG TIN» headings",
    tables: [
      {
        lines: [
          "UBND HUYỆN TUẦN GIÁO",
          "PHÒNG VĂN HÓA VÀ THÔNG TIN",
          "",
          "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2026",
          "",
        ],
        header: [
          [
            "STT",
            "Các chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2025",
            "Thực hiện 6 tháng đầu năm 2026",
            "Ước thực hiện cả năm 2026",
            "Ước TH năm 2026 so với TH năm 2025 (%)",
            "TH 6 tháng so với ƯTH cả năm (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("H1"),
          f("UTH0"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "H1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Tuần Giáo" },
  },
  {
    id: "p27-ghi-chu-don-vi-thuc-hien",
    note: "«Ghi chú» and «Đơn vị thực hiện» after the comparisons; «ƯTH/KH (%)» and «ƯTH/CK (%)» naming no year",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN KẾ HOẠCH NĂM 2026", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", "ƯTH 2026", "ƯTH/KH (%)", "ƯTH/CK (%)", "Ghi chú"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          cmp("ratio", "UTH0", "KH0"),
          cmp("ratio", "UTH0", "TH-1"),
          "note",
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p28-nam-2025",
    note: "another year: «TH 2024 | KH 2025 | ƯTH 2025 | KH 2026», «ƯTH 2025/KH 2025 (%)», «ƯTH 2025/TH 2024 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 2024",
            "KH 2025",
            "ƯTH 2025",
            "KH 2026",
            "ƯTH 2025/KH 2025 (%)",
            "ƯTH 2025/TH 2024 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "KH0"),
          cmp("ratio", "UTH0", "TH-1"),
        ],
      },
    ],
    means: { year: 2025, yearFrom: "header" },
  },
  {
    id: "p29-cong-tru-phan-tram",
    note: "«+/- so với năm trước (%)»: a growth rate",
    tables: [
      {
        lines: [],
        header: [
          [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "+/- so với năm trước (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p30-tang-giam-cung-ky-khong-phan-tram",
    note: "«Tăng/giảm so với cùng kỳ» without «%» in a half-year table: the difference with last year's half",
    tables: [
      {
        lines: ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "6 tháng năm 2025", "6 tháng năm 2026", "Tăng/giảm so với cùng kỳ"],
        ],
        cols: [...STD, f("H1-1"), f("H1"), cmp("diff", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p31-thieu-cot",
    note: "a comparison naming a column the table lacks: «ƯTH 2026/KH 2026 (%)» with no 2026 plan",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH 2026/TH 2025 (%)", "ƯTH 2026/KH 2026 (%)"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          cmp("ratio", "UTH0", "TH-1"),
          { op: "ratio", a: "UTH0", b: "KH0", missing: true },
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p32-chi-tieu-giao-uoc-dat",
    note: "«Chỉ tiêu giao năm 2026 | Ước đạt năm 2026 | Tỷ lệ đạt (%)»",
    tables: [
      {
        lines: ["UBND XÃ QUÀI TỞ", "", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2026", ""],
        header: [
          ["STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu giao năm 2026", "Ước đạt năm 2026", "Tỷ lệ đạt (%)"],
        ],
        cols: [...STD, f("GIAO0"), f("UTH0"), cmp("ratio", "UTH0", "GIAO0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "xã Quài Tở" },
  },
  {
    id: "p33-du-toan",
    note: "«Dự toán năm 2026 | Ước thực hiện năm 2026 | Ước TH so với dự toán (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Nội dung",
            "ĐVT",
            "Dự toán năm 2026",
            "Ước thực hiện năm 2026",
            "Ước TH so với dự toán (%)",
          ],
        ],
        cols: [...STD, f("DT0"), f("UTH0"), cmp("ratio", "UTH0", "DT0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p34-chin-thang",
    note: "«BÁO CÁO 9 THÁNG NĂM 2026»: «Kế hoạch năm | Thực hiện 9 tháng | Ước thực hiện cả năm», two «so với KH năm (%)»",
    tables: [
      {
        lines: ["BÁO CÁO 9 THÁNG NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm",
            "Thực hiện 9 tháng",
            "Ước thực hiện cả năm",
            "TH 9 tháng so với KH năm (%)",
            "Ước TH cả năm so với KH năm (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("9M"), f("UTH0"), cmp("ratio", "9M", "KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p35-nhom-dong-a-i",
    note: "sector and group rows «A», «I» before the indicators; «KH 2026 | TH 2026 | TH/KH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "TH 2026", "TH/KH (%)"]],
        cols: [...STD, f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0")],
        groupRows: true,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p36-cung-ky-nam-truoc-day-du",
    note: "«Ước thực hiện năm 2026 so với cùng kỳ năm trước (%)» beside «Thực hiện năm 2025»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Ước thực hiện năm 2026 so với cùng kỳ năm trước (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p37-bat-dau-cot-b",
    note: "the table pasted at column B under a heading and a title in B",
    tables: [
      {
        startCol: 1,
        lines: ["UBND HUYỆN SÌN HỒ", "", "ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["TT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH 2026/TH 2025 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Sìn Hồ" },
  },
  {
    id: "p38-so-khong-phan-tram",
    note: "«Ước TH 2026 so TH 2025» and «KH 2027 so ƯTH 2026»: «so» for «so với», no «%»",
    tables: [
      {
        lines: [],
        header: [
          [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện 2025",
            "Ước TH 2026",
            "KH 2027",
            "Ước TH 2026 so TH 2025",
            "KH 2027 so ƯTH 2026",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p39-hai-bang-mot-trang",
    note: "two tables on one sheet: the forecast then the plan, each under its own title",
    tables: [
      {
        lines: ["UBND HUYỆN PHONG THỔ", "", "Biểu 1: DỰ BÁO THỰC HIỆN KẾ HOẠCH NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH năm 2025",
            "TH 6 tháng 2026",
            "ƯTH năm 2026",
            "ƯTH 2026/TH 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("H1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
      {
        lines: ["Biểu 2: KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH năm 2026", "KH năm 2027", "KH 2027/TH 2026 (%)"]],
        cols: [...STD, f("TH0"), f("KH1"), cmp("ratio", "KH1", "TH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Phong Thổ" },
  },
  {
    id: "p40-ngay-thang-trong-tieu-de-cot",
    note: "dates in the headers: «Thực hiện đến 31/12/2025», «Ước thực hiện đến 31/12/2026»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện đến 31/12/2025",
            "Ước thực hiện đến 31/12/2026",
            "So sánh (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p41-n-tru-1-tieu-de",
    note: "«Thực hiện năm N-1 | Ước thực hiện năm N | Kế hoạch năm N+1 | So sánh N/N-1 (%)» under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm N-1",
            "Ước thực hiện năm N",
            "Kế hoạch năm N+1",
            "So sánh N/N-1 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p42-xa-sau-thang-uoc",
    note: "a commune's half-year report: «UBND XÃ MƯỜNG PHĂNG», «Kế hoạch năm 2026 | Ước TH 6 tháng | Đạt % so với KH»",
    tables: [
      {
        lines: ["UBND XÃ MƯỜNG PHĂNG", "", "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [["STT", "Nội dung", "ĐVT", "Kế hoạch năm 2026", "Ước TH 6 tháng", "Đạt % so với KH"]],
        cols: [...STD, f("KH0"), f("UH1"), cmp("ratio", "UH1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "xã Mường Phăng" },
  },
  {
    id: "p43-nam-tran",
    note: "bare years «Năm 2025 | Năm 2026» and «2026 so với 2025 (%)»: which year is reported nothing tells (asked); the comparison is filled",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "2026 so với 2025 (%)"]],
        cols: [...STD, y("TH-1"), y("TH0"), cmp("ratio", "TH0", "TH-1")],
      },
    ],
    means: { yearsWrittenFrom: 2026 },
  },
  {
    id: "p44-so-sanh-ba-cot",
    note: "«So sánh (%)» merged over three: «ƯTH/KH», «ƯTH/TH 2025», «KH 2027/ƯTH»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Kế hoạch năm 2026",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "So sánh (%)",
            "<",
            "<",
          ],
          ["^", "^", "^", "^", "^", "^", "^", "ƯTH/KH", "ƯTH/TH 2025", "KH 2027/ƯTH"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "KH0"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p45-tuong-doi-kh-nam-khong-tieu-de",
    note: "the issue's half-year relative words without a title: «Kế hoạch năm | Ước thực hiện 6 tháng đầu năm | Ước thực hiện 6 tháng so với kế hoạch năm (%)»: the year must be asked",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm",
            "Ước thực hiện 6 tháng đầu năm",
            "Ước thực hiện 6 tháng so với kế hoạch năm (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UH1"), cmp("ratio", "UH1", "KH0")],
      },
    ],
    means: {},
  },
  {
    id: "p46-chu-hoa-khong-dau",
    note: "capitals without diacritics: «THUC HIEN NAM 2025 | UOC THUC HIEN NAM 2026 | SO SANH (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "CHI TIEU", "DON VI TINH", "THUC HIEN NAM 2025", "UOC THUC HIEN NAM 2026", "SO SANH (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p47-ke-hoach-nam-nay-nam-sau",
    note: "«Kế hoạch năm nay | Ước thực hiện năm nay | Kế hoạch năm sau» under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027», «Tỷ lệ ƯTH/KH (%)»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm nay",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "Tỷ lệ ƯTH/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p49-nam-so-tren-loai",
    note: "years typed as numbers merged over kinds (2026 over «KH | ƯTH»), «So sánh (%)» over «ƯTH/TH» and «KH/ƯTH»",
    tables: [
      {
        lines: ["UBND HUYỆN TAM ĐƯỜNG", "", "ƯỚC THỰC HIỆN KẾ HOẠCH NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "2025", "2026", "<", "2027", "So sánh (%)", "<"],
          ["^", "^", "^", "TH", "KH", "ƯTH", "KH", "ƯTH/TH", "KH/ƯTH"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Tam Đường" },
  },
  {
    id: "p48-tcvn3-hai-dong",
    note: "TCVN3 with two header rows («Năm 2026» over «Kế hoạch | Ước thực hiện»)",
    tcvn3: true,
    tables: [
      {
        lines: ["UBND HUYỆN TỦA CHÙA", ""],
        header: [
          ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2026", "<", "So sánh (%)"],
          ["^", "^", "^", "Thực hiện", "Kế hoạch", "Ước thực hiện", "ƯTH/KH"],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Tủa Chùa" },
  },
  {
    id: "p50-tcvn3-viet-tat",
    note: "TCVN3 with abbreviations: «§VT», «¦TH 2026», «¦TH/TH (%)», «KH/¦TH (%)»",
    tcvn3: true,
    tables: [
      {
        lines: ["UBND HUYỆN THAN UYÊN", "", "ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["TT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH/TH (%)", "KH/ƯTH (%)"]],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Than Uyên" },
  },
  {
    id: "p51-dau-chu-thich",
    note: "footnote marks in the headers: «Ước thực hiện năm 2026(*)», «Kế hoạch năm 2027 (1)», «So sánh (%) (2)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026(*)",
            "Kế hoạch năm 2027 (1)",
            "KH 2027 so với ƯTH 2026 (%) (2)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p52-sau-thang-cung-ky-viet-tat",
    note: "half-year: «TH 6 tháng 2025 | TH 6 tháng 2026 | So sánh cùng kỳ (%)»",
    tables: [
      {
        lines: ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 6 tháng 2025", "TH 6 tháng 2026", "So sánh cùng kỳ (%)"]],
        cols: [...STD, f("H1-1"), f("H1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p53-du-kien",
    note: "«Số liệu năm 2025 | Ước năm 2026 | Dự kiến năm 2027», then «Tỷ lệ tăng trưởng (%)», which could be 2026 over 2025 or 2027 over 2026: to be asked",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Số liệu năm 2025",
            "Ước năm 2026",
            "Dự kiến năm 2027",
            "Tỷ lệ tăng trưởng (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), { ask: "growth" }],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p54-nam-tren-ba-loai-phan-tram-so-kh",
    note: "«Năm 2026» merged over «Kế hoạch | Thực hiện 6 tháng | Ước cả năm | % so KH»",
    tables: [
      {
        lines: ["UBND HUYỆN TÂN UYÊN", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<", "<"],
          ["^", "^", "^", "Kế hoạch", "Thực hiện 6 tháng", "Ước cả năm", "% so KH"],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Tân Uyên" },
  },
  {
    id: "p55-ke-hoach-giao",
    note: "«KH giao năm 2026 | Ước TH năm 2026 | Ước TH so KH giao (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "KH giao năm 2026", "Ước TH năm 2026", "Ước TH so KH giao (%)"]],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p56-tang-giam-ke-hoach",
    note: "a plan table «Ước thực hiện năm 2026 | Kế hoạch năm 2027 | Tăng, giảm (%)»: next year's plan over the estimate",
    tables: [
      {
        lines: ["ỦY BAN NHÂN DÂN HUYỆN NẬM NHÙN", "", "KẾ HOẠCH PHÁT TRIỂN NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2026", "Kế hoạch năm 2027", "Tăng, giảm (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Nậm Nhùn" },
  },
  {
    id: "p57-sau-thang-ty-le-uth-kh",
    note: "«BÁO CÁO 6 THÁNG ĐẦU NĂM 2026»: «KH năm 2026 | TH 6 tháng đầu năm | Ước TH cả năm | So sánh ƯTH/KH (%)»",
    tables: [
      {
        lines: ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "KH năm 2026",
            "TH 6 tháng đầu năm",
            "Ước TH cả năm",
            "So sánh ƯTH/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p58-quy-sau-thang-cung-ky",
    note: "«Quý II/2026 | 6 tháng đầu năm 2026 | 6 tháng cùng kỳ 2025 | 6 tháng so cùng kỳ (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "6 tháng đầu năm 2026",
            "6 tháng cùng kỳ 2025",
            "6 tháng so cùng kỳ (%)",
          ],
        ],
        cols: [...STD, f("H1"), f("H1-1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p59-bieu-so-tuong-doi-hai-dong",
    note: "«BIỂU SỐ 01: ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027» over relative two rows: «Năm trước» over «Thực hiện», «Năm nay» over «Kế hoạch | Ước thực hiện», «Năm sau» over «Kế hoạch»",
    tables: [
      {
        lines: ["BIỂU SỐ 01: ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm trước", "Năm nay", "<", "Năm sau"],
          ["^", "^", "^", "Thực hiện", "Kế hoạch", "Ước thực hiện", "Kế hoạch"],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("UTH0"), f("KH1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p60-dong-don-vi-cot-b",
    note: "«Đơn vị» heading «ĐƠN VỊ: UBND HUYỆN TUẦN GIÁO» and a unit-less name column «Tên chỉ tiêu» with «Mã số» column",
    tables: [
      {
        lines: ["ĐƠN VỊ: UBND HUYỆN MƯỜNG LA", "", "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2025", ""],
        header: [
          [
            "STT",
            "Tên chỉ tiêu",
            "Đơn vị tính",
            "Kế hoạch năm 2025",
            "Thực hiện năm 2025",
            "Tỷ lệ thực hiện so với kế hoạch (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0")],
      },
    ],
    means: { year: 2025, yearFrom: "header", district: "huyện Mường La" },
  },
  {
    id: "p61-phong-van-hoa-xa-hoi-phuong",
    note: "a ward's culture office after the 2025 reorganisation: «PHÒNG VĂN HÓA - XÃ HỘI PHƯỜNG HIM LAM», «Ước TH năm 2026 so với KH năm 2026 (%)»",
    tables: [
      {
        lines: ["PHÒNG VĂN HÓA - XÃ HỘI PHƯỜNG HIM LAM", "", "BÁO CÁO ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Ước thực hiện năm 2026",
            "Ước TH năm 2026 so với KH năm 2026 (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "phường Him Lam" },
  },
  {
    id: "p62-tang-giam-so-voi-nam",
    note: "«Tăng (+), giảm (-) so với năm 2026» after «TH năm 2025 | ƯTH năm 2026 | KH năm 2027»: the plan's change over this year (only B named; A is the later figure, never 2025)",
    tables: [
      {
        lines: [
          "ỦY BAN NHÂN DÂN THỊ XÃ NGHĨA LỘ",
          "",
          "KẾ HOẠCH PHÁT TRIỂN BƯU CHÍNH, VIỄN THÔNG NĂM 2027",
          "",
        ],
        header: [
          [
            "TT",
            "Chỉ tiêu",
            "ĐVT",
            "TH năm 2025",
            "ƯTH năm 2026",
            "KH năm 2027",
            "Tăng (+), giảm (-) so với năm 2026",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("diff", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "thị xã Nghĩa Lộ" },
  },
  {
    id: "p63-sau-thang-cuoi-nam",
    note: "«Ước thực hiện 6 tháng cuối năm» beside «Thực hiện 6 tháng đầu năm» and «Ước cả năm»: the second half, not the year (two estimates of 2026 otherwise), «% so với kế hoạch»",
    tables: [
      {
        lines: ["UBND HUYỆN TỦA CHÙA", "", "BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện 6 tháng đầu năm",
            "Ước thực hiện 6 tháng cuối năm",
            "Ước cả năm",
            "% so với kế hoạch",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("UH2"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Tủa Chùa" },
  },
  {
    id: "p64-mot-o-dong-duoi",
    note: "a second header row holding only the comparison's operands («Tỷ lệ tăng/giảm (%)» over «ƯTH 2026 so TH 2025»), every other column merged over both rows",
    tables: [
      {
        lines: ["UBND HUYỆN MƯỜNG CHÀ", "", "BIỂU 02: ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH năm 2025", "ƯTH năm 2026", "KH năm 2027", "Tỷ lệ tăng/giảm (%)"],
          ["^", "^", "^", "^", "^", "^", "ƯTH 2026 so TH 2025"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Chà" },
  },
  {
    id: "p65-so-voi-roi-tang-giam",
    note: "the sides first, the lead last: «ƯTH 2026 so với TH 2025 tăng (+), giảm (-)» (a difference), «KH 2027 so với ƯTH 2026 tăng/giảm (%)» (a growth rate)",
    tables: [
      {
        lines: [
          "PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN MƯỜNG NHÉ",
          "",
          "ƯỚC THỰC HIỆN NĂM 2026, KẾ HOẠCH NĂM 2027",
          "",
        ],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "Đơn vị",
            "TH 2025",
            "ƯTH 2026",
            "KH 2027",
            "ƯTH 2026 so với TH 2025 tăng (+), giảm (-)",
            "KH 2027 so với ƯTH 2026 tăng/giảm (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("diff", "UTH0", "TH-1"),
          cmp("growth", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Nhé" },
  },
  {
    id: "p66-cung-ky-ben-9-thang",
    note: "«Quý III/2026 | 9 tháng 2026 | Cùng kỳ 2025 | So sánh cùng kỳ (%)»: «cùng kỳ» stands beside «9 tháng» and is its period a year before, not the quarter's",
    tables: [
      {
        lines: ["BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2026", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Quý III/2026", "9 tháng 2026", "Cùng kỳ 2025", "So sánh cùng kỳ (%)"],
        ],
        cols: [...STD, f("Q3"), f("9M"), f("9M-1"), cmp("ratio", "9M", "9M-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p67-cung-ky-loi-so-sanh",
    note: "«Cùng kỳ 2025 | Quý III/2026 | 9 tháng 2026 | 9 tháng so cùng kỳ (%)»: the comparison's own words name the period of «cùng kỳ»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Cùng kỳ 2025",
            "Quý III/2026",
            "9 tháng 2026",
            "9 tháng so cùng kỳ (%)",
          ],
        ],
        cols: [...STD, f("9M-1"), f("Q3"), f("9M"), cmp("ratio", "9M", "9M-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p68-cung-ky-hai-ky-hoi",
    note: "«Cùng kỳ 2025 | Quý III/2026 | 9 tháng 2026 | So sánh cùng kỳ (%)»: two periods on offer and nothing decides which «cùng kỳ» is of: asked, not taken from the first",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Cùng kỳ 2025", "Quý III/2026", "9 tháng 2026", "So sánh cùng kỳ (%)"],
        ],
        cols: [...STD, f("CK-1"), f("Q3"), f("9M"), { ask: "ratio" }],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p69-nam-tran-ba-nam",
    note: "bare years «Năm 2025 | Năm 2026 | Năm 2027 | 2026/2025 | 2027/2026», no title: the table is found, the kinds and N are asked, the comparisons of two years filled",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Năm 2027", "2026/2025", "2027/2026"]],
        cols: [
          ...STD,
          y("TH-1"),
          y("TH0"),
          y("Y+1"),
          cmp("ratio", "TH0", "TH-1"),
          cmp("ratio", "Y+1", "TH0"),
        ],
      },
    ],
    means: { yearsWrittenFrom: 2026 },
  },
  {
    id: "p70-nam-so-tran",
    note: "bare years typed as numbers «2025 | 2026 | 2027» beside «2026/2025 | 2027/2026», under «UBND HUYỆN TỦA CHÙA» without a title: found, kinds and N asked",
    tables: [
      {
        lines: ["UBND HUYỆN TỦA CHÙA", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "2025", "2026", "2027", "2026/2025", "2027/2026"]],
        cols: [
          ...STD,
          y("TH-1"),
          y("TH0"),
          y("Y+1"),
          cmp("ratio", "TH0", "TH-1"),
          cmp("ratio", "Y+1", "TH0"),
        ],
      },
    ],
    means: { yearsWrittenFrom: 2026, district: "huyện Tủa Chùa" },
  },
  {
    id: "p71-nam-tran-co-tieu-de",
    note: "bare years under «BIỂU SỐ 01: ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»: N from the title, the kinds inferred from it (2025 a result, 2026 the estimate, 2027 the plan) and shown to be confirmed; nothing consolidated until then",
    tables: [
      {
        lines: ["BIỂU SỐ 01: ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Năm 2027", "2026/2025", "2027/2026"]],
        cols: [
          ...STD,
          y("TH-1"),
          y("UTH0"),
          y("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p72-chu-cai-a-b-c-cong-thuc",
    note: "the statistical forms' column-number row «A | B | C | 1 | 2 | 3 | 4=2/1 | 5=3/2»: letters over STT, name and unit, the figures numbered from 1, «So sánh (%)» merged over «ƯTH/TH | KH/ƯTH»",
    tables: [
      {
        lines: ["BIỂU SỐ 01: ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          ["STT", "Chỉ tiêu", "Đơn vị tính", "TH 2025", "ƯTH 2026", "KH 2027", "So sánh (%)", "<"],
          ["^", "^", "^", "^", "^", "^", "ƯTH/TH", "KH/ƯTH"],
          ["A", "B", "C", "1", "2", "3", "4=2/1", "5=3/2"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p73-chu-cai-ngoac-hai-cham",
    note: "letters and numbers in brackets «(A) | (B) | (C) | (1) | (2) | (3) | (4)=(2):(1) | (5)=(3):(2)», division written «:», comparisons headed «ƯTH 2026/TH 2025» without «%» (the percent the forms mean)",
    tables: [
      {
        lines: ["UBND HUYỆN MƯỜNG ẢNG", "", "KẾ HOẠCH PHÁT TRIỂN THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2027", ""],
        header: [
          [
            "TT",
            "Nội dung",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "ƯTH 2026/TH 2025",
            "KH 2027/ƯTH 2026",
          ],
          ["(A)", "(B)", "(C)", "(1)", "(2)", "(3)", "(4)=(2):(1)", "(5)=(3):(2)"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Ảng" },
  },
  {
    id: "p74-chu-cai-khong-cong-thuc",
    note: "a lettered number row declaring no formula «A | B | C | 1 | 2 | 3 | 4 | 5»: the comparisons come from the header's words «ƯTH 2026 so với TH 2025 (%)»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH năm 2025",
            "ƯTH năm 2026",
            "KH năm 2027",
            "ƯTH 2026 so với TH 2025 (%)",
            "KH 2027 so với ƯTH 2026 (%)",
          ],
          ["A", "B", "C", "1", "2", "3", "4", "5"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p75-chu-cai-ma-so",
    note: "four lettered columns «A | B | C | D» over STT, name, a «Mã số» column and the unit, then «1 | 2 | 3 | 4=2/1 | 5=3/2» pasted at column B",
    tables: [
      {
        lines: ["BIỂU: ƯỚC THỰC HIỆN NĂM 2026, KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "Mã số",
            "Đơn vị tính",
            "Thực hiện 2025",
            "Ước thực hiện 2026",
            "Kế hoạch 2027",
            "Tỷ lệ (%)",
            "<",
          ],
          ["^", "^", "^", "^", "^", "^", "^", "ƯTH 2026/TH 2025", "KH 2027/ƯTH 2026"],
          ["A", "B", "C", "D", "1", "2", "3", "4=2/1", "5=3/2"],
        ],
        cols: [
          "stt",
          "name",
          "other",
          "unit",
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
        startCol: 1,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p76-lan-va-chenh-lech",
    note: "a ratio given in times «Ước TH 2026 so TH 2025 (lần)» (1,13, not 113) and a difference «Chênh lệch KH 2027 - Ước TH 2026», «Ước TH» for the estimate",
    tables: [
      {
        lines: ["UBND HUYỆN NẬM PỒ", "", "ƯỚC THỰC HIỆN NĂM 2026, KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 2025",
            "Ước TH 2026",
            "KH 2027",
            "Ước TH 2026 so TH 2025 (lần)",
            "Chênh lệch KH 2027 - Ước TH 2026",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("times", "UTH0", "TH-1"),
          cmp("diff", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Nậm Pồ" },
  },
  {
    id: "p77-phan-tram-duoi-nam",
    note: "«Năm 2026» merged over «Kế hoạch | Ước thực hiện | %»: the «%» alone under the year is that year's completion rate (ƯTH/KH), not a figure of 2026",
    tables: [
      {
        lines: ["UBND HUYỆN ĐIỆN BIÊN", "", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2026", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "<", "<", "Năm 2027"],
          ["^", "^", "^", "Thực hiện", "Kế hoạch", "Ước thực hiện", "%", "Kế hoạch"],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0"), f("KH1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Điện Biên" },
  },
  {
    id: "p78-nam-ke-hoach-dinh-kem-ngay-2027",
    note: "«Năm kế hoạch 2027» for the plan, and an attachment line dated in 2027 («ngày 05/01/2027») under the title: the header's years decide, not the date",
    tables: [
      {
        lines: [
          "UBND HUYỆN MƯỜNG NHÉ",
          "",
          "BIỂU TỔNG HỢP CHỈ TIÊU PHÁT TRIỂN THÔNG TIN VÀ TRUYỀN THÔNG",
          "(Kèm theo Báo cáo số 312/BC-UBND ngày 05/01/2027 của UBND huyện Mường Nhé)",
          "",
        ],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Năm kế hoạch 2027",
            "KH 2027/ƯTH 2026 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Nhé" },
  },
  {
    id: "p79-dong-10-quoc-hieu-tuong-doi",
    note: "the header at row 10 under the national motto, «Biểu số 02», a title naming both years and an attachment line dated «ngày 05 tháng 01 năm 2027»; relative headers with «So sánh (%)» over «ƯTH/TH | KH/ƯTH»",
    tables: [
      {
        lines: [
          "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          "",
          "Biểu số 02",
          "ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027 LĨNH VỰC THÔNG TIN VÀ TRUYỀN THÔNG",
          "(Kèm theo Báo cáo số 25/BC-UBND ngày 05 tháng 01 năm 2027 của UBND huyện Tuần Giáo)",
          "",
          "",
        ],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm trước",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "So sánh (%)",
            "<",
          ],
          ["^", "^", "^", "^", "^", "^", "ƯTH/TH", "KH/ƯTH"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title", district: "huyện Tuần Giáo" },
  },
  {
    id: "p80-giai-doan-2021-2025",
    note: "a five-year column «Thực hiện giai đoạn 2021-2025» before the years: a period figure, not the 2025 result (never consolidated as last year's)",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện giai đoạn 2021-2025",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "ƯTH 2026/TH 2025 (%)",
          ],
        ],
        cols: [...STD, "other", f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p81-sau-thang-tren-th-ty-le",
    note: "«6 tháng đầu năm 2026» merged over «Thực hiện | Tỷ lệ % so KH năm», beside «Kế hoạch năm 2026» merged down",
    tables: [
      {
        lines: ["BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "6 tháng đầu năm 2026", "<"],
          ["^", "^", "^", "^", "Thực hiện", "Tỷ lệ % so KH năm"],
        ],
        cols: [...STD, f("KH0"), f("H1"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p82-quy-iii-luy-ke-9-thang",
    note: "«BÁO CÁO QUÝ III NĂM 2026»: «Kế hoạch năm | Thực hiện quý III | Lũy kế 9 tháng | Lũy kế so với KH (%)»",
    tables: [
      {
        lines: ["BÁO CÁO KẾT QUẢ THỰC HIỆN QUÝ III NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm",
            "Thực hiện quý III",
            "Lũy kế 9 tháng",
            "Lũy kế so với KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("Q3"), f("LK9"), cmp("ratio", "LK9", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p83-nam-truoc-nam-nay-nam-ke-hoach-tren-loai",
    note: "relative years merged over kinds: «Năm trước» over «Thực hiện», «Năm nay» over «Kế hoạch | Ước TH», «Năm kế hoạch» over «Kế hoạch»; «So sánh (%)» over «ƯTH/KH | KH/ƯTH»; title «KẾ HOẠCH PHÁT TRIỂN TT&TT NĂM 2027»",
    tables: [
      {
        lines: ["KẾ HOẠCH PHÁT TRIỂN THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2027", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm trước", "Năm nay", "<", "Năm kế hoạch", "So sánh (%)", "<"],
          ["^", "^", "^", "Thực hiện", "Kế hoạch", "Ước TH", "Kế hoạch", "ƯTH/KH", "KH/ƯTH"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "KH0"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p84-ty-le-phan-tram-khong-ngoac",
    note: "«Kế hoạch năm 2026 | Thực hiện năm 2026 | Tỷ lệ %»: the rate of the result over the plan",
    tables: [
      {
        lines: ["ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện năm 2026", "Tỷ lệ %"]],
        cols: [...STD, f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p85-chenh-lech-cong-tru-ngoac",
    note: "«Chênh lệch (+/-)» after «TH 2025 | ƯTH 2026»: the difference",
    tables: [
      {
        lines: [],
        header: [["TT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Chênh lệch (+/-)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("diff", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p86-uth-kh-lan",
    note: "«KH 2026 | ƯTH 2026 | ƯTH/KH (lần)»: a ratio in times",
    tables: [
      {
        lines: [],
        header: [["TT", "Chỉ tiêu", "ĐVT", "KH 2026", "ƯTH 2026", "ƯTH/KH (lần)"]],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("times", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p87-don-vi-trong-tieu-de-cot",
    note: "units in the headers «Thực hiện năm 2025 (Tỷ đồng)», «(Tỷ đồng)» on each figure, and a line «ĐVT: Tỷ đồng» above",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026, KẾ HOẠCH NĂM 2027", "ĐVT: Tỷ đồng"],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025 (Tỷ đồng)",
            "Ước thực hiện năm 2026 (Tỷ đồng)",
            "Kế hoạch năm 2027 (Tỷ đồng)",
            "Tỷ lệ KH 2027/ƯTH 2026 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p88-nguyen-nhan-tang-giam-ghi-chu",
    note: "a text column «Nguyên nhân tăng, giảm» and «Ghi chú» after the comparison: words, not a growth rate",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 2025",
            "ƯTH 2026",
            "ƯTH 2026 so với TH 2025 (%)",
            "Nguyên nhân tăng, giảm",
            "Ghi chú",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1"), "other", "note"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p89-danh-gia-dat-khong-dat",
    note: "«Chỉ tiêu giao năm 2026 | Ước thực hiện năm 2026 | Tỷ lệ đạt (%) | Đánh giá (Đạt/Không đạt)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Chỉ tiêu giao năm 2026",
            "Ước thực hiện năm 2026",
            "Tỷ lệ đạt (%)",
            "Đánh giá (Đạt/Không đạt)",
          ],
        ],
        cols: [...STD, f("GIAO0"), f("UTH0"), cmp("ratio", "UTH0", "GIAO0"), "other"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p90-stt-chu-cai",
    note: "indicators numbered «a)», «b)», «c)» under a sector and a group row («A», «I»)",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH 2027/ƯTH 2026 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
        groupRows: true,
        labels: ["a)", "b)", "c)"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p91-vni",
    note: "every text typed in VNI (VNI-Times): title, headers, names, units",
    vni: true,
    tables: [
      {
        lines: ["UBND HUYỆN MƯỜNG CHÀ", "", "ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "So sánh ƯTH 2026 với TH 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Chà" },
  },
  {
    id: "p92-hai-bang-cot-c",
    note: "two tables on one sheet pasted at column C, the first under a long heading: the estimate with «Tăng/giảm (%)», then the plan with «KH 2027 so ƯTH 2026 (%)»",
    tables: [
      {
        lines: [
          "UBND HUYỆN ĐIỆN BIÊN",
          "PHÒNG VĂN HÓA VÀ THÔNG TIN",
          "",
          "Biểu 1: ƯỚC THỰC HIỆN NĂM 2026",
          "",
        ],
        header: [["TT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Tăng/giảm (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("growth", "UTH0", "TH-1")],
        startCol: 2,
      },
      {
        lines: ["Biểu 2: KẾ HOẠCH NĂM 2027", ""],
        header: [["TT", "Chỉ tiêu", "ĐVT", "ƯTH 2026", "KH 2027", "KH 2027 so ƯTH 2026 (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
        startCol: 2,
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Điện Biên" },
  },
  {
    id: "p93-loi-go-dau",
    note: "typos in the marks: «Thưc hiện năm 2025», «Ươc thưc hiện năm 2026», «Kê hoạch năm 2027», «Ty lệ ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thưc hiện năm 2025",
            "Ươc thưc hiện năm 2026",
            "Kê hoạch năm 2027",
            "Ty lệ ƯTH/TH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p94-nam-n-ky-hieu-trong-ngoac",
    note: "«Năm N-1 (thực hiện) | Năm N (ước) | Năm N+1 (kế hoạch) | N/N-1 (%) | N+1/N (%)» under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Năm N-1 (thực hiện)",
            "Năm N (ước)",
            "Năm N+1 (kế hoạch)",
            "N/N-1 (%)",
            "N+1/N (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p95-ke-hoach-nam-sau-voi-nam-so",
    note: "the issue's words without a column-number row or title: «Thực hiện năm 2025 | Ước thực hiện năm 2026 | Kế hoạch năm sau | ƯTH 2026/TH 2025 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm sau",
            "ƯTH 2026/TH 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p96-so-voi-nam-truoc-lan",
    note: "«So với năm trước (lần)» after «TH 2025 | ƯTH 2026»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So với năm trước (lần)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("times", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p97-dvt-phan-tram-trong-so-sanh",
    note: "«KH 2026 | ƯTH 2026 | Tỷ lệ thực hiện so với KH\\n(ĐVT: %)», the unit written «ĐVT: %» in the comparison's header",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "ƯTH 2026", "Tỷ lệ thực hiện so với KH\n(ĐVT: %)"]],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p98-quy-cung-ky-cong-tru",
    note: "«Quý III/2026 | Quý III/2025 | Tăng/giảm so cùng kỳ (+/-)»: the difference with last year's quarter",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Quý III/2026", "Quý III/2025", "Tăng/giảm so cùng kỳ (+/-)"]],
        cols: [...STD, f("Q3"), f("Q3-1"), cmp("diff", "Q3", "Q3-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p99-sau-thang-tren-nam-so",
    note: "a kind over years: «Thực hiện 6 tháng đầu năm» merged over 2025 | 2026 (typed as numbers), «So sánh (%)» merged down",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng đầu năm", "<", "So sánh (%)"],
          ["^", "^", "^", "2025", "2026", "^"],
        ],
        cols: [...STD, f("H1-1"), f("H1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p100-thang-luy-ke-tu-dau-nam",
    note: "«Thực hiện tháng 10/2026 | Lũy kế từ đầu năm | KH năm 2026 | Lũy kế/KH năm (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện tháng 10/2026",
            "Lũy kế từ đầu năm",
            "KH năm 2026",
            "Lũy kế/KH năm (%)",
          ],
        ],
        cols: [...STD, f("M"), f("LK"), f("KH0"), cmp("ratio", "LK", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p101-ba-dong-nam-ky-loai",
    note: "three rows: «Năm 2026» over «Cả năm | 6 tháng đầu năm» over «Kế hoạch | Ước thực hiện | Thực hiện»; «Tỷ lệ (%)» over «ƯTH/KH | 6 tháng/KH»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<", "Tỷ lệ (%)", "<"],
          ["^", "^", "^", "Cả năm", "<", "6 tháng đầu năm", "ƯTH/KH", "6 tháng/KH"],
          ["^", "^", "^", "Kế hoạch", "Ước thực hiện", "Thực hiện", "^", "^"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), f("H1"), cmp("ratio", "UTH0", "KH0"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p102-chu-hoa-khong-dau-tuong-doi-tieu-de",
    note: "capitals without diacritics, relative years under «KE HOACH NAM 2027»: «UOC TH NAM NAY | KE HOACH NAM SAU | TANG GIAM (%)»",
    tables: [
      {
        lines: ["KE HOACH PHAT TRIEN THONG TIN VA TRUYEN THONG NAM 2027", ""],
        header: [["STT", "CHI TIEU", "DVT", "UOC TH NAM NAY", "KE HOACH NAM SAU", "TANG GIAM (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p103-muc-tieu-den-nam-2025",
    note: "«Mục tiêu đến năm 2025» (the five-year plan's target) before «Thực hiện năm 2025 | Ước thực hiện năm 2026 | Kế hoạch năm 2027»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Mục tiêu đến năm 2025",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "TH 2025 so với mục tiêu (%)",
          ],
        ],
        cols: [...STD, f("MT-1"), f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "TH-1", "MT-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p104-so-sanh-tren-nam-xuyet",
    note: "«So sánh (%)» merged over «2026/2025 | 2027/2026», the figures «Thực hiện 2025 | Ước TH 2026 | Kế hoạch 2027»: the years name the operands",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Ước TH 2026", "Kế hoạch 2027", "So sánh (%)", "<"],
          ["^", "^", "^", "^", "^", "^", "2026/2025", "2027/2026"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p105-nam-bao-cao-nam-tiep-theo",
    note: "«Thực hiện năm trước liền kề | Ước thực hiện năm báo cáo | Kế hoạch năm tiếp theo | Tỷ lệ tăng so với năm trước (%)» under a title naming both years",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026, KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm trước liền kề",
            "Ước thực hiện năm báo cáo",
            "Kế hoạch năm tiếp theo",
            "Tỷ lệ tăng so với năm trước (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p106-tang-cong-giam-tru-phan-tram",
    note: "«Tăng (+)/giảm (-) (%)» after «TH 2025 | ƯTH 2026»: a growth rate",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Tăng (+)/giảm (-) (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p107-so-thu-tu-ngoac-tang-giam",
    note: "a bracketed number row «(1) … (7)» declaring no formula under «Tăng, giảm KH 2027 so với ƯTH 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH năm 2025",
            "Ước TH năm 2026",
            "KH năm 2027",
            "Tăng, giảm KH 2027 so với ƯTH 2026 (%)",
          ],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p108-6t-viet-tat",
    note: "«6T/2026 | 6T/2025 | 6T 2026/6T 2025 (%)»: «6T» for the first half year",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "6T/2026", "6T/2025", "6T 2026/6T 2025 (%)"]],
        cols: [...STD, f("H1"), f("H1-1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p109-du-kien-trong-ngoac",
    note: "«Năm 2025 | Năm 2026 (ước) | Năm 2027 (dự kiến) | Tốc độ tăng 2026/2025 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Năm 2025",
            "Năm 2026 (ước)",
            "Năm 2027 (dự kiến)",
            "Tốc độ tăng 2026/2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p110-khong-cot-dvt-don-vi-dong-tren",
    note: "no unit column: «Đơn vị tính: Triệu đồng» on a line above, «Số TT | Nội dung | Năm 2025 thực hiện | Năm 2026 ước thực hiện | So sánh %»",
    tables: [
      {
        lines: ["Đơn vị tính: Triệu đồng"],
        header: [["Số TT", "Nội dung", "Năm 2025 thực hiện", "Năm 2026 ước thực hiện", "So sánh %"]],
        cols: ["stt", "name", f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p111-giai-doan-tren-nam",
    note: "«Thực hiện giai đoạn 2021-2025» merged over the years «2024 | 2025» (typed as numbers), then «Ước TH 2026 | KH 2027 | KH 2027/ƯTH 2026 (%)»: the span is the group's, each year its own column's",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện giai đoạn 2021-2025",
            "<",
            "Ước TH 2026",
            "KH 2027",
            "KH 2027/ƯTH 2026 (%)",
          ],
          ["^", "^", "^", "2024", "2025", "^", "^", "^"],
        ],
        cols: [...STD, f("TH-2"), f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p112-tang-giam-tuyet-doi-tuong-doi",
    note: "«Tăng/giảm» merged over «Tuyệt đối | Tương đối (%)»: the difference and the growth rate of the estimate over last year's result",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Tăng/giảm", "<"],
          ["^", "^", "^", "^", "^", "Tuyệt đối", "Tương đối (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("diff", "UTH0", "TH-1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p113-uoc-thang-12-ca-nam",
    note: "a year-end report: «Thực hiện 11 tháng | Ước thực hiện tháng 12 | Ước thực hiện cả năm 2026 | Kế hoạch năm 2026 | Ước TH/KH (%)»: the completion rate is the year's estimate over the plan, not December's",
    tables: [
      {
        lines: ["BÁO CÁO ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện 11 tháng",
            "Ước thực hiện tháng 12",
            "Ước thực hiện cả năm 2026",
            "Kế hoạch năm 2026",
            "Ước TH/KH (%)",
          ],
        ],
        cols: [...STD, f("M"), f("UM"), f("UTH0"), f("KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p114-thuc-hien-tren-nam-va-sau-thang",
    note: "«Thực hiện» merged over «Năm 2025 | 6 tháng 2026», «Kế hoạch năm 2026» merged down, «Tỷ lệ (%)» over «6T 2026/KH 2026»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "<", "Kế hoạch năm 2026", "Tỷ lệ (%)"],
          ["^", "^", "^", "Năm 2025", "6 tháng 2026", "^", "6T 2026/KH 2026"],
        ],
        cols: [...STD, f("TH-1"), f("H1"), f("KH0"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p115-ke-hoach-ba-nam",
    note: "a three-year plan: «Ước TH 2026», then «Kế hoạch giai đoạn 2027-2029» merged over «Năm 2027 | Năm 2028 | Năm 2029»: each year a plan, not a year alone to be asked",
    tables: [
      {
        lines: ["KẾ HOẠCH 3 NĂM 2027-2029", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Ước TH 2026", "Kế hoạch giai đoạn 2027-2029", "<", "<"],
          ["^", "^", "^", "^", "Năm 2027", "Năm 2028", "Năm 2029"],
        ],
        cols: [...STD, f("UTH0"), f("KH1"), f("KH2"), f("KH3")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p116-cong-don-9-thang-cung-ky",
    note: "«Tháng 9/2026 | Cộng dồn 9 tháng 2026 | Cộng dồn 9 tháng 2025 | So sánh cùng kỳ (%)»: the cumulative over last year's",
    tables: [
      {
        lines: ["BÁO CÁO THÁNG 9 NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Tháng 9/2026",
            "Cộng dồn 9 tháng 2026",
            "Cộng dồn 9 tháng 2025",
            "So sánh cùng kỳ (%)",
          ],
        ],
        cols: [...STD, f("M"), f("LK9"), f("LK9-1"), cmp("ratio", "LK9", "LK9-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p117-chinh-thuc-du-thao",
    note: "asides after the figures: «Thực hiện năm 2025 (số chính thức) | Ước thực hiện năm 2026 (số ước) | Kế hoạch năm 2027 (dự thảo) | KH 2027 so ƯTH 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025 (số chính thức)",
            "Ước thực hiện năm 2026 (số ước)",
            "Kế hoạch năm 2027 (dự thảo)",
            "KH 2027 so ƯTH 2026 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p118-ke-hoach-dieu-chinh",
    note: "«Kế hoạch năm 2026 (điều chỉnh) | Ước TH năm 2026 | Tỷ lệ ƯTH/KH điều chỉnh (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026 (điều chỉnh)",
            "Ước TH năm 2026",
            "Tỷ lệ ƯTH/KH điều chỉnh (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p119-luy-ke-den-het-quy-iii",
    note: "«Kế hoạch năm 2026 | Lũy kế đến hết quý III/2026 | Lũy kế so KH (%)»: through the third quarter is the first nine months",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Lũy kế đến hết quý III/2026", "Lũy kế so KH (%)"],
        ],
        cols: [...STD, f("KH0"), f("LK9"), cmp("ratio", "LK9", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p120-vni-hai-dong",
    note: "VNI with two header rows: «Năm 2026» merged over «Kế hoạch | Ước thực hiện», «Tỷ lệ (%)» merged down",
    vni: true,
    tables: [
      {
        lines: ["BÁO CÁO ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [
          ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2026", "<", "Tỷ lệ ƯTH/KH (%)"],
          ["^", "^", "^", "Thực hiện", "Kế hoạch", "Ước thực hiện", "^"],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p121-xuong-dong-phan-tram-dau",
    note: "Alt+Enter everywhere: «Thực hiện\\n2025 | Kế hoạch\\n2026 | Thực hiện\\n6 tháng\\n2026 | % TH 6 tháng/\\nKH 2026»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện\n2025",
            "Kế hoạch\n2026",
            "Thực hiện\n6 tháng\n2026",
            "% TH 6 tháng/\nKH 2026",
          ],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("H1"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p122-nam-tren-tat-ca",
    note: "«Năm 2026» merged over every figure: «Kế hoạch | Thực hiện quý III | Lũy kế 9 tháng | Lũy kế/KH (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<", "<"],
          ["^", "^", "^", "Kế hoạch", "Thực hiện quý III", "Lũy kế 9 tháng", "Lũy kế/KH (%)"],
        ],
        cols: [...STD, f("KH0"), f("Q3"), f("LK9"), cmp("ratio", "LK9", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p123-gach-noi-nam",
    note: "years joined by a hyphen: «TH-2025 | ƯTH-2026 | KH-2027 | ƯTH-2026/TH-2025 (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH-2025", "ƯTH-2026", "KH-2027", "ƯTH-2026/TH-2025 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p124-nam-loai-trong-ngoac-viet-tat",
    note: "«Năm 2025 (TH) | Năm 2026 (ƯTH) | Năm 2027 (KH) | So sánh 2027/2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Năm 2025 (TH)",
            "Năm 2026 (ƯTH)",
            "Năm 2027 (KH)",
            "So sánh 2027/2026 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p125-ke-hoach-so-voi-uoc-tang",
    note: "«ƯTH 2026 | KH 2027 | KH 2027 so với ƯTH 2026 tăng (%)»: the lead after the sides, «tăng» alone",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "ƯTH 2026", "KH 2027", "KH 2027 so với ƯTH 2026 tăng (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p126-so-voi-nam-khong-loai",
    note: "operands named by the year alone: «Ước TH năm 2026 so với năm 2025 (%)», «KH năm 2027 so với năm 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH năm 2025",
            "Ước TH năm 2026",
            "KH năm 2027",
            "Ước TH năm 2026 so với năm 2025 (%)",
            "KH năm 2027 so với năm 2026 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p127-so-voi-nam-truoc-ba-cot",
    note: "«So với năm trước (%)» after three figures «Thực hiện năm 2025 | Ước thực hiện năm 2026 | Kế hoạch năm 2027»: this year's estimate over last year's result",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Ước thực hiện so với năm trước (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p128-so-uoc-so-ke-hoach",
    note: "«Số liệu thực hiện năm 2025 | Số ước thực hiện năm 2026 | Số kế hoạch năm 2027 | Tỷ lệ KH/ƯTH (%)»: «số» naming the figure, no «so» between two",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Số liệu thực hiện năm 2025",
            "Số ước thực hiện năm 2026",
            "Số kế hoạch năm 2027",
            "Tỷ lệ KH/ƯTH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p129-nam-tren-so-uoc",
    note: "«Năm 2025» over «Số thực hiện», «Năm 2026» over «Số kế hoạch | Số ước thực hiện», «ƯTH/KH (%)» merged down",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "<", "ƯTH/KH (%)"],
          ["^", "^", "^", "Số thực hiện", "Số kế hoạch", "Số ước thực hiện", "^"],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p130-so-dang-chu-cach-nghin",
    note: "figures typed as text with a space between thousands («2 400», «88,8»), as some type them in Word",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH 2026/TH 2025 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
        textFigures: "space",
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p131-ty-trong",
    note: "«Tỷ trọng (%)» after the figures: a share of a total the row does not hold, not a comparison to fill",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH 2026/TH 2025 (%)", "Tỷ trọng (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1"), "other"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p132-cong-tru-phan-tram-ky-hieu",
    note: "«ƯTH 2026 so TH 2025 (±%)» and «KH 2027 so ƯTH 2026 (+/- %)»: growth rates",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 2025",
            "ƯTH 2026",
            "KH 2027",
            "ƯTH 2026 so TH 2025 (±%)",
            "KH 2027 so ƯTH 2026 (+/- %)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("growth", "UTH0", "TH-1"),
          cmp("growth", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p133-binh-quan-giai-doan",
    note: "«Tăng bình quân giai đoạn 2021-2025 (%/năm)» after the years: a period average, not a comparison to fill",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 2025",
            "ƯTH 2026",
            "ƯTH 2026/TH 2025 (%)",
            "Tăng bình quân giai đoạn 2021-2025 (%/năm)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1"), "other"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p134-ghi-chu-nguon",
    note: "«Ghi chú (nguồn số liệu)» and «Cơ quan cung cấp số liệu» after the comparison",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "So sánh (%)",
            "Cơ quan cung cấp số liệu",
            "Ghi chú (nguồn số liệu)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1"), "other", "note"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p135-ky-bao-cao-tieu-de-xa",
    note: "a commune's form: «UBND XÃ NÀ TẤU» heading, «Kế hoạch năm | Thực hiện 9 tháng | Ước thực hiện cả năm | Ước cả năm so KH (%)» under «BÁO CÁO 9 THÁNG ĐẦU NĂM 2026»",
    tables: [
      {
        lines: ["UBND XÃ NÀ TẤU", "", "BÁO CÁO 9 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm",
            "Thực hiện 9 tháng",
            "Ước thực hiện cả năm",
            "Ước cả năm so KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("9M"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title", district: "xã Nà Tấu" },
  },
  {
    id: "p136-kh-nam-sau-so-uoc-nam-nay",
    note: "relative years with «so với» and no «%»: «Ước thực hiện năm nay | Kế hoạch năm sau | Kế hoạch năm sau so với ước thực hiện năm nay» under «KẾ HOẠCH NĂM 2027»",
    tables: [
      {
        lines: ["KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "Kế hoạch năm sau so với ước thực hiện năm nay",
          ],
        ],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p137-khong-cot-stt",
    note: "no STT column: «Chỉ tiêu | ĐVT | TH 2025 | ƯTH 2026 | So sánh (%)»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [["Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh (%)"]],
        cols: ["name", "unit", f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p138-phan-tram-dinh-chu",
    note: "«Năm 2026» merged over «KH | TH 6T | ƯTH cả năm | %ƯTH/KH»: the percent sign glued to the operands",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<", "<"],
          ["^", "^", "^", "KH", "TH 6T", "ƯTH cả năm", "%ƯTH/KH"],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p139-nhan-100",
    note: "«ƯTH 2026/TH 2025 x 100» and «KH 2027/ƯTH 2026*100»: the percent written as a product",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 2025",
            "ƯTH 2026",
            "KH 2027",
            "ƯTH 2026/TH 2025 x 100",
            "KH 2027/ƯTH 2026*100",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p140-so-cot-trong-o-tieu-de",
    note: "the column numbers typed inside the header cells: «Thực hiện năm 2025\\n(1)», «Ước thực hiện năm 2026\\n(2)», «So sánh (%)\\n(3)=(2)/(1)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025\n(1)",
            "Ước thực hiện năm 2026\n(2)",
            "So sánh (%)\n(3)=(2)/(1)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p141-th-kh-cuoi-nam",
    note: "a year-end report with the result known: «Kế hoạch năm 2026 | Thực hiện năm 2026 | Kế hoạch năm 2027 | TH 2026/KH 2026 (%) | KH 2027/TH 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "TH 2026/KH 2026 (%)",
            "KH 2027/TH 2026 (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("TH0"), f("KH1"), cmp("ratio", "TH0", "KH0"), cmp("ratio", "KH1", "TH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p142-ba-so-sanh-khong-phan-tram",
    note: "«TH 2025 | KH 2026 | ƯTH 2026 | KH 2027 | ƯTH/KH | ƯTH/TH | KH 2027/ƯTH» in one row, no «%», no «So sánh» above",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 2025",
            "KH 2026",
            "ƯTH 2026",
            "KH 2027",
            "ƯTH/KH",
            "ƯTH/TH",
            "KH 2027/ƯTH",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("KH0"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "KH0"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p143-tieu-de-cap-tinh-so",
    note: "a department's heading «SỞ THÔNG TIN VÀ TRUYỀN THÔNG» / «PHÒNG KẾ HOẠCH - TÀI CHÍNH», a title «Phụ lục 02: CHỈ TIÊU PHÁT TRIỂN TT&TT NĂM 2027», then «Ước thực hiện năm 2026 | Kế hoạch năm 2027 | Tăng/giảm (%)»",
    tables: [
      {
        lines: [
          "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
          "PHÒNG KẾ HOẠCH - TÀI CHÍNH",
          "",
          "Phụ lục 02: CHỈ TIÊU PHÁT TRIỂN TT&TT NĂM 2027",
          "",
        ],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2026", "Kế hoạch năm 2027", "Tăng/giảm (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p144-nam-n-chu-thuong",
    note: "«Năm n-1 | Năm n (ước) | Năm n+1 (KH) | n/n-1 (%)» in lower case under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Năm n-1", "Năm n (ước)", "Năm n+1 (KH)", "n/n-1 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p145-ket-qua-dat-duoc-muc-tieu",
    note: "«Mục tiêu năm 2026 | Kết quả đạt được năm 2026 | Mức độ hoàn thành (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Mục tiêu năm 2026",
            "Kết quả đạt được năm 2026",
            "Mức độ hoàn thành (%)",
          ],
        ],
        cols: [...STD, f("GIAO0"), f("TH0"), cmp("ratio", "TH0", "GIAO0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p146-tieu-de-cu-nam-moi",
    note: "an old title left on a reused form «ƯỚC THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026» over this year's headers «TH 2025 | ƯTH 2026 | KH 2027»: the headers' years win",
    tables: [
      {
        lines: ["UBND THÀNH PHỐ ĐIỆN BIÊN PHỦ", "", "ƯỚC THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH 2027/ƯTH 2026 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "thành phố Điện Biên Phủ" },
  },
  {
    id: "p147-bang-hai-tuong-doi",
    note: "two tables: the estimate with its years («TH 2025 | ƯTH 2026 | So sánh (%)»), then the plan in relative words «Ước thực hiện năm nay | Kế hoạch năm sau | Tăng, giảm (%)» under «KẾ HOẠCH NĂM SAU»",
    tables: [
      {
        lines: ["Biểu 1: ƯỚC THỰC HIỆN", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
      {
        lines: ["Biểu 2: KẾ HOẠCH NĂM SAU", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm nay", "Kế hoạch năm sau", "Tăng, giảm (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p148-nam-tren-giao-uoc-dat",
    note: "«Năm 2026» merged over «Kế hoạch giao | Ước thực hiện | Đạt %» («Kế hoạch giao» the year's plan, as «KH giao» in p55)",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<"],
          ["^", "^", "^", "Kế hoạch giao", "Ước thực hiện", "Đạt %"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p149-den-30-6",
    note: "«Kế hoạch năm 2026 | Thực hiện đến 30/6/2026 | Tỷ lệ (%)»: through the 30th of June is the first half, not the year",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện đến 30/6/2026", "Tỷ lệ (%)"]],
        cols: [...STD, f("KH0"), f("H1"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p150-den-30-9-uoc-den-31-12",
    note: "«Kế hoạch năm 2026 | Thực hiện đến 30/9/2026 | Ước thực hiện đến 31/12/2026 | Ước TH so KH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện đến 30/9/2026",
            "Ước thực hiện đến 31/12/2026",
            "Ước TH so KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("9M"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p151-th-cung-ky-nam-truoc",
    note: "a yearly table naming last year «TH cùng kỳ năm trước | Ước TH năm 2026 | So cùng kỳ (%)» under «PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN MƯỜNG ẢNG»",
    tables: [
      {
        lines: ["PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN MƯỜNG ẢNG", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH cùng kỳ năm trước", "Ước TH năm 2026", "So cùng kỳ (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Ảng" },
  },
  {
    id: "p152-don-vi-dong-duoi",
    note: "units typed in a second header row under each figure («Tr.đồng», «Tr.đồng», «%»), the other columns merged down",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH 2026/TH 2025"],
          ["^", "^", "^", "(Tr.đồng)", "(Tr.đồng)", "(%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p153-so-sanh-tuyet-doi-phan-tram",
    note: "«So sánh» merged over «Tuyệt đối | %» after «TH 2025 | ƯTH 2026»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh", "<"],
          ["^", "^", "^", "^", "^", "Tuyệt đối", "%"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("diff", "UTH0", "TH-1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p154-tinh-den-31-12",
    note: "«Thực hiện năm 2025 | Ước TH năm 2026 (tính đến 31/12/2026) | KH năm 2027 (theo NQ HĐND) | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước TH năm 2026 (tính đến 31/12/2026)",
            "KH năm 2027 (theo NQ HĐND)",
            "ƯTH/TH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p155-huyen-khong-ubnd",
    note: "the heading «HUYỆN MƯỜNG CHÀ» alone (no «UBND»), «Biểu số 01/KH», «KẾ HOẠCH NĂM 2027» over «Ước thực hiện năm 2026 | Kế hoạch năm 2027 | Tốc độ tăng (%)»",
    tables: [
      {
        lines: ["HUYỆN MƯỜNG CHÀ", "Biểu số 01/KH", "KẾ HOẠCH NĂM 2027", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm 2026", "Kế hoạch năm 2027", "Tốc độ tăng (%)"],
        ],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Mường Chà" },
  },
  {
    id: "p156-hai-dong-ubnd-huyen",
    note: "the two-line heading «ỦY BAN NHÂN DÂN» over «HUYỆN TỦA CHÙA», then «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027» over «TH 2025 | ƯTH 2026 | KH 2027 | ƯTH 2026 ÷ TH 2025 (%)»",
    tables: [
      {
        lines: ["ỦY BAN NHÂN DÂN", "HUYỆN TỦA CHÙA", "", "ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH 2026 ÷ TH 2025 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Tủa Chùa" },
  },
  {
    id: "p157-so-kh-sau-thang-cuoi",
    note: "«TH 6 tháng đầu năm 2026 | Ước TH 6 tháng cuối năm | Ước TH cả năm 2026 | KH năm 2026 | So KH (%)»: the year's estimate over the plan",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "TH 6 tháng đầu năm 2026",
            "Ước TH 6 tháng cuối năm",
            "Ước TH cả năm 2026",
            "KH năm 2026",
            "So KH (%)",
          ],
        ],
        cols: [...STD, f("H1"), f("UH2"), f("UTH0"), f("KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p158-du-kien-th",
    note: "«TH 2025 | Dự kiến TH 2026 | KH 2027 | Dự kiến TH 2026/TH 2025 (%)»: «Dự kiến TH» is this year's estimate, as «Dự kiến thực hiện»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "Dự kiến TH 2026", "KH 2027", "Dự kiến TH 2026/TH 2025 (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p159-ke-hoach-dieu-chinh-khong-ngoac",
    note: "«Kế hoạch năm 2026 điều chỉnh | Ước thực hiện năm 2026 | Tỷ lệ hoàn thành KH điều chỉnh (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026 điều chỉnh",
            "Ước thực hiện năm 2026",
            "Tỷ lệ hoàn thành KH điều chỉnh (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p160-nfd-mac",
    note: "headers typed on a Mac or copied from a web page in decomposed Unicode (NFD): «Thực hiện năm 2025», «Ước thực hiện năm 2026», «Số kế hoạch năm 2027», «So sánh (%)»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027".normalize("NFD"), ""],
        header: [
          [
            "STT",
            "Chỉ tiêu".normalize("NFD"),
            "ĐVT",
            "Thực hiện năm 2025".normalize("NFD"),
            "Ước thực hiện năm 2026".normalize("NFD"),
            "Số kế hoạch năm 2027".normalize("NFD"),
            "So sánh ƯTH/TH (%)".normalize("NFD"),
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p161-khoang-trang-an",
    note: "zero-width spaces and a byte-order mark pasted from the web inside the headers: «\\u200bTH 2025», «ƯTH\\u200b 2026», «\\ufeffKH 2027»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "\u200bTH 2025",
            "ƯTH\u200b 2026",
            "\ufeffKH 2027",
            "KH 2027/ƯTH 2026 (%)\u200b",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p162-du-uoc-uoc-dat",
    note: "«Thực hiện năm 2025 | Dự ước năm 2026 | Ước đạt năm 2026 so với năm 2025 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Dự ước năm 2026",
            "Ước đạt năm 2026 so với năm 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p163-den-31-3",
    note: "«Kế hoạch năm 2026 | Thực hiện đến 31/3/2026 | Tỷ lệ so KH (%)»: through the 31st of March is the first quarter",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện đến 31/3/2026", "Tỷ lệ so KH (%)"],
        ],
        cols: [...STD, f("KH0"), f("Q1"), cmp("ratio", "Q1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p164-uoc-th-so-kh-nam-khong-nam",
    note: "a commune's plain words without a year or a title: «Kế hoạch năm | Ước thực hiện cả năm | So KH năm (%)»: the year must be asked",
    tables: [
      {
        lines: ["UBND XÃ MƯỜNG PHĂNG", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Ước thực hiện cả năm", "So KH năm (%)"]],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { district: "xã Mường Phăng" },
  },
  {
    id: "p165-tcvn3-so-uoc",
    note: "TCVN3 with «Sè liÖu thùc hiÖn n¨m 2025 | Sè −íc thùc hiÖn n¨m 2026 | Tû lÖ (%)» (Số liệu …, Số ước …)",
    tcvn3: true,
    tables: [
      {
        lines: ["UBND HUYỆN NẬM PỒ", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Số liệu thực hiện năm 2025",
            "Số ước thực hiện năm 2026",
            "Tỷ lệ ƯTH/TH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Nậm Pồ" },
  },
  {
    id: "p166-sau-thang-cung-ky-thieu",
    note: "«Thực hiện năm 2025 | Thực hiện 6 tháng 2026 | Ước cả năm 2026 | 6T so cùng kỳ (%)»: last year's first half is not in the table — said missing, never filled from the year's result",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Thực hiện 6 tháng 2026",
            "Ước cả năm 2026",
            "6T so cùng kỳ (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("H1"), f("UTH0"), { op: "ratio", a: "H1", b: "H1-1", missing: true }],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p167-kh-so-th-hai-nam",
    note: "«TH 2025 | ƯTH 2026 | KH 2027 | KH 2027 so với TH 2025 (%)»: two years apart, past the estimate",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH 2027 so với TH 2025 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p168-so-kieu-anh",
    note: "figures pasted from an English source: «2,400», «3,000», «106.67» — the table's own «106.67» tells the English way, so «2,400» is 2 400 (said as a number stored as text), never 2,4",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH 2026/TH 2025 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
        textFigures: "en",
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p169-chenh-lech-phan-tram",
    note: "«TH 2025 | ƯTH 2026 | Chênh lệch (%) | Ghi chú»: a difference put in percent names neither the operation (A − B or the relative change) nor its sides — asked, never filled by a guess",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Chênh lệch (%)", "Ghi chú"]],
        cols: [...STD, f("TH-1"), f("UTH0"), { ask: "growth" }, "note"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p170-so-uoc-khong-dau",
    note: "no diacritics: «Ke hoach nam 2026 | Uoc thuc hien nam 2026 | So uoc TH/KH (%)» — «So uoc» opens «số ước»/«so sánh ước», the estimate over the plan",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chi tieu", "DVT", "Ke hoach nam 2026", "Uoc thuc hien nam 2026", "So uoc TH/KH (%)"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p171-t-hien-u-th-cham",
    note: "abbreviations with dots: «T.Hiện năm 2025 | Ư.TH năm 2026 | KH năm 2027 | Ư.TH/T.Hiện (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "T.Hiện năm 2025", "Ư.TH năm 2026", "KH năm 2027", "Ư.TH/T.Hiện (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p172-th-hien-uoc-t-hien",
    note: "«Th.hiện 2025 | Ước t.hiện 2026 | Tỷ lệ (%)»: abbreviated «thực hiện» with a dot inside the word",
    tables: [
      {
        lines: [],
        header: [["TT", "Tên chỉ tiêu", "Đơn vị tính", "Th.hiện 2025", "Ước t.hiện 2026", "Tỷ lệ (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p173-chinh-thuc-uoc-tinh-ke-hoach",
    note: "statistics office style: «Năm 2025 (số liệu chính thức) | Năm 2026 (ước tính) | Năm 2027 (kế hoạch) | 2026 so với 2025 (%) | 2027 so với 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Năm 2025 (số liệu chính thức)",
            "Năm 2026 (ước tính)",
            "Năm 2027 (kế hoạch)",
            "2026 so với 2025 (%)",
            "2027 so với 2026 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p174-so-bo-uoc-tinh-toc-do",
    note: "«Sơ bộ năm 2025 | Ước tính năm 2026 | Dự kiến năm 2027 | Tốc độ tăng năm 2026 so với năm 2025 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Sơ bộ năm 2025",
            "Ước tính năm 2026",
            "Dự kiến năm 2027",
            "Tốc độ tăng năm 2026 so với năm 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p175-muoi-hai-thang",
    note: "«Thực hiện 12 tháng năm 2025 | Ước thực hiện 12 tháng năm 2026 | So sánh (%)»: twelve months are the year, not a month",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện 12 tháng năm 2025",
            "Ước thực hiện 12 tháng năm 2026",
            "So sánh (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p176-gap-lan",
    note: "«TH 2025 | ƯTH 2026 | KH 2027 | KH 2027 gấp ƯTH 2026 (lần)»: «gấp … lần», a ratio in times",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH 2027 gấp ƯTH 2026 (lần)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("times", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p177-bang-phan-tram-cung-ky",
    note: "the statistics office's «Bằng % so với cùng kỳ» after «6 tháng đầu năm 2025 | 6 tháng đầu năm 2026»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2025", "6 tháng đầu năm 2026", "Bằng % so với cùng kỳ"],
        ],
        cols: [...STD, f("H1-1"), f("H1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p178-chi-so-phat-trien",
    note: "«Chỉ số phát triển năm 2026 so với năm 2025 (%)»: the statistics office's index, a ratio × 100",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "Chỉ số phát triển năm 2026 so với năm 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p179-tieu-de-ke-hoach-khong-chu-nam",
    note: "title «BIỂU TỔNG HỢP CHỈ TIÊU NĂM 2026 VÀ KẾ HOẠCH 2027» («kế hoạch 2027» without «năm») over relative headers «Ước TH năm nay | KH năm sau | KH năm sau so với ƯTH năm nay (%)»",
    tables: [
      {
        lines: ["BIỂU TỔNG HỢP CHỈ TIÊU NĂM 2026 VÀ KẾ HOẠCH 2027", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Ước TH năm nay", "KH năm sau", "KH năm sau so với ƯTH năm nay (%)"],
        ],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p180-giai-doan-gach-dai",
    note: "«Thực hiện giai đoạn 2021–2025» typed with an en dash (Word's autocorrect) before «Ước TH năm 2026 | Kế hoạch năm 2027»: a span, never the 2025 result",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện giai đoạn 2021–2025",
            "Ước TH năm 2026",
            "Kế hoạch năm 2027",
            "KH 2027/ƯTH 2026 (%)",
          ],
        ],
        cols: [...STD, "other", f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p181-tieu-de-giai-doan-2026-2030",
    note: "title «KẾ HOẠCH PHÁT TRIỂN THÔNG TIN VÀ TRUYỀN THÔNG GIAI ĐOẠN 2026 – 2030» over «Thực hiện năm 2025 | Kế hoạch năm 2026 | KH 2026 so với TH 2025 (%)»: the span names no report year; the headers tell N = 2025",
    tables: [
      {
        lines: ["KẾ HOẠCH PHÁT TRIỂN THÔNG TIN VÀ TRUYỀN THÔNG GIAI ĐOẠN 2026 – 2030", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "KH 2026 so với TH 2025 (%)"],
        ],
        cols: [...STD, f("TH0"), f("KH1"), cmp("ratio", "KH1", "TH0")],
      },
    ],
    means: { year: 2025, yearFrom: "header" },
  },
  {
    id: "p182-nam-n-tran-tieu-de",
    note: "«Năm N-1 | Năm N | Năm N+1 | Năm N so với năm N-1 (%)» naming no kind, under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»: the kinds inferred from the title and shown to be confirmed",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Năm N-1", "Năm N", "Năm N+1", "Năm N so với năm N-1 (%)"]],
        cols: [...STD, y("TH-1"), y("UTH0"), y("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p183-nam-truoc-nam-nay-nam-sau-tran",
    note: "«Năm trước | Năm nay | Năm sau» naming no kind under «KẾ HOẠCH NĂM 2027», «Năm sau so với năm nay (%)»: kinds inferred from the title, shown to be confirmed",
    tables: [
      {
        lines: ["KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Năm trước", "Năm nay", "Năm sau", "Năm sau so với năm nay (%)"]],
        cols: [...STD, y("TH-1"), y("UTH0"), y("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p184-nam-so-uoc-khong-chu-nam",
    note: "a year then its kind in brackets, no «Năm»: «2025 | 2026 (ước) | 2027 (KH) | 2026/2025 (%) | 2027/2026 (%)» — the bare 2025 beside the estimate of 2026 can only be its result",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "2025", "2026 (ước)", "2027 (KH)", "2026/2025 (%)", "2027/2026 (%)"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p185-chu-hoa-dau-tu",
    note: "Title Case headers as some type them: «Thực Hiện Năm 2025 | Ước Thực Hiện Năm 2026 | Kế Hoạch Năm 2027 | Tỷ Lệ KH/ƯTH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "Stt",
            "Tên Chỉ Tiêu",
            "Đơn Vị Tính",
            "Thực Hiện Năm 2025",
            "Ước Thực Hiện Năm 2026",
            "Kế Hoạch Năm 2027",
            "Tỷ Lệ KH/ƯTH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p186-d-vi-tinh-chi-tieu-noi-dung",
    note: "«Số thứ tự | Chỉ tiêu/Nội dung | Đ.vị tính | TH năm 2025 | ƯTH năm 2026 | So sánh (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["Số thứ tự", "Chỉ tiêu/Nội dung", "Đ.vị tính", "TH năm 2025", "ƯTH năm 2026", "So sánh (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p187-don-vi-do-chi-tieu-phat-trien",
    note: "«TT | Chỉ tiêu phát triển | Đơn vị đo | Thực hiện 2025 | Ước thực hiện 2026 | Kế hoạch 2027 | KH 2027/ƯTH 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "TT",
            "Chỉ tiêu phát triển",
            "Đơn vị đo",
            "Thực hiện 2025",
            "Ước thực hiện 2026",
            "Kế hoạch 2027",
            "KH 2027/ƯTH 2026 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p188-so-cot-nhan-100",
    note: "a bracketed column-number row with the percent written as a product: «(1) | (2) | (3) | (4) | (5) | (6)=(5)/(4)*100» under «TH năm 2025 | ƯTH năm 2026 | Tỷ lệ»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH năm 2025", "ƯTH năm 2026", "Tỷ lệ"],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)*100"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p189-cot-6-bang-5-chia-4",
    note: "the formula in the header's own words: «So sánh (%)\\n(Cột 6 = 5/4)» with no column-number row",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Ước thực hiện năm 2026",
            "So sánh (%)\n(Cột 6 = 5/4)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p190-bang-cong-thuc-dau-bang",
    note: "«Tỷ lệ (%)\\n=(5)/(4)*100» in the header cell (a formula typed as text), no column-number row",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH năm 2025", "ƯTH năm 2026", "Tỷ lệ (%)\n=(5)/(4)*100"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p191-so-voi-kh-nam-cung-ky-nam-truoc",
    note: "half-year: «KH năm 2026 | TH 6 tháng đầu năm 2026 | TH 6 tháng đầu năm 2025 | So với KH năm (%) | So với cùng kỳ năm trước (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "KH năm 2026",
            "TH 6 tháng đầu năm 2026",
            "TH 6 tháng đầu năm 2025",
            "So với KH năm (%)",
            "So với cùng kỳ năm trước (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("H1-1"), cmp("ratio", "H1", "KH0"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p192-tang-cong-giam-tru-phan-tram-tran",
    note: "«Tăng (+), giảm (-) %» (no brackets round the percent) after «TH 2025 | ƯTH 2026»: a growth rate",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Tăng (+), giảm (-) %"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p193-so-sanh-th-kh-kh-th",
    note: "a year-end table «KH 2026 | TH 2026 | KH 2027» with «So sánh (%)» merged over «TH/KH | KH/TH»: this year's result over its plan, next year's plan over this year's result",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "TH 2026", "KH 2027", "So sánh (%)", "<"],
          ["^", "^", "^", "^", "^", "^", "TH/KH", "KH/TH"],
        ],
        cols: [...STD, f("KH0"), f("TH0"), f("KH1"), cmp("ratio", "TH0", "KH0"), cmp("ratio", "KH1", "TH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p194-tieu-de-so-cot-chia",
    note: "«Tỷ lệ (%)\\n(5)/(4)»: the operands named by column number in the header, no column-number row",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Ước thực hiện năm 2026", "Tỷ lệ (%)\n(5)/(4)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p195-don-vi-trong-ten-chi-tieu",
    note: "no unit column: each unit in the indicator's name «Tổng doanh thu dịch vụ bưu chính (Triệu đồng)»; «STT | Chỉ tiêu | TH 2025 | ƯTH 2026 | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)"]],
        cols: ["stt", "name", f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
        unitInName: true,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p196-ghi-chu-ngay-ky-ten",
    note: "a note, the place and date «Điện Biên Đông, ngày 05 tháng 01 năm 2027» and the signature block «NGƯỜI LẬP BIỂU … THỦ TRƯỞNG ĐƠN VỊ» under «TH 2025 | ƯTH 2026 | KH 2027»",
    tables: [
      {
        lines: ["UBND HUYỆN ĐIỆN BIÊN ĐÔNG", "", "ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH 2027/ƯTH 2026 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
        after: [
          [""],
          ["Ghi chú: Số liệu năm 2025 là số liệu chính thức; năm 2026 là số ước thực hiện."],
          ["", "", "", "", "Điện Biên Đông, ngày 05 tháng 01 năm 2027"],
          ["", "NGƯỜI LẬP BIỂU", "", "", "THỦ TRƯỞNG ĐƠN VỊ"],
          ["", "(Ký, ghi rõ họ tên)", "", "", "(Ký tên, đóng dấu)"],
          [""],
          ["", "Nguyễn Văn An", "", "", "Lò Văn Bình"],
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header", district: "huyện Điện Biên Đông" },
  },
  {
    id: "p197-ky-ten-tuong-doi",
    note: "relative headers «TH năm trước | Ước TH năm nay | KH năm sau» under «KẾ HOẠCH NĂM 2027», a footer dated «ngày 10 tháng 12 năm 2026» and signatures: N from the title, the date read as no year; «Tăng, giảm (%)» after three figures names no sides — asked",
    tables: [
      {
        lines: ["KẾ HOẠCH NĂM 2027", ""],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH năm trước", "Ước TH năm nay", "KH năm sau", "Tăng, giảm (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), { ask: "growth" }],
        after: [
          [""],
          ["", "", "", "", "Mường Chà, ngày 10 tháng 12 năm 2026"],
          ["", "NGƯỜI LẬP BIỂU", "", "", "THỦ TRƯỞNG ĐƠN VỊ"],
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p198-trong-do",
    note: "a «Trong đó:» row before the last indicator (its words only, no figure), under «TH 2025 | ƯTH 2026 | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
        rowBeforeLast: ["", "Trong đó:"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p199-ngat-trang-lap-tieu-de",
    note: "a table split by a page break with its header typed again before the last indicator: «TH 2025 | ƯTH 2026 | KH 2027 | KH/ƯTH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH/ƯTH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
        headerAgainBeforeLast: true,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p200-ngat-trang-hai-dong-so-cot",
    note: "a two-row header with a column-number row «1 | 2 | 3 | 4 | 5 | 6=5/4», all typed again after a page break",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "Tỷ lệ (%)"],
          ["^", "^", "^", "Kế hoạch", "Ước thực hiện", "^"],
          ["1", "2", "3", "4", "5", "6=5/4"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
        headerAgainBeforeLast: true,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p201-quy-ii-cung-ky",
    note: "«Quý II/2026 | Quý II/2025 | So cùng kỳ (%)»: a second-quarter report",
    tables: [
      {
        lines: ["BÁO CÁO QUÝ II NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Quý II/2026", "Quý II/2025", "So cùng kỳ (%)"]],
        cols: [...STD, f("Q2"), f("Q2-1"), cmp("ratio", "Q2", "Q2-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p202-luy-ke-6-thang",
    note: "«Kế hoạch năm 2026 | Thực hiện quý II | Lũy kế 6 tháng đầu năm 2026 | Lũy kế/KH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện quý II",
            "Lũy kế 6 tháng đầu năm 2026",
            "Lũy kế/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("Q2"), f("LK6"), cmp("ratio", "LK6", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p203-uoc-quy-iv",
    note: "a year-end report: «KH năm 2026 | TH 9 tháng | Ước TH quý IV | Ước TH cả năm | Ước cả năm/KH (%)»",
    tables: [
      {
        lines: ["BÁO CÁO ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "KH năm 2026",
            "TH 9 tháng",
            "Ước TH quý IV",
            "Ước TH cả năm",
            "Ước cả năm/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("9M"), f("UQ4"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p204-khoang-trang-dau-cuoi-tab",
    note: "spaces before, after and inside, a tab and a non-breaking space: «  Thực hiện   năm 2025 », «Ước\\u00a0TH\\u00a0năm 2026 », «\\tKH năm 2027», «ƯTH / TH  (%) »",
    tables: [
      {
        lines: [],
        header: [
          [
            " STT ",
            " Chỉ tiêu ",
            "ĐVT ",
            "  Thực hiện   năm 2025 ",
            "Ước\u00a0TH\u00a0năm 2026 ",
            "\tKH năm 2027",
            "ƯTH / TH  (%) ",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p205-nam-hai-dong-tren",
    note: "the year in a super-header two rows up: «Năm 2026» over «Kế hoạch» (merged down) and «Thực hiện» over «6 tháng | Ước cả năm», «Ước cả năm/KH (%)» merged down",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<", "Ước cả năm/KH (%)"],
          ["^", "^", "^", "Kế hoạch", "Thực hiện", "<", "^"],
          ["^", "^", "^", "^", "6 tháng", "Ước cả năm", "^"],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p206-quy-iii-so-voi-cung-ky-nam-truoc",
    note: "«Quý III/2026 | Quý III/2025 | So với cùng kỳ năm trước (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Quý III/2026", "Quý III/2025", "So với cùng kỳ năm trước (%)"]],
        cols: [...STD, f("Q3"), f("Q3-1"), cmp("ratio", "Q3", "Q3-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p207-nam-n-sau-thang-tieu-de",
    note: "«Kế hoạch năm N | Thực hiện 6 tháng năm N | Ước thực hiện năm N | ƯTH/KH (%)» with the year only in the title «BÁO CÁO 6 THÁNG ĐẦU NĂM 2026»",
    tables: [
      {
        lines: ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm N",
            "Thực hiện 6 tháng năm N",
            "Ước thực hiện năm N",
            "ƯTH/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p208-stt-1-1",
    note: "indicators numbered «1.1», «1.2», «1.3» under a sector and a group row",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH 2027/ƯTH 2026 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
        groupRows: true,
        labels: ["1.1", "1.2", "1.3"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p209-stt-cong",
    note: "indicators marked «+» as bullets, «Thực hiện năm 2025 | Ước thực hiện năm 2026 | Tăng/giảm (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Ước thực hiện năm 2026", "Tăng/giảm (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("growth", "UTH0", "TH-1")],
        labels: ["+", "+", "+"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p210-luy-ke-den-30-11",
    note: "«Thực hiện tháng 11/2026 | Lũy kế đến 30/11/2026 | KH năm 2026 | Lũy kế so với KH năm (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện tháng 11/2026",
            "Lũy kế đến 30/11/2026",
            "KH năm 2026",
            "Lũy kế so với KH năm (%)",
          ],
        ],
        cols: [...STD, f("M"), f("LK"), f("KH0"), cmp("ratio", "LK", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p211-chi-tieu-nghi-quyet",
    note: "«Chỉ tiêu Nghị quyết năm 2026 | Ước TH năm 2026 | So với NQ (%)»: the target the council's resolution set",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết năm 2026", "Ước TH năm 2026", "So với NQ (%)"],
        ],
        cols: [...STD, f("GIAO0"), f("UTH0"), cmp("ratio", "UTH0", "GIAO0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p212-hdnd-huyen-giao",
    note: "«KH HĐND huyện giao năm 2026 | Ước thực hiện năm 2026 | % hoàn thành»: the year's plan, as «KH giao» (p55)",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "KH HĐND huyện giao năm 2026", "Ước thực hiện năm 2026", "% hoàn thành"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p213-tieu-de-gop-ca-bang",
    note: "the title typed as the header's first row, merged over the whole table «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027», then «Năm trước | Năm nay (ước) | Năm sau (KH) | So sánh (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", "<", "<", "<", "<", "<", "<"],
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Năm trước (TH)",
            "Năm nay (ước)",
            "Năm sau (KH)",
            "Năm sau so năm nay (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p214-tcvn3-ba-dong-tuong-doi",
    note: "TCVN3 with three header rows: «Kết quả thực hiện» over «Năm trước | Năm nay» over «TH | KH | ƯTH», «Kế hoạch năm sau» and «Tỷ lệ (%)» merged down, under «KẾ HOẠCH NĂM 2027»",
    tcvn3: true,
    tables: [
      {
        lines: ["KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Kết quả thực hiện",
            "<",
            "<",
            "Kế hoạch năm sau",
            "Tỷ lệ KH/ƯTH (%)",
          ],
          ["^", "^", "^", "Năm trước", "Năm nay", "<", "^", "^"],
          ["^", "^", "^", "TH", "KH", "ƯTH", "^", "^"],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p215-vni-viet-tat",
    note: "VNI with abbreviations: «ÑVT», «TH 2025 | ÖTH 2026 | KH 2027 | ÖTH/TH (%) | KH/ÖTH (%)»",
    vni: true,
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "ƯTH/TH (%)", "KH/ƯTH (%)"]],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p216-nguon-so-lieu-nam",
    note: "a text column «Nguồn số liệu năm 2025» after the figures: words, no figure of 2025",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026",
            "ƯTH/TH (%)",
            "Nguồn số liệu năm 2025",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1"), "other"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p217-muc-tang-giam",
    note: "«Mức tăng, giảm (+/-)» and «Tỷ lệ tăng, giảm (%)» after «TH 2025 | ƯTH 2026»: the amount and the rate",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Mức tăng, giảm (+/-)", "Tỷ lệ tăng, giảm (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("diff", "UTH0", "TH-1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p218-so-tuyet-doi-so-tuong-doi",
    note: "«So sánh ƯTH 2026 với TH 2025» merged over «Số tuyệt đối | Số tương đối (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh ƯTH 2026 với TH 2025", "<"],
          ["^", "^", "^", "^", "^", "Số tuyệt đối", "Số tương đối (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("diff", "UTH0", "TH-1"), cmp("growth", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p219-du-uoc-thuc-hien-nam",
    note: "«Thực hiện năm 2025 | Dự ước thực hiện năm 2026 | Dự kiến kế hoạch năm 2027 | Dự ước/Thực hiện (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Dự ước thực hiện năm 2026",
            "Dự kiến kế hoạch năm 2027",
            "Dự ước/Thực hiện (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p220-uoc-dat-cot",
    note: "«Ước đạt» as a figure column: «Kế hoạch năm 2026 | Ước đạt năm 2026 | Tỷ lệ ước đạt/KH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Ước đạt năm 2026", "Tỷ lệ ước đạt/KH (%)"]],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p221-nam-truoc-nam-nay-khong-tieu-de",
    note: "«Năm trước | Năm nay | Năm sau | Năm nay so với năm trước (%)» with no title and no kind: the year and the kinds asked, nothing consolidated",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm trước", "Năm nay", "Năm sau", "Năm nay so với năm trước (%)"],
        ],
        cols: [...STD, y("TH-1"), y("TH0"), y("Y+1"), cmp("ratio", "TH0", "TH-1")],
      },
    ],
    means: {},
  },
  {
    id: "p222-nam-viet-tat-nhay",
    note: "years cut to two digits with an apostrophe «TH '25 | ƯTH '26 | KH '27 | ƯTH/TH (%)» under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH '25", "ƯTH '26", "KH '27", "ƯTH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p223-phan-tram-so-truoc",
    note: "the percent first: «KH năm 2026 | TH 6 tháng 2026 | TH 6 tháng 2025 | % so KH | % so cùng kỳ»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "KH năm 2026",
            "TH 6 tháng 2026",
            "TH 6 tháng 2025",
            "% so KH",
            "% so cùng kỳ",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("H1-1"), cmp("ratio", "H1", "KH0"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p224-dvt-cot-cuoi",
    note: "the unit column last, after the comparison: «STT | Chỉ tiêu | TH 2025 | ƯTH 2026 | ƯTH/TH (%) | ĐVT»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)", "ĐVT"]],
        cols: ["stt", "name", f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1"), "unit"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p225-chi-tieu-gop-stt",
    note: "«Chỉ tiêu» merged over the STT and name columns (numbers in the first, names in the second), then «ĐVT | Thực hiện năm 2025 | Ước thực hiện năm 2026 | So sánh (%)»",
    tables: [
      {
        lines: [],
        header: [["Chỉ tiêu", "<", "ĐVT", "Thực hiện năm 2025", "Ước thực hiện năm 2026", "So sánh (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p226-stt-trong",
    note: "the STT column's header left empty over the numbers: « | Chỉ tiêu | ĐVT | TH 2025 | ƯTH 2026 | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [["", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p227-thuc-hien-uoc-tinh-ngoac",
    note: "«Thực hiện năm 2025 | Thực hiện năm 2026 (ước tính) | Kế hoạch năm 2027 | Năm 2026 so với năm 2025 (%)»: a result «(ước tính)» is the estimate",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Thực hiện năm 2026 (ước tính)",
            "Kế hoạch năm 2027",
            "Năm 2026 so với năm 2025 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p228-loai-gach-cheo-nam",
    note: "a kind and its year joined by a slash «TH/2025 | ƯTH/2026 | KH/2027 | So sánh KH/ƯTH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH/2025", "ƯTH/2026", "KH/2027", "So sánh KH/ƯTH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p229-tieu-de-xuong-dong-tuong-doi",
    note: "the title in one cell over two lines (Alt+Enter) «PHỤ LỤC 01\\nƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027» over relative headers «Thực hiện năm trước | Ước thực hiện năm nay | Kế hoạch năm sau | So sánh (%)» over «ƯTH/TH | KH/ƯTH»",
    tables: [
      {
        lines: ["PHỤ LỤC 01\nƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm trước",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "So sánh (%)",
            "<",
          ],
          ["^", "^", "^", "^", "^", "^", "ƯTH/TH", "KH/ƯTH"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p230-tu-ngay-den-ngay",
    note: "«Kế hoạch năm 2026 | Thực hiện từ 01/01 đến 30/6/2026 | Tỷ lệ so với KH (%)»: from the first of January to the end of June is the first half",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện từ 01/01 đến 30/6/2026",
            "Tỷ lệ so với KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p231-stt-ngoac-don",
    note: "indicators numbered «1)», «2)», «3)», «Thực hiện 2025 | Ước TH 2026 | Kế hoạch 2027 | Tăng, giảm KH 2027 so ƯTH 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện 2025",
            "Ước TH 2026",
            "Kế hoạch 2027",
            "Tăng, giảm KH 2027 so ƯTH 2026 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
        labels: ["1)", "2)", "3)"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p232-stt-so-0-dau",
    note: "indicators numbered «01», «02», «03» as text, «TH 2025 | ƯTH 2026 | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
        labels: ["01", "02", "03"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p233-dong-trong-duoi-tieu-de",
    note: "a blank spacer row between the header and the first indicator, «Kế hoạch năm 2026 | Ước thực hiện năm 2026 | Ước TH/KH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Ước thực hiện năm 2026", "Ước TH/KH (%)"]],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
        rowsAfterHeader: [[""]],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p234-cknt",
    note: "«CKNT» for «cùng kỳ năm trước»: «TH 6 tháng 2026 | CKNT | So CKNT (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 6 tháng 2026", "CKNT", "So CKNT (%)"]],
        cols: [...STD, f("H1"), f("H1-1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p235-ten-chi-tieu-don-vi-tinh",
    note: "one column «Tên chỉ tiêu, đơn vị tính» holding names with their units «… (Triệu đồng)»: the name column, not the unit's",
    tables: [
      {
        lines: [],
        header: [["STT", "Tên chỉ tiêu, đơn vị tính", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)"]],
        cols: ["stt", "name", f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
        unitInName: true,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p236-tang-giam-so-nam-truoc-cong-tru",
    note: "«Tăng/giảm so với năm trước (+/-)» after «TH 2025 | ƯTH 2026»: the difference",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "Tăng/giảm so với năm trước (+/-)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("diff", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p237-so-sanh-cung-ky-tang-giam-ngoac",
    note: "«So sánh với cùng kỳ (tăng +, giảm -)» after «6 tháng 2025 | 6 tháng 2026»: the difference with last year's half",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "6 tháng 2025", "6 tháng 2026", "So sánh với cùng kỳ (tăng +, giảm -)"],
        ],
        cols: [...STD, f("H1-1"), f("H1"), cmp("diff", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p238-dat-ty-le",
    note: "«Chỉ tiêu giao 2026 | Ước thực hiện 2026 | Đạt tỷ lệ (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao 2026", "Ước thực hiện 2026", "Đạt tỷ lệ (%)"]],
        cols: [...STD, f("GIAO0"), f("UTH0"), cmp("ratio", "UTH0", "GIAO0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p239-dvt-theo-nhom",
    note: "a group's unit line «ĐVT: %» before the last indicator (a percent), «TH 2025 | ƯTH 2026 | KH 2027 | KH/ƯTH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH/ƯTH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
        rowBeforeLast: ["", "ĐVT: %"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p240-nam-tren-ke-hoach-thuc-hien-cuoi-nam",
    note: "a report after the year's end: «Năm 2026» merged over «Kế hoạch | Thực hiện | TH/KH (%)», then «Kế hoạch năm 2027»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<", "Kế hoạch năm 2027"],
          ["^", "^", "^", "Kế hoạch", "Thực hiện", "TH/KH (%)", "^"],
        ],
        cols: [...STD, f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0"), f("KH1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p241-de-xuat-ke-hoach",
    note: "«Ước TH năm 2026 | Đề xuất KH năm 2027 | Đề xuất KH 2027/ƯTH 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Ước TH năm 2026",
            "Đề xuất KH năm 2027",
            "Đề xuất KH 2027/ƯTH 2026 (%)",
          ],
        ],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p242-ss-viet-tat",
    note: "«SS (%)» for «So sánh (%)» after «TH 2025 | ƯTH 2026»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "SS (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p243-so-ket-sau-thang",
    note: "«BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026» over «Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ (%)» naming no year",
    tables: [
      {
        lines: ["BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện 6 tháng", "Tỷ lệ (%)"]],
        cols: [...STD, f("KH0"), f("H1"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p244-ty-le-tang-truong-cung-ky",
    note: "«6 tháng đầu năm 2025 | 6 tháng đầu năm 2026 | Tỷ lệ tăng trưởng so với cùng kỳ (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "6 tháng đầu năm 2025",
            "6 tháng đầu năm 2026",
            "Tỷ lệ tăng trưởng so với cùng kỳ (%)",
          ],
        ],
        cols: [...STD, f("H1-1"), f("H1"), cmp("growth", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p245-chenh-lech-so-kh-cong-tru",
    note: "«Kế hoạch năm 2026 | Ước thực hiện năm 2026 | Chênh lệch so với KH (+/-)»: the estimate less the plan",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Ước thực hiện năm 2026",
            "Chênh lệch so với KH (+/-)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("diff", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p246-kem-theo-cong-van-tuong-doi",
    note: "relative headers under «KẾ HOẠCH NĂM 2027» and an attachment line «(Kèm theo Công văn số 1234/UBND-VHTT ngày 05/01/2027 của UBND huyện)»: N from the title, the attachment's year not read",
    tables: [
      {
        lines: [
          "KẾ HOẠCH NĂM 2027",
          "(Kèm theo Công văn số 1234/UBND-VHTT ngày 05/01/2027 của UBND huyện)",
          "",
        ],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm nay", "Kế hoạch năm sau", "Tốc độ tăng (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p247-hai-bang-thang-va-nam",
    note: "two tables on one sheet at column B: a month's «Tháng 11/2026 | Lũy kế 11 tháng | KH năm 2026 | Lũy kế/KH (%)», then the year's «Ước TH năm 2026 | KH năm 2027 | KH/ƯTH (%)»",
    tables: [
      {
        lines: ["I. KẾT QUẢ THỰC HIỆN THÁNG 11 NĂM 2026", ""],
        startCol: 1,
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Tháng 11/2026", "Lũy kế 11 tháng", "KH năm 2026", "Lũy kế/KH (%)"],
        ],
        cols: [...STD, f("M"), f("LK"), f("KH0"), cmp("ratio", "LK", "KH0")],
      },
      {
        lines: ["II. ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        startCol: 1,
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước TH năm 2026", "KH năm 2027", "KH/ƯTH (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p248-ke-hoach-quyet-dinh-so",
    note: "a decision's number in the plan's header «Kế hoạch năm 2026 (QĐ số 123/QĐ-UBND)» beside «Ước thực hiện năm 2026 | ƯTH/KH (%)»: the «/» of «123/QĐ» divides nothing",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026 (QĐ số 123/QĐ-UBND)",
            "Ước thực hiện năm 2026",
            "ƯTH/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p249-uth-dat-phan-tram-so-kh",
    note: "«Kế hoạch năm 2026 | Ước thực hiện năm 2026 | ƯTH năm 2026 đạt % so với KH»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Ước thực hiện năm 2026",
            "ƯTH năm 2026 đạt % so với KH",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p250-loai-tren-nam-khong-gop",
    note: "two header rows without merges over the figures: «Thực hiện | Ước thực hiện | Kế hoạch | So sánh» over «năm 2025 | năm 2026 | năm 2027 | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Ước thực hiện", "Kế hoạch", "So sánh"],
          ["^", "^", "^", "năm 2025", "năm 2026", "năm 2027", "ƯTH/TH (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p251-thong-ke-nam-bao-cao",
    note: "«Thực hiện năm báo cáo | Thực hiện năm trước | So sánh (%)» under «BÁO CÁO THỐNG KÊ NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2026»: the year's result and last year's",
    tables: [
      {
        lines: ["BÁO CÁO THỐNG KÊ NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm báo cáo", "Thực hiện năm trước", "So sánh (%)"]],
        cols: [...STD, f("TH0"), f("TH-1"), cmp("ratio", "TH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p252-ky-bao-cao-tieu-de-sau-thang",
    note: "«Kỳ báo cáo | Cùng kỳ năm trước | So sánh (%)» under «BÁO CÁO 6 THÁNG ĐẦU NĂM 2026»: the report period is the title's first half",
    tables: [
      {
        lines: ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kỳ báo cáo", "Cùng kỳ năm trước", "So sánh (%)"]],
        cols: [...STD, f("H1"), f("H1-1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p253-hai-nam-tran-truoc-uoc",
    note: "two bare years before the estimate: «Năm 2024 | Năm 2025 | Ước TH 2026 | KH 2027 | 2025/2024 (%)»: results, the kinds beside them telling N",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Ước TH 2026", "KH 2027", "2025/2024 (%)"],
        ],
        cols: [...STD, f("TH-2"), f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "TH-1", "TH-2")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p254-ten-trang-tinh-nam",
    note: "relative headers «Ước thực hiện năm nay | Kế hoạch năm sau | Tăng, giảm (%)» with no title on a sheet named «KH 2027»: the sheet's name is no title — the year asked",
    sheet: "KH 2027",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm nay", "Kế hoạch năm sau", "Tăng, giảm (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: {},
  },
  {
    id: "p255-so-sanh-bang-ty-le",
    note: "«Tỷ lệ (%) = ƯTH/KH» written as an equation, after «KH 2026 | ƯTH 2026»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "ƯTH 2026", "Tỷ lệ (%) = ƯTH/KH"]],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p256-tong-cong-cuoi-bang",
    note: "a «Tổng cộng» line and «Ghi chú:» lines under the indicators, the note naming a year «(*) Số liệu năm 2024 điều chỉnh»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "KH 2027", "KH 2027/ƯTH 2026 (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
        after: [
          ["", "Tổng cộng", "", "", "", "", ""],
          ["Ghi chú:"],
          ["(*) Số liệu năm 2024 điều chỉnh theo số liệu chính thức của Cục Thống kê."],
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p257-nam-tren-ba-dong-so-cot",
    note: "«Năm 2026» two rows up over «Kế hoạch | Ước thực hiện», with a bracketed number row «(1) | (2) | (3) | (4) | (5) | (6)=(5)/(4)» and «Tỷ lệ» merged down",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "Tỷ lệ"],
          ["^", "^", "^", "Kế hoạch", "Ước thực hiện", "^"],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p258-uoc-th-viet-hoa-tach",
    note: "«ƯỚC TH 2026» and «Ư TH/TH (%)» with a space inside «Ư TH»; «THỰC HIỆN 2025»",
    tables: [
      {
        lines: [],
        header: [["STT", "CHỈ TIÊU", "ĐVT", "THỰC HIỆN 2025", "ƯỚC TH 2026", "Ư TH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p259-kh-giao-nq-hdnd",
    note: "«KH 2026 giao tại NQ số 45/NQ-HĐND | Ước TH 2026 | Tỷ lệ hoàn thành (%)»: the year's plan, its resolution named",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "KH 2026 giao tại NQ số 45/NQ-HĐND",
            "Ước TH 2026",
            "Tỷ lệ hoàn thành (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p260-nam-truoc-nam-nay-tren-loai-uoc",
    note: "«Năm 2025» over «Thực hiện», «Năm 2026» over «Kế hoạch | Ước TH | Tỷ lệ (%)», «Năm 2027» over «Kế hoạch» — the «Tỷ lệ (%)» under the year its completion",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "<", "<", "Năm 2027"],
          ["^", "^", "^", "Thực hiện", "Kế hoạch", "Ước TH", "Tỷ lệ (%)", "Kế hoạch"],
        ],
        cols: [...STD, f("TH-1"), f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0"), f("KH1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p261-den-15-12-uoc-ca-nam",
    note: "«Thực hiện đến 15/12/2026 | Ước thực hiện cả năm 2026 | KH năm 2026 | Ước cả năm so KH (%)»: a result through mid-December is of a period the notation has no word for, never the year's result",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện đến 15/12/2026",
            "Ước thực hiện cả năm 2026",
            "KH năm 2026",
            "Ước cả năm so KH (%)",
          ],
        ],
        cols: [...STD, f("P0"), f("UTH0"), f("KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p262-tcvn3-tuong-doi-ky-ten",
    note: "TCVN3 relative headers «Thực hiện năm trước | Ước thực hiện năm nay | Kế hoạch năm sau | So sánh (%)» over «ƯTH/TH | KH/ƯTH» under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027», a footer with the date and signatures",
    tcvn3: true,
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm trước",
            "Ước thực hiện năm nay",
            "Kế hoạch năm sau",
            "So sánh (%)",
            "<",
          ],
          ["^", "^", "^", "^", "^", "^", "ƯTH/TH", "KH/ƯTH"],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
        after: [
          [""],
          ["", "", "", "", "Tủa Chùa, ngày 20 tháng 12 năm 2026"],
          ["", "NGƯỜI LẬP BIỂU", "", "", "THỦ TRƯỞNG ĐƠN VỊ"],
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p263-chenh-lech-du-toan-tru-thuc-hien",
    note: "budget software words: «Dự toán năm 2026 | Thực hiện năm 2026 | Chênh lệch (DT - TH) | Tỷ lệ = TH/DT*100»: the difference the budget less the result, its sides in that order",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Dự toán năm 2026",
            "Thực hiện năm 2026",
            "Chênh lệch (DT - TH)",
            "Tỷ lệ = TH/DT*100",
          ],
        ],
        cols: [...STD, f("DT0"), f("TH0"), cmp("diff", "DT0", "TH0"), cmp("ratio", "TH0", "DT0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p264-trong-ky-tieu-de-thang",
    note: "«Trong kỳ | Lũy kế | KH năm 2026 | Lũy kế/KH (%)» under «BÁO CÁO THÁNG 10 NĂM 2026»: the period is the title's month",
    tables: [
      {
        lines: ["BÁO CÁO THÁNG 10 NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Trong kỳ", "Lũy kế", "KH năm 2026", "Lũy kế/KH (%)"]],
        cols: [...STD, f("M"), f("LK"), f("KH0"), cmp("ratio", "LK", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p265-so-ky-bao-cao-quy",
    note: "«Số thực hiện kỳ báo cáo | Số cùng kỳ năm trước | Tỷ lệ (%)» under «BÁO CÁO QUÝ III NĂM 2026»",
    tables: [
      {
        lines: ["BÁO CÁO QUÝ III NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Số thực hiện kỳ báo cáo", "Số cùng kỳ năm trước", "Tỷ lệ (%)"]],
        cols: [...STD, f("Q3"), f("Q3-1"), cmp("ratio", "Q3", "Q3-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p266-sau-thang-cuoi-duoi-tieu-de-sau-thang",
    note: "«Ước thực hiện 6 tháng cuối năm» under «BÁO CÁO 6 THÁNG ĐẦU NĂM 2026»: the second half stays a period of its own, never the title's first half",
    tables: [
      {
        lines: ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "KH năm 2026",
            "Thực hiện 6 tháng đầu năm",
            "Ước thực hiện 6 tháng cuối năm",
            "Ước cả năm",
            "Ước cả năm/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), f("UH2"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p267-uoc-so-lieu-den-30-11",
    note: "«Ước thực hiện năm 2026 (số liệu đến 30/11/2026)»: the year's estimate, its data through November — never an eleven-month figure",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện năm 2025",
            "Ước thực hiện năm 2026 (số liệu đến 30/11/2026)",
            "ƯTH/TH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p268-song-ngu",
    note: "bilingual headers of a donor-funded template: «Thực hiện 2025 (Actual 2025) | Ước thực hiện 2026 (Estimate 2026) | Kế hoạch 2027 (Plan 2027) | KH/ƯTH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT (No.)",
            "Chỉ tiêu (Indicator)",
            "ĐVT (Unit)",
            "Thực hiện 2025 (Actual 2025)",
            "Ước thực hiện 2026 (Estimate 2026)",
            "Kế hoạch 2027 (Plan 2027)",
            "KH/ƯTH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p269-ke-hoach-giao-dau-nam",
    note: "«KH giao đầu năm 2026 | Ước TH năm 2026 | So với KH giao đầu năm (%)»: «đầu năm» says when the plan was set, not a half of the year",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "KH giao đầu năm 2026", "Ước TH năm 2026", "So với KH giao đầu năm (%)"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p270-ky-bao-cao-chin-thang",
    note: "«Thực hiện kỳ báo cáo | Kế hoạch năm | % so KH» under «BÁO CÁO 9 THÁNG NĂM 2026»",
    tables: [
      {
        lines: ["BÁO CÁO 9 THÁNG NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện kỳ báo cáo", "Kế hoạch năm", "% so KH"]],
        cols: [...STD, f("9M"), f("KH0"), cmp("ratio", "9M", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p271-ky-bao-cao-tieu-de-hai-ky",
    note: "«Kỳ báo cáo | Ước cả năm | KH năm | Ước cả năm so KH (%)» under «BÁO CÁO 6 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN CẢ NĂM 2026»: the report period is the half the title names beside the year",
    tables: [
      {
        lines: ["BÁO CÁO 6 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN CẢ NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kỳ báo cáo", "Ước cả năm", "KH năm", "Ước cả năm so KH (%)"]],
        cols: [...STD, f("H1"), f("UTH0"), f("KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p272-so-cot-hieu",
    note: "a column-number row declaring a difference «1 | 2 | 3 | 4 | 5 | 6=5-4» under «KH 2026 | Ước TH 2026 | Chênh lệch»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "Ước TH 2026", "Chênh lệch"],
          ["1", "2", "3", "4", "5", "6=5-4"],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("diff", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p273-sau-thang-so-cung-ky-nam",
    note: "«6 tháng năm 2025 | 6 tháng năm 2026 | 6 tháng năm 2026 so với cùng kỳ năm 2025 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "6 tháng năm 2025",
            "6 tháng năm 2026",
            "6 tháng năm 2026 so với cùng kỳ năm 2025 (%)",
          ],
        ],
        cols: [...STD, f("H1-1"), f("H1"), cmp("ratio", "H1", "H1-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p274-danh-gia-muc-do-hoan-thanh",
    note: "«Kế hoạch năm 2026 | Thực hiện năm 2026 | Tỷ lệ (%) | Đánh giá mức độ hoàn thành» (Vượt/Đạt/Không đạt in words)",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện năm 2026",
            "Tỷ lệ (%)",
            "Đánh giá mức độ hoàn thành",
          ],
        ],
        cols: [...STD, f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0"), "other"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p275-nam-tren-loai-va-so-sanh-nam-sau",
    note: "«Năm 2026» over «Kế hoạch | Thực hiện 9 tháng | Ước cả năm», «Năm 2027» over «Kế hoạch | So với ƯTH 2026 (%)»: the comparison under next year's plan",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "<", "<", "Năm 2027", "<"],
          ["^", "^", "^", "Kế hoạch", "Thực hiện 9 tháng", "Ước cả năm", "Kế hoạch", "So với ƯTH 2026 (%)"],
        ],
        cols: [...STD, f("KH0"), f("9M"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p276-giai-doan-tren-muc-tieu-thuc-hien",
    note: "«Giai đoạn 2021-2025» merged over «Mục tiêu | Thực hiện» (the span's, no year's), then «Ước TH năm 2026 | KH năm 2027 | KH/ƯTH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Giai đoạn 2021-2025",
            "<",
            "Ước TH năm 2026",
            "KH năm 2027",
            "KH/ƯTH (%)",
          ],
          ["^", "^", "^", "Mục tiêu", "Thực hiện", "^", "^", "^"],
        ],
        cols: [...STD, "other", "other", f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p277-so-sanh-lan",
    note: "«So sánh (lần)» after «TH 2025 | ƯTH 2026»: the ratio in times",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh (lần)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("times", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p278-ty-le-dat-duoc-so-chi-tieu",
    note: "«Chỉ tiêu được giao năm 2026 | Ước thực hiện năm 2026 | Tỷ lệ đạt được so với chỉ tiêu (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Chỉ tiêu được giao năm 2026",
            "Ước thực hiện năm 2026",
            "Tỷ lệ đạt được so với chỉ tiêu (%)",
          ],
        ],
        cols: [...STD, f("GIAO0"), f("UTH0"), cmp("ratio", "UTH0", "GIAO0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p279-stt-la-ma-chi-tieu",
    note: "three indicators numbered «I», «II», «III», each with its figures, «TH 2025 | ƯTH 2026 | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
        labels: ["I", "II", "III"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p281-th-n-tru-1-ngoac",
    note: "«TH (N-1) | ƯTH (N) | KH (N+1) | ƯTH/TH (%)» under «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH (N-1)", "ƯTH (N)", "KH (N+1)", "ƯTH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p282-tieu-de-phu-so-lieu-uoc",
    note: "«KẾ HOẠCH NĂM 2027» with a subtitle «(Số liệu ước thực hiện năm 2026 tính đến 30/11/2026)» over «Ước TH năm nay | KH năm sau | Tăng, giảm (%)»",
    tables: [
      {
        lines: ["KẾ HOẠCH NĂM 2027", "(Số liệu ước thực hiện năm 2026 tính đến 30/11/2026)", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước TH năm nay", "KH năm sau", "Tăng, giảm (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p283-uoc-thang-12-va-ca-nam",
    note: "«Thực hiện 11 tháng năm 2026 | Ước thực hiện tháng 12/2026 | Ước thực hiện cả năm 2026 | Kế hoạch năm 2026 | Tỷ lệ ước cả năm/KH (%)» («11 tháng» read as the months, as p113's)",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Thực hiện 11 tháng năm 2026",
            "Ước thực hiện tháng 12/2026",
            "Ước thực hiện cả năm 2026",
            "Kế hoạch năm 2026",
            "Tỷ lệ ước cả năm/KH (%)",
          ],
        ],
        cols: [...STD, f("M"), f("UM"), f("UTH0"), f("KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p284-ke-hoach-so-voi-thuc-hien-nam-truoc-lien-ke",
    note: "«Kế hoạch năm 2027 so với ước thực hiện năm trước liền kề (%)» after «Ước thực hiện năm 2026 | Kế hoạch năm 2027»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Ước thực hiện năm 2026",
            "Kế hoạch năm 2027",
            "Kế hoạch năm 2027 so với ước thực hiện năm trước liền kề (%)",
          ],
        ],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p285-ba-bang-dong-so-bieu",
    note: "two tables under «Biểu số 01» and «Biểu số 02» lines, the second starting at row 14: «TH 2025 | ƯTH 2026 | So sánh (%)» then «ƯTH 2026 | KH 2027 | So sánh (%)»",
    tables: [
      {
        lines: ["Biểu số 01", "ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
      {
        lines: ["Biểu số 02", "KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "ƯTH 2026", "KH 2027", "So sánh (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p286-khong-dau-tieu-de-tuong-doi",
    note: "typed without marks in a plan: «TH nam truoc | Uoc TH nam nay | KH nam sau | KH nam sau/Uoc TH nam nay (%)» under «KE HOACH NAM 2027»",
    tables: [
      {
        lines: ["KE HOACH NAM 2027", ""],
        header: [
          [
            "STT",
            "Chi tieu",
            "DVT",
            "TH nam truoc",
            "Uoc TH nam nay",
            "KH nam sau",
            "KH nam sau/Uoc TH nam nay (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p287-quy-va-ca-nam",
    note: "«Quý I | Quý II | Quý III | Ước quý IV | Ước cả năm | KH năm | Ước cả năm/KH (%)» under «ƯỚC THỰC HIỆN NĂM 2026»",
    tables: [
      {
        lines: ["ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Quý I",
            "Quý II",
            "Quý III",
            "Ước quý IV",
            "Ước cả năm",
            "KH năm",
            "Ước cả năm/KH (%)",
          ],
        ],
        cols: [...STD, f("Q1"), f("Q2"), f("Q3"), f("UQ4"), f("UTH0"), f("KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p288-9t-viet-tat",
    note: "«9T/2025 | 9T/2026 | 9T 2026 so 9T 2025 (%)»: «9T» for nine months",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "9T/2025", "9T/2026", "9T 2026 so 9T 2025 (%)"]],
        cols: [...STD, f("9M-1"), f("9M"), cmp("ratio", "9M", "9M-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p289-ten-cot-chi-tieu-co-nam",
    note: "the name column headed «Các chỉ tiêu chủ yếu năm 2026» over the indicators, then «TH 2025 | ƯTH 2026 | ƯTH/TH (%)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Các chỉ tiêu chủ yếu năm 2026", "ĐVT", "TH 2025", "ƯTH 2026", "ƯTH/TH (%)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p290-du-kien-ke-hoach-tieu-de",
    note: "«DỰ KIẾN KẾ HOẠCH NĂM 2027» over «Ước thực hiện năm nay | Dự kiến năm sau | Dự kiến/Ước (%)»",
    tables: [
      {
        lines: ["DỰ KIẾN KẾ HOẠCH NĂM 2027", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện năm nay", "Dự kiến năm sau", "Dự kiến/Ước (%)"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p291-sau-thang-cuoi-uoc-ngoac",
    note: "«6 tháng đầu năm | 6 tháng cuối năm (ước) | Cả năm (ước) | KH năm | Cả năm so KH (%)» under «BÁO CÁO ƯỚC THỰC HIỆN NĂM 2026»",
    tables: [
      {
        lines: ["BÁO CÁO ƯỚC THỰC HIỆN NĂM 2026", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "6 tháng đầu năm",
            "6 tháng cuối năm (ước)",
            "Cả năm (ước)",
            "KH năm",
            "Cả năm so KH (%)",
          ],
        ],
        cols: [...STD, f("H1"), f("UH2"), f("UTH0"), f("KH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p292-ket-qua-dat-duoc-nam-truoc",
    note: "«Kết quả đạt được năm 2025 | Kết quả ước đạt năm 2026 | Mục tiêu, kế hoạch năm 2027 | Tỷ lệ tăng (%)» (the rate of next year's plan over this year's estimate)",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kết quả đạt được năm 2025",
            "Kết quả ước đạt năm 2026",
            "Mục tiêu, kế hoạch năm 2027",
            "KH 2027 so ước đạt 2026, tỷ lệ tăng (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("growth", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p293-xa-ky-hieu-n",
    note: "a commune's form with «Năm N-1 (TH) | Năm N (ƯTH) | Năm N+1 (KH) | (N)/(N-1) % | (N+1)/(N) %» under «UBND XÃ SÍN THẦU» and «KẾ HOẠCH NĂM 2027»",
    tables: [
      {
        lines: ["UBND XÃ SÍN THẦU", "", "KẾ HOẠCH NĂM 2027", ""],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Năm N-1 (TH)",
            "Năm N (ƯTH)",
            "Năm N+1 (KH)",
            "(N)/(N-1) %",
            "(N+1)/(N) %",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "title", district: "xã Sín Thầu" },
  },
  {
    id: "p294-so-lieu-chinh-thuc-uoc-ke-hoach",
    note: "«Số liệu chính thức năm 2025 | Số liệu ước năm 2026 | Số liệu kế hoạch năm 2027 | So sánh KH/ƯTH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Số liệu chính thức năm 2025",
            "Số liệu ước năm 2026",
            "Số liệu kế hoạch năm 2027",
            "So sánh KH/ƯTH (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p295-thuc-hien-hai-nam-ke-hoach-hai-nam",
    note: "a plan made after the year's end: «Thực hiện» merged over 2024 | 2025 and «Kế hoạch» over 2026 | 2027 (years typed as numbers), «KH 2026/TH 2025 (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "<", "Kế hoạch", "<", "KH 2026/TH 2025 (%)"],
          ["^", "^", "^", "2024", "2025", "2026", "2027", "^"],
        ],
        cols: [...STD, f("TH-1"), f("TH0"), f("KH1"), f("KH2"), cmp("ratio", "KH1", "TH0")],
      },
    ],
    means: { year: 2025, yearFrom: "header" },
  },
  {
    id: "p296-uoc-sau-thang-va-ca-nam",
    note: "«Ước TH 6 tháng đầu năm 2026 | Ước TH cả năm 2026 | KH năm 2026 | Ước 6 tháng/KH (%) | Ước cả năm/KH (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Ước TH 6 tháng đầu năm 2026",
            "Ước TH cả năm 2026",
            "KH năm 2026",
            "Ước 6 tháng/KH (%)",
            "Ước cả năm/KH (%)",
          ],
        ],
        cols: [
          ...STD,
          f("UH1"),
          f("UTH0"),
          f("KH0"),
          cmp("ratio", "UH1", "KH0"),
          cmp("ratio", "UTH0", "KH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p297-dong-don-vi-duoi-so-cot",
    note: "a units row under a column-number row: «1 | 2 | 3 | 4 | 5 | 6=5/4» then «| | | Tr.đ | Tr.đ | %», under «TH 2025 | ƯTH 2026 | So sánh»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "ƯTH 2026", "So sánh"],
          ["1", "2", "3", "4", "5", "6=5/4"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
        rowsAfterHeader: [["", "", "", "Tr.đ", "Tr.đ", "%"]],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p298-phan-tram-giua",
    note: "the percent sign in the middle: «KH 2027 (%) so với ƯTH 2026» after «ƯTH 2026 | KH 2027»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "ƯTH 2026", "KH 2027", "KH 2027 (%) so với ƯTH 2026"]],
        cols: [...STD, f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p299-so-lieu-nam-chinh-thuc-uoc-tinh-du-kien",
    note: "«Số liệu năm 2025 (chính thức) | Số liệu năm 2026 (ước tính) | Năm 2027 (dự kiến) | Dự kiến năm 2027 so với ước năm 2026 (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Số liệu năm 2025 (chính thức)",
            "Số liệu năm 2026 (ước tính)",
            "Năm 2027 (dự kiến)",
            "Dự kiến năm 2027 so với ước năm 2026 (%)",
          ],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), f("KH1"), cmp("ratio", "KH1", "UTH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p300-uoc-nam-tren-th-lan",
    note: "«TH năm 2025 | Ước năm 2026 | Ước năm 2026/TH năm 2025 (lần)»",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "TH năm 2025", "Ước năm 2026", "Ước năm 2026/TH năm 2025 (lần)"]],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("times", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p301-luy-ke-9-thang-cung-ky",
    note: "«Lũy kế 9 tháng 2026 | Cùng kỳ | Tăng/giảm so cùng kỳ (%)» under «BÁO CÁO 9 THÁNG NĂM 2026»: last year's nine months cumulated",
    tables: [
      {
        lines: ["BÁO CÁO 9 THÁNG NĂM 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Lũy kế 9 tháng 2026", "Cùng kỳ", "Tăng/giảm so cùng kỳ (%)"]],
        cols: [...STD, f("LK9"), f("LK9-1"), cmp("growth", "LK9", "LK9-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p302-uoc-nam-tinh-den-30-11",
    note: "«Ước thực hiện năm 2026 (tính đến 30/11/2026)»: the year's estimate with its data's date in brackets, not eleven months",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Ước thực hiện năm 2026 (tính đến 30/11/2026)",
            "Ước TH/KH (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("UTH0"), cmp("ratio", "UTH0", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p303-sau-thang-so-lieu-den-20-6",
    note: "«Thực hiện 6 tháng đầu năm 2026 (số liệu đến 20/6/2026)» beside «Kế hoạch năm 2026 | Tỷ lệ (%)»",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện 6 tháng đầu năm 2026 (số liệu đến 20/6/2026)",
            "Tỷ lệ (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("H1"), cmp("ratio", "H1", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p304-uoc-den-het-nam",
    note: "«Thực hiện năm 2025 | Ước thực hiện đến hết năm 2026 | So sánh (%)»",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Ước thực hiện đến hết năm 2026", "So sánh (%)"],
        ],
        cols: [...STD, f("TH-1"), f("UTH0"), cmp("ratio", "UTH0", "TH-1")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p305-kho-khan-gap-phai",
    note: "«Khó khăn, vướng mắc gặp phải» after «KH 2026 | TH 2026 | Tỷ lệ TH/KH (%)»: «gặp» folds to «gấp» but divides no figures — a text column, no comparison",
    tables: [
      {
        lines: [],
        header: [
          ["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "TH 2026", "Tỷ lệ TH/KH (%)", "Khó khăn, vướng mắc gặp phải"],
        ],
        cols: [...STD, f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0"), "other"],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p306-ten-nghi-quyet",
    note: "«STT | Nội dung | Tên Nghị quyết | Kế hoạch 2026 | Thực hiện 2026 | Tỷ lệ (%)»: «Nghị quyết» alone names a document, no target figure, and the Tỷ lệ is TH/KH",
    tables: [
      {
        lines: [],
        header: [["STT", "Nội dung", "Tên Nghị quyết", "Kế hoạch 2026", "Thực hiện 2026", "Tỷ lệ (%)"]],
        cols: ["stt", "name", "other", f("KH0"), f("TH0"), cmp("ratio", "TH0", "KH0")],
        unitInName: true,
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p307-nam-so-lieu-den-thang-11",
    note: "«Kỳ báo cáo | Cùng kỳ năm trước | So sánh (%)» under «BÁO CÁO KẾT QUẢ NĂM 2026 / (Số liệu tính đến tháng 11/2026)»: the month the data were taken to is no report period",
    tables: [
      {
        lines: ["BÁO CÁO KẾT QUẢ NĂM 2026", "(Số liệu tính đến tháng 11/2026)", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kỳ báo cáo", "Cùng kỳ năm trước", "So sánh (%)"]],
        cols: [...STD, f("P0"), f("CK-1"), cmp("ratio", "P0", "CK-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p308-nam-dong-thang-12",
    note: "«Kỳ báo cáo | Cùng kỳ năm trước | So sánh (%)» under «BÁO CÁO KẾT QUẢ NĂM 2026 / Tháng 12 năm 2026»: a line that is only the month signed names no period",
    tables: [
      {
        lines: ["BÁO CÁO KẾT QUẢ NĂM 2026", "Tháng 12 năm 2026", ""],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Kỳ báo cáo", "Cùng kỳ năm trước", "So sánh (%)"]],
        cols: [...STD, f("P0"), f("CK-1"), cmp("ratio", "P0", "CK-1")],
      },
    ],
    means: { year: 2026, yearFrom: "title" },
  },
  {
    id: "p309-th-nam-tinh-den-30-9",
    note: "«Kế hoạch năm 2026 | Thực hiện năm 2026 (tính đến 30/9/2026) | Tỷ lệ (%)»: a result dated 30/9 is nine months' (an estimate so dated stays the year's, p302)",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "Kế hoạch năm 2026",
            "Thực hiện năm 2026 (tính đến 30/9/2026)",
            "Tỷ lệ (%)",
          ],
        ],
        cols: [...STD, f("KH0"), f("9M"), cmp("ratio", "9M", "KH0")],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
  {
    id: "p310-nam-tran-tinh-den-ngay",
    note: "«Năm 2025 | Năm 2026 (tính đến 30/11/2026) | 2026/2025», no title: a year that says no kind, dated in brackets, is a year alone — its kind asked, never a monthly result consolidated unconfirmed",
    tables: [
      {
        lines: [],
        header: [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026 (tính đến 30/11/2026)", "2026/2025"]],
        cols: [...STD, y("TH-1"), y("TH0"), cmp("ratio", "TH0", "TH-1")],
      },
    ],
    means: { yearsWrittenFrom: 2026 },
  },
  {
    id: "p311-tu-viet-tat-gach-cheo",
    note: "«T/hiện 2025 | Ước t/hiện 2026 | K/hoạch 2027 | Ước t/hiện 2026 / T/hiện 2025 (%) | K/hoạch 2027 / Ước t/hiện 2026 (%)»: a word cut short with a slash is no divider",
    tables: [
      {
        lines: [],
        header: [
          [
            "STT",
            "Chỉ tiêu",
            "ĐVT",
            "T/hiện 2025",
            "Ước t/hiện 2026",
            "K/hoạch 2027",
            "Ước t/hiện 2026 / T/hiện 2025 (%)",
            "K/hoạch 2027 / Ước t/hiện 2026 (%)",
          ],
        ],
        cols: [
          ...STD,
          f("TH-1"),
          f("UTH0"),
          f("KH1"),
          cmp("ratio", "UTH0", "TH-1"),
          cmp("ratio", "KH1", "UTH0"),
        ],
      },
    ],
    means: { year: 2026, yearFrom: "header" },
  },
];
