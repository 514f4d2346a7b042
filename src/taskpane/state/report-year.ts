/**
 * The one report year of the open workbook as every view of the pane (and the page) shows and uses it: the core's
 * year resolver's (`resolveReportYear`: the tables' headers, else their titles, else the year the settings keep,
 * else the year the user gives now), never a silent default. What it adds is what a face must tell:
 *  - a year the settings keep that the workbook contradicts (told, not applied);
 *  - a year the user chose now that the workbook contradicts (applied, and told);
 *  - a workbook whose tables name no year: the year is asked of the user;
 *  - a workbook without any table (a new, empty one): this year is proposed, visibly, and never stored.
 */
import type { YearResolution, YearSource } from "../../core/tables/year";

export interface ReportYear {
  /** The year every view uses; absent while it is read, or when nothing tells it (then it is asked). */
  year?: number;
  /** Where it came from; "proposed": this year, for a workbook without tables, until the user chooses. */
  source: YearSource | "proposed";
  /** The workbook has not been read yet. */
  pending: boolean;
  /** The year the settings keep, when it is not the one used (the workbook names another). */
  storedDiffers?: number;
  /** The years the workbook's own headers or titles name besides the one used. */
  others: { year: number; source: "header" | "title" }[];
}

export const PENDING_YEAR: ReportYear = { source: "none", pending: true, others: [] };

/**
 * The report year of a resolution (`undefined`: the workbook is not read yet). `hasTables`: the workbook holds a
 * table; `thisYear` is what a workbook without any is proposed.
 */
export function reportYearOf(
  resolution: YearResolution | undefined,
  hasTables: boolean,
  thisYear: number,
): ReportYear {
  if (!resolution) return PENDING_YEAR;
  if (resolution.year === undefined)
    return hasTables
      ? { source: "none", pending: false, others: [] }
      : { year: thisYear, source: "proposed", pending: false, others: [] };
  const out: ReportYear = {
    year: resolution.year,
    source: resolution.source,
    pending: false,
    others: [],
  };
  for (const d of resolution.disagreements) {
    if (d.source === "stored") out.storedDiffers = d.year;
    else if (d.source === "header" || d.source === "title")
      out.others.push({ year: d.year, source: d.source });
  }
  return out;
}

/** The year needs the user: nothing tells it, or the workbook contradicts the settings or the user's choice. */
export function yearNeedsAttention(year: ReportYear): boolean {
  return (
    !year.pending && (year.year === undefined || year.storedDiffers !== undefined || year.others.length > 0)
  );
}
