/**
 * The unit vocabulary: every unit of measure (Đơn vị tính) the product knows, its spellings, and what it says about
 * the figures under it — whole numbers or fractions, a rate in percent numbers, money and its scale. The one place
 * that reads a unit: the table model (which readings a row's unit settles), the rules (units, sums, cross-table,
 * flow), the indicator recognizer (narrowing by unit) all ask here, so «Tr.đồng», «Trđ», «Triệu» are «Triệu đồng»
 * everywhere.
 *
 * A unit is compared by its key: folded (diacritics, case, dashes, spacing: `normalizeName`), a "(…)" around the
 * whole unit and a trailing "." dropped («(%)» is «%», «Điểm.» is «Điểm»), then looked up among the spellings with
 * spaces and dots ignored («Tr. đồng» is «Tr.đồng»).
 *
 * Units come from the catalog (src/core/catalog/ict.ts) and the source documents (domain.md: «%», «Điểm»,
 * «Người/điểm», «Km/điểm», «Triệu đồng», «Thuê bao», «Thuê bao/100 dân», «Vị trí trạm», «GB», «Cơ sở», «Xã», «Giờ»,
 * «DVC») and the usual spellings officials type for them. Things counted one by one (machines, posts, visits,
 * accounts, villages …) are whole: «1.320» under «Máy» or «Lượt» is one thousand three hundred and twenty.
 *
 * Pure; remembered answers through the one memo helper.
 */
import { memo } from "../text/memo";
import { normalizeName } from "../text/fold";
import { ictCatalog } from "./ict";

/** What a unit tells about its figures. */
interface UnitEntry {
  /** The unit as the catalog (or, beyond it, the source documents) writes it. */
  name: string;
  /** Other spellings officials type for the same unit. */
  spellings?: readonly string[];
  /** Figures are whole numbers (a count of points, subscribers; million đồng as published): 4.300 is never 4,3. */
  whole?: true;
  /** Figures are percent numbers 0–100 (a rate). */
  rate?: true;
  /** Money: how many đồng one unit is. */
  dong?: number;
}

const UNITS: readonly UnitEntry[] = [
  { name: "%", spellings: ["Phần trăm", "Tỷ lệ %", "Tỉ lệ %", "Tỷ lệ (%)", "Tỉ lệ (%)"], rate: true },
  {
    name: "Triệu đồng",
    spellings: ["Tr.đồng", "Trđ", "Tr.đ", "Triệu đ", "Triệu", "Triệu VNĐ", "Tr.VNĐ"],
    whole: true,
    dong: 1e6,
  },
  { name: "Nghìn đồng", spellings: ["Ngàn đồng", "1000 đồng", "1000đ", "Ngđ"], dong: 1e3 },
  { name: "Tỷ đồng", spellings: ["Tỉ đồng", "Tỷ", "Tỷ VNĐ"], dong: 1e9 },
  { name: "Đồng", whole: true, dong: 1 },
  { name: "Điểm", whole: true },
  { name: "Người/điểm", whole: true },
  { name: "Km/điểm" },
  { name: "Thuê bao", whole: true },
  { name: "Thuê bao/100 dân" },
  { name: "Vị trí trạm", whole: true },
  { name: "Trạm", spellings: ["Trạm BTS"], whole: true },
  { name: "GB" },
  { name: "MB" },
  { name: "TB" },
  { name: "Cơ sở", whole: true },
  { name: "Xã", whole: true },
  { name: "Huyện", whole: true },
  { name: "Thôn", whole: true },
  { name: "Giờ" },
  { name: "Giờ/ngày" },
  { name: "Phút" },
  { name: "Ngày" },
  { name: "DVC", whole: true },
  { name: "Dịch vụ", whole: true },
  { name: "Chương trình", whole: true },
  { name: "Hộ", whole: true },
  { name: "Người", whole: true },
  { name: "Hồ sơ", whole: true },
  { name: "Doanh nghiệp", whole: true },
  { name: "Cơ quan", whole: true },
  { name: "Đơn vị", whole: true },
  { name: "Trang", whole: true },
  { name: "Bản tin", whole: true },
  { name: "Tin", whole: true },
  { name: "Bài", whole: true },
  { name: "Tin bài", spellings: ["Tin/bài", "Tin, bài", "Tin - bài", "Tin-bài"], whole: true },
  { name: "Lượt", spellings: ["Lượt người", "Lượt truy cập"], whole: true },
  { name: "Lần", whole: true },
  { name: "Cuộc", whole: true },
  { name: "Km" },
  { name: "Máy", spellings: ["Máy tính"], whole: true },
  { name: "Cái", whole: true },
  { name: "Chiếc", whole: true },
  { name: "Bộ", whole: true },
  { name: "Hệ thống", whole: true },
  { name: "Tài khoản", whole: true },
  { name: "Điểm/100 dân" },
];

/** A unit as compared: folded, "(…)" around the whole unit and a trailing "." dropped. */
export const foldUnit = memo((unit: string): string => {
  let u = normalizeName(unit);
  while (/^\(.*\)$/.test(u)) u = u.slice(1, -1).trim();
  return u.replace(/\.$/, "");
});

/** The lookup key of a folded unit: spaces and dots do not count («Tr. đ» is «Trđ»). */
function spellingKey(folded: string): string {
  return folded.replace(/[\s.]/g, "");
}

/** Every known unit by the key of each of its spellings, the catalog's units first (their spelling is shown). */
const BY_SPELLING: ReadonlyMap<string, UnitEntry> = (() => {
  const map = new Map<string, UnitEntry>();
  const add = (spelling: string, entry: UnitEntry) => {
    const key = spellingKey(foldUnit(spelling));
    if (!map.has(key)) map.set(key, entry);
  };
  const byName = new Map(UNITS.map((u) => [spellingKey(foldUnit(u.name)), u]));
  for (const row of ictCatalog) {
    if (row.unit === undefined) continue;
    add(row.unit, byName.get(spellingKey(foldUnit(row.unit))) ?? { name: row.unit });
  }
  for (const entry of UNITS)
    for (const spelling of [entry.name, ...(entry.spellings ?? [])]) add(spelling, entry);
  return map;
})();

function entryOf(unit: string): UnitEntry | undefined {
  return BY_SPELLING.get(spellingKey(foldUnit(unit)));
}

/**
 * Two spellings of the same unit («Tr.đồng» and «Triệu đồng»); units the vocabulary does not know are the same when
 * they fold alike.
 */
export function sameUnit(a: string, b: string): boolean {
  const ea = entryOf(a);
  const eb = entryOf(b);
  if (ea || eb) return ea === eb;
  return foldUnit(a) === foldUnit(b);
}

export function isKnownUnit(unit: string): boolean {
  return entryOf(unit) !== undefined;
}

/** Figures in this unit are whole numbers: a reading with decimals there is not meant. */
export function isWholeUnit(unit: string): boolean {
  return entryOf(unit)?.whole === true;
}

/** The unit is «%» (in any spelling): its figures are percent numbers 0–100. */
export function isPercentUnit(unit: string): boolean {
  return entryOf(unit)?.rate === true;
}

/** The unit is money (đồng, thousand, million, billion đồng, in any spelling). */
export function isMoneyUnit(unit: string): boolean {
  return entryOf(unit)?.dong !== undefined;
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

/** Every spelling of a known unit, folded, with the unit's name: what an unknown unit may be a typo of. */
const SPELLINGS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [, entry] of BY_SPELLING) {
    for (const spelling of [entry.name, ...(entry.spellings ?? [])]) {
      const key = foldUnit(spelling);
      if (!map.has(key)) map.set(key, entry.name);
    }
  }
  return map;
})();

/** The known unit closest to an unknown one, when it is close enough to be a typo of one of its spellings. */
export function suggestUnit(unit: string): string | undefined {
  const key = foldUnit(unit);
  if (key === "" || key.length > 60) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [k, u] of SPELLINGS) {
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
