/**
 * A fraction in a percent-formatted cell among percent numbers (0.85 shown as "85%" where the row holds 80 and
 * 90) → the percent number (85) with the number format the column's other figures have (the rule's `format`
 * parameter). A fraction in a cell without a percent format may be a real small rate: left to the official.
 */
import { readCell } from "../model/cell";
import type { CellFix } from "./types";

export const percentFractionFix: CellFix = {
  codes: ["percent/fraction"],
  mend(finding, current) {
    if (finding.variant !== "formatted" || current.formula) return undefined;
    const suggestion = finding.expected;
    const format = finding.params.format;
    if (typeof suggestion !== "number" || typeof format !== "string") return undefined;
    // Still the typed fraction the checker read in a percent-formatted cell.
    const reading = readCell(current, 0, 0);
    if (reading.reading !== "number" || reading.value !== finding.actual) return undefined;
    const after = { ...current, value: suggestion };
    if (format === "General") delete after.numberFormat;
    else after.numberFormat = format;
    return after;
  },
};
