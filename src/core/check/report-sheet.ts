/**
 * The check's report sheet: the findings and the grassroots targets' coverage written as a new sheet (the actions
 * add it, `writeCheckReport`), and told apart from the workbook's own sheets when a workbook is read again.
 *
 * Layout, columns zero-based:
 *
 *   row 0        title, merged across the seven columns
 *   row 1        summary line: the year and the counts by severity
 *   row 2        blank
 *   row 3        header: STT | Mức độ | Trang tính | Ô | Mã lỗi | Chỉ tiêu | Nội dung (repeated on every printed page)
 *   rows 4 …     one row per finding, in the checker's order; the severity cell has the finding-* look, the "Ô" cell
 *                links to the finding's cell
 *   blank row
 *   targets      a title line, then a header STT | Tình trạng | Mục tiêu (%) | Ô | Mã chỉ tiêu | Chỉ tiêu | Nội dung
 *                and one row per grassroots indicator of the coverage (the "Ô" cell links to its value when found)
 */
import { targetFor, targetSets } from "../catalog/grassroots";
import { actionsText, type ActionsMessageKey } from "../i18n/actions-messages";
import { tCount } from "../i18n/counts";
import type { Lang } from "../i18n/types";
import type { CellRange } from "../model/address";
import { cellAt, cellText, type SheetModel, type WorkbookModel } from "../model/sheet";
import type { CellRole, PlannedCell, SheetPlan } from "../model/plan";
import { uniqueSheetName } from "../templates";
import { estimateLines, sheetPlanOf } from "../templates/layout";
import { findingMessage, formatNumber, formatTarget } from "./render";
import { countBySeverity, type Severity, type TargetCoverage, type TargetStatus } from "../findings";
import type { CheckResult } from "./types";

/**
 * True for a report sheet written by writeCheckReport (its title in A1 and its header row), in either language. Such
 * a sheet quotes findings and lists indicator codes, so checks and coverage leave it out.
 */
export function isCheckReport(sheet: SheetModel): boolean {
  const title = cellText(cellAt(sheet, 0, 0));
  const code = cellText(cellAt(sheet, HEADER_ROW, COL.code));
  return (["vi", "en"] as const).some(
    (lang) => title === actionsText(lang, "report.title") && code === actionsText(lang, "report.col.code"),
  );
}

/** The workbook without the check reports written into it. */
export function withoutReports(workbook: WorkbookModel): WorkbookModel {
  return { ...workbook, sheets: workbook.sheets.filter((s) => !isCheckReport(s)) };
}

/** Template id of the report sheet's plan (it is not one of the insertable templates). */
export const CHECK_REPORT_ID = "kiem-tra";

const COLUMN_WIDTHS = [6, 12, 20, 9, 24, 40, 70];
const WIDTH = COLUMN_WIDTHS.length;
const COL = { number: 0, severity: 1, sheet: 2, cell: 3, code: 4, indicator: 5, message: 6 } as const;
const HEADER_ROW = 3;
const LINE_HEIGHT = 15.75;

const severityRole: Record<Severity, CellRole> = {
  error: "finding-error",
  warning: "finding-warning",
  info: "finding-info",
};

const statusRole: Record<TargetStatus, CellRole> = {
  met: "label",
  below: "finding-warning",
  "no-value": "finding-info",
  missing: "finding-error",
  invalid: "finding-error",
};

/** "Sheet!A1" → { sheet, cell }; the sheet name may itself hold "!". */
function splitCellRef(ref: string): { sheet: string; cell: string } | undefined {
  const at = ref.lastIndexOf("!");
  if (at <= 0) return undefined;
  return {
    sheet: ref
      .slice(0, at)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'"),
    cell: ref.slice(at + 1),
  };
}

type Say = (key: ActionsMessageKey, params?: Record<string, string | number>) => string;

/** The report sheet's cells, merges and row heights as they are laid out, row after row. */
class ReportCells {
  readonly cells: PlannedCell[] = [];
  readonly merges: CellRange[] = [];
  readonly rowHeights: Record<number, number> = {};

  mergedLine(row: number, value: string, role: CellRole): void {
    this.cells.push({ row, col: 0, value, role });
    this.merges.push({ top: row, left: 0, bottom: row, right: WIDTH - 1 });
  }

  header(row: number, texts: string[]): void {
    texts.forEach((value, col) => this.cells.push({ row, col, value, role: "header" }));
    this.rowHeights[row] = 2 * LINE_HEIGHT + 3;
  }

  /** Row height for the wrapped texts of a body row. */
  fit(row: number, texts: Partial<Record<number, string>>): void {
    let lines = 1;
    for (const [col, text] of Object.entries(texts)) {
      if (text) lines = Math.max(lines, estimateLines(text, COLUMN_WIDTHS[Number(col)]));
    }
    if (lines > 1) this.rowHeights[row] = lines * LINE_HEIGHT + 3;
  }
}

/** Title and summary (rows 0 and 1). */
function summaryLines(out: ReportCells, result: CheckResult, lang: Lang, say: Say): void {
  const counts = countBySeverity(result.issues);
  const countParams = {
    errors: tCount(lang, "count.errors", counts.error),
    warnings: tCount(lang, "count.warnings", counts.warning),
    infos: tCount(lang, "count.notes", counts.info),
  };
  out.mergedLine(0, say("report.title"), "title");
  out.rowHeights[0] = 18.75 + 3;
  out.mergedLine(
    1,
    result.year === undefined
      ? say("report.summary", countParams)
      : say("report.summary-year", { year: result.year, ...countParams }),
    "subtitle",
  );
}

/** The findings under their header, one a row; the row after the last. */
function findingRows(out: ReportCells, result: CheckResult, lang: Lang, say: Say): number {
  out.header(HEADER_ROW, [
    say("report.col.number"),
    say("report.col.severity"),
    say("report.col.sheet"),
    say("report.col.cell"),
    say("report.col.code"),
    say("report.col.indicator"),
    say("report.col.message"),
  ]);
  let row = HEADER_ROW + 1;
  if (result.issues.length === 0) {
    out.mergedLine(row, say("report.no-issues"), "label");
    row++;
  }
  result.issues.forEach((f, i) => {
    const message = findingMessage(f, lang);
    const indicator = f.indicator ?? "";
    out.cells.push(
      { row, col: COL.number, value: i + 1, role: "label", style: { hAlign: "center" } },
      { row, col: COL.severity, value: say(`report.severity.${f.severity}`), role: severityRole[f.severity] },
      { row, col: COL.sheet, value: f.sheet, role: "label" },
      { row, col: COL.cell, value: f.cell, role: "link", link: { sheet: f.sheet, cell: f.cell } },
      { row, col: COL.code, value: f.code, role: "label" },
      { row, col: COL.indicator, value: indicator || null, role: "label" },
      { row, col: COL.message, value: message, role: "label" },
    );
    out.fit(row, { [COL.sheet]: f.sheet, [COL.indicator]: indicator, [COL.message]: message });
    row++;
  });
  return row;
}

/** The targets' coverage from `row` on, after a blank row, when the check compared targets. */
function targetRows(out: ReportCells, result: CheckResult, lang: Lang, say: Say, from: number): void {
  if (result.targets.length === 0) return;
  let row = from + 1;
  const year = result.year ?? result.targets[0].year;
  out.mergedLine(row, say("report.targets.title", { year }), "subtitle");
  row++;
  out.header(row, [
    say("report.col.number"),
    say("report.targets.col.status"),
    say("report.targets.col.target"),
    say("report.col.cell"),
    say("report.targets.col.code"),
    say("report.col.indicator"),
    say("report.col.message"),
  ]);
  row++;
  const num = (n: number) => formatNumber(n, lang);
  for (const t of result.targets) {
    const detail = targetDetail(t, lang, num);
    const ref = t.cell ? splitCellRef(t.cell) : undefined;
    out.cells.push(
      { row, col: COL.number, value: numberOf(t), role: "label", style: { hAlign: "center" } },
      {
        row,
        col: COL.severity,
        value: say(`report.targets.status.${t.status}`),
        role: statusRole[t.status],
      },
      {
        row,
        col: COL.sheet,
        value: formatTarget(t, lang) ?? say("report.targets.no-target"),
        role: "label",
        style: { hAlign: "center" },
      },
      ref
        ? { row, col: COL.cell, value: t.cell as string, role: "link", link: ref, style: { wrap: true } }
        : { row, col: COL.cell, value: null, role: "label" },
      { row, col: COL.code, value: t.code, role: "label" },
      { row, col: COL.indicator, value: t.name, role: "label" },
      { row, col: COL.message, value: detail, role: "label" },
    );
    out.fit(row, { [COL.indicator]: t.name, [COL.message]: detail, [COL.cell]: t.cell });
    row++;
  }
}

/** The report of a check as a new sheet, named so that it is not among `existingNames` (pure). */
export function checkReportPlan(
  result: CheckResult,
  lang: Lang,
  existingNames: readonly string[],
): SheetPlan {
  const say: Say = (key, params) => actionsText(lang, key, params);
  const out = new ReportCells();
  summaryLines(out, result, lang, say);
  targetRows(out, result, lang, say, findingRows(out, result, lang, say));
  return sheetPlanOf(
    {
      name: uniqueSheetName(say("report.sheet-name"), existingNames),
      templateId: CHECK_REPORT_ID,
      year: result.year ?? result.targets[0]?.year ?? 0,
      cells: out.cells,
      merges: out.merges,
      columnWidths: [...COLUMN_WIDTHS],
      rowHeights: out.rowHeights,
      hiddenColumns: [],
      freeze: { rows: HEADER_ROW + 1, cols: 0 },
    },
    { first: HEADER_ROW, last: HEADER_ROW },
  );
}

/** The indicator's number as published ("1.1"). */
function numberOf(t: TargetCoverage): string {
  for (const set of targetSets) {
    const hit = set.indicators.find((i) => i.code === t.code);
    if (hit) return hit.number;
  }
  return t.code;
}

/** The strategy year whose target was used, for a coverage entry past the strategy period. */
function yearUsedOf(t: TargetCoverage): number | undefined {
  if (t.yearUsed !== undefined) return t.yearUsed;
  try {
    return targetFor(t.code, t.year).yearUsed;
  } catch {
    return undefined;
  }
}

function targetDetail(t: TargetCoverage, lang: Lang, num: (n: number) => string): string {
  let text: string;
  switch (t.status) {
    case "met":
      text = actionsText(lang, "report.targets.detail.met", { value: num(t.value ?? 0) });
      break;
    case "below":
      text = actionsText(lang, "report.targets.detail.below", {
        value: num(t.value ?? 0),
        gap: num(t.gap ?? 0),
      });
      break;
    case "no-value":
      text = actionsText(lang, "report.targets.detail.no-value");
      break;
    case "missing":
      text = actionsText(lang, "report.targets.detail.missing");
      break;
    case "invalid":
      text = actionsText(lang, "report.targets.detail.invalid", {
        value: t.value === undefined ? "—" : num(t.value),
        code: t.findingCode ?? "—",
      });
      break;
  }
  if (t.kind !== undefined)
    text = `${actionsText(lang, `report.targets.kind.${t.kind}`, { year: String(t.year) })}: ${text}`;
  const yearUsed = t.periodEnded ? yearUsedOf(t) : undefined;
  if (yearUsed !== undefined) text += actionsText(lang, "report.targets.detail.period-ended", { yearUsed });
  return text;
}
