/** Coverage of the grassroots-information strategy targets by a workbook. */
export {
  targetCoverage,
  coverageOfAnalysis,
  targetSetFor,
  yearFromHeaders,
  missingIndicators,
  appendableRows,
  cellNumber,
  type AppendableRow,
  type CoverageOptions,
} from "./coverage";
