/**
 * Thrown errors turned into one sentence an official can act on, in the pane's language. Never a stack trace:
 * only the first line of a message is kept, and it is shortened.
 */
import { t, type Lang } from "../../core/i18n/messages";
import { say } from "./format";

/** Codes a port adapter may put on its errors (a PortError's `code`). */
const KNOWN_CODES = [
  "sheet-missing",
  "protected",
  "too-large",
  "cell-edit",
  "undo-too-large",
  "merged",
  "array",
  "table-header",
] as const;

type KnownCode = (typeof KNOWN_CODES)[number];

/** A PortError (src/excel/errors.ts) names the sheet in `details.sheet`; a plain coded error may carry `sheet`. */
interface CodedError {
  code: KnownCode;
  sheet?: unknown;
  details?: {
    sheet?: unknown;
    workbook?: unknown;
    partial?: unknown;
    cells?: unknown;
    mergesKnown?: unknown;
    uncertain?: unknown;
    usedRange?: unknown;
    range?: unknown;
    cell?: unknown;
    dataTable?: unknown;
    table?: unknown;
    duplicate?: unknown;
  };
}

function sheetOf(error: CodedError): string | undefined {
  const sheet = error.details?.sheet ?? error.sheet;
  return typeof sheet === "string" && sheet !== "" ? sheet : undefined;
}

function isCoded(error: unknown): error is CodedError {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && (KNOWN_CODES as readonly string[]).includes(code);
}

/** An ActionError of src/core/actions already carries a translated message. */
function hasOwnSentence(error: unknown): error is { say(lang: Lang): string } {
  return (
    typeof error === "object" && error !== null && typeof (error as { say?: unknown }).say === "function"
  );
}

const MAX_REASON = 200;

/** The first line of what was thrown, without the "Error:" prefix, at most MAX_REASON characters. */
export function reasonOf(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = error.message;
  else if (typeof error === "string") text = error;
  else if (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  )
    text = (error as { message: string }).message;
  else text = "";
  const first = (text.split(/\r?\n/).find((line) => line.trim() !== "" && !/^\s*at\s/.test(line)) ?? "")
    .replace(/^\s*(\w*Error|Exception):\s*/, "")
    .trim();
  return first.length > MAX_REASON ? `${first.slice(0, MAX_REASON - 1)}…` : first;
}

/** A write cut into several syncs that failed after the first ones were applied (PortErrorDetails.partial). */
function isPartial(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { details?: { partial?: unknown } }).details?.partial === true
  );
}

export function describeError(error: unknown, lang: Lang): string {
  const sentence = describeCause(error, lang);
  if (!isPartial(error)) return sentence;
  const undoable = (error as { details?: { undoable?: unknown } }).details?.undoable === true;
  return `${sentence} ${t(lang, undoable ? "pane.error.partial-write.undoable" : "pane.error.partial-write")}`;
}

function describeCause(error: unknown, lang: Lang): string {
  if (hasOwnSentence(error)) {
    try {
      return error.say(lang);
    } catch {
      // fall through to the generic sentence
    }
  }
  if (isCoded(error)) {
    switch (error.code) {
      case "sheet-missing": {
        const sheet = sheetOf(error);
        return sheet !== undefined
          ? t(lang, "pane.error.sheet-missing", { sheet })
          : t(lang, "pane.error.sheet-missing.unnamed");
      }
      case "protected": {
        if (error.details?.workbook === true) return t(lang, "error.protected.workbook");
        const sheet = sheetOf(error);
        // "Nothing was written" holds only when the write was not cut into several syncs that went half way.
        return sheet !== undefined && error.details?.partial !== true
          ? t(lang, "error.protected.sheet", { sheet })
          : t(lang, "pane.error.protected");
      }
      case "too-large": {
        const sheet = sheetOf(error);
        const range = error.details?.usedRange;
        if (sheet === undefined || typeof range !== "string") return t(lang, "pane.error.too-large");
        const corner = range.split(":").pop() ?? range;
        return t(lang, "pane.error.too-large.used-range", { sheet, range, corner });
      }
      case "cell-edit":
        return t(
          lang,
          error.details?.uncertain === true ? "pane.error.cell-edit.maybe" : "pane.error.cell-edit",
        );
      case "merged":
        return t(
          lang,
          error.details?.mergesKnown === false ? "pane.error.merged.unknown" : "pane.error.merged",
        );
      case "array": {
        const { range, cell, dataTable } = error.details ?? {};
        const sheet = sheetOf(error);
        const key = dataTable === true ? "error.data-table-part" : "error.array-part";
        if (sheet !== undefined && typeof range === "string" && typeof cell === "string")
          return t(lang, key, { sheet, range, cell });
        break;
      }
      case "table-header": {
        const { cell, table, duplicate } = error.details ?? {};
        const sheet = sheetOf(error);
        if (sheet === undefined || typeof cell !== "string" || typeof table !== "string") break;
        if (typeof duplicate === "string")
          return t(lang, "error.table-header.duplicate", { sheet, cell, table, name: duplicate });
        return t(lang, "error.table-header", { sheet, cell, table });
      }
      case "undo-too-large": {
        const cells = error.details?.cells;
        return say(lang, "pane.error.undo-too-large", { count: typeof cells === "number" ? cells : 0 });
      }
    }
  }
  const reason = reasonOf(error);
  return t(lang, "pane.error.generic", {
    reason: reason === "" ? t(lang, "pane.error.unknown-reason") : reason,
  });
}
