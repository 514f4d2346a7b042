/** A1 addresses and ranges. Rows and columns are zero-based everywhere in the core. */

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
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
  return `${columnLetter(col)}${row + 1}`;
}

/** "B12" → { row: 11, col: 1 }; undefined when it is not a plain A1 address. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
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
