/**
 * Reading the STT (số thứ tự) cell of an appendix row: `A`, `B`, `C` are sectors, Roman `I`, `II`, … groups,
 * Arabic numbers indicators; parts of an indicator have no number or a bullet.
 */
import { foldDiacritics } from "../text/fold";

export type RowLabel =
  | { kind: "sector"; letter: string }
  | { kind: "group"; value: number }
  /** An Arabic number (`1`, `12`, `1.2`) or a part marker (`-`, `+`, `a`, `a)`). */
  | { kind: "number" }
  | { kind: "empty" }
  | { kind: "other" };

/** Where the rows above left off, to read a letter that is both a sector and a Roman numeral (I, V, X, C, …). */
export interface LabelContext {
  lastSector?: string;
  lastGroup: number;
}

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanValue(text: string): number | undefined {
  if (text === "" || !ROMAN.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUES[text[i]];
    const next = ROMAN_VALUES[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function nextLetter(letter: string | undefined): string {
  return letter ? String.fromCharCode(letter.charCodeAt(0) + 1) : "A";
}

// The labels without details, made once: every row of a long table is read (callers never change a label).
const EMPTY: RowLabel = { kind: "empty" };
const NUMBER: RowLabel = { kind: "number" };
const OTHER: RowLabel = { kind: "other" };

export function readRowLabel(text: string, context: LabelContext): RowLabel {
  const t = text.trim().replace(/[.)]$/, "").trim();
  if (t === "") return EMPTY;
  if (/^\d+(\.\d+)*$/.test(t)) return NUMBER;
  if (/^[-+*•–—·]$/.test(t) || /^[a-zđ]$/.test(t)) return NUMBER;
  const roman = romanValue(t);
  if (/^[A-Z]$/.test(t)) {
    if (roman === undefined) return { kind: "sector", letter: t };
    // I, V, X, L, C, D, M: follow the sequence the rows above started.
    if (roman === context.lastGroup + 1) return { kind: "group", value: roman };
    if (t === nextLetter(context.lastSector)) return { kind: "sector", letter: t };
    return roman <= 10 ? { kind: "group", value: roman } : { kind: "sector", letter: t };
  }
  if (roman !== undefined) return { kind: "group", value: roman };
  return OTHER;
}

/** Moves the context past a row's label. */
export function advanceLabelContext(context: LabelContext, label: RowLabel): LabelContext {
  if (label.kind === "sector") return { lastSector: label.letter, lastGroup: 0 };
  if (label.kind === "group") return { ...context, lastGroup: label.value };
  return context;
}

/** Lower case, no diacritics, single spaces: for comparing header texts typed in different ways. */
export function foldText(text: string): string {
  return foldDiacritics(text);
}

/** The STT header word: `STT`, `Stt`, `S.T.T`, `TT`, `Số TT`, `Thứ tự`. */
export function isSttHeader(text: string): boolean {
  const f = foldText(text).replace(/[.\s]/g, "");
  return f === "stt" || f === "tt" || f === "sott" || f === "sothutu" || f === "thutu";
}

/** Text that holds a figure (`4.300`, `88,8`, `70–100`, `85%`), as opposed to words. */
export function looksNumeric(text: string): boolean {
  return /\d/.test(text) && /^[\d\s.,%+\-–—−/]+$/.test(text.trim());
}
