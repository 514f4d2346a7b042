/**
 * Shared formulas: Excel writes a formula once for a block of cells (`<f t="shared" ref="H5:H40" si="0">F5/D5</f>`)
 * and each other cell of the block only points at it (`<f t="shared" si="0"/>`). A cell's own formula is the
 * master's with its relative references moved by the distance between the two cells, as Excel shows it.
 */
import { columnIndex, columnLetter } from "../../core/model/address";

/** Excel's last column, XFD (zero-based). */
const LAST_COLUMN = 16_383;

const REFERENCE = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;
/** One side of a whole-column (B:D) or whole-row (2:5) range: letters alone or digits alone. */
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)([0-9]+)$/;

function isNameChar(c: string): boolean {
  return /[A-Za-z0-9_$.\\]/.test(c);
}

/**
 * The formula moved by `rows` and `cols`: relative A1 references shift, absolute parts ($A, $1) stay; text in
 * double quotes, quoted sheet names, structured references […], function names and sheet names before "!" are
 * left as they are.
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      // A string literal or a quoted sheet name; a doubled quote inside stands for one.
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === c) {
          if (formula[j + 1] === c) j++;
          else break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "[") {
      const j = formula.indexOf("]", i);
      const end = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (!isNameChar(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < formula.length && isNameChar(formula[j])) j++;
    const token = formula.slice(i, j);
    const next = formula[j];
    // Letters or digits alone are a whole column or row only beside the range operator (SUM(B:B), 2:2).
    const inRange = next === ":" || formula[i - 1] === ":";
    i = j;
    const m = next === "(" || next === "!" ? null : REFERENCE.exec(token);
    if (!m) {
      out += inRange ? slideLine(token, rows, cols) : token;
      continue;
    }
    const col = columnIndex(m[2]);
    const row = Number(m[4]);
    if (col > LAST_COLUMN || row < 1) {
      out += token;
      continue;
    }
    const newCol = m[1] ? col : col + cols;
    const newRow = m[3] ? row : row + rows;
    out += newCol < 0 || newRow < 1 ? "#REF!" : `${m[1]}${columnLetter(newCol)}${m[3]}${newRow}`;
  }
  return out;
}

/** A side of a whole-column or whole-row range moved like a reference; anything else as it is. */
function slideLine(token: string, rows: number, cols: number): string {
  const column = COLUMN.exec(token);
  if (column) {
    const col = columnIndex(column[2]);
    if (column[1] || col > LAST_COLUMN) return token;
    return col + cols < 0 ? "#REF!" : columnLetter(col + cols);
  }
  const row = ROW.exec(token);
  if (!row || row[1]) return token;
  const n = Number(row[2]);
  if (n < 1) return token;
  return n + rows < 1 ? "#REF!" : String(n + rows);
}
