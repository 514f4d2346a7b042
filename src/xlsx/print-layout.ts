/**
 * What ExcelJS cannot write for a workbook that prints a year group a page (the consolidated workbook), added to the
 * package it has just written:
 *  - manual page breaks between columns (`<colBreaks>`) on the sheets whose plan has `print.columnBreaks`;
 *  - the workbook's default font (the one column widths are measured in) set to the sheets' own font: with
 *    Times New Roman 12 (or LibreOffice's metric twin, Liberation Serif) a width prints the same in Excel and in
 *    LibreOffice, so the pages planned by src/core/consolidate/print-pages.ts are the pages printed. ExcelJS's Calibri
 *    is replaced by a wider font wherever Calibri is not installed, and the pages broke anew.
 * Every other part is left as written.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SheetPlan } from "../core/model/plan";

/** Elements that follow colBreaks in a worksheet part (ECMA-376 order); colBreaks goes before the first present. */
const AFTER_COL_BREAKS = [
  "<customProperties",
  "<cellWatches",
  "<ignoredErrors",
  "<smartTags",
  "<drawing",
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The colBreaks element: each break left of a zero-based column, spanning every row. */
function colBreaksXml(columns: readonly number[]): string {
  const brks = columns.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
  return `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brks}</colBreaks>`;
}

/** The worksheet part of each sheet name, from the workbook part and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files["xl/workbook.xml"] ?? new Uint8Array());
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(name, part);
  }
  return parts;
}

/** The styles part with its first font (the default, "Normal") made `font`. */
function withDefaultFont(styles: string, font: SheetPlan["font"]): string {
  const own = `<font><sz val="${font.size}"/><name val="${escapeXml(font.name)}"/></font>`;
  return styles.replace(/(<fonts\b[^>]*>)\s*<font>[\s\S]*?<\/font>/, `$1${own}`);
}

export function withPrintLayout(bytes: Uint8Array, plans: readonly SheetPlan[]): Uint8Array {
  const wanted = plans.filter((p) => (p.print.columnBreaks ?? []).length > 0);
  if (wanted.length === 0) return bytes;
  const files = unzipSync(bytes);
  const styles = files["xl/styles.xml"];
  if (styles) files["xl/styles.xml"] = strToU8(withDefaultFont(strFromU8(styles), wanted[0].font));
  const parts = sheetParts(files);
  for (const plan of wanted) {
    const part = parts.get(escapeXml(plan.name));
    if (!part || !files[part]) throw new Error(`No worksheet part for «${plan.name}»`);
    const xml = strFromU8(files[part]);
    const at = Math.min(...AFTER_COL_BREAKS.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
    files[part] = strToU8(xml.slice(0, at) + colBreaksXml(plan.print.columnBreaks ?? []) + xml.slice(at));
  }
  return zipSync(files);
}
