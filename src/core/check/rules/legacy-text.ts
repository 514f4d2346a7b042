/**
 * Text typed with the old TCVN3 (ABC, .VnTime) or VNI (VNI-Times) fonts, which Excel shows as mojibake: "KÕ ho¹ch",
 * "Keá hoaïch" for "Kế hoạch". One `text/legacy-encoding` warning per cell whose text the text module detects as
 * legacy-encoded (its detection is cautious: ordinary Unicode Vietnamese, English and numbers are never flagged).
 * Formula results are not looked at: they come from other cells, which are.
 */
import { a1 } from "../../model/address";
import type { WorkbookModel } from "../../model/sheet";
import { detectLegacyEncoding, fixLegacyText, type LegacyEncoding } from "../../text";
import type { Finding } from "../types";

/** Texts in a message are cut to about this many characters. */
export const SHOWN_TEXT_LENGTH = 60;

const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: "TCVN3", vni: "VNI" };

/** Spaces collapsed, cut to `max` characters with an ellipsis. */
export function shortenText(text: string, max = SHOWN_TEXT_LENGTH): string {
  const t = text.replace(/\s+/g, " ").trim();
  const chars = [...t];
  return chars.length <= max
    ? t
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/** Whether the text is legacy-encoded (the text module remembers its answers: a long sheet repeats its texts). */
function legacyEncoded(text: string): boolean {
  return detectLegacyEncoding(text) !== undefined;
}

/** text/legacy-encoding on every text cell holding TCVN3 or VNI mojibake. */
export function checkLegacyText(workbook: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  for (const sheet of workbook.sheets ?? []) {
    if (!sheet) continue;
    const rows = sheet.rows ?? [];
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell || cell.formula || typeof cell.value !== "string" || cell.value.trim() === "") continue;
        // Legacy text is made of characters up to U+00FF and Windows-1252 punctuation: plain ASCII is never legacy.
        if (!/[^ -~\t\n\r]/.test(cell.value)) continue;
        if (!legacyEncoded(cell.value)) continue;
        const fixed = fixLegacyText(cell.value);
        if (!fixed.encoding) continue;
        out.push({
          code: "text/legacy-encoding",
          severity: "warning",
          sheet: sheet.name,
          cell: a1(r, c),
          params: {
            encoding: ENCODING_NAMES[fixed.encoding],
            text: shortenText(cell.value),
            converted: shortenText(fixed.text),
          },
        });
      }
    }
  }
  return out;
}
