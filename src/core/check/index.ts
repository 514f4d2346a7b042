/**
 * The checker: every rule over a workbook, and the grassroots-information targets coverage.
 * Faces (command line, task pane, web page) call `checkWorkbook` and render findings with `findingMessage`.
 */
import type { WorkbookModel } from "../model/sheet";
import { readA1 } from "../model/address";
import { pushAll } from "./analysis";
import { withFoundTableCache } from "../tables/find";
import { analyseSheet, analyseWorkbook } from "../tables/model";
import { readingOf } from "../tables/reading";
import { coverageOfAnalysis } from "../targets/coverage";
import { namedTableRules, namedWorkbookTableRules } from "./table-rules";
import { namedSheetRules } from "./sheet-rules";
import {
  severityRank,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type TargetCoverage,
} from "./types";

export * from "./types";
export { findingMessage, formatNumber, messageNamesIndicator } from "./render";

/** Findings in reading order: by sheet as the workbook orders them, then row, column, severity and code. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i]));
  // Keys in flat arrays (a long table gives hundreds of thousands of findings: no key object each).
  const n = findings.length;
  const sheets = new Float64Array(n);
  const rows = new Float64Array(n);
  const cols = new Float64Array(n);
  const severities = new Uint8Array(n);
  const at = { row: 0, col: 0 };
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    const known = readA1(f.cell, at);
    sheets[i] = sheetIndex.get(f.sheet) ?? 0;
    rows[i] = known ? at.row : 0;
    cols[i] = known ? at.col : 0;
    severities[i] = severityRank[f.severity];
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) =>
      sheets[a] - sheets[b] ||
      rows[a] - rows[b] ||
      cols[a] - cols[b] ||
      severities[a] - severities[b] ||
      findings[a].code.localeCompare(findings[b].code) ||
      a - b,
  );
  return order.map((i) => findings[i]);
}

export function checkWorkbook(workbook: WorkbookModel, options: CheckOptions = {}): CheckResult {
  // The rules look for the same tables in the same sheets: find them once per sheet for the whole check.
  return withFoundTableCache(() => checkUnchanged(workbook, options));
}

/** A rule that crashed: one error finding naming the rule and the sheet (never a silently clean sheet). */
export function internalFinding(rule: string, sheet: string, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: "check/internal",
    severity: "error",
    sheet,
    cell: "A1",
    params: { rule, message: message.slice(0, 200) },
  };
}

function guarded(rule: string, sheet: string, out: Finding[], work: () => Finding[]): void {
  try {
    pushAll(out, work());
  } catch (error) {
    out.push(internalFinding(rule, sheet, error));
  }
}

function checkUnchanged(workbook: WorkbookModel, options: CheckOptions): CheckResult {
  const issues: Finding[] = [];
  const analysisOptions = {
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.storedYear !== undefined ? { storedYear: options.storedYear } : {}),
  };
  const analysis = analyseWorkbook(workbook, analysisOptions, (sheet) => {
    try {
      return analyseSheet(sheet);
    } catch (error) {
      issues.push(internalFinding("tables", sheet.name, error));
      return { name: sheet.name, sheet, tables: [] };
    }
  });
  const year = analysis.year;
  for (const s of analysis.sheets) {
    if (s.tables.length === 0) continue;
    const one = { ...analysis, sheets: [s] };
    for (const [name, rule] of namedTableRules) guarded(name, s.name, issues, () => rule(one));
  }
  const first = workbook.sheets[0]?.name ?? "";
  for (const [name, rule] of namedWorkbookTableRules) guarded(name, first, issues, () => rule(analysis));
  for (const sheet of workbook.sheets) {
    const one = { sheets: [sheet] };
    for (const [name, rule] of namedSheetRules) guarded(name, sheet.name, issues, () => rule(one));
  }
  let targets: TargetCoverage[] = [];
  // No year told by the user, the workbook or its settings: no target is judged against a year never named.
  if (year !== undefined) {
    try {
      targets = coverageOfAnalysis(analysis, { year, level: options.level ?? "huyen" });
    } catch (error) {
      issues.push(internalFinding("targets", first, error));
    }
  }
  const ownYear = options.ownYear ? analysis.yearResolution.own?.year : undefined;
  return {
    ...(year !== undefined ? { year } : {}),
    yearSource: analysis.yearResolution.source,
    yearResolution: analysis.yearResolution,
    reading: readingOf(analysis),
    ...(ownYear !== undefined ? { ownYear } : {}),
    issues: sortFindings(
      issues,
      workbook.sheets.map((s) => s.name),
    ),
    targets,
  };
}
