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

/** «tháng 11/2026», «tháng 12 năm 2026»: a month and its year. */
const MONTH_OF_YEAR = /\bthang \d{1,2}\s*(?:nam|\/)\s*(?:19|20)\d\d/g;

/**
 * A document's date or attachment line: no report year in it. With `months`, the line as the report period is read
 * from: a month on the title's main line is the report's («BÁO CÁO THÁNG 10 NĂM 2026»), but not a month the data
 * were taken to («(Số liệu tính đến tháng 11/2026)», «… đến hết tháng 9/2026») nor a line that is only a date
 * («Tháng 12 năm 2026», the month the report was signed) — those keep their year and name no period.
 */
function withoutDates(line: string, months = false): string {
  if (/^\(?\s*kem theo\b/.test(line)) return "";
  const undated = line.replace(/\bngay\b[^/]*?\bnam (?:19|20)\d\d/g, " ");
  if (!months) return undated.replace(MONTH_OF_YEAR, " ");
  const dateOnly = /^[\s(,.-]*thang \d{1,2}\s*(?:nam|\/)\s*((?:19|20)\d\d)[\s).,]*$/.exec(undated);
  if (dateOnly) return dateOnly[1];
  return undated.replace(
    /\b((?:so lieu|den|toi)\b[^/()]*?)\bthang \d{1,2}\b(?:\s*(?:nam|\/)\s*((?:19|20)\d\d))?/g,
    (_m, before: string, year: string | undefined) => `${before} ${year ?? ""}`,
  );
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
