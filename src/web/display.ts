/**
 * What the page's table shows in a cell, from the core's model. The page has no spreadsheet engine: a formula cell
 * shows its cached result when the file has one (a file saved by Excel), else the value the core computes for the
 * comparison columns it fills (`ownFormulaValues`: the core decides which cells and computes them), else its
 * formula as "=…". Nothing is computed here. Excel and LibreOffice compute every
 * formula when the downloaded file is opened (the port sets fullCalcOnLoad).
 */
import { findingMessage, formatNumber } from "../core/check/render";
import { moreSevere, type Finding, type Severity } from "../core/check/types";
import type { Lang } from "../core/i18n/messages";
import { hasPercentFormat } from "../core/model/cell";
import type { CellModel, CellValue } from "../core/model/sheet";

/** Decimals and grouping of an Excel number format's first section ("#,##0.0" → 1, grouped). */
function formatShape(format: string): { decimals: number; grouped: boolean; percent: boolean } {
  const first = format.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  const decimals = /\.(0+)/.exec(first)?.[1].length ?? 0;
  // Whether it shows ×100 is the core's one percent-format test, on the section that shows a positive number.
  return { decimals, grouped: /[#0],[#0]/.test(first), percent: hasPercentFormat(format.split(";")[0]) };
}

/** A number as Excel shows it under the cell's format, written the reader's way (112,5 in Vietnamese). */
export function formatValue(value: number, numberFormat: string | undefined, lang: Lang): string {
  if (!numberFormat || /^general$/i.test(numberFormat) || numberFormat === "@")
    return formatNumber(value, lang);
  const shape = formatShape(numberFormat);
  if (!/[#0]/.test(numberFormat)) return formatNumber(value, lang);
  const n = shape.percent ? value * 100 : value;
  const text = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", {
    minimumFractionDigits: shape.decimals,
    maximumFractionDigits: shape.decimals,
    useGrouping: shape.grouped,
  }).format(n);
  return shape.percent ? `${text}%` : text;
}

export function valueText(value: CellValue, numberFormat: string | undefined, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatValue(value, numberFormat, lang);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

export interface CellFindings {
  severity: Severity;
  findings: Finding[];
}

/** The findings of one sheet by A1 address, with the most severe one's severity. */
export function findingsByCell(findings: readonly Finding[], sheet: string): Map<string, CellFindings> {
  const byCell = new Map<string, CellFindings>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    const seen = byCell.get(f.cell);
    if (!seen) byCell.set(f.cell, { severity: f.severity, findings: [f] });
    else {
      seen.findings.push(f);
      if (moreSevere(f.severity, seen.severity)) seen.severity = f.severity;
    }
  }
  return byCell;
}

/** The tooltip of a cell with findings: one line per finding, its severity first. */
export function findingsTitle(
  cell: CellFindings,
  lang: Lang,
  severityLabel: (s: Severity) => string,
): string {
  return cell.findings.map((f) => `${severityLabel(f.severity)}: ${findingMessage(f, lang)}`).join("\n");
}

export interface ShownCell {
  text: string;
  /** The cell holds a formula: shown in the formula look, its formula in the title. */
  formula?: string;
  /** The value shown was computed by the page (not cached in the file). */
  computed?: boolean;
  numeric?: boolean;
}

/** `computed`: the core's value for the cell (null: the formula gives an empty cell; undefined: not known). */
export function shownCell(
  cell: CellModel | undefined,
  computed: number | null | undefined,
  lang: Lang,
): ShownCell {
  if (!cell) return { text: "" };
  if (cell.formula) {
    if (cell.value !== null)
      return {
        text: valueText(cell.value, cell.numberFormat, lang),
        formula: cell.formula,
        numeric: typeof cell.value === "number",
      };
    if (computed !== undefined)
      return {
        text: computed === null ? "" : formatValue(computed, cell.numberFormat, lang),
        formula: cell.formula,
        computed: true,
        numeric: true,
      };
    return { text: `=${cell.formula}`, formula: cell.formula };
  }
  return { text: valueText(cell.value, cell.numberFormat, lang), numeric: typeof cell.value === "number" };
}

/** A column wider than this (in CSS pixels) holds words (an indicator's name) and may wrap them more. */
export const WIDE_COLUMN = 160;
/** How far a wide column may narrow: to this share of its width, never below WIDE_COLUMN. */
const NARROWEST_SHARE = 0.45;

/**
 * Column widths that keep the table's figures in view: when the table is wider than the space it has, its wide
 * text columns (an indicator's name, which wraps) give up width, each in proportion to what it can give, down to
 * WIDE_COLUMN or NARROWEST_SHARE of its width. Figure columns keep theirs. Where even that does not fit (a phone),
 * the table scrolls sideways as before.
 */
export function fittedWidths(widths: readonly number[], available: number): number[] {
  const total = widths.reduce((s, w) => s + w, 0);
  if (available <= 0 || total <= available) return [...widths];
  const room = widths.map((w) => (w > WIDE_COLUMN ? w - Math.max(WIDE_COLUMN, w * NARROWEST_SHARE) : 0));
  const spare = room.reduce((s, r) => s + r, 0);
  if (spare === 0) return [...widths];
  const share = Math.min(1, (total - available) / spare);
  return widths.map((w, i) => Math.floor(w - room[i] * share));
}
