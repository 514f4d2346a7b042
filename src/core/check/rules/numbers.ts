/**
 * Numbers stored as text: a figure pasted from Word stays text in Excel, so formulas skip it. `number/text` says
 * which number it means; `number/ambiguous` when the text reads two ways ("4.300": 4300 or 4.3) and nothing in
 * the table decides (a table that writes decimals with "," uses "." for thousands; a count has no decimals).
 * `number/with-words` when a figure cell (a result, estimate, plan or self-score; not a target, whose published
 * form may be "70–100" or "≥ 70") holds a number with words or signs around it ("12 xã", "≥ 98", "khoảng 90"):
 * the sheet reads no number there, so every formula, sum, comparison and target judgement skips it in silence.
 */
import { parseNumberWithWords } from "../../text/numbers";
import type { Finding } from "../types";
import { allTables, cellKeys, makeFinding, type CellReading, type WorkbookAnalysis } from "../analysis";

export function numberRule(analysis: WorkbookAnalysis): Finding[] {
  const findings: Finding[] = [];
  for (const table of allTables(analysis)) {
    const keys = cellKeys(table);
    const figureKeys = table.columns
      .filter((c) => (c.purpose === "value" && c.kind !== "target") || c.purpose === "self-score")
      .map((c) => c.number)
      .filter((n) => keys.values.includes(n));
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r];
      // Only texts can be numbers stored as text: most rows hold none, and need no list of their cells.
      const cells = textCells(
        row.comparisons,
        keys.comparisons,
        textCells(row.values, keys.values, undefined),
      );
      for (let k = 0; k < figureKeys.length; k++) {
        const c = row.values[figureKeys[k]];
        if (c === undefined || c.reading !== "text" || typeof c.raw !== "string") continue;
        const text = c.raw.trim();
        const words = parseNumberWithWords(text);
        if (!words) continue;
        findings.push(
          makeFinding({
            code: "number/with-words",
            severity: "warning",
            sheet: table.sheet,
            cell: c.address,
            row,
            actual: text,
            params: { text, value: words.reading.value },
          }),
        );
      }
      if (cells === undefined) continue;
      cells.sort((a, b) => a.col - b.col);
      for (let k = 0; k < cells.length; k++) {
        const c = cells[k];
        const text = c.raw.trim();
        const ambiguous = c.reading === "ambiguous" && !c.settled && c.alternative !== undefined;
        if (!ambiguous && c.reading !== "text-number" && c.reading !== "ambiguous") continue;
        findings.push(
          makeFinding({
            code: ambiguous ? "number/ambiguous" : "number/text",
            severity: "warning",
            sheet: table.sheet,
            cell: c.address,
            row,
            actual: text,
            expected: c.value,
            params: ambiguous
              ? { text, value: c.value, alternative: c.alternative as number }
              : { text, value: c.value },
          }),
        );
      }
    }
  }
  return findings;
}

/** The cells holding a text that reads as a number, added to `into` (made when the first one is found). */
type TextCell = CellReading & { raw: string; value: number };

function textCells(
  cells: Record<number, CellReading>,
  keys: readonly number[],
  into: TextCell[] | undefined,
): TextCell[] | undefined {
  let out = into;
  for (let k = 0; k < keys.length; k++) {
    const n = keys[k];
    const c = cells[n];
    if (c === undefined || typeof c.raw !== "string" || c.value === undefined) continue;
    (out ??= []).push(c as TextCell);
  }
  return out;
}
