/**
 * xl/workbook.xml: the sheets in order (name, visibility, part), the date system, the active tab; and the edits
 * the writer makes there, each changing only its own element or attribute: a sheet added, a sheet's visibility,
 * the active tab, a defined name (print titles), recalculation on opening.
 */
import { ofType, RELATIONSHIP, type Relationship } from "./parts";
import { END, OPEN, XmlScanner } from "./xml";
import {
  appendChildren,
  childElements,
  escapeAttr,
  escapeText,
  findElement,
  insertChild,
  prefixOf,
  splice,
  withAttribute,
  type Span,
} from "./xml-edit";

export interface SheetEntry {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The sheet's part; undefined for a chart or dialog sheet (no cells). */
  part: string | undefined;
  /** The part of a chart, dialog or macro sheet (its view is kept in step with the worksheets' tabs). */
  otherPart?: string;
  sheetId: number;
  /** Position among the workbook's <sheet> elements (a defined name's localSheetId counts them all). */
  position: number;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  /** The active tab's position, when the workbook says. */
  activeTab: number | undefined;
  /** `<workbookProtection lockStructure="1">`: no sheet may be added, removed, renamed, hidden or shown. */
  structureLocked: boolean;
}

export function readWorkbookPart(xml: string, rels: Relationship[]): WorkbookInfo {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let activeTab: number | undefined;
  let structureLocked = false;
  let position = 0;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token !== OPEN) continue;
    if (scanner.name === "workbookPr") {
      const flag = scanner.attr("date1904");
      date1904 = flag === "1" || flag === "true";
    } else if (scanner.name === "workbookProtection") {
      const flag = scanner.attr("lockStructure");
      structureLocked = flag === "1" || flag === "true";
    } else if (scanner.name === "workbookView" && activeTab === undefined) {
      const tab = scanner.attr("activeTab");
      activeTab = tab === undefined ? 0 : parseInt(tab, 10) || 0;
    } else if (scanner.name === "sheet") {
      const rel = byId.get(scanner.attr("id") ?? "");
      const cells = rel !== undefined && ofType(rel, "worksheet");
      sheets.push({
        name: scanner.attr("name") ?? "",
        state: scanner.attr("state") ?? "visible",
        // Chart sheets and dialog sheets hold no cells.
        part: cells ? rel.part : undefined,
        ...(rel && !cells ? { otherPart: rel.part } : {}),
        sheetId: parseInt(scanner.attr("sheetId") ?? "0", 10) || 0,
        position: position++,
      });
    } else if (scanner.name === "definedNames" || scanner.name === "extLst") {
      scanner.skipElement();
    }
  }
  return { sheets, date1904, activeTab, structureLocked };
}

/** The relationships namespace as the workbook writes it (strict files use another one). */
export function relationshipNamespace(rels: Relationship[]): string {
  const sheet = rels.find((r) => ofType(r, "worksheet") || ofType(r, "styles"));
  return sheet ? sheet.type.slice(0, sheet.type.lastIndexOf("/") + 1) : RELATIONSHIP;
}

const WORKBOOK_CHILDREN = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The elements the schema puts after `name` in <workbook>. */
function after(name: string): string[] {
  return WORKBOOK_CHILDREN.slice(WORKBOOK_CHILDREN.indexOf(name) + 1);
}

function root(xml: string): Span {
  const span = findElement(xml, [], "workbook");
  if (!span) throw new Error("The workbook part has no <workbook>");
  return span;
}

/** The prefix bound to a namespace on the root element ("r:"), or undefined when none is. */
function prefixFor(xml: string, rootSpan: Span, namespace: string): string | undefined {
  const tag = xml.slice(rootSpan.start, rootSpan.tagEnd);
  const m = new RegExp(
    `xmlns:([\\w.-]+)\\s*=\\s*["']${namespace.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']`,
  ).exec(tag);
  return m ? `${m[1]}:` : undefined;
}

/** Adds `<sheet>` at the end of <sheets>. */
export function addSheetElement(
  xml: string,
  sheet: { name: string; sheetId: number; rId: string; state?: string },
  relNamespace: string,
): string {
  const rootSpan = root(xml);
  const prefix = prefixOf(rootSpan.qname);
  const relNs = relNamespace.replace(/\/$/, "");
  const r = prefixFor(xml, rootSpan, relNs);
  const idAttr = r ? `${r}id="${sheet.rId}"` : `xmlns:phr="${relNs}" phr:id="${sheet.rId}"`;
  const state = sheet.state ? ` state="${sheet.state}"` : "";
  const element = `<${prefix}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${idAttr}/>`;
  const sheets = findElement(xml, ["workbook"], "sheets");
  if (sheets) return appendChildren(xml, sheets, element);
  return insertChild(xml, rootSpan, `<${prefix}sheets>${element}</${prefix}sheets>`, after("sheets"));
}

/** The <sheet> element at this position. */
function sheetSpan(xml: string, position: number): Span {
  const sheets = findElement(xml, ["workbook"], "sheets");
  const span = sheets && childElements(xml, sheets)[position];
  if (!span) throw new Error(`No sheet at position ${position}`);
  return span;
}

/** Sets a sheet's visibility ("visible" removes the attribute). */
export function setSheetState(xml: string, position: number, state: string): string {
  const span = sheetSpan(xml, position);
  const tag = withAttribute(
    xml.slice(span.start, span.tagEnd),
    "state",
    state === "visible" ? undefined : state,
  );
  return splice(xml, span.start, span.tagEnd, tag);
}

/** Makes the sheet at this position the active tab (and the first tab shown no later than it). */
export function setActiveTab(xml: string, position: number): string {
  const views = findElement(xml, ["workbook"], "bookViews");
  const prefix = prefixOf(root(xml).qname);
  if (!views) {
    const element = `<${prefix}bookViews><${prefix}workbookView activeTab="${position}"/></${prefix}bookViews>`;
    return insertChild(xml, root(xml), element, after("bookViews"));
  }
  const view = childElements(xml, views)[0];
  if (!view) return appendChildren(xml, views, `<${prefix}workbookView activeTab="${position}"/>`);
  let tag = xml.slice(view.start, view.tagEnd);
  tag = withAttribute(tag, "activeTab", position === 0 ? undefined : String(position));
  const first = /\sfirstSheet\s*=\s*["'](\d+)["']/.exec(tag);
  if (first && Number(first[1]) > position) tag = withAttribute(tag, "firstSheet", String(position));
  return splice(xml, view.start, view.tagEnd, tag);
}

/** Adds a defined name (replacing one of the same name and scope). */
export function setDefinedName(
  xml: string,
  name: string,
  localSheetId: number | undefined,
  formula: string,
): string {
  const prefix = prefixOf(root(xml).qname);
  const scope = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
  const element = `<${prefix}definedName name="${escapeAttr(name)}"${scope}>${escapeText(formula)}</${prefix}definedName>`;
  const names = findElement(xml, ["workbook"], "definedNames");
  if (!names)
    return insertChild(
      xml,
      root(xml),
      `<${prefix}definedNames>${element}</${prefix}definedNames>`,
      after("definedNames"),
    );
  for (const child of childElements(xml, names)) {
    const scanner = new XmlScanner(xml, child.start);
    scanner.next();
    const sameScope =
      (scanner.attr("localSheetId") ?? undefined) ===
      (localSheetId === undefined ? undefined : String(localSheetId));
    if (scanner.attr("name") === name && sameScope) return splice(xml, child.start, child.end, element);
  }
  return appendChildren(xml, names, element);
}

/** Asks Excel and LibreOffice to compute every formula when the file opens (cached results may be stale). */
export function setFullCalcOnLoad(xml: string): string {
  const calcPr = findElement(xml, ["workbook"], "calcPr");
  if (calcPr) {
    const tag = xml.slice(calcPr.start, calcPr.tagEnd);
    if (/\sfullCalcOnLoad\s*=\s*["'](1|true)["']/.test(tag)) return xml;
    return splice(xml, calcPr.start, calcPr.tagEnd, withAttribute(tag, "fullCalcOnLoad", "1"));
  }
  const prefix = prefixOf(root(xml).qname);
  return insertChild(xml, root(xml), `<${prefix}calcPr fullCalcOnLoad="1"/>`, after("calcPr"));
}
