/**
 * Text helpers of the core: folding for comparison, Vietnamese numbers, Vietnamese syllables, legacy
 * encodings.
 */
export * from "./fold";
export * from "./numbers";
export * from "./syllable";
export * from "./legacy";
export { VIETNAMESE_LETTERS } from "./legacy-tables";
