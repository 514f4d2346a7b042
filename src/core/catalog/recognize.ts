/**
 * Recognizing indicator names as officials type them: the ICT catalog (indicators and their parts) and the
 * grassroots-information strategy indicators of every target set (names and aliases).
 *
 * A name is first brought to a canonical key: legacy TCVN3/VNI text converted, a leading list marker or STT dropped
 * ("1.1", "a)", "-"), diacritics folded, case, punctuation, Unicode dashes and spacing ignored, a few official
 * abbreviations expanded ("TTDĐ" → "thông tin di động", "CNTT", "UBND", "VHX" …), "y" and "i" spellings made one
 * ("Tỷ"/"Tỉ"), leading zeros of numbers dropped ("01" → "1"). Folding makes the published typo "Cấp quang" equal to
 * "Cáp quang", and "thị trấn" typed in any Unicode form equal to itself.
 *
 * Matching, most certain first:
 *  1. exact: the key equals the key of a catalog name or alias, with or without parenthesized asides on either side
 *     ("Số trạm thu phát sóng thông tin di động" is ict.10 without its "(BTS)");
 *  2. similar: a token-set similarity (Dice coefficient over word sets, each word weighted by its rarity across the
 *     catalog's indicators, log(1 + indicators / indicators using the word)) of at least SIMILARITY_THRESHOLD,
 *     computed only against names that carry the same discriminating words, and ahead of every other such indicator
 *     by at least SIMILARITY_MARGIN (indicators within the margin are all returned as candidates). Discriminating
 *     words: the administrative levels named (xã — not in "thị xã", "xã hội", "văn hóa xã" —, phường, thị trấn,
 *     thị xã, huyện, quận — not "quản lý", "cơ quan" —, thành phố, tỉnh, trung ương), a rate ("Tỷ lệ …") or a count
 *     ("Số …", "Tổng số …"), "tổng", "mới", "khác", "không", "ngày", "tháng", "di động", "cố định", "có thể",
 *     "cỡ lớn", and every number. So "Tỷ lệ xã có …" never pairs with "Tỷ lệ phường, thị trấn có …", "Số xã … có đài
 *     truyền thanh" never with "Tỷ lệ xã … có đài truyền thanh", "…tự sản xuất/ngày" never with "…tự sản xuất
 *     mới/ngày". Names of fewer than three words and texts of more than 80 words are only matched exactly.
 *
 * Some published names are the same for two indicators (ict.25 and ict.29 "Thời lượng chương trình tự sản xuất/ngày",
 * ict.26 and ict.30 "…mới/ngày": radio and television). `recognizeIndicator` answers undefined for them unless the
 * caller gives context (the unit, or the section the row sits in, see `recognizeHeading`); `recognizeCandidates`
 * lists every candidate so a caller with its own context can choose.
 *
 * Level rows ("Cấp tỉnh", "Cấp huyện", "Cấp xã") are not indicators: `recognizeLevel` reads them, and the caller
 * attaches them to the indicator above.
 *
 * The index is built once, on first use. Pure functions; no exceptions.
 */
import { ictCatalog } from "./ict";
import { targetSets } from "./grassroots";
import type { AdminLevel, CatalogRow, StrategyTargetSet } from "./types";
import { fixLegacyText, foldDiacritics, normalizeName } from "../text";
import { sameUnit } from "./units";
import { memo } from "../text/memo";

/** Minimum weighted token-set similarity (0–1) for a name that is not an exact match. */
export const SIMILARITY_THRESHOLD = 0.8;
/** How far the best indicator must be ahead of any other indicator for a similar (not exact) match. */
export const SIMILARITY_MARGIN = 0.1;

export type IndicatorCatalog = "ict" | "ttcs";

export interface RecognizedIndicator {
  /** Catalog code: "ict.05", "ict.01.vhx", "ttcs.1.1". */
  code: string;
  catalog: IndicatorCatalog;
  /** The indicator's name as published in the catalog. */
  name: string;
}

export interface IndicatorCandidate extends RecognizedIndicator {
  /** "exact": the canonical name equals a published name or alias; "similar": passed the similarity test. */
  match: "exact" | "similar";
  /** 1 for an exact match, else the similarity. */
  score: number;
  /** Unit as published (ICT rows; "%" for strategy indicators). */
  unit?: string;
  /** Target-set id, for strategy indicators. */
  set?: string;
}

export interface RecognizeOptions {
  /** The unit written on the row: narrows candidates to those with that unit (never rejects a lone candidate). */
  unit?: string;
  /**
   * Code of the ICT sector, group or subgroup the row sits under ("ict.B.III"): narrows candidates to those under
   * it (never rejects a lone candidate). Read headings with `recognizeHeading`.
   */
  section?: string;
  /**
   * Only this strategy target set (object or id) takes part for the grassroots indicators; indicators of other sets
   * are alternatives to it, not competitors. ICT indicators always take part. Default: every set.
   */
  targetSet?: StrategyTargetSet | string;
}

interface Entry {
  code: string;
  catalog: IndicatorCatalog;
  name: string;
  unit?: string;
  /** Sector/group/subgroup codes above the row (ICT). */
  ancestors: string[];
  set?: string;
}

interface Variant {
  entry: number;
  key: string;
  tokens: ReadonlySet<string>;
  discriminators: string;
}

interface Index {
  entries: Entry[];
  variants: Variant[];
  exact: Map<string, number[]>;
  /** Rarity weight of each known word. */
  weights: Map<string, number>;
  unknownWeight: number;
  headings: Map<string, string>;
}

/** Official abbreviations, folded, and what they stand for. Only ones that mean one thing in these tables. */
const ABBREVIATIONS: Record<string, string> = {
  ttdd: "thong tin di dong",
  // «Trang TTĐT», «Cổng TTĐT»: the e-portal and the commune's web page.
  ttdt: "thong tin dien tu",
  cntt: "cong nghe thong tin",
  ubnd: "uy ban nhan dan",
  vhx: "van hoa xa",
  vt: "vien thong",
  httt: "he thong thong tin",
  ttcs: "thong tin co so",
  dvc: "dich vu cong",
  dvctt: "dich vu cong truc tuyen",
  cqnn: "co quan nha nuoc",
  attt: "an toan thong tin",
  ptth: "phat thanh truyen hinh",
  ttth: "truyen thanh truyen hinh",
};

/** "tỷ"/"tỉ", "kỹ"/"kĩ", "lý"/"lí" … are one word spelled two ways. */
const Y_SPELLING = /^([tklmsh])y$/;

/** A list marker or STT in front of a name: "1.", "1.1", "2)", "a)", "IV.", "-", "+", "•". */
const LEADING_MARKER = /^\s*(?:(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-zđ][.)])\s+|[-+*•–—·]\s*)(?=\S)/iu;

const LEGACY_RANGE = /[\u0080-\u00FF]/;

/** Canonical words of a name: see the module comment. */
function canonicalWords(folded: string): string[] {
  const out: string[] = [];
  for (const raw of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (raw === "") continue;
    let w = raw;
    if (/^\d+$/.test(w)) w = w.replace(/^0+(?=\d)/, "");
    else w = w.replace(Y_SPELLING, "$1i");
    const expanded = ABBREVIATIONS[w];
    if (expanded) out.push(...expanded.split(" "));
    else out.push(w);
  }
  return out;
}

interface Canonical {
  /** Words of the whole name. */
  full: string[];
  /** Words with parenthesized asides dropped. */
  bare: string[];
}

function prepare(name: string): string {
  let text = typeof name === "string" ? name : "";
  if (LEGACY_RANGE.test(text)) text = fixLegacyText(text).text;
  text = text.normalize("NFC");
  // Drop list markers repeatedly ("1. - Tỷ lệ …"), but never the whole text.
  for (let i = 0; i < 3; i++) {
    const next = text.replace(LEADING_MARKER, "");
    if (next === text) break;
    text = next;
  }
  return text;
}

function canonical(name: string): Canonical {
  const text = prepare(name);
  const full = canonicalWords(normalizeName(text));
  const bare = canonicalWords(normalizeName(text, { dropParenthesized: true }));
  return { full, bare };
}

/** The comparable key of an indicator name: canonical words joined by spaces. Exposed for grouping and tests. */
export function indicatorKey(name: string): string {
  return canonical(name).full.join(" ");
}

/** Discriminating words of a name, as one sorted string: names that differ here are different indicators. */
function discriminators(words: readonly string[]): string {
  const d = new Set<string>();
  if (words[0] === "ti" && words[1] === "le") d.add("=rate");
  else if (words[0] === "so" || (words[0] === "tong" && words[1] === "so")) d.add("=count");
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    const next = words[i + 1];
    switch (w) {
      case "xa":
        // "thị xã" is a town; "xã hội" is society; "văn hóa xã" (VHX) names a post office, not a commune.
        if (prev === "thi") d.add("thi xa");
        else if (next !== "hoi" && !(prev === "hoa" && words[i - 2] === "van")) d.add("xa");
        break;
      case "tran":
        if (prev === "thi") d.add("thi tran");
        break;
      case "pho":
        if (prev === "thanh") d.add("thanh pho");
        break;
      case "uong":
        if (prev === "trung") d.add("trung uong");
        break;
      case "quan":
        // "quận" (urban district), not "quản lý" (manage) or "cơ quan" (agency).
        if (next !== "ly" && prev !== "co") d.add("quan");
        break;
      case "dong":
        if (prev === "di") d.add("di dong");
        break;
      case "dinh":
        if (prev === "co") d.add("co dinh");
        break;
      case "the":
        if (prev === "co") d.add("co the");
        break;
      case "lon":
        if (prev === "co") d.add("co lon");
        break;
      case "phuong":
      case "huyen":
      case "tinh":
      case "tong":
      case "moi":
      case "khac":
      case "khong":
      case "ngay":
      case "thang":
        d.add(w);
        break;
      default:
        if (/\d/.test(w)) d.add(w);
    }
  }
  return [...d].sort().join("|");
}

function ancestorsOf(row: CatalogRow, byCode: Map<string, CatalogRow>): string[] {
  const out: string[] = [];
  let parent = row.parent;
  while (parent) {
    out.push(parent);
    parent = byCode.get(parent)?.parent;
  }
  return out;
}

let built: Index | undefined;

function index(): Index {
  if (built) return built;
  const entries: Entry[] = [];
  const names: string[][] = [];
  const headings = new Map<string, string>();
  const byCode = new Map(ictCatalog.map((r) => [r.code, r]));

  for (const row of ictCatalog) {
    if (row.kind === "indicator" || row.kind === "part") {
      entries.push({
        code: row.code,
        catalog: "ict",
        name: row.name,
        unit: row.unit,
        ancestors: ancestorsOf(row, byCode),
      });
      names.push([row.name]);
    } else if (row.kind === "sector" || row.kind === "group" || row.kind === "subgroup") {
      for (const key of [indicatorKey(row.name), canonical(row.name).bare.join(" ")]) {
        if (!headings.has(key)) headings.set(key, row.code);
      }
    }
  }
  for (const set of targetSets) {
    for (const ind of set.indicators) {
      entries.push({
        code: ind.code,
        catalog: "ttcs",
        name: ind.name,
        unit: ind.unit,
        ancestors: [],
        set: set.id,
      });
      names.push([ind.name, ...(ind.aliases ?? [])]);
    }
  }

  const variants: Variant[] = [];
  const exact = new Map<string, number[]>();
  const seen = new Set<string>();
  names.forEach((list, entry) => {
    for (const name of list) {
      const c = canonical(name);
      for (const words of [c.full, c.bare]) {
        if (words.length === 0) continue;
        const key = words.join(" ");
        const hits = exact.get(key) ?? [];
        if (!hits.includes(entry)) hits.push(entry);
        exact.set(key, hits);
        if (seen.has(`${entry}\u0000${key}`)) continue;
        seen.add(`${entry}\u0000${key}`);
        variants.push({ entry, key, tokens: new Set(words), discriminators: discriminators(words) });
      }
    }
  });

  // Rarity of a word: in how many distinct indicators (codes) it appears.
  const df = new Map<string, Set<string>>();
  for (const v of variants) {
    const code = entries[v.entry].code;
    for (const t of v.tokens) {
      const s = df.get(t) ?? new Set<string>();
      s.add(code);
      df.set(t, s);
    }
  }
  const codes = new Set(entries.map((e) => e.code)).size;
  const weights = new Map<string, number>();
  for (const [t, s] of df) weights.set(t, Math.log(1 + codes / s.size));
  built = { entries, variants, exact, weights, unknownWeight: Math.log(1 + codes), headings };
  return built;
}

function weightOf(ix: Index, words: ReadonlySet<string>): number {
  let w = 0;
  for (const t of words) w += ix.weights.get(t) ?? ix.unknownWeight;
  return w;
}

function similarity(ix: Index, a: ReadonlySet<string>, aWeight: number, b: ReadonlySet<string>): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common += ix.weights.get(t) ?? ix.unknownWeight;
  const total = aWeight + weightOf(ix, b);
  return total === 0 ? 0 : (2 * common) / total;
}

function setIdOf(targetSet: RecognizeOptions["targetSet"]): string | undefined {
  if (targetSet === undefined) return undefined;
  return typeof targetSet === "string" ? targetSet : targetSet.id;
}

function takesPart(entry: Entry, setId: string | undefined): boolean {
  return setId === undefined || entry.catalog !== "ttcs" || entry.set === setId;
}

function candidate(entry: Entry, match: "exact" | "similar", score: number): IndicatorCandidate {
  const c: IndicatorCandidate = { code: entry.code, catalog: entry.catalog, name: entry.name, match, score };
  if (entry.unit !== undefined) c.unit = entry.unit;
  if (entry.set !== undefined) c.set = entry.set;
  return c;
}

/** Keeps one candidate per code (the first, i.e. the best). */
function uniqueByCode(list: IndicatorCandidate[]): IndicatorCandidate[] {
  const seen = new Set<string>();
  return list.filter((c) => (seen.has(c.code) ? false : (seen.add(c.code), true)));
}

function exactCandidates(ix: Index, c: Canonical, setId: string | undefined): IndicatorCandidate[] {
  // The whole name first; then with its asides dropped (either side may carry an aside the other lacks).
  for (const words of [c.full, c.bare]) {
    const hits = ix.exact.get(words.join(" "));
    if (!hits) continue;
    const found = hits.map((i) => ix.entries[i]).filter((e) => takesPart(e, setId));
    if (found.length > 0) return uniqueByCode(found.map((e) => candidate(e, "exact", 1)));
  }
  return [];
}

function similarCandidates(ix: Index, c: Canonical, setId: string | undefined): IndicatorCandidate[] {
  const best = new Map<number, number>();
  for (const words of c.bare.join(" ") === c.full.join(" ") ? [c.full] : [c.full, c.bare]) {
    if (words.length < 3) continue;
    const tokens = new Set(words);
    const weight = weightOf(ix, tokens);
    const disc = discriminators(words);
    for (const v of ix.variants) {
      if (v.discriminators !== disc) continue;
      if (!takesPart(ix.entries[v.entry], setId)) continue;
      const s = similarity(ix, tokens, weight, v.tokens);
      if (s > (best.get(v.entry) ?? -1)) best.set(v.entry, s);
    }
  }
  // Best score per code (the same code may sit in several target sets).
  const byCode = new Map<string, { entry: Entry; score: number }>();
  for (const [i, score] of best) {
    const e = ix.entries[i];
    const prev = byCode.get(e.code);
    if (!prev || score > prev.score) byCode.set(e.code, { entry: e, score });
  }
  const ranked = [...byCode.values()].sort((a, b) => b.score - a.score);
  if (ranked.length === 0 || ranked[0].score < SIMILARITY_THRESHOLD) return [];
  const top = ranked[0].score;
  return ranked
    .filter((r) => r.score >= SIMILARITY_THRESHOLD && top - r.score < SIMILARITY_MARGIN)
    .map((r) => candidate(r.entry, "similar", Math.round(r.score * 1000) / 1000));
}

/** Narrows by unit and section, each only when it leaves at least one candidate. */
function narrow(list: IndicatorCandidate[], options: RecognizeOptions): IndicatorCandidate[] {
  let out = list;
  const ix = index();
  if (options.section && out.length > 1) {
    const section = options.section;
    const inSection = out.filter((c) => {
      const e = ix.entries.find((x) => x.code === c.code);
      return e !== undefined && (e.code === section || e.ancestors.includes(section));
    });
    if (inSection.length > 0) out = inSection;
  }
  if (options.unit !== undefined && options.unit.trim() !== "" && out.length > 1) {
    const unit = options.unit;
    const withUnit = out.filter((c) => c.unit !== undefined && sameUnit(c.unit, unit));
    if (withUnit.length > 0) out = withUnit;
  }
  return out;
}

/**
 * Every indicator the name could be: the exact matches when there are any (two for a name published twice), else the
 * similar ones within SIMILARITY_MARGIN of the best. Empty when nothing passes. `unit` and `section` narrow the list
 * when they leave at least one candidate.
 */
export function recognizeCandidates(name: string, options: RecognizeOptions = {}): IndicatorCandidate[] {
  if (typeof name !== "string" || name.trim() === "") return [];
  const ix = index();
  const c = canonical(name);
  if (c.full.length === 0) return [];
  const setId = setIdOf(options.targetSet);
  const exact = exactCandidates(ix, c, setId);
  if (exact.length > 0) return narrow(exact, options);
  // Very long cells (notes, paragraphs) are not indicator names.
  if (c.full.length > 80) return [];
  return narrow(similarCandidates(ix, c, setId), options);
}

type Recognized = { code: string; catalog: IndicatorCatalog; name: string } | undefined;

/**
 * The one indicator the name stands for, or undefined when it is none or could be several (see
 * `recognizeCandidates` for the list).
 */
export function recognizeIndicator(name: string, options: RecognizeOptions = {}): Recognized {
  const set = typeof options.targetSet === "string" ? options.targetSet : (options.targetSet?.id ?? "");
  const answer = answersUnder(`${set}\u0000${options.section ?? ""}\u0000${options.unit ?? ""}`)(name);
  return answer ? { ...answer } : undefined;
}

// A long sheet repeats the same names: answers are remembered by target set, section and unit, then by name.
const answersUnder = memo((context: string) => {
  const [set, section, unit] = context.split("\u0000");
  const options: RecognizeOptions = {};
  if (set !== "") options.targetSet = set;
  if (section !== "") options.section = section;
  if (unit !== "") options.unit = unit;
  return memo((name: string): Recognized => {
    const list = recognizeCandidates(name, options);
    if (list.length !== 1) return undefined;
    const { code, catalog, name: published } = list[0];
    return { code, catalog, name: published };
  });
});

const LEVEL_START = /^cap (tinh|huyen|xa|trung uong)\b/;

/**
 * The row names an administrative level, alone or with more words («Cấp tỉnh», «Cấp trung ương», «Cấp xã (…)»):
 * under an indicator it is a level row, not a part. `recognizeLevel` tells which of the catalog's levels it is.
 */
export function namesLevel(name: string): boolean {
  return LEVEL_START.test(foldDiacritics(name));
}

/** "Cấp tỉnh" → "tinh", "- cấp huyện" → "huyen", "Cấp xã:" → "xa"; undefined for anything else. */
export function recognizeLevel(name: string): AdminLevel | undefined {
  if (typeof name !== "string") return undefined;
  const words = canonicalWords(normalizeName(prepare(name), { dropParenthesized: true }));
  if (words[0] !== "cap" || words.length !== 2) return undefined;
  switch (words[1]) {
    case "tinh":
      return "tinh";
    case "huyen":
      return "huyen";
    case "xa":
      return "xa";
    default:
      return undefined;
  }
}

/**
 * The ICT sector, group or subgroup a heading row names ("Phát thanh" → "ict.B.II", "Truyền hình" → "ict.B.III"),
 * by exact canonical match only; undefined otherwise.
 */
export function recognizeHeading(name: string): string | undefined {
  if (typeof name !== "string" || name.trim() === "") return undefined;
  const ix = index();
  const c = canonical(name);
  return ix.headings.get(c.full.join(" ")) ?? ix.headings.get(c.bare.join(" "));
}
