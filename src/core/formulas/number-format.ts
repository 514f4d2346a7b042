/** The number format of a comparison cell that gets a formula, shared by the fill action and the quick fixes. */
import { hasPercentFormat } from "../model/cell";
import { PERCENT_NUMBER_FORMAT } from "../templates/layout";

/** Number format given to a comparison cell whose format is General: 112.5 shows as "112,5" in a Vietnamese Excel. */
export const COMPARISON_NUMBER_FORMAT = PERCENT_NUMBER_FORMAT;

/**
 * The number format a comparison cell gets with its formula, when it must change: none (General, or an empty cell
 * whose format the model does not carry) or a percent format, which would show our percent number ×100 again
 * (112,5 as 11250%). Undefined: the cell's own format stays.
 */
export function comparisonFormatFor(current: string | undefined): string | undefined {
  return current === undefined || current === "General" || hasPercentFormat(current)
    ? COMPARISON_NUMBER_FORMAT
    : undefined;
}
