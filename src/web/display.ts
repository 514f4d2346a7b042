/**
 * What the page's table shows in a cell, from the core's model. The page has no spreadsheet engine: a formula cell
 * shows its cached result when the file has one (a file saved by Excel), else the value the core computes for the
 * comparison columns it fills (the same evaluateComparison the fill and the checker use, and only when the cell
 * holds exactly the formula the core would write), else its formula as "=…". Excel and LibreOffice compute every
 * formula when the downloaded file is opened (the port sets fullCalcOnLoad).
 */
import { findingMessage, formatNumber } from "../core/check/render";
import { moreSevere, type Finding, type Severity } from "../core/check/types";
import { comparisonFormula, evaluateComparison, findFormulaTables, tableColumnOf } from "../core/formulas";
import type { Lang } from "../core/i18n/messages";
import { a1 } from "../core/model/address";
import { cellAt, type CellModel, type CellValue, type SheetModel } from "../core/model/sheet";

/** Decimals and grouping of an Excel number format's first section ("#,##0.0" → 1, grouped). */
function formatShape(format: string): { decimals: number; grouped: boolean; percent: boolean } {
  const first = format.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  const decimals = /\.(0+)/.exec(first)?.[1].length ?? 0;
  return { decimals, grouped: /[#0],[#0]/.test(first), percent: first.includes("%") };
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

/**
 * What the core computes for the comparison cells of the sheet's appendix tables that hold the core's own formula
 * and no cached result, by A1 address: the number, or null where the formula gives an empty cell (an operand that
 * is not a number, a zero divisor), exactly as Excel will show it.
 */
export function computedComparisons(sheet: SheetModel): Map<string, number | null> {
  const computed = new Map<string, number | null>();
  for (const table of findFormulaTables(sheet)) {
    const columnOf = (n: number) => tableColumnOf(table, n);
    for (const tableRow of table.rows) {
      if (tableRow.kind !== "indicator") continue;
      const row = tableRow.row;
      /** The cell's formula is the one the core writes for its column (so its value is the core's to compute). */
      const isOwnFormula = (n: number): boolean => {
        const column = table.columns.find((c) => c.number === n);
        const cell = column && cellAt(sheet, row, column.col);
        return (
          !!column?.expr &&
          !!cell?.formula &&
          cell.value === null &&
          cell.formula === comparisonFormula(column.expr, { row, columnOf, percent: column.percent })
        );
      };
      const valueOf = (n: number, depth: number): number | undefined => {
        const column = table.columns.find((c) => c.number === n);
        if (!column) return undefined;
        const cell = cellAt(sheet, row, column.col);
        if (typeof cell?.value === "number") return cell.value;
        if (column.expr && depth < table.columns.length && isOwnFormula(n))
          return evaluateComparison(column.expr, (m) => valueOf(m, depth + 1), column.percent);
        return undefined;
      };
      for (const column of table.columns) {
        if (!isOwnFormula(column.number)) continue;
        computed.set(a1(row, column.col), valueOf(column.number, 0) ?? null);
      }
    }
  }
  return computed;
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
