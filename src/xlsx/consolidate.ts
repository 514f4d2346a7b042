/**
 * The consolidation's two edges over .xlsx, shared by the command line and the web page: a district file's bytes to
 * its report (read by the one reader, nothing kept when this returns, so reading hundreds of files keeps memory
 * flat), and the consolidation's sheet plans to the bytes of one new workbook.
 */
import { extractDistrictReport, unreadableReport, type DistrictReport } from "../core/consolidate";
import type { ExtractOptions } from "../core/consolidate/extract";
import type { SheetPlan } from "../core/model/plan";
import { readPackage, XlsxDocument } from "./package";

/**
 * `confirmed`: a confirmation given while consolidating (the page's), for the file the last reading (`needing`)
 * kept out as needing one; applied over what the file keeps, the file itself unchanged.
 */
export async function districtReportOfBytes(
  file: string,
  bytes: Uint8Array,
  year?: number,
  confirmed?: ExtractOptions["confirmed"],
): Promise<DistrictReport> {
  try {
    const read = readPackage(bytes);
    if (!read.ok) return unreadableReport(file, read.problem);
    // The model carries the year and the column readings the district stored (confirmed) in its file.
    const model =
      read.model.storedYear === undefined
        ? { sheets: read.model.sheets }
        : { sheets: read.model.sheets, storedYear: read.model.storedYear };
    return extractDistrictReport(model, {
      file,
      ...(year !== undefined ? { year } : {}),
      ...(confirmed ? { confirmed } : {}),
    });
  } catch (error) {
    // As `phuluc check` does: one file the reader cannot make sense of must not stop the province's thirty others.
    // It is not hidden: the status sheet, the command's output and its exit code (2) say so with the reason.
    return unreadableReport(file, "failed", error instanceof Error ? error.message : String(error));
  }
}

export async function consolidatedWorkbookBytes(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  // Sheets printed a year group a page have their widths measured in their own font: it is the workbook's default
  // font too, so Excel and LibreOffice (with its metric twin of the font) break the pages that were planned.
  const paged = plans.find((p) => (p.print.columnBreaks ?? []).length > 0);
  return XlsxDocument.fromPlans(plans, paged?.font).save();
}
