/**
 * The sheet's own judgement against ours. Tables of results against targets (grassroots information,
 * e-government) carry an evaluation column ("Đánh giá") whose formula says "Đạt" when the result reaches the target.
 * Where the result cell holds something the formula reads differently from what the official means — 0,8 in a cell
 * formatted "0%" shows 80% but the formula compares 0,8 with 70 — the sheet and the checker disagree: an error on
 * the result cell. The sheet's judgement is the evaluation cell's cached text (after Excel or LibreOffice computed
 * it), else the formula's own reading of the typed numbers.
 * An evaluation typed by hand (no formula) that disagrees with the figures is the official's own slip: the finding
 * names the evaluation cell and the words typed ("Đạt", "Vượt", "Chưa đạt", …), not the result cell. Typed where
 * the result is blank, it is a warning: the figure it judges is missing.
 */
import { a1 } from "../../model/address";
import { percentNumber, type CellReading } from "../../model/cell";
import { MET, NOT_MET, readJudgement } from "../../catalog/judgement";
import {
  allTables,
  isRateRow,
  makeFinding,
  type AnalysedTable,
  type WorkbookAnalysis,
} from "../analysis";
import type { Finding } from "../types";

/** What the sheet shows in the evaluation cell, or would show once computed; undefined when blank or unknown. */
function sheetJudgement(
  evaluation: CellReading,
  result: CellReading,
  target: CellReading,
): string | undefined {
  if (typeof evaluation.raw === "string" && evaluation.raw.trim() !== "") return readJudgement(evaluation.raw);
  if (evaluation.reading !== "formula") return undefined;
  // Not computed yet: the template's formula IF(AND(ISNUMBER(result),ISNUMBER(target)),IF(result>=target,…)).
  if (typeof result.raw !== "number" || typeof target.raw !== "number") return undefined;
  if (result.reading !== "number" && result.reading !== "formula") return undefined;
  return result.raw >= target.raw ? MET : NOT_MET;
}

function tableFindings(table: AnalysedTable): Finding[] {
  const out: Finding[] = [];
  const targetCol = table.columns.find((c) => c.purpose === "value" && c.kind === "target");
  const resultCol = table.columns.find(
    (c) => c.purpose === "value" && (c.kind === "actual" || c.kind === "estimate"),
  );
  if (!targetCol || !resultCol || table.evaluations.size === 0) return out;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const evaluation = table.evaluations.get(row.row);
    const result = row.values[resultCol.number];
    const target = row.values[targetCol.number];
    if (evaluation && (!result || result.reading === "empty")) {
      // «Đạt» typed by hand where no result is given: the province asks for the figure it was judged on.
      const typed =
        evaluation.reading !== "formula" && typeof evaluation.raw === "string" ? evaluation.raw.trim() : "";
      if (readJudgement(typed) !== undefined)
        out.push(
          makeFinding({
            code: "evaluation/mismatch",
            variant: "no-result",
            severity: "warning",
            sheet: table.sheet,
            cell: evaluation.address,
            row,
            actual: typed,
            params: { shown: typed, resultCell: a1(row.row, resultCol.col) },
          }),
        );
      continue;
    }
    if (!evaluation || !result || !target) continue;
    const value = percentNumber(result, isRateRow(row));
    const goal = percentNumber(target, isRateRow(row));
    if (value === undefined || goal === undefined) continue;
    const shown = sheetJudgement(evaluation, result, target);
    if (shown === undefined) continue;
    const expected = value >= goal ? MET : NOT_MET;
    if (shown === expected) continue;
    if (evaluation.reading !== "formula" && typeof evaluation.raw === "string") {
      const typed = evaluation.raw.trim();
      out.push(
        makeFinding({
          code: "evaluation/mismatch",
          variant: "typed",
          severity: "error",
          sheet: table.sheet,
          cell: evaluation.address,
          row,
          actual: typed,
          expected,
          params: { shown: typed, expected, value, target: goal, resultCell: result.address },
        }),
      );
      continue;
    }
    out.push(
      makeFinding({
        code: "evaluation/mismatch",
        severity: "error",
        sheet: table.sheet,
        cell: result.address,
        row,
        actual: shown,
        expected,
        params: { shown, expected, value, target: goal, evaluationCell: evaluation.address },
      }),
    );
  }
  return out;
}

export function evaluationRule(analysis: WorkbookAnalysis): Finding[] {
  return allTables(analysis).flatMap(tableFindings);
}
