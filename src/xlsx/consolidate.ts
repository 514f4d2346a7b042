/**
 * The consolidation's two edges over .xlsx, shared by the command line and the web page: a district file's bytes to
 * its report (read by the one reader, nothing kept when this returns, so reading hundreds of files keeps memory
 * flat), and the consolidation's sheet plans to the bytes of one new workbook.
 */
import { extractDistrictReport, unreadableReport, type DistrictReport } from "../core/consolidate";
import type { SheetPlan } from "../core/model/plan";
import { readPackage, XlsxDocument } from "./package";

export async function districtReportOfBytes(
  file: string,
  bytes: Uint8Array,
  year?: number,
): Promise<DistrictReport> {
  try {
    const read = readPackage(bytes);
    if (!read.ok) return unreadableReport(file, read.problem);
    return extractDistrictReport(
      { sheets: read.model.sheets },
      year === undefined ? { file } : { file, year },
    );
  } catch (error) {
    // As `phuluc check` does: one file the reader cannot make sense of must not stop the province's thirty others.
    // It is not hidden: the status sheet, the command's output and its exit code (2) say so with the reason.
    return unreadableReport(file, "failed", error instanceof Error ? error.message : String(error));
  }
}

export async function consolidatedWorkbookBytes(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  return XlsxDocument.fromPlans(plans).save();
}
