/**
 * Self-assessment against the district digital-transformation index (Thanh Hóa QĐ 3716/QĐ-UBND, seed 002).
 *
 * Columns (zero-based): 0 STT · 1 Các chỉ số thành phần/tiêu chí chấm điểm · 2 Điểm tối đa · 3 Đơn vị chủ trì ·
 * 4 Điểm tự chấm · 5 hidden code.
 *
 * Rows: for each pillar (I Chính quyền số, II Kinh tế số, III Xã hội số) its row, then its criteria depth first in
 * published order; last the grand total "TỔNG CỘNG". Maxima are data and written as numbers. A leaf criterion's
 * self-score is an input; a parent's (and a pillar's) is the SUM of its children's self-score cells, and the total
 * the SUM of the pillars'. A maximum the OCR left uncertain is shown in italics and listed in a note.
 */
import { dxChildren, type DxPillarInfo, dxPillars } from "../catalog/dx-index";
import type { DxCriterion } from "../catalog/types";
import { a1 } from "../model/address";
import type { CellRole } from "../model/plan";
import { attachedToPlanLine, type BodyCell, type ColumnSpec, SheetBuilder, sttValue } from "./layout";
import { sheetNameFor } from "./sheet-names";
import type { Template, TemplateOptions } from "./types";

export const DX_TOTAL_LABEL = "TỔNG CỘNG";

const MAX_COL = 2;
const SCORE_COL = 4;

/** Points are whole or halves: General shows 3 and 2,5 without padding. */
const POINTS_FORMAT = "General";

function isPillar(item: DxPillarInfo | DxCriterion): item is DxPillarInfo {
  return "roman" in item;
}

function sumFormula(rows: readonly number[]): string {
  return rows.length === 0 ? "0" : `SUM(${rows.map((r) => a1(r, SCORE_COL)).join(",")})`;
}

/** A row of the sheet in the tree's order: a pillar or a criterion, its pillar, and its place («I 1.2 a»). */
interface DxPlace {
  item: DxPillarInfo | DxCriterion;
  pillar: DxPillarInfo;
  place: string;
}

/**
 * Rows follow the tree depth first, so every row is known before any is written and a parent's SUM can name its
 * children's cells directly.
 */
function dxOrder(): DxPlace[] {
  const order: DxPlace[] = [];
  const walk = (c: DxCriterion, pillar: DxPillarInfo, path: string) => {
    const place = /^\d/.test(c.label) ? c.label : `${path} ${c.label}`.trim();
    order.push({ item: c, pillar, place });
    for (const child of dxChildren(c.code)) walk(child, pillar, place);
  };
  for (const pillar of dxPillars) {
    order.push({ item: pillar, pillar, place: pillar.roman });
    for (const c of dxChildren(pillar.code)) walk(c, pillar, "");
  }
  return order;
}

/** The sheet's columns and title lines. */
function dxSheetBuilder(options: TemplateOptions): SheetBuilder {
  const n = options.year;
  const columns: ColumnSpec[] = [
    { header: "STT", token: "1", width: 8 },
    { header: "Các chỉ số thành phần/tiêu chí chấm điểm", token: "2", width: 66 },
    { header: "Điểm tối đa", token: "3", width: 9 },
    { header: "Đơn vị chủ trì", token: "4", width: 22 },
    { header: "Điểm tự chấm", token: "5", width: 10 },
  ];
  return new SheetBuilder(columns, [
    { text: "PHỤ LỤC", role: "title" },
    { text: `TỰ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP HUYỆN NĂM ${n}`, role: "title" },
    {
      text: "(Theo Quyết định số 3716/QĐ-UBND ngày 23/9/2021 của Chủ tịch UBND tỉnh Thanh Hóa)",
      role: "subtitle",
    },
    { text: attachedToPlanLine(n, options.unit), role: "subtitle" },
  ]);
}

/** A pillar's or the total's points: its maximum, and its self-score the SUM of the rows under it (bold). */
function sectorPoints(maxPoints: number, scoreRows: readonly number[]): BodyCell[] {
  return [
    {
      col: MAX_COL,
      value: maxPoints,
      role: "sector",
      style: { hAlign: "right", numberFormat: POINTS_FORMAT },
    },
    {
      col: SCORE_COL,
      formula: sumFormula(scoreRows),
      role: "computed",
      style: { bold: true, numberFormat: POINTS_FORMAT },
    },
  ];
}

/** A pillar's row: its maximum, and its self-score the SUM of its criteria's. */
function addPillarRow(b: SheetBuilder, item: DxPillarInfo, children: readonly number[]): void {
  b.addRow(
    [
      { col: 0, value: item.roman, role: "sector", style: { hAlign: "center" } },
      { col: 1, value: item.name.toLocaleUpperCase("vi"), role: "sector" },
      ...sectorPoints(item.maxPoints, children),
    ],
    item.code,
    "sector",
  );
}

/** A criterion's row: a leaf's self-score is an input, a parent's the SUM of its children's. */
function addCriterionRow(b: SheetBuilder, c: DxCriterion, children: readonly number[]): void {
  const isLeaf = children.length === 0;
  const role: CellRole = c.depth <= 1 ? "group" : isLeaf && !/^\d/.test(c.label) ? "part-label" : "label";
  const bold = c.depth > 1 && !isLeaf;
  b.addRow(
    [
      { col: 0, value: sttValue(c.label), role, style: { hAlign: "center" } },
      { col: 1, value: c.name, role, style: bold ? { bold: true } : undefined },
      {
        col: MAX_COL,
        value: c.maxPoints,
        role,
        style: {
          hAlign: "right",
          numberFormat: POINTS_FORMAT,
          ...(c.uncertain ? { italic: true, color: "C00000" } : {}),
          ...(bold ? { bold: true } : {}),
        },
      },
      { col: 3, value: c.unitInCharge ?? null, role, style: { hAlign: "center" } },
      isLeaf
        ? { col: SCORE_COL, role: "input", style: { numberFormat: POINTS_FORMAT } }
        : {
            col: SCORE_COL,
            formula: sumFormula(children),
            role: "computed",
            style: { numberFormat: POINTS_FORMAT },
          },
    ],
    c.code,
    role,
  );
}

/** The grand total: the pillars' maxima and the SUM of their self-scores. */
function addTotalRow(b: SheetBuilder, pillarRows: readonly number[]): void {
  const pillarMaxTotal = dxPillars.reduce((sum, p) => sum + p.maxPoints, 0);
  b.addRow(
    [
      { col: 1, value: DX_TOTAL_LABEL, role: "sector", style: { hAlign: "center" } },
      ...sectorPoints(pillarMaxTotal, pillarRows),
    ],
    undefined,
    "sector",
  );
}

/** The notes: the sums are computed; the maxima the OCR left uncertain (`uncertain`: places by pillar name). */
function addNotes(b: SheetBuilder, uncertain: ReadonlyMap<string, string[]>): void {
  b.addNote(
    "Điểm tự chấm của chỉ số thành phần, nhóm tiêu chí và tổng cộng được tính tự động từ các tiêu chí con.",
  );
  if (uncertain.size > 0) {
    const places = [...uncertain].map(([name, list]) => `${name}: ${list.join(", ")}`).join("; ");
    b.addNote(
      `Điểm tối đa in nghiêng, màu đỏ (${places}) không đọc rõ trên bản chụp của văn bản ` +
        "gốc: cần đối chiếu với Quyết định số 3716/QĐ-UBND trước khi chấm điểm.",
    );
  }
}

function dxPlan(options: TemplateOptions) {
  const n = options.year;
  const b = dxSheetBuilder(options);
  const order = dxOrder();
  const first = b.row;
  const rowOf = new Map(order.map((o, i) => [o.item.code, first + i]));
  const childRows = (code: string) => dxChildren(code).map((c) => rowOf.get(c.code) as number);

  /** Per pillar name, the places of criteria whose maximum is uncertain. */
  const uncertain = new Map<string, string[]>();

  for (const { item, pillar, place } of order) {
    if (isPillar(item)) {
      addPillarRow(b, item, childRows(item.code));
      continue;
    }
    if (item.uncertain) uncertain.set(pillar.name, [...(uncertain.get(pillar.name) ?? []), place]);
    addCriterionRow(b, item, childRows(item.code));
  }

  if (b.row !== first + order.length) throw new Error("DX rows out of step with their planned positions");

  addTotalRow(
    b,
    dxPillars.map((p) => rowOf.get(p.code) as number),
  );
  addNotes(b, uncertain);
  return b.finish({ name: sheetNameFor("chuyen-doi-so", n), templateId: "chuyen-doi-so", year: n });
}

/** Self-assessment of the district digital-transformation index (270 points). */
export const dxTemplate: Template = {
  id: "chuyen-doi-so",
  title: "Tự đánh giá chỉ số chuyển đổi số cấp huyện",
  titleEn: "Digital-transformation index self-assessment (district)",
  plan: dxPlan,
};
