/**
 * The one year resolver: the report year N of a workbook and where it came from, for every face.
 *
 * In this order, never a silent default:
 *  1. header — the years the tables' headers name («Ước thực hiện cả năm 2026», «TH 2025 | ƯTH 2026 | KH 2027»:
 *     N = 2026; the rules are the header grammar's, header-grammar/table.ts), else the figure headers typed outside
 *     any table;
 *  2. title — the title lines above the tables («ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027»: N = 2026; «KẾ HOẠCH
 *     NĂM 2027»: N = 2026; header-grammar/title.ts), else a title-like line anywhere near the top of a sheet;
 *  3. stored — the year kept in the workbook's settings (set in the pane, on the page, by `phuluc new` or a
 *     confirmation);
 *  4. none — the faces then ask the user (`--year` on the command line).
 * A year the user gives now (`user`) is the year used, and every source above that names another year is listed
 * in `disagreements`, so the face tells it rather than applying it silently. Tables that disagree with each other
 * are listed too; the year most tables give wins (the later one on a tie).
 */
import type { WorkbookModel } from "../model/sheet";
import { isYear } from "../text/year";
import { headerReportYear, readHeader, readTitle, type HeaderReading } from "./header-grammar";

export type YearSource = "header" | "title" | "stored" | "user" | "none";

/** One place the workbook names its year. */
export interface YearEvidence {
  year: number;
  source: "header" | "title";
  sheet: string;
  /** Index of the table in its sheet; absent for a text outside any table. */
  table?: number;
}

export interface YearResolution {
  /** The report year N used; absent when nothing tells it (source "none"). */
  year?: number;
  source: YearSource;
  /** The workbook's own year (header, title or stored), whatever the user asked for. */
  own?: { year: number; source: Exclude<YearSource, "user" | "none"> };
  /** Every place a table or a text names the year. */
  evidence: YearEvidence[];
  /** Sources naming another year than `year` (each year once per source). */
  disagreements: { year: number; source: Exclude<YearSource, "none"> }[];
}

/** What a table tells of its year: the N its header, else its title, gives. */
export interface TableYear {
  sheet: string;
  index: number;
  year?: { year: number; source: "header" | "title" };
}

function mostNamed(evidence: readonly YearEvidence[]): number | undefined {
  const votes = new Map<number, number>();
  for (const e of evidence) votes.set(e.year, (votes.get(e.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of votes) {
    const bestVotes = best === undefined ? 0 : (votes.get(best) ?? 0);
    if (n > bestVotes || (n === bestVotes && best !== undefined && year > best)) best = year;
  }
  return best;
}

/** A text short enough to be a header or a title, ending with a year (asides after it aside). */
const YEAR_AT_END = /\d{4}[^\p{L}\d]*(\([^()]*\)[^\p{L}\d]*)*$/u;

/**
 * The year texts outside the tables name: the figure headers typed on their own (whole texts of a kind, a period
 * and a year, read together as one header by the header grammar's rules), else title-like lines.
 */
function looseEvidence(workbook: WorkbookModel, headerRows?: (sheetIndex: number) => number): YearEvidence[] {
  const out: YearEvidence[] = [];
  workbook.sheets.forEach((sheet, i) => {
    const limit = headerRows ? Math.min(headerRows(i), sheet.rows.length) : sheet.rows.length;
    const heard: HeaderReading[] = [];
    const titles: number[] = [];
    for (let r = 0; r < limit; r++) {
      for (const cell of sheet.rows[r] ?? []) {
        if (!cell || typeof cell.value !== "string") continue;
        const text = cell.value;
        if (text.length > 160 || !YEAR_AT_END.test(text)) continue;
        const h = readHeader(text);
        if (h.role === "figure" && h.plain) heard.push(h);
        else if (h.role !== "comparison") {
          const t = readTitle(text).year;
          if (t !== undefined && isYear(t)) titles.push(t);
        }
      }
    }
    const fromHeaders = headerReportYear(heard);
    if (fromHeaders !== undefined && isYear(fromHeaders))
      out.push({ year: fromHeaders, source: "header", sheet: sheet.name });
    for (const year of titles) out.push({ year, source: "title", sheet: sheet.name });
  });
  return out;
}

export interface ResolveOptions {
  /** The year stored in the workbook's settings. */
  stored?: number;
  /** The year the user gives now (`--year`, a confirmation in a face). */
  user?: number;
  /** Limits the texts read outside tables to the sheets' first rows (a long sheet's body holds no title). */
  headerRows?: (sheetIndex: number) => number;
}

/** The report year of the workbook with its source (see the module comment). */
export function resolveReportYear(
  workbook: WorkbookModel,
  tables: readonly TableYear[],
  options: ResolveOptions = {},
): YearResolution {
  const evidence: YearEvidence[] = [];
  for (const t of tables)
    if (t.year) evidence.push({ year: t.year.year, source: t.year.source, sheet: t.sheet, table: t.index });
  const fromTables = (source: "header" | "title") => mostNamed(evidence.filter((e) => e.source === source));
  let own: YearResolution["own"];
  const header = fromTables("header");
  const title = header === undefined ? fromTables("title") : undefined;
  if (header !== undefined) own = { year: header, source: "header" };
  else if (title !== undefined) own = { year: title, source: "title" };
  else {
    const loose = looseEvidence(workbook, options.headerRows);
    evidence.push(...loose);
    const h = mostNamed(loose.filter((e) => e.source === "header"));
    const t = mostNamed(loose.filter((e) => e.source === "title"));
    if (h !== undefined) own = { year: h, source: "header" };
    else if (t !== undefined) own = { year: t, source: "title" };
    else if (options.stored !== undefined && isYear(options.stored))
      own = { year: options.stored, source: "stored" };
  }
  const used =
    options.user !== undefined
      ? { year: options.user, source: "user" as const }
      : own
        ? { year: own.year, source: own.source }
        : undefined;
  const disagreements: YearResolution["disagreements"] = [];
  const differs = (year: number, source: Exclude<YearSource, "none">) => {
    if (used && year !== used.year && !disagreements.some((d) => d.year === year && d.source === source))
      disagreements.push({ year, source });
  };
  for (const e of evidence) differs(e.year, e.source);
  if (options.stored !== undefined && isYear(options.stored)) differs(options.stored, "stored");
  const out: YearResolution = { source: used?.source ?? "none", evidence, disagreements };
  if (used) out.year = used.year;
  if (own) out.own = own;
  return out;
}
