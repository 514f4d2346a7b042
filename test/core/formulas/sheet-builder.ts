/** Building SheetModels for the formula tests from tab-separated rows, the way the seed documents print tables. */
import type { CellRange } from "../../../src/core/model/address";
import type { CellModel, CellValue, SheetModel } from "../../../src/core/model/sheet";

export type Convert = (text: string, line: number, field: number) => CellValue;

/** Vietnamese figures as JS numbers: `4.300` → 4300, `112,5` → 112.5, `97.7` → 97.7; anything else stays text. */
export function vnNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ""));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  return undefined;
}

/** Keeps text as text (a table pasted from Word). */
export const asText: Convert = (text) => text;

/** Figures (fields from the fourth on, under the number row) as numbers; the rest as text. */
export const figuresAsNumbers =
  (numberLine: number): Convert =>
  (text, line, field) =>
    line > numberLine && field >= 3 ? (vnNumber(text) ?? text) : text;

export class SheetBuilder {
  readonly rows: (CellModel | undefined)[][] = [];
  readonly merges: CellRange[] = [];

  set(row: number, col: number, cell: CellModel | CellValue): this {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length < col) r.push(undefined);
    r[col] = cell !== null && typeof cell === "object" ? cell : { value: cell };
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    this.merges.push({ top, left, bottom, right });
    return this;
  }

  /** Places tab-separated lines with their first field at (top, left); empty fields stay empty cells. */
  lines(lines: string[], top: number, left: number, convert: Convert = asText): this {
    lines.forEach((line, i) => {
      while (this.rows.length <= top + i) this.rows.push([]);
      if (line === "") return;
      line.split("\t").forEach((field, j) => {
        if (field.trim() !== "") this.set(top + i, left + j, convert(field.trim(), i, j));
      });
    });
    return this;
  }

  build(name = "Sheet1"): SheetModel {
    return { name, rows: this.rows, merges: this.merges };
  }
}
