/**
 * The number format of percent numbers (comparison cells, rate targets), and the one a comparison cell gets with its
 * formula: shared by the templates, the fill action, the targets action, the consolidation and the quick fixes.
 */
import { hasPercentFormat } from "../model/cell";

/**
 * Number format of percent numbers: 2 700 / 2 400 shows as "112,5" in a Vietnamese Excel (a percent number, not a
 * fraction under Excel's "%" format).
 */
export const PERCENT_NUMBER_FORMAT = "0.0";

/**
 * The number format a comparison cell gets with its formula, when it must change: none (General, or an empty cell
 * whose format the model does not carry) or a percent format, which would show our percent number ×100 again
 * (112,5 as 11250%). Undefined: the cell's own format stays.
 */
export function comparisonFormatFor(current: string | undefined): string | undefined {
  return current === undefined || current === "General" || hasPercentFormat(current)
    ? PERCENT_NUMBER_FORMAT
    : undefined;
}
