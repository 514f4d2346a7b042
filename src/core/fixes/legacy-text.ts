/**
 * TCVN3 / VNI text → Unicode (NFC); a legacy font (.VnTime, .VnArial, VNI-Times …), which would show the Unicode
 * text as garbage, → Times New Roman. Any other font is the official's choice and stays.
 */
import { fixLegacyText } from "../text";
import type { CellFix } from "./types";

/** The font given to converted text in place of a legacy one. */
export const UNICODE_FONT = "Times New Roman";

/** Fonts made for the TCVN3 (".Vn…", "VNtimes new roman") and VNI ("VNI-…") encodings. */
export function isLegacyFontName(name: string | undefined): boolean {
  if (!name) return false;
  const n = name.trim();
  return /^\.vn/i.test(n) || /^vni[-\s]/i.test(n) || /^vn ?times/i.test(n);
}

export const legacyTextFix: CellFix = {
  codes: ["text/legacy-encoding"],
  mend(_finding, current) {
    if (current.formula || typeof current.value !== "string") return undefined;
    const fixed = fixLegacyText(current.value);
    if (!fixed.encoding) return undefined;
    const text = fixed.text.normalize("NFC");
    if (text === current.value) return undefined;
    const after = { ...current, value: text };
    if (isLegacyFontName(current.font?.name)) after.font = { ...current.font, name: UNICODE_FONT };
    return after;
  },
};
