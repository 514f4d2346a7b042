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

/** The STT text as the number it shows: spaces and the "." or ")" typed after it dropped ("1.", "II)", " 3 "). */
export function cleanLabel(text: string): string {
  return text
    .trim()
    .replace(/[.)]+$/, "")
    .trim();
}

const ARABIC_LABEL = /^\d+(\.\d+)*$/;

/** An Arabic indicator number: `1`, `12.`, `1.2`, `1.2.3)` (a part's `1,2` or bullet is not one). */
export function isNumberedLabel(text: string): boolean {
  return ARABIC_LABEL.test(cleanLabel(text));
}

/** The whole number an indicator's STT shows (`12`, `12.`), or undefined for any other label (`1.2`, `a`, `II`). */
export function indicatorNumber(text: string): number | undefined {
  const t = cleanLabel(text);
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

export function readRowLabel(text: string, context: LabelContext): RowLabel {
  // An indicator number as typed («12», «1.2»: no space, no «.» or «)» after it) is its own clean label: read
  // without cleaning (each row of a long table).
  if (ARABIC_LABEL.test(text)) return NUMBER;
  const t = cleanLabel(text);
  if (t === "") return EMPTY;
  if (ARABIC_LABEL.test(t)) return NUMBER;
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

/** Digits, dots and white space only. */
const NUMERAL_LABEL = /^[\d.\s]*$/;

/** The STT header word: `STT`, `Stt`, `S.T.T`, `TT`, `Số TT`, `Thứ tự`. */
export function isSttHeader(text: string): boolean {
  // A label of ASCII digits, dots and spaces only («12», «1.2», «») folds to digits, never to a header word: told
  // without folding (each row of a long table asks).
  if (NUMERAL_LABEL.test(text)) return false;
  // «STT (No.)»: an aside beside it says nothing more.
  const f = foldDiacritics(text)
    .replace(/\([^()]*\)/g, "")
    .replace(/[.\s]/g, "");
  return f === "stt" || f === "tt" || f === "sott" || f === "sothutu" || f === "thutu";
}
