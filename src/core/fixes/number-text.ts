/**
 * A number stored as text → the number, read the Vietnamese way ("4.300" → 4300, "88,8" → 88.8). The number is
 * the one the checker settled on (its `value` parameter), and only while the cell still holds the text it read; a
 * text that reads two ways is reported as number/ambiguous, which no fix touches.
 */
import { readCell } from "../model/cell";
import type { CellFix } from "./types";

export const numberTextFix: CellFix = {
  codes: ["number/text"],
  mend(finding, current) {
    if (current.formula || typeof current.value !== "string") return undefined;
    const meant = finding.params.value;
    if (typeof meant !== "number" || !Number.isFinite(meant)) return undefined;
    const text = current.value.trim();
    if (typeof finding.params.text === "string" && finding.params.text !== text) return undefined;
    // Read as the checker reads it: the checker's number must be one of the text's readings (a "settled"
    // ambiguous text has two).
    const reading = readCell(current, 0, 0);
    if (reading.reading !== "text-number" && reading.reading !== "ambiguous") return undefined;
    if (reading.value !== meant && reading.alternative !== meant) return undefined;
    return { ...current, value: meant };
  },
};
