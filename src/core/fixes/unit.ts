/**
 * A unit other than the catalog's, or a missing one → the catalog's unit, only where the row's indicator is
 * recognised (its catalog code) and the ICT catalog gives it exactly that one unit. A suggestion from spelling
 * alone (unit/unknown) or from the indicator's name (unit/rate-not-percent) is left to the official.
 */
import { ictRow } from "../catalog";
import type { CellFix } from "./types";

export const unitFix: CellFix = {
  codes: ["unit/catalog-mismatch", "unit/missing"],
  mend(finding, current) {
    if (current.formula || finding.indicatorCode === undefined) return undefined;
    const unit = ictRow(finding.indicatorCode)?.unit;
    if (unit === undefined || unit === "" || finding.expected !== unit) return undefined;
    if (finding.code === "unit/missing") {
      if (!(current.value === null || (typeof current.value === "string" && current.value.trim() === ""))) {
        return undefined;
      }
    } else if (typeof current.value !== "string" || current.value.trim() !== String(finding.actual ?? "")) {
      return undefined;
    }
    return current.value === unit ? undefined : { ...current, value: unit };
  },
};
