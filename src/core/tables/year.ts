/**
 * The report year N of a workbook: the one year finder of the core. The tables' own years vote (a forecast of year
 * N and a plan of year N+1 both report year N), and so do header and title texts: "Ước thực hiện cả năm N" → N,
 * "Thực hiện năm N" → N, "Kế hoạch năm N+1" → N, and the standard titles ("DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM
 * N", "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM N+1", "KẾT QUẢ THỰC HIỆN … NĂM N"). Each text votes with a weight (the
 * forecast's "Thực hiện năm N-1" is outvoted by its "Ước thực hiện cả năm N" and title); the year with most votes
 * wins, the later one on a tie. Undefined when nothing names a year.
 */
import type { WorkbookModel } from "../model/sheet";
import { foldHeader, plainWords } from "./columns";

/** [pattern on plain folded words, offset added to the year found, weight]. Anchored: the whole cell. */
const YEAR_PATTERNS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^uoc thuc hien (?:ca )?nam (\d{4})$/, 0, 3],
  [/^du bao kha nang thuc hien ke hoach nam (\d{4})$/, 0, 3],
  [/^cac chi tieu chu yeu cua ke hoach nam (\d{4})$/, -1, 3],
  [/^ket qua thuc hien .*nam (\d{4})$/, 0, 3],
  [/^thuc hien nam (\d{4})$/, 0, 2],
  [/^ke hoach nam (\d{4})$/, -1, 2],
  [/^thuc hien (\d{4})$/, 0, 1],
  [/^thuc hien 6 thang (?:dau )?(?:nam )?(\d{4})$/, 0, 1],
];

const YEAR_AT_END = /\d{4}[^\p{L}\d]*(\([^()]*\)[^\p{L}\d]*)*$/u;

/** Weight of a table whose columns give its report year. */
const TABLE_WEIGHT = 4;

const wordsCache = new Map<string, string>();

function wordsOf(text: string): string {
  let w = wordsCache.get(text);
  if (w === undefined) {
    w = plainWords(foldHeader(text));
    if (wordsCache.size > 20_000) wordsCache.clear();
    wordsCache.set(text, w);
  }
  return w;
}

/** The year a header or title text names as the report year, with its weight; undefined for other texts. */
export function yearOfHeaderText(text: string): { year: number; weight: number } | undefined {
  // Every pattern ends with the year (asides and punctuation after it aside): other texts are not folded.
  if (text.length > 160 || !YEAR_AT_END.test(text)) return undefined;
  const words = wordsOf(text);
  for (const [pattern, offset, weight] of YEAR_PATTERNS) {
    const m = pattern.exec(words);
    if (!m) continue;
    const year = Number(m[1]) + offset;
    return year >= 1990 && year <= 2200 ? { year, weight } : undefined;
  }
  return undefined;
}

/**
 * The report year of the workbook (see the module comment). `tableYears` are the report years the tables found in
 * it give (forecast/plan column headers); texts are read only in the sheets' first rows above and around tables
 * when `headerRows` limits them, else everywhere.
 */
export function reportYear(
  workbook: WorkbookModel,
  tableYears: readonly number[] = [],
  headerRows?: (sheetIndex: number) => number,
): number | undefined {
  const votes = new Map<number, number>();
  const vote = (year: number, weight: number) => votes.set(year, (votes.get(year) ?? 0) + weight);
  for (const y of tableYears) vote(y, TABLE_WEIGHT);
  workbook.sheets.forEach((sheet, i) => {
    const limit = headerRows ? Math.min(headerRows(i), sheet.rows.length) : sheet.rows.length;
    for (let r = 0; r < limit; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (const cell of row) {
        if (!cell || typeof cell.value !== "string") continue;
        const hit = yearOfHeaderText(cell.value);
        if (hit) vote(hit.year, hit.weight);
      }
    }
  });
  let best: number | undefined;
  let bestVotes = 0;
  for (const [year, v] of votes) {
    if (v > bestVotes || (v === bestVotes && best !== undefined && year > best)) {
      best = year;
      bestVotes = v;
    }
  }
  return best;
}

/** The report year the headers of the workbook name (no table evidence): `reportYear` without tables. */
export function yearFromHeaders(workbook: WorkbookModel): number | undefined {
  return reportYear(workbook);
}
