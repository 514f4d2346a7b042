/**
 * Self-scores of the digital-transformation index: the DX tables of the table model (src/core/tables/dx.ts: columns,
 * rows and their hierarchy) checked.
 *
 * Findings (all errors, at the self-score cell):
 * - score/over-max: a self-score above the row's maximum;
 * - score/negative: a self-score below zero;
 * - score/sum-mismatch: a parent whose score (typed, or a formula's cached result) differs from the sum of its
 *   children's. A formula without a cached result (our own SUM cells as written) is not checked; it counts as the
 *   sum of its children for the rows above it. A parent whose children have no scores at all is not checked; an
 *   empty child counts as 0 once a sibling has a score.
 */
import { a1 } from "../../model/address";
import type { SheetModel, WorkbookModel } from "../../model/sheet";
import { readDxTables, type DxRow, type DxTable } from "../../tables/dx";
import type { Finding } from "../types";

/** Scores are whole numbers, halves or quarters: anything closer than this is equal. */
const EPSILON = 1e-6;

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The value a row contributes to its parent: its own score, or the sum of its children's when it has none. */
function effectiveScores(rows: DxRow[]): (number | undefined)[] {
  const memo: (number | undefined)[] = new Array(rows.length);
  const state: number[] = new Array(rows.length).fill(0); // 0 new, 1 visiting, 2 done
  const visit = (i: number): number | undefined => {
    if (state[i] === 2) return memo[i];
    if (state[i] === 1) return undefined;
    state[i] = 1;
    const row = rows[i];
    let value: number | undefined;
    if (row.score.kind === "value") value = row.score.value;
    else value = childrenSum(i);
    memo[i] = value;
    state[i] = 2;
    return value;
  };
  const childrenSum = (i: number): number | undefined => {
    let sum: number | undefined;
    for (const k of rows[i].children) {
      const v = visit(k);
      if (v !== undefined) sum = (sum ?? 0) + v;
    }
    return sum;
  };
  for (let i = 0; i < rows.length; i++) visit(i);
  return memo;
}

function scoreFindings(sheet: SheetModel, table: DxTable): Finding[] {
  const out: Finding[] = [];
  const { rows, columns } = table;
  const effective = effectiveScores(rows);
  rows.forEach((row) => {
    if (row.score.kind !== "value") return;
    const value = row.score.value;
    const base = {
      sheet: sheet.name,
      cell: a1(row.row, columns.scoreCol),
      ...(row.name !== "" ? { indicator: row.name } : {}),
      ...(row.code !== undefined ? { indicatorCode: row.code } : {}),
    };
    if (value < 0) {
      out.push({
        ...base,
        code: "score/negative",
        severity: "error",
        actual: value,
        params: { actual: value },
      });
    } else if (row.max !== undefined && value > row.max + EPSILON) {
      out.push({
        ...base,
        code: "score/over-max",
        severity: "error",
        actual: value,
        expected: row.max,
        params: { actual: value, expected: row.max },
      });
    }
    if (row.children.length === 0) return;
    let sum: number | undefined;
    for (const k of row.children) {
      const v = effective[k];
      if (v !== undefined) sum = (sum ?? 0) + v;
    }
    if (sum === undefined || Math.abs(sum - value) <= EPSILON) return;
    const expected = round(sum);
    // A SUM that skipped children stored as text: their number/text warnings name the cells; say why here.
    const texts = row.children.filter((k) => {
      const s = rows[k].score;
      return s.kind === "value" && s.text === true;
    });
    if (row.score.formula && texts.length > 0) {
      let counted = 0;
      for (const k of row.children) if (!texts.includes(k)) counted += effective[k] ?? 0;
      if (Math.abs(counted - value) <= EPSILON) {
        out.push({
          ...base,
          code: "score/sum-mismatch",
          variant: "text",
          severity: "error",
          actual: value,
          expected,
          params: {
            actual: value,
            expected,
            cells: texts.map((k) => a1(rows[k].row, columns.scoreCol)).join(", "),
          },
        });
        return;
      }
    }
    out.push({
      ...base,
      code: "score/sum-mismatch",
      severity: "error",
      actual: value,
      expected,
      params: { actual: value, expected },
    });
  });
  return out;
}

/** score/over-max, score/negative and score/sum-mismatch over every DX table of the workbook. */
export function checkScores(workbook: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  for (const sheet of workbook.sheets ?? []) {
    if (!sheet) continue;
    for (const table of readDxTables(sheet)) for (const f of scoreFindings(sheet, table)) out.push(f);
  }
  return out;
}
