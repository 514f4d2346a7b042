/**
 * Which district files go into the totals: the consolidation's year (given, else the year most files give, the
 * later on a tie), then per file in the order given — unreadable, for another year, waiting for a confirmation of a
 * figure's year (the file does not tell it), a second file for a district already taken (the first one, in the
 * order given, is consolidated), or included.
 */
import { foldDiacritics } from "../text";
import type { DistrictReport } from "./types";

export type FileState =
  | { kind: "included" }
  | { kind: "unreadable" }
  /** Some figure's year is not told by the file nor confirmed: kept out, never put under a year guessed. */
  | { kind: "needs-confirmation" }
  | { kind: "other-year"; year: number }
  | { kind: "duplicate"; of: string };

export interface FileEntry {
  report: DistrictReport;
  /** The district's name, or the file name when no header names it. */
  name: string;
  state: FileState;
}

/** "du-lieu/huyen-a.xlsx" → "huyen-a". */
export function fileLabel(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, "");
}

export function consolidationYear(reports: readonly DistrictReport[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of reports) if (r.year !== undefined) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of counts) {
    const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (n > bestCount || (n === bestCount && best !== undefined && year > best)) best = year;
  }
  return best;
}

export function selectFiles(reports: readonly DistrictReport[], year: number): FileEntry[] {
  const taken = new Map<string, string>();
  return reports.map((report) => {
    const name = report.district ?? fileLabel(report.file);
    if (report.unreadable) return { report, name, state: { kind: "unreadable" } };
    if (report.year !== undefined && report.year !== year)
      return { report, name, state: { kind: "other-year", year: report.year } };
    if ((report.unconfirmed?.length ?? 0) > 0 || (report.year === undefined && report.appendices.length > 0))
      return { report, name, state: { kind: "needs-confirmation" } };
    if (report.district !== undefined) {
      const key = foldDiacritics(report.district);
      const first = taken.get(key);
      if (first !== undefined) return { report, name, state: { kind: "duplicate", of: first } };
      taken.set(key, report.file);
    }
    return { report, name, state: { kind: "included" } };
  });
}
