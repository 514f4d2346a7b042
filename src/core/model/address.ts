/** A1 addresses and ranges. Rows and columns are zero-based everywhere in the core. */

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Letters of the first columns, computed once (addresses are made for every cell a check reads). */
const LETTERS: string[] = [];

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  if (col >= 0 && col < 256 && Number.isInteger(col)) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → "A1". */
export function a1(row: number, col: number): string {
  return columnLetter(col) + String(row + 1);
}

/** "B12" → { row: 11, col: 1 }; undefined when it is not a plain A1 address. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const at = { row: 0, col: 0 };
  return readA1(ref, at) ? at : undefined;
}

/**
 * `parseA1` into a position the caller keeps (false when it is not a plain A1 address): a check sorts its
 * hundreds of thousands of findings by the cells they name, with no object made for each.
 */
export function readA1(ref: string, at: { row: number; col: number }): boolean {
  // By hand rather than by regular expression, for the same reason.
  const s = ref.trim();
  let i = s.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let col = 0;
  const lettersStart = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return false;
  if (s.charCodeAt(i) === 36) i++;
  if (i >= s.length) return false;
  let row = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  at.row = row - 1;
  at.col = col - 1;
  return true;
}

export function rangeA1(r: CellRange): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/** "A1:C3" → range; a single address gives a one-cell range. */
export function parseRangeA1(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
