/**
 * One sheet as a read-only table, drawn like a spreadsheet: column letters, row numbers, the sheet's own widths,
 * merges, fills and fonts, and the checker's findings on top (cell coloured by the most severe finding, the messages
 * in the cell's tooltip). Clicking a cell selects it through the port, as selecting a cell in Excel would.
 * Long sheets are drawn in slices: the first rows, more on request, and always down to the selected cell.
 * When the sheet is wider than the space it has, its wide text columns wrap more (fittedWidths) so that the figures
 * and comparison columns stay in view; a merged cell still wider than the view (a title over the whole table) keeps
 * its text over the part on screen.
 */
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Severity } from "../core/check/types";
import type { Lang } from "../core/i18n/messages";
import { a1, columnLetter, parseA1 } from "../core/model/address";
import { cellAt, isEmptyCell, sheetWidth, type SheetModel } from "../core/model/sheet";
import { ownFormulaValues } from "../core/formulas";
import { markFills } from "../core/port";
import { findingsTitle, fittedWidths, shownCell, type CellFindings, type ShownCell } from "./display";
import { tw } from "./i18n";
import type { SheetLook } from "./look";

/** Rows drawn at first, and added by each "show more". */
export const ROW_SLICE = 300;
const DEFAULT_WIDTH = 64;
const ROW_HEADER_WIDTH = 44;
/** The cell's left and right padding (see styles.cell). */
const CELL_PADDING = 8;

const edge: Record<Severity, string> = { error: "#C50F1F", warning: "#BC4B09", info: "#0F6CBD" };

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: "13px",
    color: "#000",
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase100,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    height: "20px",
    padding: 0,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase100,
    textAlign: "center",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 2px",
  },
  corner: { left: 0, zIndex: 3 },
  active: { backgroundColor: tokens.colorNeutralBackground3Pressed, color: tokens.colorNeutralForeground1 },
  cell: {
    padding: "2px 4px",
    height: "20px",
    boxSizing: "border-box",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    verticalAlign: "middle",
    borderRight: "1px solid #E1E1E1",
    borderBottom: "1px solid #E1E1E1",
    cursor: "cell",
    lineHeight: "1.3",
  },
  bordered: { borderRight: "1px solid #7A7A7A", borderBottom: "1px solid #7A7A7A" },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  formula: { color: "#1F4E79" },
  formulaText: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: "11px",
  },
  // The text of a merged cell wider than the view, kept over the part of it on screen while the table scrolls.
  pinned: {
    position: "sticky",
    left: `${ROW_HEADER_WIDTH}px`,
    display: "inline-block",
    boxSizing: "border-box",
    padding: "0 4px",
  },
  spill: {
    display: "block",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    pointerEvents: "none",
  },
  selected: { outline: "2px solid #107C41", outlineOffset: "-2px" },
  more: { padding: tokens.spacingVerticalM },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

/** The tooltip line of a formula cell: the formula, and where its shown value comes from. */
function formulaTitle(shown: ShownCell, lang: Lang): string {
  const formula = shown.formula ?? "";
  if (!shown.computed) {
    return shown.text.startsWith("=")
      ? tw(lang, "web.cell.formula.unknown", { formula })
      : tw(lang, "web.cell.formula.cached", { formula, value: shown.text });
  }
  return shown.text === ""
    ? tw(lang, "web.cell.formula.empty", { formula })
    : tw(lang, "web.cell.formula.value", { formula, value: shown.text });
}

export interface SheetTableProps {
  sheet: SheetModel;
  look: SheetLook | undefined;
  findings: Map<string, CellFindings>;
  selected: string | undefined;
  lang: Lang;
  onSelect: (cell: string) => void;
  severityLabel: (severity: Severity) => string;
  /** How each column of the sheet's tables was read («F: Ước thực hiện 2026»), by sheet column: the letters' tooltips. */
  columnReadings?: ReadonlyMap<number, string>;
}

interface Span {
  rowSpan: number;
  colSpan: number;
}

/** The merged areas drawn: each top-left cell's span over the visible rows and columns, and the cells it covers. */
interface Spans {
  top: Map<string, Span>;
  covered: Set<string>;
}

function spansOf(
  sheet: SheetModel,
  shownRows: number,
  hiddenCols: ReadonlySet<number>,
  hiddenRows: ReadonlySet<number>,
  colCount: number,
): Spans {
  const top = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    if (m.top >= shownRows) continue;
    let colSpan = 0;
    for (let c = m.left; c <= m.right; c++) if (!hiddenCols.has(c)) colSpan++;
    let rowSpan = 0;
    for (let r = m.top; r <= Math.min(m.bottom, shownRows - 1); r++) if (!hiddenRows.has(r)) rowSpan++;
    top.set(`${m.top},${m.left}`, { rowSpan: Math.max(1, rowSpan), colSpan: Math.max(1, colSpan) });
    for (let r = m.top; r <= Math.min(m.bottom, shownRows - 1); r++)
      for (let c = m.left; c <= Math.min(m.right, colCount - 1); c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { top, covered };
}

/** The sheet's columns: how many, and those shown (not hidden). */
function useColumns(sheet: SheetModel, look: SheetLook | undefined) {
  const colCount = useMemo(() => {
    let width = sheetWidth(sheet);
    for (const row of look?.cells ?? []) if (row && row.length > width) width = row.length;
    for (const m of sheet.merges) width = Math.max(width, m.right + 1);
    return width;
  }, [sheet, look]);
  const hiddenCols = useMemo(() => new Set(look?.hiddenColumns ?? []), [look]);
  const hiddenRows = useMemo(() => new Set(look?.hiddenRows ?? []), [look]);
  const columns = useMemo(
    () => [...Array(colCount).keys()].filter((c) => !hiddenCols.has(c)),
    [colCount, hiddenCols],
  );
  return { colCount, hiddenCols, hiddenRows, columns };
}

/** The width the table has, followed as the window or the layout changes. */
function useAvailableWidth(scroller: RefObject<HTMLDivElement | null>): number {
  const [available, setAvailable] = useState(0);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setAvailable(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  return available;
}

/** Each shown column's width: the sheet's own, its wide text columns narrowed to fit the width available. */
function useWidths(
  columns: readonly number[],
  look: SheetLook | undefined,
  available: number,
): (c: number) => number {
  const widths = useMemo(() => {
    const own = columns.map((c) => look?.columnWidths[c] ?? DEFAULT_WIDTH);
    const fitted = fittedWidths(own, available - ROW_HEADER_WIDTH);
    return new Map(columns.map((c, i) => [c, fitted[i]]));
  }, [columns, look, available]);
  return (c: number) => widths.get(c) ?? DEFAULT_WIDTH;
}

export const SheetTable = memo(function SheetTable(props: SheetTableProps) {
  const { sheet, look, selected, lang } = props;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [limit, setLimit] = useState(ROW_SLICE);
  const computed = useMemo(() => ownFormulaValues(sheet), [sheet]);
  const at = selected ? parseA1(selected) : undefined;

  const rowCount = Math.max(sheet.rows.length, look?.cells.length ?? 0);
  const { colCount, hiddenCols, hiddenRows, columns } = useColumns(sheet, look);
  // The selected cell is always drawn.
  const shownRows = Math.min(rowCount, Math.max(limit, at ? at.row + 50 : 0));
  const spans = useMemo(
    () => spansOf(sheet, shownRows, hiddenCols, hiddenRows, colCount),
    [sheet, shownRows, hiddenCols, hiddenRows, colCount],
  );

  useEffect(() => {
    if (!selected) return;
    const target = scroller.current?.querySelector<HTMLElement>(`[data-cell="${selected}"]`);
    target?.scrollIntoView({ block: "center", inline: "nearest" });
    // Only when the selection moves: a redraw after the pane's work keeps the view where it is.
  }, [selected]);

  const available = useAvailableWidth(scroller);
  const widthOf = useWidths(columns, look, available);
  const tableWidth = columns.reduce((sum, c) => sum + widthOf(c), ROW_HEADER_WIDTH);

  if (rowCount === 0) return <div className={styles.empty}>{tw(lang, "web.sheet.empty")}</div>;

  const drawing: Drawing = {
    props,
    styles,
    computed,
    spans,
    columns,
    widthOf,
    view: available - ROW_HEADER_WIDTH,
  };
  const body = bodyRows(drawing, shownRows, hiddenRows, at?.row);

  return (
    <div className={styles.scroller} ref={scroller}>
      <table
        className={styles.table}
        style={{ width: tableWidth }}
        aria-label={sheet.name}
        data-sheet={sheet.name}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {columns.map((c) => (
            <col key={c} style={{ width: widthOf(c) }} />
          ))}
        </colgroup>
        <thead>
          <ColumnLetters columns={columns} activeCol={at?.col} readings={props.columnReadings} />
        </thead>
        <tbody>{body}</tbody>
      </table>
      {shownRows < rowCount && (
        <MoreRows
          lang={lang}
          shown={shownRows}
          total={rowCount}
          onMore={() => setLimit(shownRows + ROW_SLICE)}
        />
      )}
    </div>
  );
});

/** The button that draws the next slice of rows. */
function MoreRows(props: { lang: Lang; shown: number; total: number; onMore: () => void }) {
  const { lang, shown, total } = props;
  const styles = useStyles();
  return (
    <div className={styles.more}>
      <Button onClick={props.onMore}>
        {tw(lang, "web.sheet.more", { count: Math.min(ROW_SLICE, total - shown), shown, total })}
      </Button>
    </div>
  );
}

/** The column letters above the table, each with its reading as the tooltip. */
function ColumnLetters(props: {
  columns: readonly number[];
  activeCol: number | undefined;
  readings: ReadonlyMap<number, string> | undefined;
}) {
  const styles = useStyles();
  return (
    <tr>
      <th className={mergeClasses(styles.colHeader, styles.corner)} />
      {props.columns.map((c) => (
        <th
          key={c}
          scope="col"
          title={props.readings?.get(c)}
          data-reading={props.readings?.get(c)}
          className={mergeClasses(styles.colHeader, props.activeCol === c && styles.active)}
        >
          {columnLetter(c)}
        </th>
      ))}
    </tr>
  );
}

/** The rows drawn, each with its number (the selected cell's row highlighted). */
function bodyRows(
  d: Drawing,
  shownRows: number,
  hiddenRows: ReadonlySet<number>,
  activeRow: number | undefined,
) {
  const { look } = d.props;
  const { styles, spans, columns } = d;
  const body = [];
  for (let r = 0; r < shownRows; r++) {
    if (hiddenRows.has(r)) continue;
    const cells = [];
    for (const c of columns) if (!spans.covered.has(`${r},${c}`)) cells.push(bodyCell(d, r, c));
    body.push(
      <tr key={r} style={look?.rowHeights[r] ? { height: look.rowHeights[r] } : undefined}>
        <th scope="row" className={mergeClasses(styles.rowHeader, activeRow === r && styles.active)}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }
  return body;
}

/** What drawing the body's cells needs, worked out once per render of the table. */
interface Drawing {
  props: SheetTableProps;
  styles: ReturnType<typeof useStyles>;
  computed: ReturnType<typeof ownFormulaValues>;
  spans: Spans;
  columns: readonly number[];
  widthOf: (c: number) => number;
  /** The visible width of the table's cells, right of the row numbers. */
  view: number;
}

/** A merged cell wider than the view: the width its text is kept in, over the part on screen. */
function pinnedWidth(d: Drawing, c: number, span: Span | undefined): number | undefined {
  if (!span || span.colSpan <= 1 || d.view <= 0) return undefined;
  const first = d.columns.indexOf(c);
  const merged = d.columns.slice(first, first + span.colSpan).reduce((s, col) => s + d.widthOf(col), 0);
  return merged > d.view ? d.view - CELL_PADDING : undefined;
}

/**
 * Like Excel, a left-aligned text that does not wrap runs on over the empty cells to its right: the width it runs
 * over, when it does.
 */
function spillWidth(d: Drawing, r: number, c: number): number | undefined {
  const { sheet, findings } = d.props;
  let width = d.widthOf(c);
  for (const next of d.columns.slice(d.columns.indexOf(c) + 1)) {
    if (!isEmptyCell(cellAt(sheet, r, next)) || findings.has(a1(r, next))) break;
    if (d.spans.covered.has(`${r},${next}`) || d.spans.top.has(`${r},${next}`)) break;
    width += d.widthOf(next);
  }
  return width > d.widthOf(c) ? width - CELL_PADDING : undefined;
}

/** The cell's tooltip: its formula, its findings, else a long text in full. */
function cellTitle(
  shown: ShownCell,
  found: CellFindings | undefined,
  props: SheetTableProps,
): string | undefined {
  const titleParts: string[] = [];
  if (shown.formula !== undefined) titleParts.push(formulaTitle(shown, props.lang));
  if (found) titleParts.push(findingsTitle(found, props.lang, props.severityLabel));
  else if (!shown.formula && shown.text.length > 12) titleParts.push(shown.text);
  return titleParts.length > 0 ? titleParts.join("\n") : undefined;
}

function bodyCell(d: Drawing, r: number, c: number) {
  const { sheet, look, findings, selected, lang, onSelect } = d.props;
  const { styles } = d;
  const address = a1(r, c);
  const model = cellAt(sheet, r, c);
  const cellLook = look?.cells[r]?.[c];
  const found = findings.get(address);
  const shown = shownCell(model, d.computed.get(address), lang);
  const span = d.spans.top.get(`${r},${c}`);
  const pinned = pinnedWidth(d, c, span);
  const fill = found ? `#${markFills[found.severity]}` : cellLook?.fill;
  const spill =
    typeof model?.value === "string" &&
    !shown.formula &&
    !span &&
    !cellLook?.wrap &&
    (!cellLook?.align || cellLook.align === "left")
      ? spillWidth(d, r, c)
      : undefined;
  return (
    <td
      key={c}
      data-cell={address}
      data-severity={found?.severity}
      data-formula={shown.formula !== undefined ? "" : undefined}
      aria-selected={selected === address ? true : undefined}
      rowSpan={span && span.rowSpan > 1 ? span.rowSpan : undefined}
      colSpan={span && span.colSpan > 1 ? span.colSpan : undefined}
      title={cellTitle(shown, found, d.props)}
      className={mergeClasses(
        styles.cell,
        cellLook?.border && styles.bordered,
        (cellLook?.wrap || span) && styles.wrap,
        shown.formula !== undefined && (shown.text.startsWith("=") ? styles.formulaText : styles.formula),
        selected === address && styles.selected,
      )}
      style={{
        backgroundColor: fill,
        color: shown.formula === undefined ? cellLook?.color : undefined,
        fontWeight: cellLook?.bold ? 700 : undefined,
        fontStyle: cellLook?.italic || shown.computed ? "italic" : undefined,
        textAlign: pinned ? "left" : (cellLook?.align ?? (shown.numeric ? "right" : undefined)),
        boxShadow: found ? `inset 3px 0 0 ${edge[found.severity]}` : undefined,
        // Visible for spilled text and for a pinned title (a hidden overflow would hold the sticky text).
        overflow: spill || pinned ? "visible" : undefined,
      }}
      onClick={() => onSelect(address)}
    >
      {pinned ? (
        <span className={styles.pinned} style={{ width: pinned, textAlign: cellLook?.align }}>
          {shown.text}
        </span>
      ) : spill ? (
        <span className={styles.spill} style={{ width: spill }}>
          {shown.text}
        </span>
      ) : (
        shown.text
      )}
    </td>
  );
}
