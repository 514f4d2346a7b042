/** The catalogs transcribed from the source documents (shared/seeds) and their lookups. */
export type * from "./types";
export { ictCatalog, ictRow, ictChildren } from "./ict";
export { guidanceMinimum, guidanceMinimumCodes, type GuidanceMinimumIndicator } from "./guidance";
export { egovTargets2020 } from "./egov";
export { MET, NOT_MET, readJudgement } from "./judgement";
export {
  grassrootsTargets2021_2025,
  targetSets,
  targetFor,
  indicatorsForLevel,
  validateTargetSet,
  parseTargetSet,
  type TargetLookup,
  type ValidationResult,
} from "./grassroots";
