/**
 * A sheet's model after a write, without reading the part again: the model read before, with every cell the patch
 * wrote (patch.ts) put in as the reader (sheet.ts) reads it back from the new text. A fill of a 100 000-row sheet
 * reads its tables again after writing (to say how it read them), and reading the patched part again cost as much as
 * the first read. Where the reading back is not certain — a date format (the reader turns a date's number into
 * "YYYY-MM-DD"), a text or formula holding a carriage return (the reader normalises line ends), a cell emptied in the
 * sheet's last row (whose length the reader's merges decide) — there is no overlay, and the part is read again.
 * test/xlsx/overlay.test.ts holds it to the reader: any write, overlaid, is the model of the patched text read.
 */
import { isDateFormat } from "../../core/model/number-format";
import { coveredByMerge, type CellModel, type SheetModel } from "../../core/model/sheet";
import type { CellContent, CellEdits } from "./patch";

/** The reading back is not certain: read the part again. */
const UNSURE = Symbol("unsure");

/**
 * The cell the reader makes of written content (contentXml, patch.ts) in a cell whose style shows `format`: none
 * when it keeps no cell (no value, no formula), UNSURE where a date format or a line end would make it differ.
 */
function readBack(
  content: CellContent,
  format: string | undefined,
  isDate: (format: string) => boolean,
): CellModel | undefined | typeof UNSURE {
  let cell: CellModel;
  if ("formula" in content) {
    const text = content.formula;
    // <f></f> holds no formula: the reader keeps no cell.
    if (text === "") return undefined;
    if (text.includes("\r")) return UNSURE;
    cell = { value: null, formula: text.charCodeAt(0) === 61 /* = */ ? text.slice(1) : text };
  } else {
    const value = content.value;
    if (value === null || (typeof value === "number" && !Number.isFinite(value))) return undefined;
    if (typeof value === "string" && value.includes("\r")) return UNSURE;
    // A number is written as its shortest text, which reads back as the same number.
    cell = { value: typeof value === "number" ? parseFloat(String(value)) : value };
  }
  if (format !== undefined) {
    if (isDate(format)) return UNSURE;
    cell.numberFormat = format;
  }
  return cell;
}

/**
 * The model after the edits, or undefined when it cannot be told without reading the part. `styled` holds, for each
 * edited cell, its row, column and style index after the patch (flat triples, as patchSheet reports them);
 * `formats` is the number format of each style index (undefined: General). The model given is not changed: the rows
 * written are copied, the others shared.
 */
export function overlaid(
  model: SheetModel,
  edits: CellEdits,
  styled: readonly number[],
  formats: readonly (string | undefined)[],
): SheetModel | undefined {
  // A fill writes thousands of cells in a handful of formats: each format is told once.
  const dates = new Map<string, boolean>();
  const isDate = (format: string) => {
    let date = dates.get(format);
    if (date === undefined) dates.set(format, (date = isDateFormat(format)));
    return date;
  };
  const rows = model.rows.slice();
  const copied = new Set<number>();
  const cellsOf = (row: number): (CellModel | undefined)[] => {
    if (!copied.has(row)) {
      rows[row] = rows[row] ? rows[row].slice() : [];
      copied.add(row);
    }
    return rows[row];
  };
  for (let i = 0; i < styled.length; i += 3) {
    const row = styled[i];
    const col = styled[i + 1];
    const edit = edits.get(row)?.get(col);
    if (!edit) continue;
    const format = formats[styled[i + 2]];
    const before = rows[row]?.[col];
    let after: CellModel | undefined;
    if (edit.content === undefined) {
      // The style alone changed: the cell's format, if the reader keeps the cell at all.
      if (!before) continue;
      if (
        (before.numberFormat !== undefined && isDate(before.numberFormat)) ||
        (format !== undefined && isDate(format))
      )
        return undefined;
      if (before.numberFormat === format) continue;
      after = { ...before };
      if (format === undefined) delete after.numberFormat;
      else after.numberFormat = format;
    } else {
      // A cell under a merge is not read (it shows the merge's text).
      if (coveredByMerge(model, row, col)) continue;
      const read = readBack(edit.content, format, isDate);
      if (read === UNSURE) return undefined;
      after = read;
    }
    if (after) {
      cellsOf(row)[col] = after;
      continue;
    }
    if (!before) continue;
    // The cell is gone: its row ends at its last cell, and a row left with none is no row.
    const cells = cellsOf(row);
    delete cells[col];
    let length = cells.length;
    while (length > 0 && cells[length - 1] === undefined) length--;
    cells.length = length;
    if (length === 0) {
      if (row === rows.length - 1) return undefined;
      delete rows[row];
    }
  }
  return { ...model, rows };
}
