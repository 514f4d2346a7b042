/**
 * Units of measure (Đơn vị tính): missing, unknown (with the closest known unit), a rate not in %, a count in %,
 * a unit other than the catalog's, and durations longer than the period they are counted in (6.570 hours a day).
 */
import { ictCatalog } from "../../catalog/ict";
import type { Finding } from "../types";
import {
  allTables,
  cellKeys,
  childRows,
  fold,
  foldUnit,
  isPercentUnit,
  isRateName,
  makeFinding,
  remembered,
  type CellReading,
  type IndicatorRow,
  type WorkbookAnalysis,
} from "../analysis";

/** Units seen in the source documents, beyond the catalog's, and their usual spellings. */
const OTHER_UNITS = [
  "%",
  "Điểm",
  "Người/điểm",
  "Km/điểm",
  "Triệu đồng",
  "Tr.đồng",
  "Nghìn đồng",
  "Tỷ đồng",
  "Đồng",
  "Thuê bao",
  "Thuê bao/100 dân",
  "Vị trí trạm",
  "Trạm",
  "GB",
  "MB",
  "TB",
  "Cơ sở",
  "Xã",
  "Huyện",
  "Thôn",
  "Giờ",
  "Giờ/ngày",
  "Phút",
  "Ngày",
  "DVC",
  "Dịch vụ",
  "Chương trình",
  "Hộ",
  "Người",
  "Hồ sơ",
  "Doanh nghiệp",
  "Cơ quan",
  "Đơn vị",
  "Trang",
  "Bản tin",
  "Tin",
  "Bài",
  "Lượt",
  "Lần",
  "Cuộc",
  "Km",
  "Máy",
  "Cái",
  "Chiếc",
  "Bộ",
  "Hệ thống",
  "Tài khoản",
  "Điểm/100 dân",
];

const KNOWN: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const u of [...ictCatalog.flatMap((r) => (r.unit ? [r.unit] : [])), ...OTHER_UNITS]) {
    const key = foldUnit(u);
    if (!map.has(key)) map.set(key, u);
  }
  return map;
})();

/**
 * Spellings of one unit (folded, without spaces and dots): "Tr.đồng", "Trđ", "Tr. đ", a bare "Triệu" are the
 * catalog's "Triệu đồng"; "Tỷ lệ (%)", "Tỉ lệ %", "Phần trăm" are "%".
 */
const SAME_UNIT: ReadonlyMap<string, string> = new Map([
  ...["trieudong", "trdong", "trd", "trieud", "trieu"].map((k) => [k, "trieu dong"] as const),
  ...["nghindong", "ngandong", "1000dong", "1000d", "ngd"].map((k) => [k, "nghin dong"] as const),
  ...["phantram", "tyle%", "tile%", "tyle(%)", "tile(%)"].map((k) => [k, "%"] as const),
]);

function canonicalUnit(unit: string): string {
  const folded = foldUnit(unit);
  return SAME_UNIT.get(folded.replace(/[\s.]/g, "")) ?? folded;
}

/** Two spellings of the same unit ("Tr.đồng" and "Triệu đồng"). */
export function sameUnit(a: string, b: string): boolean {
  return canonicalUnit(a) === canonicalUnit(b);
}

export function isKnownUnit(unit: string): boolean {
  return KNOWN.has(foldUnit(unit)) || KNOWN.has(canonicalUnit(unit));
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The known unit closest to an unknown one, when it is close enough to be a typo of it. */
export function suggestUnit(unit: string): string | undefined {
  const key = foldUnit(unit);
  if (key === "" || key.length > 60) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [k, u] of KNOWN) {
    const d = distance(key, k);
    if (d < bestDistance) {
      best = u;
      bestDistance = d;
    }
  }
  // Short units differ from each other by a letter or two (Xã, Hộ, Bài): only longer ones are typos of another.
  const limit = key.length >= 6 ? 2 : key.length >= 4 ? 1 : 0;
  return bestDistance <= limit ? best : undefined;
}

function hasValues(row: IndicatorRow, keys: readonly number[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const n = keys[i];
    const c = row.values[n];
    if (c !== undefined && c.reading !== "empty") return true;
  }
  return false;
}

/**
 * The row's cells left to right (made only for the rows that need them), sorted only when the column numbers do
 * not already run left to right (a stable sort of an ordered list changes nothing).
 */
function valuesByColumn(row: IndicatorRow, keys: readonly number[]): CellReading[] {
  const cells: CellReading[] = [];
  let sorted = true;
  for (let i = 0; i < keys.length; i++) {
    const c = row.values[keys[i]];
    if (c === undefined) continue;
    if (cells.length > 0 && cells[cells.length - 1].col > c.col) sorted = false;
    cells.push(c);
  }
  return sorted ? cells : cells.sort((a, b) => a.col - b.col);
}

type Period = "day" | "month" | "year";
const PERIOD_MAX: Record<Period, number> = { day: 24, month: 744, year: 8784 };
const PERIOD_WORD: Record<Period, { vi: string; en: string }> = {
  day: { vi: "ngày", en: "day" },
  month: { vi: "tháng", en: "month" },
  year: { vi: "năm", en: "year" },
};

function periodOfText(folded: string): Period | undefined {
  if (/\/\s*(1 )?ngay\b|\b(moi|mot|trong|tren|1) ngay\b/.test(folded)) return "day";
  if (/\/\s*(1 )?thang\b|\b(moi|mot|trong|tren|1) thang\b/.test(folded)) return "month";
  if (/\/\s*(1 )?nam\b|\b(moi|mot|trong|tren|1) nam\b/.test(folded)) return "year";
  return undefined;
}

/** The period an hours figure is counted in, when the row holds hours per day, month or year. */
function hoursPeriod(row: IndicatorRow): Period | undefined {
  const unit = foldUnit(row.unit);
  const hours = /^(gio|h)(\/|$)/.test(unit);
  const unitPeriod = hours ? periodOfText(unit) : undefined;
  const byCatalog = row.catalog?.measure === "duration-per-period" && fold(row.catalog.unit ?? "") === "gio";
  const name = foldedName(row.name);
  const hoursByName = /^thoi (luong|gian)\b/.test(name);
  if (!hours && !(unit === "" && (byCatalog || hoursByName))) return undefined;
  if (unit !== "" && !hours) return undefined;
  return unitPeriod ?? (byCatalog ? row.catalog?.period : undefined) ?? periodOfText(name);
}

const foldedNames = new Map<string, string>();

/** The folded indicator name, remembered (a long table repeats the same names row after row). */
function foldedName(name: string): string {
  return remembered(foldedNames, name, fold);
}

export function unitRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    if (table.unitColumn === undefined) continue;
    const keys = cellKeys(table).values;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      const cell = row.unitCell;
      if (cell === undefined) continue;
      const unit = row.unit;
      const catalogUnit = row.catalog?.unit;

      if (unit === "") {
        const children = childRows(table, row);
        const childrenCarryUnits = children.length > 0 && children.some((c) => c.unit !== "");
        const parentCarriesUnit = row.parent !== undefined && row.parent.unit !== "";
        const wanted =
          hasValues(row, keys) || (catalogUnit !== undefined && row.catalog?.kind === "indicator");
        if (wanted && !childrenCarryUnits && !parentCarriesUnit) {
          findings.push(
            makeFinding({
              sheet: table.sheet,
              cell,
              row,
              code: "unit/missing",
              severity: "warning",
              expected: catalogUnit,
              params: { indicator: row.name },
            }),
          );
        }
      } else {
        const percent = isPercentUnit(unit);
        const measure = row.catalog?.measure;
        if (isRateName(row.name) && !percent) {
          findings.push(
            makeFinding({
              sheet: table.sheet,
              cell,
              row,
              code: "unit/rate-not-percent",
              severity: "warning",
              actual: unit,
              expected: "%",
              params: { indicator: row.name, unit },
            }),
          );
        } else if (percent && (measure === "count" || measure === "money" || measure === "volume")) {
          findings.push(
            makeFinding({
              sheet: table.sheet,
              cell,
              row,
              code: "unit/percent-on-count",
              severity: "warning",
              actual: unit,
              expected: catalogUnit,
              params: { indicator: row.name },
            }),
          );
        } else if (catalogUnit !== undefined && !sameUnit(unit, catalogUnit)) {
          findings.push(
            makeFinding({
              sheet: table.sheet,
              cell,
              row,
              code: "unit/catalog-mismatch",
              severity: "warning",
              actual: unit,
              expected: catalogUnit,
              params: { unit, expected: catalogUnit },
            }),
          );
        } else if (!isKnownUnit(unit)) {
          const suggestion = suggestUnit(unit);
          findings.push(
            makeFinding({
              sheet: table.sheet,
              cell,
              row,
              code: "unit/unknown",
              severity: "warning",
              actual: unit,
              ...(suggestion !== undefined
                ? { expected: suggestion, params: { unit, suggestion } }
                : { params: { unit }, variant: "no-suggestion" }),
            }),
          );
        }
      }

      const period = hoursPeriod(row);
      if (period !== undefined) {
        const max = PERIOD_MAX[period];
        const cells = valuesByColumn(row, keys);
        for (let k = 0; k < cells.length; k++) {
          const c = cells[k];
          if (c.value === undefined || !(c.value > max)) continue;
          findings.push(
            makeFinding({
              code: "unit/period-overflow",
              severity: "error",
              sheet: table.sheet,
              cell: c.address,
              row,
              actual: c.value,
              expected: max,
              params: { value: c.value, period: PERIOD_WORD[period], max },
            }),
          );
        }
      }
    }
  }
  return findings;
}
