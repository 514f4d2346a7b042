/** Quick fixes: mechanical findings mended cell by cell, each change listed before it is written (see types.ts). */
export {
  FIXABLE_CODES,
  CONFIRMED_CODES,
  isFixableCode,
  type FixableCode,
  type CellFix,
  type FixContext,
  type FixPlan,
  type UnfixedFinding,
  type CellChange,
  type CellState,
} from "./types";
export { planFixes, stateOf, cellKey, type FixOptions } from "./plan";
export { holds, writeOf } from "./states";
export { isLegacyFontName, UNICODE_FONT } from "./legacy-text";
export { describeChange, describeState, fixKindName, fixText } from "./describe";
