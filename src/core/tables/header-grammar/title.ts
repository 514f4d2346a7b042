/**
 * The year a table's title lines give: «ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027» reports N = 2026 (the estimate
 * of 2026, the plan of N + 1 = 2027); «KẾ HOẠCH NĂM 2027» alone reports N = 2026; «DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ
 * HOẠCH NĂM 2021» reports 2021. The phrases are data (TITLE_PHRASES). A document's date («ngày … tháng 6 năm 2021»)
 * and the attachment line «(Kèm theo kế hoạch số … năm 2021 …)» name no report year and are not read.
 */
import { memo } from "../../text/memo";
import { isYear } from "../../text/year";
import { foldHeader, titlePeriod } from "./read";
import type { FigureKind, Period } from "./reading";
import { TITLE_PHRASES } from "./vocabulary";

export interface TitleReading {
  /** The report year N the title gives. */
  year?: number;
  /** The year the title gives each figure kind it names (estimate 2026, plan 2027). */
  kinds: Map<FigureKind, number>;
  /** The one part of the year the title reports on («6 THÁNG ĐẦU NĂM», «QUÝ III», «9 THÁNG»). */
  period?: Period;
}

const COMPILED = TITLE_PHRASES.map((p) => ({
  // The year is the pattern's last group (no named groups: the pane runs in engines without them).
  re: new RegExp(`(?:^|\\b)(?:${p.pattern}) ((?:19|20)\\d\\d)(?!\\d)`, "g"),
  means: p.means,
}));

/** A document's date or attachment line: no report year in it. */
function withoutDates(line: string, months = false): string {
  if (/^\(?\s*kem theo\b/.test(line)) return "";
  const undated = line.replace(/\bngay\b[^/]*?\bnam (?:19|20)\d\d/g, " ");
  // «BÁO CÁO THÁNG 10 NĂM 2026»: for the period reported, a month and its year are the report's, no date.
  if (months) return undated;
  return undated.replace(/\bthang \d{1,2}\s*(?:nam|\/)\s*(?:19|20)\d\d/g, " ");
}

export function readTitle(title: string): TitleReading {
  return titleReading(title);
}

const titleReading = memo(function readTitleOnce(title: string): TitleReading {
  const out: TitleReading = { kinds: new Map() };
  if (title.trim() === "") return out;
  const lines = title.split(" / ").map((line) => foldHeader(line));
  const text = lines.map((line) => withoutDates(line)).join(" / ");
  const period = titlePeriod(lines.map((line) => withoutDates(line, true)).join(" / "));
  if (period !== undefined) out.period = period;
  // Each year written in the title belongs to the first phrase (in the vocabulary's order) that reads it.
  const claimed = new Set<number>();
  for (const { re, means } of COMPILED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      const year = Number(m[m.length - 1]);
      if (claimed.has(at) || !isYear(year)) continue;
      claimed.add(at);
      out.year ??= year - means.offset;
      if (means.kind !== undefined && !out.kinds.has(means.kind)) out.kinds.set(means.kind, year);
    }
  }
  return out;
});
