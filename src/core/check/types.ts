/**
 * What the checker takes and gives: its options and its result. The findings themselves are plain data of the
 * bottom module src/core/findings (re-exported here for the faces).
 */
import type { Lang } from "../i18n/messages";
import type { WorkbookModel } from "../model/sheet";
import type { AdminLevel } from "../catalog/types";
import type { YearResolution, YearSource } from "../tables/year";
import type { Finding, TargetCoverage } from "../findings";
import type { WorkbookReading } from "../tables/reading";

export interface CheckOptions {
  /**
   * Report year N the user gives; when absent it is resolved from the workbook (its tables' headers, their titles,
   * the year its settings keep — `resolveReportYear`). With none found the targets are not judged: nothing is
   * judged against a year the workbook never named.
   */
  year?: number;
  /** The year the workbook's settings keep, when the face read it apart (the ports attach it to the model). */
  storedYear?: number;
  /** Administrative level for the targets coverage (default "huyen"). */
  level?: AdminLevel;
  /**
   * With a year given: also find the year the workbook itself names (`CheckResult.ownYear`), to say when they
   * differ. Off by default: it reads the header texts once more.
   */
  ownYear?: boolean;
}

export interface CheckResult {
  /** The year used (given, or read from the headers), if any. */
  year?: number;
  /**
   * Where `year` came from (the user, the tables' headers, their titles, the stored settings), or "none": then the
   * faces ask for the year. `yearResolution` lists every year the workbook names, to tell a disagreement.
   */
  yearSource?: YearSource;
  yearResolution?: YearResolution;
  /** How every table was read (src/core/tables/reading.ts): each column's reading and where its year came from. */
  reading?: WorkbookReading;
  /** The year the workbook's own tables and headers name, when asked for (`CheckOptions.ownYear`) and found. */
  ownYear?: number;
  issues: Finding[];
  targets: TargetCoverage[];
}

/** A rule: a pure function from the analysed workbook to findings. */
export type Rule<Analysis> = (analysis: Analysis) => Finding[];

export type { Lang, WorkbookModel };
export * from "../findings";
