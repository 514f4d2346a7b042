/**
 * A worksheet's view (<sheetViews>): whether its tab is selected, and its active cell, so that a saved workbook
 * opens where the official last was. Only the first <sheetView> (the workbook's first window) is edited. A chart,
 * dialog or macro sheet has its views too: its tab is only unselected, so that no two tabs open grouped.
 */
import { childElements, findElement, insertChild, prefixOf, splice, withAttribute } from "./xml-edit";
import { XmlScanner } from "./xml";

/**
 * The part up to its cells: <sheetViews> comes before <sheetData>, so a sheet without views is not read through its
 * hundred thousand rows to find none (the spans found in it are the part's own).
 */
function head(xml: string): string {
  const cells = xml.search(/<([\w.-]+:)?sheetData[\s/>]/);
  return cells < 0 ? xml : xml.slice(0, cells);
}

/** The roots of the sheet parts that have views. */
const SHEET_ROOTS = ["worksheet", "chartsheet", "dialogsheet", "macrosheet"];

/** The part's <sheetViews>, looked for before its cells. */
function sheetViews(xml: string) {
  const before = head(xml);
  for (const root of SHEET_ROOTS) {
    const views = findElement(before, [root], "sheetViews");
    if (views) return views;
  }
  return undefined;
}

/**
 * The pane a view's <pane activePane> or a <selection pane> names. The schema's default for both attributes (CT_Pane,
 * CT_Selection) is the top left pane, so a pane written without activePane makes the top left pane's selection the
 * active cell, as Excel reads it. The reader (sheet.ts) and the writer below take it from here.
 */
export const DEFAULT_PANE = "topLeft";

export function paneOf(attribute: string | undefined): string {
  return attribute ?? DEFAULT_PANE;
}

/** Elements the schema puts after <selection> in <sheetView>. */
const AFTER_SELECTION = ["pivotSelection", "extLst"];

/** Elements the schema puts after <sheetViews> in <worksheet>. */
const AFTER_VIEWS = ["sheetFormatPr", "cols", "sheetData"];

/** Whether the first view of the sheet has its tab selected. */
export function tabSelected(xml: string): boolean {
  const view = firstView(xml);
  if (!view) return false;
  const scanner = new XmlScanner(xml, view.start);
  scanner.next();
  const flag = scanner.attr("tabSelected");
  return flag === "1" || flag === "true";
}

function firstView(xml: string) {
  const views = sheetViews(xml);
  return views ? childElements(xml, views)[0] : undefined;
}

/** The sheet's text with its tab selected or not, and (when given) the active cell set. */
export function setSheetView(xml: string, selected: boolean, activeCell?: string): string {
  const views = sheetViews(xml);
  if (!views) {
    if (!selected) return xml;
    const root = findElement(xml, [], "worksheet");
    if (!root) throw new Error("The sheet part has no <worksheet>");
    const p = prefixOf(root.qname);
    const selection = activeCell ? `<${p}selection activeCell="${activeCell}" sqref="${activeCell}"/>` : "";
    const element = `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0">${selection}</${p}sheetView></${p}sheetViews>`;
    return insertChild(xml, root, element, AFTER_VIEWS);
  }
  const p = prefixOf(views.qname);
  const view = childElements(xml, views)[0];
  if (!view) {
    if (!selected) return xml;
    return splice(xml, views.tagEnd, views.tagEnd, `<${p}sheetView tabSelected="1" workbookViewId="0"/>`);
  }
  let inner = view.selfClosing ? "" : xml.slice(view.tagEnd, xml.lastIndexOf("</", view.end - 1));
  if (selected && activeCell) {
    const children = childElements(xml, view);
    const pane = children.find((c) => c.qname.endsWith("pane"));
    let activePane = DEFAULT_PANE;
    if (pane) {
      const scanner = new XmlScanner(xml, pane.start);
      scanner.next();
      activePane = paneOf(scanner.attr("activePane"));
    }
    const selections = children.filter((c) => c.qname.slice(prefixOf(c.qname).length) === "selection");
    const target = selections.find((c) => {
      const scanner = new XmlScanner(xml, c.start);
      scanner.next();
      return paneOf(scanner.attr("pane")) === activePane;
    });
    if (target) {
      let tag = xml.slice(target.start, target.tagEnd);
      tag = withAttribute(withAttribute(tag, "activeCell", activeCell), "sqref", activeCell);
      tag = withAttribute(tag, "activeCellId", undefined);
      const from = target.start - view.tagEnd;
      inner = inner.slice(0, from) + tag + inner.slice(from + (target.tagEnd - target.start));
    } else {
      const paneAttr = activePane === DEFAULT_PANE ? "" : ` pane="${activePane}"`;
      const selection = `<${p}selection${paneAttr} activeCell="${activeCell}" sqref="${activeCell}"/>`;
      // Where the schema puts it (pane, selection, pivotSelection, extLst): Excel repairs a view whose selection
      // follows a pivot table's selection or the view's extensions.
      const follower = children.find((c) =>
        AFTER_SELECTION.includes(c.qname.slice(prefixOf(c.qname).length)),
      );
      const at = follower ? follower.start - view.tagEnd : inner.length;
      inner = inner.slice(0, at) + selection + inner.slice(at);
    }
  }
  let tag = xml.slice(view.start, view.tagEnd).replace(/\s*\/>$/, ">");
  tag = withAttribute(tag, "tabSelected", selected ? "1" : undefined);
  return splice(xml, view.start, view.end, `${tag}${inner}</${view.qname}>`);
}
