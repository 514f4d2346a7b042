/**
 * Reading one column's header text (all its header rows joined top to bottom, a merged cell's text over every
 * column it spans) with the vocabulary (vocabulary.ts): what the column holds, before the table is looked at. The
 * table reader (table.ts) then resolves what needs the other columns: a comparison's operands, a year named
 * relative to the report year, the period of a «cùng kỳ» figure.
 */
import { memo } from "../../text/memo";
import { isSttHeader } from "../row-labels";
import {
  convertLegacy,
  detectLegacyEncoding,
  fixLegacyText,
  foldDiacritics,
  scoreLegacy,
  type LegacyEncoding,
} from "../../text";
import { isYear } from "../../text/year";
import {
  familyOf,
  type ComparisonOp,
  type FigureKind,
  type Period,
  type PlainRole,
  type YearRef,
} from "./reading";
import {
  COLUMN_WORDS,
  COMPARISON_LEADS,
  DIVIDERS,
  FILLER_WORDS,
  KIND_PHRASES,
  LATE_COLUMN_WORDS,
  NAME_WORDS,
  PERIOD_PHRASES,
  PREVIOUS_PERIOD,
  SAME_PERIOD_LAST_YEAR,
  YEAR_PHRASES,
  type LeadMeaning,
  type Phrase,
} from "./vocabulary";

/** A figure as a header (or one side of a comparison) describes it: any part may be left unsaid. */
export interface FigurePattern {
  kind?: FigureKind;
  period?: Period;
  year?: YearRef;
  /** «Cùng kỳ (năm trước)»: the period of the figure it goes with, a year before it; a result unless said. */
  samePeriodLastYear?: boolean;
  /** «Kỳ trước», «tháng trước»: the period before the current one (no figure of the notation). */
  previous?: boolean;
  /** The month a header names («Tháng 10»), or the months a cumulative spans («Luỹ kế 11 tháng»). */
  month?: number;
  /** The period was said only by an upper header row («Kỳ báo cáo» over «Lũy kế»): the current one, whatever it is. */
  periodFromGroup?: boolean;
  /** A span of years («giai đoạn 2021 - 2025», «KH 2003-2020»): no figure of one year. */
  range?: boolean;
  /** A year alone («Năm 2025», «2025»): the header names no kind; `kind` is a placeholder the table settles. */
  kindUnsaid?: boolean;
  /** The period is the report period named as such («Kỳ báo cáo»): the title may say which part of the year. */
  reportPeriod?: boolean;
  /** «Cùng kỳ» naming no kind: the kind of the figure it goes with (a cumulative's «cùng kỳ» is a cumulative). */
  kindOfBase?: boolean;
}

export type HeaderReading =
  | { role: PlainRole }
  | {
      role: "figure";
      figure: FigurePattern & { kind: FigureKind };
      percent: boolean;
      /** Nothing but the figure's words («Thực hiện năm 2024»): a header, not a sentence that mentions one. */
      plain: boolean;
    }
  | {
      role: "comparison";
      op: ComparisonOp;
      /** The header asks for a percent number («(%)», a growth rate, a completion rate). */
      percent: boolean;
      /** The operands as named; absent when the header leaves one unsaid («Tăng, giảm (%)»). */
      a?: FigurePattern;
      b?: FigurePattern;
      /** Words naming an operand that is no figure («Đạt % so với CSTK»: the «Công suất thiết kế» column). */
      bWords?: string[];
      /**
       * «Chênh lệch (%)»: a difference the header puts in percent — A − B (officials put «(%)» on a difference in
       * Tỷ đồng) or the relative change A/B × 100 − 100; the words leave the operation open.
       */
      opOpen?: true;
      /** «KH 2026/TH 2025 (tính đến 30/6/2026)»: a date the words attach to no side — the comparison is asked. */
      dateUnplaced?: true;
      /** What the header says around the comparison (an upper header row's «Năm 2026»). */
      context: FigurePattern;
      /** A result over its plan or target («Tỷ lệ hoàn thành kế hoạch (%)»): an unnamed side is that. */
      completion: boolean;
    };

// ---------------------------------------------------------------------------------------------------------------
// Folding and plain words (the column classifier's own conventions, kept as they were).

/**
 * Folded header text: legacy encodings converted, no diacritics, lower case, single spaces. `legacy` is the encoding
 * the rest of the table's header is typed in: a text too short to tell on its own («¦TH/KH», «§VT») is read in it.
 */
export function foldHeader(text: string, legacy?: LegacyEncoding): string {
  let fixed = text;
  if (/[\u0080-\u00FF]/.test(text)) {
    const own = fixLegacyText(text);
    // A text with letters only Unicode has («Ước») is Unicode whatever its neighbours are.
    fixed =
      own.encoding !== undefined || legacy === undefined || scoreLegacy(text) === undefined
        ? own.text
        : convertLegacy(text, legacy);
  }
  // «Số ước thực hiện», «Năm 2026» over «Số kế hoạch»: «số» (the figure) naming its kind, never the «so» of «so
  // với» that folding would make of it.
  // (On composed text: a header typed on a Mac or copied from the web may come decomposed, NFD.)
  const figureWord = fixed
    .normalize("NFC")
    .replace(
      /(^|[\s(])số\s+(?=(?:ước|kế hoạch|KH|thực hiện|TH|chính thức|sơ bộ|dự kiến|dự toán|cùng kỳ)(?![\p{L}\d]))/giu,
      "$1",
    );
  return foldDiacritics(figureWord.replace(/\s+/g, " ").trim());
}

/**
 * The legacy encoding a table's header is typed in: the one its cells that can be told are in, when they agree and no
 * cell holds a letter only Unicode has. «ChØ tiªu» tells TCVN3; «§VT» and «¦TH/TH (%)» beside it are then TCVN3 too.
 */
export function headerEncoding(texts: readonly string[]): LegacyEncoding | undefined {
  let found: LegacyEncoding | undefined;
  for (const text of texts) {
    if (!/[\u0080-\u00FF]/.test(text)) continue;
    if (scoreLegacy(text) === undefined) return undefined;
    const encoding = detectLegacyEncoding(text);
    if (encoding === undefined) continue;
    if (found !== undefined && found !== encoding) return undefined;
    found = encoding;
  }
  return found;
}

/** Folded text without asides and punctuation: "Đơn vị tính:" → "don vi tinh". */
export function plainWords(folded: string): string {
  return folded
    .replace(/\([^()]*\)/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export const CODE_HEADER_FOLDED = "ma chi tieu";

export function isUnitHeader(folded: string): boolean {
  const w = plainWords(folded);
  // «Tên chỉ tiêu, đơn vị tính»: the names, each with its unit — the name column, not the unit's.
  if (/^(ten )?(cac )?chi tieu\b|^noi dung\b/.test(w)) return false;
  // «Đ.vị tính» (the dot a space by now), «Đơn vị đo».
  return /\bdon vi tinh\b|\bdvt\b|^d v t$|^don vi$|^dv tinh$|^d vi tinh$|^don vi do$/.test(w);
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

type Token =
  /** `either`: «ƯTH/ TH», the estimate or, once known, the result — one figure, or (as a comparison's only
   * words) the estimate over the result. */
  | { t: "kind"; kind: FigureKind; either?: true }
  | { t: "period"; period: Period; month?: number; report?: true }
  | { t: "year"; year: YearRef }
  | { t: "same" }
  | { t: "prev" }
  | { t: "lead"; lead: LeadMeaning }
  | { t: "divider"; divider: Divider }
  | { t: "percent" }
  | { t: "word"; text: string };

type Divider = "so voi" | "voi" | "/" | "tren" | "so" | "-" | "gap";

interface Compiled<M> {
  re: RegExp;
  means: M;
}

function compile<M>(list: readonly Phrase<M>[]): Compiled<M>[] {
  // Sticky, and ending at a word end (a space, the end, or the «/» and «%» that stand alone as tokens).
  return list.map((p) => ({ re: new RegExp(`(?:${p.pattern})(?=$|[ /%])`, "y"), means: p.means }));
}

/**
 * A month's number in a period phrase: «tháng 10» names that month; «11 tháng» is a span of months (a cumulative's,
 * or «Thực hiện 11 tháng» beside «Ước thực hiện tháng 12»), no month of its own.
 */
function monthIn(text: string): number | undefined {
  const m = /thang (\d{1,2})/.exec(text);
  const n = m ? Number(m[1]) : undefined;
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

/** The lists tried at each word, in this order (a longer phrasing in an earlier list wins). */
const TOKEN_LISTS: readonly [
  Compiled<unknown>[],
  (means: unknown, text: string) => Token | readonly Token[] | undefined,
][] = [
  [compile(SAME_PERIOD_LAST_YEAR), () => ({ t: "same" })],
  [compile(PREVIOUS_PERIOD), () => ({ t: "prev" })],
  [
    compile(YEAR_PHRASES),
    (m) => {
      const { offset, kind } = m as { offset: number; kind?: FigureKind };
      const year: Token = { t: "year", year: { kind: "relative", offset } };
      return kind ? [year, { t: "kind", kind }] : year;
    },
  ],
  [compile(COMPARISON_LEADS), (m) => ({ t: "lead", lead: m as LeadMeaning })],
  [
    compile(KIND_PHRASES),
    (m, text) =>
      text.includes("/")
        ? { t: "kind", kind: m as FigureKind, either: true }
        : { t: "kind", kind: m as FigureKind },
  ],
  // «Số liệu năm 2025»: words that name no figure of their own (after «số thực hiện» and the kinds).
  [compile(FILLER_WORDS), () => undefined],
  [compile(DIVIDERS), (m) => ({ t: "divider", divider: m as Divider })],
  [
    compile(PERIOD_PHRASES),
    (m, text) => {
      if (m === "report") return { t: "period", period: "period", report: true };
      const month = m === "month" ? monthIn(text) : undefined;
      return month === undefined
        ? { t: "period", period: m as Period }
        : { t: "period", period: "month", month };
    },
  ],
];

/** The period from January through the end of month `m`, as the header words would name it. */
function spanThrough(m: number): string {
  if (m === 12 || m < 1 || m > 12) return "";
  return m === 3 ? "quy i" : `${m} thang`;
}

/**
 * The mark tokenText leaves where a bracketed date conflicts with the words: a comparison's belongs to no side it
 * can tell, a whole year's ends before the year does. The reading is asked.
 */
const DATE_UNPLACED = "ngay-khong-ro";
const isUnplacedMark = (t: Token): boolean => t.t === "word" && t.text === DATE_UNPLACED;

/**
 * A year (or «cả năm») with its data's date in brackets, `between` the words between them, `at` where it stands in
 * `text`: what tokenText keeps of it (tokenText says why).
 */
function datedYear(m: string, year: string, between: string, at: number, text: string): string {
  const before = tokensOf(`${text.slice(0, at)} ${year}${between}`);
  const div = dividerAt(before, undefined);
  if (div >= 0) {
    // «Ước TH 2026 / TH 2025 (tính đến 30/11/2026)», «KH 2026/TH 2025 (tính đến 30/6/2026)»: after a
    // comparison the date is the side's it is attached to (the one after the divider). An estimate or a
    // plan sheds it; a result of the date's own year keeps it (its span); else the words do not say whose
    // date it is — the comparison is asked (DATE_UNPLACED), never a date dropped nor a side's year moved.
    const side = figureOf(before.slice(div + 1));
    const dateYear = /((?:19|20)\d\d)\s*\)$/.exec(m)?.[1];
    if (side.kind === "estimate" || side.kind === "plan") return `${year}${between} `;
    const ownYear = side.year?.kind === "absolute" ? String(side.year.year) : undefined;
    if (side.kind !== undefined && (dateYear === undefined || ownYear === dateYear)) return m;
    return `${year}${between} ${DATE_UNPLACED} `;
  }
  const kind = figureOf(before).kind;
  // «Thực hiện cả năm 2026 (tính đến 30/11/2026)»: the whole year and a date before its end conflict — the
  // year's result to date or its estimate, the words do not say: the year kept, its kind asked (DATE_UNPLACED).
  const dm = /(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(?:19|20)\d\d)?\s*\)$/.exec(m);
  const beforeEnd = dm !== null && (Number(dm[2]) < 12 || Number(dm[1]) < 31);
  if (year === "ca nam" && (kind === "actual" || kind === "cumulative") && beforeEnd)
    return `${between} ${DATE_UNPLACED} `;
  const asked = kind === undefined;
  // «Cả năm 2026 (tính đến 30/11/2026)» says no kind either: the whole year or its months to date — the
  // year alone is kept (the date's, when none is written before it), its kind asked.
  if (asked && year === "ca nam") {
    const dated = /\b(?:19|20)\d\d\b/.test(between) ? "" : (/((?:19|20)\d\d)\s*\)$/.exec(m)?.[1] ?? "");
    return `${between} ${dated} `;
  }
  return asked || kind === "estimate" || kind === "plan" ? `${year}${between} ` : m;
}

/**
 * (No lookbehind in these patterns: the pane runs in WebKit 14, which has none.)
 * The folded header made ready for tokens: «%» and «/» standing alone, years apart from letters, a span of years
 * one word, «năm» before a year dropped (it names the year, not the full-year period), asides opened.
 */
function tokenText(folded: string): string {
  return (
    folded
      .replace(/\bb\s*\/\s*c\b/g, " bao cao ")
      // «Ước thực hiện năm 2026 (tính đến 30/11/2026)»: an estimate or a plan of the year said, its data's date in
      // brackets after. A result so dated («Thực hiện năm 2026 (tính đến 30/9/2026)») is what was done by then:
      // the date stays and names its span (nine months). A year that says no kind («Năm 2026 (tính đến
      // 30/11/2026)», «2026 (đến 30/6/2026)») is a year alone whose data are dated: a result to date or the year's
      // estimate, the words do not say which — its kind is asked, as a bare year's is, not read from the date.
      .replace(
        /\b((?:nam )?(?:19|20)\d\d|ca nam)([^()]*)\(\s*(?:tinh )?(?:den|toi)\s+(?:ngay\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*(?:19|20)\d\d)?\s*\)/g,
        datedYear,
      )
      // «(số liệu đến 30/11/2026)»: when the data were taken, no span of the figure — its year alone stays.
      .replace(
        /\bso lieu (?:tinh )?(?:den|toi)\s+(?:ngay\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*((?:19|20)\d\d))?\b/g,
        (_m, y: string | undefined) => ` ${y ?? ""} `,
      )
      // A date («ngày 15/11/2026», «đến 31/12/2025») is no comparison: its year stays, the day and month go — but
      // a month's last day ends a span from January: «đến 30/6/2026» is the first half, «đến 30/9/2026» nine months;
      // a span through a day inside a month («đến 15/12/2026») is «đến ngày», a period the notation has no word for.
      .replace(
        /\b((?:tinh )?den\s+(?:ngay\s+)?)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d\d)\b/g,
        (_m, through: string | undefined, d: string, m: string, y: string) =>
          Number(d) >= 28 ? ` ${spanThrough(Number(m))} ${y} ` : through ? ` den ngay ${y} ` : ` ${y} `,
      )
      // «từ 01/01 đến 30/6/2026»: the day a span starts names no year and divides nothing.
      .replace(
        /\b(den|ngay|tinh den|tu)\s+(ngay\s+)?(\d{1,2})\s*\/\s*\d{1,2}\b/g,
        (_m, w: string, _n, d: string) =>
          (w === "den" || w === "tinh den") && Number(d) < 28 ? " den ngay " : " ",
      )
      // «(số ước)», «(số chính thức)», «(số sơ bộ)» after a figure: an aside on the figure, no «so» between two.
      .replace(/\(\s*so\s+(?=(?:uoc|chinh thuc|so bo|lieu)\b[^()]*\))/g, "(")
      // «TH '25», «ƯTH ’26»: a year cut to two digits after an apostrophe.
      .replace(/(^|[\s(/-])['’‘]\s?(\d{2})(?!\d)/g, (_m, before: string, yy: string) => `${before}20${yy}`)
      // «TH-2025», «ƯTH-2026»: a kind and its year joined by a hyphen (not a span of years, not «N-1»).
      .replace(/([a-z])\s*-\s*((?:19|20)\d\d)(?!\d)/g, "$1 $2")
      // «ƯTH 2026 ÷ TH 2025 (%)»: the division sign.
      .replace(/÷/g, " / ")
      // «(±%)»: a change either way, as «+/-».
      .replace(/±/g, " + / - ")
      // «%/năm»: a percent a year, a unit, no division.
      .replace(/%\s*\/\s*nam\b/g, "% ")
      .replace(/\(\s*\+\s*\)/g, " + ")
      .replace(/\(\s*-\s*\)/g, " - ")
      .replace(/%/g, " % ")
      .replace(/([a-z])(\d{4,5})(?!\d)/g, "$1 $2")
      .replace(/(^|\D)((?:19|20)\d\d)([a-z])/g, "$1$2 $3")
      .replace(/(^|\D)(\d{4,5})-(\d{4})(?!\d)/g, "$1$2 - $3")
      // «Ước t/hiện», «T/hiện», «K/hoạch», «Ư/TH», «t/h», «K/h»: a word cut short with a slash, as officials type
      // it — no divider («TH/KH», «ƯTH 2026/TH 2025» have a word on each side). Written out whole for the kinds.
      .replace(/\b(?:t|th)\/hien\b/g, " thuc hien ")
      .replace(/\bk\/hoach\b/g, " ke hoach ")
      .replace(/\bu\/th\b/g, " uth ")
      // «T/H (%)» alone is «T / H», a ratio its words do not explain (asked): «t/h» is the word only beside a
      // year or another word («T/H 2025», «t/h năm 2025», «Ước t/h»).
      .replace(/(\b[a-z0-9]+ +)?\bt\/h\b(?=(\s*[a-z0-9])?)/g, (m: string, before?: string, after?: string) =>
        before || after ? `${before ?? ""} th ` : m,
      )
      .replace(/\bk\/h\b/g, " kh ")
      .replace(/\//g, " / ")
      .replace(/[()[\]{},;:.!?"'*]+/g, " ")
      .replace(/\s+/g, " ")
      .replace(/(\bca )?\bnam (?=(?:19|20)\d\d(?!\d))/g, (m: string, ca?: string) => (ca ? m : ""))
      .trim()
  );
}

const tokensOf = memo((folded: string): Token[] => tokenize(tokenText(folded)));

const isPercentToken = (t: Token): boolean => t.t === "percent";

/**
 * The header asks for a percent number: it holds a «%» (once folded, so a full-width «％» is one too). The one test of
 * a header's percent sign — the grammar's own readings and the table finder's columns ask it.
 */
export function headerAsksPercent(folded: string): boolean {
  return tokensOf(folded).some(isPercentToken);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === " ") {
      i++;
      continue;
    }
    if (text[i] === "%") {
      tokens.push({ t: "percent" });
      i++;
      continue;
    }
    if (text[i] === "/") {
      tokens.push({ t: "divider", divider: "/" });
      i++;
      continue;
    }
    let matched = false;
    for (const [list, make] of TOKEN_LISTS) {
      for (const { re, means } of list) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m || m[0] === "") continue;
        const token = make(means, m[0]);
        if (Array.isArray(token)) tokens.push(...(token as readonly Token[]));
        else if (token) tokens.push(token as Token);
        i += m[0].length;
        matched = true;
        break;
      }
      if (matched) break;
    }
    if (matched) continue;
    const end = text.slice(i).search(/[ /%]/);
    const word = end < 0 ? text.slice(i) : text.slice(i, i + end);
    i += word.length;
    const n = Number(word);
    if (/^\d{4}$/.test(word) && isYear(n)) tokens.push({ t: "year", year: { kind: "absolute", year: n } });
    else tokens.push({ t: "word", text: word });
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------------
// From tokens to a reading

const KIND_RANK: Record<FigureKind, number> = {
  cumulative: 3,
  estimate: 2,
  actual: 1,
  plan: 1,
  target: 1,
  budget: 1,
};

/**
 * What a run of tokens says of a figure: a cumulative or an estimate over a plain «thực hiện», the last period
 * written (a lower header row is the more precise), the last absolute year (else a relative one).
 */
function figureOf(tokens: readonly Token[]): FigurePattern {
  const out: FigurePattern = {};
  for (const tok of tokens) {
    if (tok.t === "kind") {
      if (out.kind === undefined || KIND_RANK[tok.kind] > KIND_RANK[out.kind]) out.kind = tok.kind;
    } else if (tok.t === "period") {
      out.period = tok.period;
      if (tok.month !== undefined) out.month = tok.month;
      if (tok.report) out.reportPeriod = true;
      else delete out.reportPeriod;
    } else if (tok.t === "year") {
      if (tok.year.kind === "absolute" || out.year?.kind !== "absolute") out.year = tok.year;
    } else if (tok.t === "same") {
      out.samePeriodLastYear = true;
    } else if (tok.t === "prev") {
      out.previous = true;
    }
  }
  // «2021 - 2025», «2003-2020», «22003-2027»: a span of years, not one year.
  const inSpan = new Set<number>();
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.t !== "divider" || t.divider !== "-") continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const digits = (x: Token) => x.t === "year" || (x.t === "word" && /^\d{4,5}$/.test(x.text));
    if (digits(before) && digits(after)) {
      out.range = true;
      inSpan.add(i - 1).add(i + 1);
    }
  }
  // «Thực hiện giai đoạn 2021-2025» over «2024», «Kế hoạch giai đoạn 2027-2029» over «Năm 2028»: the span is the
  // group's; a year of its own under it is the column's.
  const own = tokens.filter((t, i) => t.t === "year" && t.year.kind === "absolute" && !inSpan.has(i));
  if (out.range && own.length > 0) {
    delete out.range;
    out.year = (own[own.length - 1] as Token & { t: "year" }).year;
  }
  return out;
}

function figureLike(p: FigurePattern): boolean {
  return (
    p.kind !== undefined ||
    p.period !== undefined ||
    p.year !== undefined ||
    p.samePeriodLastYear === true ||
    p.previous === true
  );
}

function matchesAny(list: readonly Phrase<PlainRole>[], words: string): PlainRole | undefined {
  for (const p of list) if (new RegExp(p.pattern).test(words)) return p.means;
  return undefined;
}

/**
 * «NQ», «Nghị quyết HĐND tỉnh», «NQ 2026»: a side naming the resolution alone is the target it set — a figure to
 * divide by, beside «/» or «so» as in «TH/NQ (%)». Alone as a header («Tên Nghị quyết») it stays a document.
 */
function resolutionSide(tokens: readonly Token[]): boolean {
  const rest = tokens.filter((t) => t.t !== "percent" && !(t.t === "word" && t.text === "lan"));
  const last = rest[rest.length - 1];
  const words = last?.t === "year" ? rest.slice(0, -1) : rest;
  if (!words.every((t) => t.t === "word")) return false;
  const text = words.map((t) => (t as Token & { t: "word" }).text).join(" ");
  return /^(nghi quyet|nq)( hdnd| dai hoi)?( tinh| huyen| xa)?$/.test(text);
}

/** A comparison's side: a figure, or the resolution's target. */
function sideLike(tokens: readonly Token[]): boolean {
  return figureLike(figureOf(tokens)) || resolutionSide(tokens);
}

const EXACT_NAME =
  /^(cac )?chi tieu( chu yeu)?$|^ten (cac )?chi tieu$|^noi dung$|^(cac )?chi so$|^(cac )?tieu chi$|^ten chi so$/;

/**
 * Where the operands are split: «so với» first, then «với» after a lead word, then «/», «trên», «so» or (in a
 * difference) «-» between two figures. «Quý I/2026», «Tháng 6/2026»: a period and its year, not a comparison.
 */
function dividerAt(body: readonly Token[], lead: LeadMeaning | undefined): number {
  const at = (d: Divider) => body.findIndex((t) => t.t === "divider" && t.divider === d);
  // «% so KH», «% so cùng kỳ»: the percent sign first, then the header as «So KH (%)» reads.
  if (body.length > 2 && body[0].t === "percent") {
    const rest = dividerAt(body.slice(1), lead);
    return rest < 0 ? rest : rest + 1;
  }
  const soVoi = at("so voi");
  if (soVoi >= 0) return soVoi;
  // «So cùng kỳ (%)», «So KH năm (%)»: «so» opening the header is «so với», the current figure unnamed before it.
  if (body.length > 1 && body[0].t === "divider" && body[0].divider === "so") {
    // «So ước TH/KH (%)», «So uoc thuc hien voi thuc hien (%)»: two figures divided after it — the opening «so» is
    // «so sánh» (or «số» typed without its marks), and the later divider splits the operands.
    const rest = body.slice(1);
    const later = dividerAt(rest, lead ?? "ratio");
    const split =
      later > 0 && figureLike(figureOf(rest.slice(0, later))) && figureLike(figureOf(rest.slice(later + 1)));
    return split ? later + 1 : 0;
  }
  const voi = at("voi");
  if (voi >= 0 && lead !== undefined) return voi;
  const difference = lead === "diff" || lead === "growth-or-diff";
  for (let i = 0; i < body.length; i++) {
    const t = body[i];
    if (t.t !== "divider" || t.divider === "so voi" || t.divider === "voi") continue;
    if (t.divider === "-" && !difference) continue;
    const left = figureOf(body.slice(0, i));
    const right = body.slice(i + 1);
    const date = left.year === undefined && right.length === 1 && right[0].t === "year";
    if (!date && sideLike(body.slice(0, i)) && sideLike(right)) return i;
  }
  // «Gấp (lần)», «KH gấp mấy lần»: «gấp» before «lần» is «A gấp B lần» even with a side unnamed; anywhere else
  // it is the folded «gặp» («Vấn đề gặp phải»), no comparison.
  const gap = at("gap");
  if (gap >= 0 && body.slice(gap + 1).some((t) => t.t === "word" && t.text === "lan")) return gap;
  return -1;
}

function opOf(lead: LeadMeaning | undefined, percent: boolean): ComparisonOp {
  if (lead === "growth") return "growth";
  if (lead === "diff") return "diff";
  if (lead === "growth-or-diff") return percent ? "growth" : "diff";
  return "ratio";
}

/** A comparison, when the tokens make one: a lead word, «so với», or «/» between two figures. */
/**
 * How much a lead word says of the operation: «tốc độ tăng», «chênh lệch», «tương đối» over «tăng, giảm» (either,
 * by the percent sign) over «tỷ lệ hoàn thành» over «so sánh».
 */
const LEAD_RANK: Record<LeadMeaning, number> = {
  growth: 4,
  diff: 4,
  "growth-or-diff": 3,
  completion: 2,
  ratio: 1,
};

/** The sides a comparison's words name, split at `div` (or one side alone, when no divider splits them). */
function putSides(
  reading: HeaderReading & { role: "comparison" },
  body: readonly Token[],
  div: number,
): void {
  const { completion } = reading;
  if (div >= 0) {
    const aTokens = body.slice(0, div);
    const bTokens = body.slice(div + 1);
    // «NQ/KH (%)», «TH 2026/NQ HĐND tỉnh (%)»: the resolution's side is its target, of the year it names.
    const a: FigurePattern = resolutionSide(aTokens) ? { ...figureOf(aTokens), kind: "target" } : figureOf(aTokens);
    const b: FigurePattern = resolutionSide(bTokens) ? { ...figureOf(bTokens), kind: "target" } : figureOf(bTokens);
    if (figureLike(a)) reading.a = a;
    // «Kế hoạch năm 2027 so với ước thực hiện năm trước liền kề»: the year before A's own, not before N.
    if (
      a.year?.kind === "absolute" &&
      b.year?.kind === "relative" &&
      b.year.offset === -1 &&
      !b.samePeriodLastYear
    )
      b.year = { kind: "absolute", year: a.year.year - 1 };
    if (figureLike(b)) reading.b = b;
    else {
      // «Gấp (lần)»: «lần» is the unit of the ratio, no column's name.
      const words = bTokens.flatMap((t) => (t.t === "word" && t.text !== "lan" ? [t.text] : []));
      // «Tỷ lệ đạt được so với chỉ tiêu (%)»: «chỉ tiêu» compared with is the target, not the indicators' column.
      // («So với NQ (%)», «So với Nghị quyết HĐND»: the target the resolution set — resolutionSide, above.)
      if (words.join(" ") === "chi tieu") reading.b = { kind: "target" };
      else if (words.length > 0) reading.bWords = words;
    }
  } else {
    // One side named: a result («Tỷ lệ thực hiện (%)») is the compared figure, anything else what it is compared
    // with.
    const named = figureOf(body);
    if (figureLike(named)) {
      const result = named.kind === "actual" || named.kind === "estimate" || named.kind === "cumulative";
      if (result && !completion && !named.samePeriodLastYear) reading.a = named;
      else reading.b = named;
    }
  }
}

/**
 * «So sánh (%) | ƯTH/TH», «ƯTH/TH 2025 (%)»: with nothing else to divide, «ƯTH/TH» is the estimate over the result,
 * not the one figure «ƯTH/ TH 2020» of a series of years. Undefined unless the body holds one such «ƯTH/TH».
 */
function eitherAsComparison(body: readonly Token[]): { body: Token[]; div: number } | undefined {
  const either = body.findIndex((t) => t.t === "kind" && t.either === true);
  if (either < 0 || body.filter((t) => t.t === "kind" && t.either === true).length !== 1) return undefined;
  return {
    body: [
      ...body.slice(0, either),
      { t: "kind", kind: "estimate" },
      { t: "divider", divider: "/" },
      { t: "kind", kind: "actual" },
      ...body.slice(either + 1),
    ],
    div: either + 1,
  };
}

function comparisonOf(heardTokens: readonly Token[], cumulative: boolean): HeaderReading | undefined {
  const dateUnplaced = heardTokens.some(isUnplacedMark);
  const tokens = dateUnplaced ? heardTokens.filter((t) => !isUnplacedMark(t)) : heardTokens;
  // Two header rows may both lead («So sánh (%)» over «Tăng, giảm (%)»): the operands follow the last lead, the
  // operation is the one the most telling lead says, what stands before the first lead is the context.
  let firstLead = -1;
  let lastLead = -1;
  let lead: LeadMeaning | undefined;
  tokens.forEach((t, i) => {
    if (t.t !== "lead") return;
    if (firstLead < 0) firstLead = i;
    lastLead = i;
    if (lead === undefined || LEAD_RANK[t.lead] > LEAD_RANK[lead]) lead = t.lead;
  });
  let body = lastLead >= 0 ? tokens.slice(lastLead + 1) : tokens;
  let context = firstLead > 0 ? figureOf(tokens.slice(0, firstLead)) : {};
  // «ƯTH 2026 so với TH 2025 tăng (+), giảm (-)»: the two sides before the lead and no figure after it are the
  // operands, not a context.
  if (firstLead > 0 && !figureLike(figureOf(body))) {
    const before = tokens.slice(0, firstLead);
    if (dividerAt(before, lead) >= 0) {
      body = before;
      context = {};
    }
  }
  const hasPercent = tokens.some(isPercentToken);
  let div = dividerAt(body, lead);
  // «ƯTH/TH» and nothing else (no year, beside «ƯTH/KH»): a comparison as much as with «%»; only a year makes it
  // the one figure «ƯTH/ TH 2020» of a series of years.
  const eitherAlone = tokens.length === 1 && tokens[0].t === "kind" && tokens[0].either === true;
  if (div < 0 && (lead !== undefined || hasPercent || eitherAlone)) {
    const split = eitherAsComparison(body);
    if (split) ({ body, div } = split);
  }
  if (lead === undefined && div < 0) return undefined;
  const op = opOf(lead, hasPercent);
  const completion = lead === "completion";
  const reading: HeaderReading & { role: "comparison" } = {
    role: "comparison",
    op,
    percent: op === "growth" || (op === "ratio" && hasPercent),
    context,
    completion,
  };
  if (lead === "diff" && hasPercent) reading.opOpen = true;
  if (dateUnplaced) reading.dateUnplaced = true;
  putSides(reading, body, div);
  // «(Cộng dồn)» after the comparison, or «lũy kế cùng kỳ» on one side: the results compared are cumulatives.
  const resultKind = (k: FigureKind | undefined) => k === undefined || k === "actual" || k === "estimate";
  const cumulativeSame = reading.b?.samePeriodLastYear === true && reading.b.kind === "cumulative";
  if ((cumulative || cumulativeSame) && reading.a && resultKind(reading.a.kind))
    reading.a.kind = "cumulative";
  if (cumulative && !reading.a) reading.a = { kind: "cumulative" };
  if (cumulative && reading.b?.samePeriodLastYear && resultKind(reading.b.kind))
    reading.b.kind = "cumulative";
  return reading;
}

/** «TH tháng (Cộng dồn)»: a trailing aside making the figures cumulative. */
const CUMULATIVE_ASIDE = /\(\s*(cong don|luy ke)\s*\)\s*$/;

/**
 * What the header says the column holds. `formNumber` is the column's number in the form when a column-number row
 * gives it (1 = STT, 2 = the indicator's name, 3 = the unit). `parts` are the header's rows, folded, when it has
 * several: the lowest row says the more precise thing («Kỳ báo cáo / Ghi chú thực hiện tháng» is a note).
 */
export function readHeaderFolded(
  folded: string,
  formNumber?: number,
  parts?: readonly string[],
): HeaderReading {
  if (parts && parts.length > 1) {
    const lowest = readHeaderFolded(parts[parts.length - 1], formNumber);
    if (lowest.role !== "figure" && lowest.role !== "comparison" && lowest.role !== "other") return lowest;
  }
  const read = readWhole(folded, formNumber);
  // «Năm 2026» over «KH | ƯTH | %»: a «%» alone under a year is a comparison within that year's figures (their
  // completion rate), not a figure of the year whose kind is unsaid.
  if (parts && parts.length > 1 && read.role === "figure" && read.figure.kindUnsaid) {
    const lowest = readWhole(parts[parts.length - 1], formNumber);
    if (lowest.role === "comparison" && !lowest.a && !lowest.b && !lowest.bWords) {
      const upper = figureOf(tokensOf(parts.slice(0, -1).join(" ")));
      return { ...lowest, context: { ...upper, ...lowest.context } };
    }
  }
  // «Năm 2025» over «TH/KH», «So sánh» over «KH X+1/ƯTH X»: the lowest row names the operands, the rows above say
  // what they share (a year) and the operation.
  if (parts && parts.length > 1 && read.role === "comparison") {
    const lowest = comparisonOf(tokensOf(parts[parts.length - 1]), false);
    if (lowest && lowest.role === "comparison" && (lowest.a || lowest.b)) {
      const upper = figureOf(tokensOf(parts.slice(0, -1).join(" ")));
      const merged: HeaderReading & { role: "comparison" } = {
        ...read,
        context: { ...upper, ...read.context },
      };
      delete merged.a;
      delete merged.b;
      if (lowest.a) merged.a = lowest.a;
      if (lowest.b) merged.b = lowest.b;
      return merged;
    }
  }
  // «Kết quả thực hiện» over «Năm 2026» over «KH»: a group's kind yields to the kind the lowest row names when that
  // is of the other family (a plan under «results», a result under «Kế hoạch»).
  if (parts && parts.length > 1 && read.role === "figure") {
    const lowest = figureOf(tokensOf(parts[parts.length - 1])).kind;
    if (lowest !== undefined && familyOf(lowest) !== familyOf(read.figure.kind)) read.figure.kind = lowest;
  }
  // «Kỳ báo cáo» over «Lũy kế»: a period said only by an upper row is the table's current one.
  if (parts && parts.length > 1 && read.role === "figure" && read.figure.period === "period") {
    const lowest = tokensOf(parts[parts.length - 1]);
    if (!lowest.some((t) => t.t === "period")) read.figure.periodFromGroup = true;
  }
  return read;
}

function readWhole(foldedText: string, formNumber?: number): HeaderReading {
  const cumulative = CUMULATIVE_ASIDE.test(foldedText);
  const folded = cumulative ? foldedText.replace(CUMULATIVE_ASIDE, "").trim() : foldedText;
  const w = plainWords(folded);
  if (isSttHeader(folded) || (formNumber === 1 && w === "")) return { role: "stt" };
  const early = matchesAny(COLUMN_WORDS, w);
  if (early) return { role: early };
  if (isUnitHeader(folded)) return { role: "unit" };
  const late = matchesAny(LATE_COLUMN_WORDS, w);
  if (late) return { role: late };
  if (EXACT_NAME.test(w)) return { role: "name" };

  const heard = tokensOf(folded);
  const dateUnplaced = heard.some(isUnplacedMark);
  const tokens = dateUnplaced ? heard.filter((t) => !isUnplacedMark(t)) : heard;
  const percent = tokens.some(isPercentToken);
  const comparison = formNumber === 3 ? undefined : comparisonOf(heard, cumulative);
  if (comparison) return comparison;

  const figure = figureOf(tokens);
  if (cumulative) figure.kind = "cumulative";
  // «Chỉ tiêu 2025», «Chỉ tiêu năm 2024 (%)»: the target of that year (a bare «Chỉ tiêu» names the indicators).
  // «Các chỉ tiêu chủ yếu năm 2026» over the names is the name column, no target.
  if (figure.kind === undefined && /^chi tieu (nam )?\d{4}$/.test(w) && figure.year?.kind === "absolute")
    figure.kind = "target";
  const plain = tokens.every((t) => t.t !== "word" && t.t !== "lead");
  if (figure.kind !== undefined) {
    const asked = dateUnplaced ? { kindUnsaid: true } : {};
    return { role: "figure", figure: { ...figure, kind: figure.kind, ...asked }, percent, plain };
  }
  // Only a year or a period («Năm 2024», «Năm trước», «6 tháng», «Cùng kỳ»): that period's result.
  const bare = tokens.every(
    (t) =>
      t.t === "year" ||
      t.t === "period" ||
      t.t === "same" ||
      t.t === "prev" ||
      t.t === "percent" ||
      t.t === "divider",
  );
  if (
    bare &&
    (figure.year !== undefined ||
      figure.samePeriodLastYear ||
      figure.previous ||
      (figure.period ?? "year") !== "year")
  ) {
    // «Năm 2025», and «Năm nay», «Năm N+1» as much: a year alone, absolute or relative, names no kind; «Cả năm 2026»
    // only says the whole year, still no kind — asked the same way.
    const yearAlone =
      (figure.year?.kind === "absolute" || figure.year?.kind === "relative") &&
      (figure.period === undefined || figure.period === "year") &&
      !figure.samePeriodLastYear &&
      !figure.previous;
    return {
      role: "figure",
      figure: {
        ...figure,
        kind: "actual",
        ...(yearAlone ? { kindUnsaid: true } : {}),
        ...(figure.samePeriodLastYear ? { kindOfBase: true } : {}),
      },
      percent,
      plain,
    };
  }
  // A span of years («BQGĐ 2016 - 2020 (%)», «Dự báo giai đoạn 2021 - 2025 (%)»): no figure of one year.
  if (figure.range) return { role: "other" };
  // A header ending in «(%)» that says no more is a comparison it does not explain («Tỷ lệ (%)», «(%)»).
  if (percent && formNumber !== 3)
    return { role: "comparison", op: "ratio", percent: true, context: {}, completion: false };
  if (formNumber === 2) return { role: "name" };
  const name = matchesAny(NAME_WORDS, w);
  return { role: name ?? "other" };
}

/**
 * The one part of the year a title names («BÁO CÁO 6 THÁNG ĐẦU NĂM 2026»: the first half), read with the header's
 * period words; undefined when it names none, the full year, or several.
 */
export function titlePeriod(folded: string): Period | undefined {
  // «6 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN CẢ NĂM 2026»: the part of the year beside the year is the one reported.
  const periods = new Set<Period>();
  for (const t of tokensOf(folded))
    if (t.t === "period" && t.period !== "year" && t.period !== "period") periods.add(t.period);
  const [only] = [...periods];
  return periods.size === 1 ? only : undefined;
}

/** `readHeaderFolded` of a header as typed. */
export function readHeader(text: string, formNumber?: number): HeaderReading {
  return readHeaderFolded(foldHeader(text), formNumber);
}
