/** Coverage of the grassroots-information strategy targets by a workbook. */
export {
  targetCoverage,
  coverageOfAnalysis,
  targetSetFor,
  missingIndicators,
  appendableRows,
  cellNumber,
  type AppendableRow,
  type CoverageOptions,
} from "./coverage";
