/**
 * Expected failures of the Office.js adapter, as codes the task pane turns into a sentence for the official.
 *
 * Every method of the port made by `createExcelPort` rejects with a `PortError` (never with a raw Office.js error):
 *
 * | method                | codes it can reject with                                                   |
 * |-----------------------|-----------------------------------------------------------------------------|
 * | sheetNames            | cell-edit, unknown                                                          |
 * | read                  | sheet-missing (a named sheet is gone), too-large (even in pieces), cell-edit, unknown |
 * | addSheets             | protected (workbook structure protected: details.workbook), too-large, cell-edit, unknown (name taken …) |
 * | writeCells            | sheet-missing, protected (sheet protected), too-large, cell-edit, unknown   |
 * | mark                  | sheet-missing (a sheet to mark is gone), protected, too-large, cell-edit, unknown |
 * | clearMarks            | protected, too-large, cell-edit, unknown (marks on deleted sheets are dropped silently) |
 * | select                | sheet-missing, cell-edit, unknown (invalid address)                         |
 * | loadSettings          | never rejects (unreadable settings read as {})                              |
 * | saveSettings          | unknown (settings could not be saved in the document)                       |
 *
 * protected: known from `protection.protected` before anything is written where the port has read it (ExcelApi 1.2
 * for a sheet, 1.7 for the workbook's structure), else read after the failure (protection.ts); `details.sheet`
 * names the sheet, `details.workbook` says it is the workbook's structure.
 *
 * cell-edit: the user is editing a cell and the host has no ExcelApi 1.11 (from 1.11 on the adapter asks Excel to
 * wait until the user leaves the cell). A write cut into several syncs (a very large write) that fails after its
 * first syncs went through rejects with `details.partial` set: part of it is in the workbook.
 */

import { PortError, type PortErrorDetails } from "../core/port";

export { PortError, type PortErrorCode, type PortErrorDetails } from "../core/port";

/**
 * Office.js error codes that mean "the request or its answer is too big for the host", as "Error handling with the
 * application-specific JavaScript APIs" (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-
 * error-handling) lists them: RequestPayloadSizeLimitExceeded and ResponsePayloadSizeLimitExceeded (Excel on the
 * web's 5 MB), RangeExceedsLimit (more cells than a read may take: 5 000 000), OperationCellsExceedLimit (an
 * operation on more than 33 554 000 cells).
 */
const TOO_LARGE_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);

/**
 * A write cut into several syncs failed after `applied` of them went through: that part of the write is in the
 * workbook (Excel applies each sync on its own; there is no rollback).
 */
export class SplitWriteError extends Error {
  override readonly name = "SplitWriteError";

  constructor(
    readonly applied: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** Whether the host found a request or its answer too large (see TOO_LARGE_CODES). */
export function isTooLarge(error: unknown): boolean {
  const code = hostCodeOf(error);
  return code !== undefined && TOO_LARGE_CODES.has(code);
}

export function hostCodeOf(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/**
 * Classifies an Office.js error by its `code` alone: the message is localised ("The message property … contains a
 * summary of the error in the localized string"; "Error codes are not localized", same page), so a Vietnamese
 * Office says «được bảo vệ» where an English one says "protected". `sheet` names the sheet when the failing request
 * concerned only one.
 *
 * - ItemNotFound: a worksheet that is not there (the adapter asks for sheets by name or id only).
 * - InvalidOperationInCellEditMode: the user is typing in a cell.
 * - AccessDenied ("You cannot perform the requested operation"): taken as protection here; where the host can say
 *   which sheet is protected (ExcelApi 1.2), the port reads `protection.protected` and tells instead (see
 *   port.ts), which also catches the builds that answer a protected sheet with InvalidOperation.
 * - the size codes of TOO_LARGE_CODES.
 * - MergedRangeConflict ("Cannot complete the operation … merged cells", an Excel.ErrorCodes member): a write went
 *   through part of a merged area the port did not know of ("merged"; `details.mergesKnown` false below ExcelApi
 *   1.13, where no merge can be known).
 * - InvalidOperation ("The operation attempted is invalid on the object"), on a host that cannot hold a batch
 *   while a cell is being edited (below ExcelApi 1.11): "cell-edit" with `details.uncertain` — the documentation
 *   gives cell-edit mode its own code, InvalidOperationInCellEditMode, but a batch in cell-edit mode "automatically
 *   fails" (Excel.RunOptions.delayForCellEdit) without saying with which code; assumed it may be this one.
 * Anything else is "unknown", with the host's message kept for the official to pass on.
 */
export function toPortError(error: unknown, sheet?: string, host: HostAbilities = {}): PortError {
  if (error instanceof SplitWriteError) {
    const inner = toPortError(error.cause, sheet, host);
    return new PortError(inner.code, inner.message, { ...inner.details, partial: true });
  }
  if (error instanceof PortError) return error;
  const hostCode = hostCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const details: PortErrorDetails = { hostCode, cause: error };
  if (sheet !== undefined) details.sheet = sheet;
  if (hostCode === "ItemNotFound") return new PortError("sheet-missing", message, details);
  if (hostCode === "InvalidOperationInCellEditMode") return new PortError("cell-edit", message, details);
  if (hostCode === "AccessDenied") return new PortError("protected", message, details);
  if (hostCode !== undefined && TOO_LARGE_CODES.has(hostCode))
    return new PortError("too-large", message, details);
  if (hostCode === "MergedRangeConflict") {
    if (host.mergesKnown !== undefined) details.mergesKnown = host.mergesKnown;
    return new PortError("merged", message, details);
  }
  // A host that cannot wait for the user to leave the cell being edited (below ExcelApi 1.11) may refuse a batch
  // in cell-edit mode with InvalidOperation rather than its own code: say it may be that, not that it is.
  if (hostCode === "InvalidOperation" && host.delaysCellEdit === false) {
    return new PortError("cell-edit", message, { ...details, uncertain: true });
  }
  return new PortError("unknown", message, details);
}

/** What the host can do, as the port knows it (each undefined when not known). */
export interface HostAbilities {
  /** ExcelApi 1.13: merged areas can be read. */
  mergesKnown?: boolean;
  /** ExcelApi 1.11: Excel.run waits for the user to leave the cell being edited. */
  delaysCellEdit?: boolean;
}

/** The host error behind a SplitWriteError, or the error itself. */
export function hostErrorOf(error: unknown): unknown {
  return error instanceof SplitWriteError ? error.cause : error;
}
