/**
 * A strict structural checker of .xlsx packages: what Excel rejects or «repairs» («We found a problem with some
 * content…») while LibreOffice opens the file without a word. Our own code, its facts from ECMA-376 Part 1 (the
 * sequences of CT_Worksheet §18.3.1.99, CT_Workbook §18.2.27, CT_Stylesheet §18.8.39, CT_Table §18.5.1.2, the cell
 * and row rules of §18.3.1.4 and §18.3.1.73) and Part 2 (content types, relationships). It reads the package with a
 * strict XML parser (jsdom's), independent of the product's reader, and returns each problem as one line
 * `part: class: detail` with no offsets in it, so that the problems of a workbook before an action and after it can
 * be compared: an action must add none (`addedProblems`).
 */
import { strFromU8, unzipSync } from "fflate";
import { JSDOM } from "jsdom";
import { STYLESHEET_CHILDREN, WORKBOOK_CHILDREN, WORKSHEET_CHILDREN } from "./schema";
import { a1, parseA1, parseRangeA1, type CellRange } from "../../src/core/model/address";

/** The classes of problems, each one thing Excel refuses or repairs. */
export const PROBLEM_CLASSES = [
  "not-well-formed",
  "content-type",
  "relationship",
  "child-order",
  "row-order",
  "cell-order",
  "cell-row",
  "cell-value",
  "shared-string",
  "style-index",
  "shared-formula",
  "array-formula",
  "count",
  "merge",
  "dimension",
  "sheet-name",
  "defined-name",
  "book-view",
  "table",
  "structured-ref",
  "app-props",
  "calc-chain",
] as const;
export type ProblemClass = (typeof PROBLEM_CLASSES)[number];

/** The worksheet's children that may repeat. */
const REPEATING = new Set(["conditionalFormatting"]);

const SHEET_VIEW_CHILDREN = ["pane", "selection", "pivotSelection", "extLst"];
const BORDER_CHILDREN = [
  "start",
  "left",
  "end",
  "right",
  "top",
  "bottom",
  "diagonal",
  "vertical",
  "horizontal",
];
const XF_CHILDREN = ["alignment", "protection", "extLst"];
const DXF_CHILDREN = ["font", "numFmt", "fill", "alignment", "protection", "border", "extLst"];
const PATTERN_FILL_CHILDREN = ["fgColor", "bgColor"];
const TABLE_CHILDREN = ["autoFilter", "sortState", "tableColumns", "tableStyleInfo", "extLst"];
const CELL_CHILDREN = ["f", "v", "is", "extLst"];

const CONTENT_TYPE_OF_RELATIONSHIP: Record<string, RegExp> = {
  worksheet: /spreadsheetml\.worksheet\+xml$/,
  styles: /spreadsheetml\.styles\+xml$/,
  sharedStrings: /spreadsheetml\.sharedStrings\+xml$/,
  table: /spreadsheetml\.table\+xml$/,
  calcChain: /spreadsheetml\.calcChain\+xml$/,
  chartsheet: /spreadsheetml\.chartsheet\+xml$/,
  officeDocument:
    /(spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml)$/,
};

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const parser = new new JSDOM("").window.DOMParser();

type Range = CellRange;

/** "C5" → zero-based row and column; undefined when not an address Excel has (beyond XFD1048576 too). */
function cellAt(ref: string): { row: number; col: number } | undefined {
  const at = parseA1(ref);
  return at && at.row < MAX_ROW && at.col < MAX_COL && at.row >= 0 ? at : undefined;
}

function rangeOf(ref: string): Range | undefined {
  const range = parseRangeA1(ref);
  return range && cellAt(a1(range.bottom, range.right)) && range.top >= 0 ? range : undefined;
}

function overlap(a: Range, b: Range): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function covers(outer: Range, inner: Range): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function resolve(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const step of target.replace(/^\/+/, "").split("/")) {
    if (step === "..") base.pop();
    else if (step !== "." && step !== "") base.push(step);
  }
  return base.join("/");
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Child elements of an element. */
function children(el: Element): Element[] {
  return Array.from(el.children);
}

/** The children of the element's own namespace (other writers' extensions, mc:AlternateContent, are not ordered). */
function ownChildren(el: Element): Element[] {
  return children(el).filter((c) => c.namespaceURI === el.namespaceURI);
}

function child(el: Element, local: string): Element | undefined {
  return ownChildren(el).find((c) => c.localName === local);
}

/** An attribute in a relationships namespace (r:id, transitional or strict), by local name. */
function relAttr(el: Element, local: string): string | undefined {
  for (const attr of Array.from(el.attributes))
    if (attr.localName === local && attr.namespaceURI !== null && /relationships$/.test(attr.namespaceURI))
      return attr.value;
  return undefined;
}

function int(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

interface Rel {
  id: string;
  type: string;
  part: string;
  external: boolean;
}

class Checker {
  readonly problems: string[] = [];
  private readonly docs = new Map<string, Document | null>();
  private readonly texts = new Map<string, string>();
  private readonly lower: Map<string, string>;

  constructor(readonly all: Record<string, Uint8Array>) {
    this.lower = new Map(Object.keys(all).map((n) => [n.toLowerCase(), n]));
  }

  problem(part: string, kind: ProblemClass, detail: string): void {
    this.problems.push(`${part}: ${kind}: ${detail}`);
  }

  has(part: string): boolean {
    return this.lower.has(part.toLowerCase());
  }

  text(part: string): string | undefined {
    const name = this.lower.get(part.toLowerCase());
    if (name === undefined) return undefined;
    let text = this.texts.get(name);
    if (text === undefined) this.texts.set(name, (text = strFromU8(this.all[name])));
    return text;
  }

  /** The part parsed (null when it is not well-formed: said once). */
  doc(part: string): Document | null {
    const name = this.lower.get(part.toLowerCase());
    if (name === undefined) return null;
    if (this.docs.has(name)) return this.docs.get(name) as Document | null;
    const text = (this.text(name) as string).replace(/^\uFEFF/, "");
    const doc = parser.parseFromString(text, "application/xml");
    const ok = doc.getElementsByTagName("parsererror").length === 0;
    if (!ok) this.problem(name, "not-well-formed", "the XML does not parse");
    this.docs.set(name, ok ? doc : null);
    return ok ? doc : null;
  }

  rels(part: string): Rel[] {
    const doc = this.doc(relsOf(part));
    if (!doc) return [];
    return Array.from(doc.documentElement.children)
      .filter((e) => e.localName === "Relationship")
      .map((e) => ({
        id: e.getAttribute("Id") ?? "",
        type: e.getAttribute("Type") ?? "",
        external: e.getAttribute("TargetMode") === "External",
        part: resolve(part, e.getAttribute("Target") ?? ""),
      }));
  }

  contentTypeOf(part: string): string | undefined {
    const doc = this.doc("[Content_Types].xml");
    if (!doc) return undefined;
    for (const e of Array.from(doc.documentElement.children))
      if (
        e.localName === "Override" &&
        (e.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()
      )
        return e.getAttribute("ContentType") ?? undefined;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    for (const e of Array.from(doc.documentElement.children))
      if (e.localName === "Default" && (e.getAttribute("Extension") ?? "").toLowerCase() === ext)
        return e.getAttribute("ContentType") ?? undefined;
    return undefined;
  }
}

/** Order of children against the schema's sequence; repeats of a child that does not repeat. */
function checkOrder(
  c: Checker,
  part: string,
  el: Element,
  sequence: string[],
  repeating = new Set<string>(),
): void {
  let last = -1;
  let lastName = "";
  for (const ch of ownChildren(el)) {
    const at = sequence.indexOf(ch.localName);
    if (at < 0) {
      c.problem(part, "child-order", `<${ch.localName}> is no child of <${el.localName}>`);
      continue;
    }
    if (at < last)
      c.problem(part, "child-order", `<${ch.localName}> after <${lastName}> in <${el.localName}>`);
    else if (at === last && !repeating.has(ch.localName))
      c.problem(part, "child-order", `a second <${ch.localName}> in <${el.localName}>`);
    if (at >= last) {
      last = at;
      lastName = ch.localName;
    }
  }
}

/** An element's `count` attribute, where it has one, equals its children. */
function checkCount(c: Checker, part: string, el: Element | undefined, of = "count"): void {
  if (!el || !el.hasAttribute(of)) return;
  const n = ownChildren(el).length;
  if (int(el.getAttribute(of)) !== n)
    c.problem(part, "count", `<${el.localName} ${of}="${el.getAttribute(of)}"> holds ${n}`);
}

function checkPackage(c: Checker): void {
  const types = c.doc("[Content_Types].xml");
  if (!types) return;
  for (const e of Array.from(types.documentElement.children)) {
    if (e.localName !== "Override") continue;
    const part = (e.getAttribute("PartName") ?? "").replace(/^\//, "");
    if (!c.has(part))
      c.problem("[Content_Types].xml", "content-type", `an override of ${part}, which is not there`);
  }
  for (const name of Object.keys(c.all)) {
    if (name === "[Content_Types].xml") continue;
    if (c.contentTypeOf(name) === undefined) c.problem(name, "content-type", "no content type");
    if (/\.(xml|rels|vml)$/i.test(name)) c.doc(name);
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const ids = new Set<string>();
    for (const rel of c.rels(source)) {
      if (ids.has(rel.id)) c.problem(name, "relationship", `a second relationship ${rel.id}`);
      ids.add(rel.id);
      if (rel.external) continue;
      if (!c.has(rel.part)) {
        c.problem(name, "relationship", `${rel.id} points at ${rel.part}, which is not there`);
        continue;
      }
      const kind = rel.type.slice(rel.type.lastIndexOf("/") + 1);
      const expected = CONTENT_TYPE_OF_RELATIONSHIP[kind];
      const type = c.contentTypeOf(rel.part);
      if (expected && !(type && expected.test(type)))
        c.problem(
          "[Content_Types].xml",
          "content-type",
          `${rel.part} (a ${kind}) is typed ${type ?? "nothing"}`,
        );
    }
  }
}

interface SheetInfo {
  name: string;
  sheetId: number;
  state: string;
  part?: string;
  kind: string;
}

/** What a worksheet holds that other parts are checked against: its cells with formulas, its cells' texts. */
interface WorksheetFacts {
  formulas: Set<string>;
  texts: Map<string, string>;
  /** What each cell holds: "text", "number", "formula", … */
  kinds: Map<string, string>;
  /** Each formula's text, by cell. */
  formulaTexts: Map<string, string>;
}

function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return `«${name}» has ${name.length} characters (1–31)`;
  if (/[[\]:*?/\\]/.test(name)) return `«${name}» holds one of []:*?/\\`;
  if (name.startsWith("'") || name.endsWith("'")) return `«${name}» begins or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return "«History» is Excel's own";
  return undefined;
}

/** The sheets a defined name's formula refers to ('Kế hoạch'!$A$1, Sheet1!A1), external ones ([1]…) left out. */
function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of text.matchAll(
    /(\[\d+\])?'((?:[^']|'')+)'!|(?<![\w.\]'])(\[\d+\])?([^\s'!(),:;=+\-*/&^<>"[\]{}]+)!/g,
  )) {
    if (m[1] || m[3]) continue;
    const name = m[2] !== undefined ? m[2].replace(/''/g, "'") : m[4];
    // A range of sheets (Sheet1:Sheet3!A1) names both.
    for (const one of name.split(":")) out.push(one);
  }
  return out;
}

function checkWorkbook(c: Checker): { sheets: SheetInfo[]; workbook: string } | undefined {
  const root = c.rels("").find((r) => r.type.endsWith("/officeDocument"));
  const workbook = root?.part ?? "xl/workbook.xml";
  const doc = c.doc(workbook);
  if (!doc) return undefined;
  const wb = doc.documentElement;
  checkOrder(c, workbook, wb, WORKBOOK_CHILDREN);
  const rels = new Map(c.rels(workbook).map((r) => [r.id, r]));
  const sheets: SheetInfo[] = [];
  const seenNames = new Set<string>();
  const seenIds = new Set<number>();
  for (const s of children(child(wb, "sheets") ?? wb).filter((e) => e.localName === "sheet")) {
    const name = s.getAttribute("name") ?? "";
    const bad = sheetNameProblem(name);
    if (bad) c.problem(workbook, "sheet-name", bad);
    const key = name.toLocaleLowerCase("vi");
    if (seenNames.has(key))
      c.problem(workbook, "sheet-name", `«${name}» twice (names are compared ignoring case)`);
    seenNames.add(key);
    const sheetId = int(s.getAttribute("sheetId"));
    if (sheetId === undefined || sheetId < 1 || seenIds.has(sheetId))
      c.problem(workbook, "sheet-name", `«${name}» has sheetId ${s.getAttribute("sheetId")}`);
    if (sheetId !== undefined) seenIds.add(sheetId);
    const id = relAttr(s, "id");
    const rel = id === undefined ? undefined : rels.get(id);
    if (!rel) c.problem(workbook, "relationship", `sheet «${name}» has no relationship ${id ?? ""}`);
    sheets.push({
      name,
      sheetId: sheetId ?? 0,
      state: s.getAttribute("state") ?? "visible",
      ...(rel && !rel.external ? { part: rel.part } : {}),
      kind: rel ? rel.type.slice(rel.type.lastIndexOf("/") + 1) : "",
    });
  }
  if (sheets.length > 0 && sheets.every((s) => s.state !== "visible"))
    c.problem(workbook, "book-view", "no sheet is visible");
  for (const view of children(child(wb, "bookViews") ?? wb).filter((e) => e.localName === "workbookView")) {
    const active = int(view.getAttribute("activeTab") ?? "0") ?? -1;
    const first = int(view.getAttribute("firstSheet") ?? "0") ?? -1;
    if (active < 0 || active >= sheets.length)
      c.problem(workbook, "book-view", `activeTab ${active} of ${sheets.length} sheets`);
    else if (sheets[active].state !== "visible")
      c.problem(workbook, "book-view", `the active tab «${sheets[active].name}» is ${sheets[active].state}`);
    if (first < 0 || first >= sheets.length)
      c.problem(workbook, "book-view", `firstSheet ${first} of ${sheets.length} sheets`);
  }
  const names = new Set<string>();
  const known = new Set(sheets.map((s) => s.name.toLocaleLowerCase("vi")));
  for (const d of children(child(wb, "definedNames") ?? wb).filter((e) => e.localName === "definedName")) {
    const name = d.getAttribute("name") ?? "";
    const local = d.getAttribute("localSheetId");
    const scope = local === null ? "" : local;
    if (local !== null) {
      const at = int(local);
      if (at === undefined || at >= sheets.length)
        c.problem(workbook, "defined-name", `${name} is scoped to sheet ${local} of ${sheets.length}`);
    } else if (/^_xlnm\.(Print_Titles|Print_Area)$/i.test(name))
      c.problem(workbook, "defined-name", `${name} is scoped to no sheet`);
    const key = `${name.toLowerCase()}@${scope}`;
    if (names.has(key)) c.problem(workbook, "defined-name", `${name} twice in scope ${scope || "workbook"}`);
    names.add(key);
    for (const sheet of referencedSheets(d.textContent ?? ""))
      if (!known.has(sheet.toLocaleLowerCase("vi")))
        c.problem(
          workbook,
          "defined-name",
          `${name} refers to a sheet «${sheet}» the workbook does not have`,
        );
    if (/^_xlnm\.Print_Titles$/i.test(name) && local !== null) {
      const own = sheets[int(local) ?? -1]?.name.toLocaleLowerCase("vi");
      for (const sheet of referencedSheets(d.textContent ?? ""))
        if (own !== undefined && sheet.toLocaleLowerCase("vi") !== own)
          c.problem(workbook, "defined-name", `${name} of sheet ${local} names «${sheet}»`);
    }
  }
  return { sheets, workbook };
}

function checkStyles(c: Checker, workbook: string): { cellXfs: number } | undefined {
  const rel = c.rels(workbook).find((r) => r.type.endsWith("/styles"));
  if (!rel) return undefined;
  const doc = c.doc(rel.part);
  if (!doc) return undefined;
  const ss = doc.documentElement;
  const part = rel.part;
  checkOrder(c, part, ss, STYLESHEET_CHILDREN);
  // Every list up to the differential formats says how many it holds.
  for (const name of STYLESHEET_CHILDREN.slice(0, STYLESHEET_CHILDREN.indexOf("dxfs") + 1))
    checkCount(c, part, child(ss, name));
  const n = (name: string) => ownChildren(child(ss, name) ?? doc.createElement("none")).length;
  const formats = new Set<number>();
  for (const f of ownChildren(child(ss, "numFmts") ?? doc.createElement("none"))) {
    const id = int(f.getAttribute("numFmtId"));
    if (id === undefined || formats.has(id))
      c.problem(part, "style-index", `numFmtId ${f.getAttribute("numFmtId")} twice or not a number`);
    if (id !== undefined) formats.add(id);
  }
  const styleXfs = n("cellStyleXfs");
  const items = (list: string) => ownChildren(child(ss, list) ?? doc.createElement("none"));
  for (const border of items("borders")) checkOrder(c, part, border, BORDER_CHILDREN);
  for (const xf of [...items("cellXfs"), ...items("cellStyleXfs")]) checkOrder(c, part, xf, XF_CHILDREN);
  for (const dxf of items("dxfs")) checkOrder(c, part, dxf, DXF_CHILDREN);
  for (const fill of [
    ...items("fills"),
    ...items("dxfs").flatMap((d) => ownChildren(d).filter((e) => e.localName === "fill")),
  ])
    for (const pattern of ownChildren(fill).filter((e) => e.localName === "patternFill"))
      checkOrder(c, part, pattern, PATTERN_FILL_CHILDREN);
  for (const [list, withParent] of [
    ["cellXfs", true],
    ["cellStyleXfs", false],
  ] as const) {
    ownChildren(child(ss, list) ?? doc.createElement("none")).forEach((xf, i) => {
      for (const [attr, of] of [
        ["fontId", "fonts"],
        ["fillId", "fills"],
        ["borderId", "borders"],
      ] as const) {
        const v = int(xf.getAttribute(attr) ?? "0");
        if (v === undefined || v >= n(of))
          c.problem(part, "style-index", `${list}[${i}] ${attr}=${xf.getAttribute(attr)} of ${n(of)} ${of}`);
      }
      const fmt = int(xf.getAttribute("numFmtId") ?? "0");
      if (fmt === undefined || (fmt >= 164 && !formats.has(fmt)))
        c.problem(
          part,
          "style-index",
          `${list}[${i}] numFmtId=${xf.getAttribute("numFmtId")} is not defined`,
        );
      if (withParent && xf.hasAttribute("xfId")) {
        const parent = int(xf.getAttribute("xfId"));
        if (parent === undefined || parent >= styleXfs)
          c.problem(
            part,
            "style-index",
            `cellXfs[${i}] xfId=${xf.getAttribute("xfId")} of ${styleXfs} cellStyleXfs`,
          );
      }
    });
  }
  return { cellXfs: n("cellXfs") };
}

function checkSharedStrings(c: Checker, workbook: string): string[] {
  const rel = c.rels(workbook).find((r) => r.type.endsWith("/sharedStrings"));
  const doc = rel && c.doc(rel.part);
  if (!rel || !doc) return [];
  const sst = doc.documentElement;
  const items = ownChildren(sst).filter((e) => e.localName === "si").length;
  if (sst.hasAttribute("uniqueCount") && int(sst.getAttribute("uniqueCount")) !== items)
    c.problem(rel.part, "count", `uniqueCount="${sst.getAttribute("uniqueCount")}" of ${items} strings`);
  return sharedStringTexts(c, workbook);
}

/** A cell's text as Excel shows it in a table's header (shared, inline, or a formula's text). */
function cellText(cell: Element, strings: string[]): string | undefined {
  const t = cell.getAttribute("t") ?? "n";
  const v = child(cell, "v")?.textContent ?? undefined;
  if (t === "s") return v === undefined ? undefined : strings[Number(v)];
  if (t === "inlineStr") {
    const is = child(cell, "is");
    if (!is) return undefined;
    return Array.from(is.getElementsByTagNameNS(cell.namespaceURI, "t"))
      .filter((e) => e.parentElement?.localName !== "rPh")
      .map((e) => e.textContent ?? "")
      .join("");
  }
  return v;
}

function sharedStringTexts(c: Checker, workbook: string): string[] {
  const rel = c.rels(workbook).find((r) => r.type.endsWith("/sharedStrings"));
  const doc = rel && c.doc(rel.part);
  if (!doc) return [];
  return ownChildren(doc.documentElement)
    .filter((e) => e.localName === "si")
    .map((si) =>
      Array.from(si.getElementsByTagNameNS(si.namespaceURI, "t"))
        .filter((e) => e.parentElement?.localName !== "rPh")
        .map((e) => e.textContent ?? "")
        .join(""),
    );
}

function checkWorksheet(
  c: Checker,
  part: string,
  context: { cellXfs: number | undefined; strings: string[] },
): WorksheetFacts | undefined {
  const doc = c.doc(part);
  if (!doc) return undefined;
  const ws = doc.documentElement;
  checkOrder(c, part, ws, WORKSHEET_CHILDREN, REPEATING);
  const facts: WorksheetFacts = {
    formulas: new Set(),
    texts: new Map(),
    kinds: new Map(),
    formulaTexts: new Map(),
  };
  const styleOk = (s: string | null) =>
    s === null || context.cellXfs === undefined || (int(s) ?? Infinity) < context.cellXfs;
  let lastMax = 0;
  for (const col of ownChildren(child(ws, "cols") ?? ws).filter((e) => e.localName === "col")) {
    if (!styleOk(col.getAttribute("style")))
      c.problem(part, "style-index", `column ${col.getAttribute("min")} style ${col.getAttribute("style")}`);
    // Columns are described in order, none twice (Excel repairs overlapping <col> ranges).
    const [min, max] = [int(col.getAttribute("min")) ?? 0, int(col.getAttribute("max")) ?? 0];
    if (min < 1 || max < min || max > MAX_COL || min <= lastMax)
      c.problem(part, "child-order", `<col min="${min}" max="${max}"> after a column ending at ${lastMax}`);
    lastMax = Math.max(lastMax, max);
  }
  for (const view of ownChildren(child(ws, "sheetViews") ?? ws).filter((e) => e.localName === "sheetView"))
    checkOrder(c, part, view, SHEET_VIEW_CHILDREN, new Set(["selection", "pivotSelection"]));
  const data = child(ws, "sheetData");
  let used: Range | undefined;
  const masters = new Map<string, Range>();
  const dependants: { si: string; ref: string; at: { row: number; col: number } }[] = [];
  /** Array formulas and data tables (their ranges and masters), and the other cells holding a formula. */
  const arrays: { range: Range; master: string }[] = [];
  const formulaCells: { name: string; at: { row: number; col: number } }[] = [];
  let lastRow = -1;
  for (const row of data ? ownChildren(data) : []) {
    if (row.localName !== "row") {
      c.problem(part, "child-order", `<${row.localName}> in <sheetData>`);
      continue;
    }
    const rText = row.getAttribute("r");
    const r = rText === null ? lastRow + 1 : (int(rText) ?? 0) - 1;
    if (r < 0 || r >= MAX_ROW) c.problem(part, "row-order", `row r="${rText}"`);
    else if (r <= lastRow) c.problem(part, "row-order", `row ${r + 1} after row ${lastRow + 1}`);
    lastRow = Math.max(lastRow, r);
    if (!styleOk(row.getAttribute("s")))
      c.problem(part, "style-index", `row ${r + 1} s=${row.getAttribute("s")}`);
    let lastCol = -1;
    for (const cell of ownChildren(row)) {
      if (cell.localName !== "c") {
        if (cell.localName !== "extLst")
          c.problem(part, "child-order", `<${cell.localName}> in row ${r + 1}`);
        continue;
      }
      const ref = cell.getAttribute("r");
      const at = ref === null ? { row: r, col: lastCol + 1 } : cellAt(ref);
      if (!at) {
        c.problem(part, "cell-row", `cell r="${ref}" in row ${r + 1}`);
        continue;
      }
      const name = a1(at.row, at.col);
      if (at.row !== r) c.problem(part, "cell-row", `${name} in row ${r + 1}`);
      if (at.col === lastCol) c.problem(part, "cell-order", `${name} twice`);
      else if (at.col < lastCol) c.problem(part, "cell-order", `${name} after ${a1(r, lastCol)}`);
      lastCol = Math.max(lastCol, at.col);
      used = used
        ? {
            top: Math.min(used.top, at.row),
            left: Math.min(used.left, at.col),
            bottom: Math.max(used.bottom, at.row),
            right: Math.max(used.right, at.col),
          }
        : { top: at.row, left: at.col, bottom: at.row, right: at.col };
      if (!styleOk(cell.getAttribute("s")))
        c.problem(part, "style-index", `${name} s=${cell.getAttribute("s")} of ${context.cellXfs} cellXfs`);
      checkOrder(c, part, cell, CELL_CHILDREN);
      checkCellValue(c, part, cell, name, context.strings.length);
      const f = child(cell, "f");
      if (f) {
        facts.formulas.add(name);
        if (f.textContent) facts.formulaTexts.set(name, f.textContent);
        const t = f.getAttribute("t") ?? "normal";
        const fref = f.getAttribute("ref");
        if (t === "array" || t === "dataTable") {
          const range = fref ? rangeOf(fref) : undefined;
          if (!range) c.problem(part, "array-formula", `${name}: a ${t} formula without its range`);
          else arrays.push({ range, master: name });
        } else formulaCells.push({ name, at });
        if (t === "shared") {
          const si = f.getAttribute("si") ?? "";
          if ((f.textContent ?? "") !== "" && fref) {
            const range = rangeOf(fref);
            if (!range || !covers(range, { top: at.row, left: at.col, bottom: at.row, right: at.col }))
              c.problem(part, "shared-formula", `${name}: the master of ${si} outside its range ${fref}`);
            else masters.set(si, range);
          } else if ((f.textContent ?? "") === "") dependants.push({ si, ref: name, at });
        }
      }
      const type = cell.getAttribute("t") ?? "n";
      facts.kinds.set(
        name,
        f
          ? "formula"
          : type === "s" || type === "inlineStr" || type === "str"
            ? "text"
            : type === "n"
              ? "number"
              : type,
      );
      const text = cellText(cell, context.strings);
      if (text !== undefined) facts.texts.set(name, text);
    }
  }
  for (const d of dependants) {
    const range = masters.get(d.si);
    if (!range)
      c.problem(part, "shared-formula", `${d.ref} points at shared formula ${d.si}, which has no master`);
    else if (!covers(range, { top: d.at.row, left: d.at.col, bottom: d.at.row, right: d.at.col }))
      c.problem(part, "shared-formula", `${d.ref} lies outside shared formula ${d.si}'s range`);
  }
  // A cell of an array's range other than its master holds only a result (Excel: «You can't change part of an
  // array»).
  for (const { name, at } of formulaCells)
    for (const a of arrays)
      if (covers(a.range, { top: at.row, left: at.col, bottom: at.row, right: at.col }))
        c.problem(part, "array-formula", `${name} holds a formula inside ${a.master}'s array`);
  const dimension = child(ws, "dimension")?.getAttribute("ref");
  if (dimension !== undefined && dimension !== null && used) {
    const range = rangeOf(dimension);
    if (!range || !covers(range, used))
      c.problem(
        part,
        "dimension",
        `<dimension ref="${dimension}"> does not cover ${a1(used.top, used.left)}:${a1(used.bottom, used.right)}`,
      );
  }
  const merges = child(ws, "mergeCells");
  checkCount(c, part, merges);
  const mergeRanges: Range[] = [];
  for (const m of merges ? ownChildren(merges) : []) {
    const ref = m.getAttribute("ref") ?? "";
    const range = rangeOf(ref);
    if (!range || (range.top === range.bottom && range.left === range.right)) {
      c.problem(part, "merge", `merge ${ref}`);
      continue;
    }
    if (mergeRanges.some((o) => overlap(o, range))) c.problem(part, "merge", `merge ${ref} overlaps another`);
    mergeRanges.push(range);
  }
  const tableParts = child(ws, "tableParts");
  checkCount(c, part, tableParts);
  const rels = new Map(c.rels(part).map((r) => [r.id, r]));
  for (const el of ws.getElementsByTagName("*")) {
    const id = relAttr(el, "id");
    if (id !== undefined && !rels.has(id) && el.namespaceURI === ws.namespaceURI)
      c.problem(part, "relationship", `<${el.localName}> names ${id}, which the part's relationships lack`);
  }
  for (const tp of tableParts ? ownChildren(tableParts) : []) {
    const rel = rels.get(relAttr(tp, "id") ?? "");
    if (!rel || !rel.type.endsWith("/table")) {
      c.problem(part, "table", `<tablePart> names no table`);
      continue;
    }
    const range = checkTable(c, rel.part, facts, part);
    if (range && mergeRanges.some((m) => overlap(m, range)))
      c.problem(part, "merge", `a merge overlaps the table ${rel.part}`);
  }
  return facts;
}

function checkCellValue(c: Checker, part: string, cell: Element, name: string, strings: number): void {
  const t = cell.getAttribute("t") ?? "n";
  const vEl = child(cell, "v");
  const v = vEl?.textContent ?? undefined;
  const bad = (why: string) => c.problem(part, "cell-value", `${name} t="${t}" ${why}`);
  switch (t) {
    case "n":
      // A formula without its cached result may hold an empty <v/> (openpyxl writes it; Excel computes it).
      if (v !== undefined && !NUMBER.test(v.trim()) && !(v === "" && child(cell, "f")))
        bad(`holds «${v}», not a number`);
      break;
    case "s": {
      if (v === undefined) break;
      const i = int(v);
      if (i === undefined) bad(`holds «${v}», not a string index`);
      else if (i >= strings) c.problem(part, "shared-string", `${name} names string ${i} of ${strings}`);
      break;
    }
    case "b":
      if (v !== undefined && !/^\s*(0|1)\s*$/.test(v)) bad(`holds «${v}», not 0 or 1`);
      break;
    case "e":
      if (v !== undefined && !ERRORS.has(v.trim()) && !child(cell, "f")) bad(`holds «${v}», not an error`);
      break;
    case "inlineStr":
      if (!child(cell, "is") && !child(cell, "f")) bad("has no <is>");
      break;
    case "str":
    case "d":
      break;
    default:
      bad("is no type");
  }
  if (t !== "inlineStr" && child(cell, "is")) bad("holds an <is>");
}

/** A table part: its sequence and counts; its header cells equal its columns' names. Returns its range. */
function checkTable(c: Checker, part: string, facts: WorksheetFacts, sheetPart: string): Range | undefined {
  const doc = c.doc(part);
  if (!doc) return undefined;
  const table = doc.documentElement;
  checkOrder(c, part, table, TABLE_CHILDREN);
  const ref = table.getAttribute("ref") ?? "";
  const range = rangeOf(ref);
  if (!range) {
    c.problem(part, "table", `ref="${ref}"`);
    return undefined;
  }
  const columns = child(table, "tableColumns");
  checkCount(c, part, columns);
  const cols = columns ? ownChildren(columns) : [];
  if (cols.length !== range.right - range.left + 1)
    c.problem(part, "table", `${cols.length} columns for ${ref}`);
  const seen = new Set<string>();
  const ids = new Set<string>();
  const headers = table.getAttribute("headerRowCount") !== "0";
  cols.forEach((col, i) => {
    const name = col.getAttribute("name") ?? "";
    const key = name.toLowerCase();
    if (name === "" || seen.has(key)) c.problem(part, "table", `column name «${name}» empty or twice`);
    // Excel writes a line break or tab in a column's name as _x000a_, _x0009_: written as such (raw or as a
    // character reference), tools have had Excel repair their tables.
    if (/[\t\n\r]/.test(name))
      c.problem(
        part,
        "table",
        `column name «${JSON.stringify(name).slice(1, -1)}» holds a line break or tab as such`,
      );
    seen.add(key);
    const id = col.getAttribute("id") ?? "";
    if (ids.has(id)) c.problem(part, "table", `column id ${id} twice`);
    ids.add(id);
    if (!headers) return;
    const at = a1(range.top, range.left + i);
    const text = facts.texts.get(at);
    // Excel keeps a table's header cells as text: a number or a formula there is a table it repairs.
    const kind = facts.kinds.get(at);
    if (kind !== undefined && kind !== "text")
      c.problem(part, "table", `header ${at} of ${sheetPart} holds a ${kind}, not a text`);
    // Excel writes a line break in a column's name as _x000a_.
    const shown = name.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) =>
      String.fromCharCode(parseInt(h, 16)),
    );
    if (text !== shown)
      c.problem(part, "table", `header ${at} of ${sheetPart} reads «${text ?? ""}», the column is «${name}»`);
  });
  const filter = child(table, "autoFilter")?.getAttribute("ref");
  if (filter) {
    const f = rangeOf(filter);
    if (!f || !covers(range, f)) c.problem(part, "table", `autoFilter ${filter} outside ${ref}`);
  }
  return range;
}

/** docProps/app.xml: the vectors' sizes, the headings' counts, and the worksheets' group listing the worksheets. */
function checkAppProps(c: Checker, sheets: SheetInfo[]): void {
  const rel = c.rels("").find((r) => /extended-?properties$/i.test(r.type));
  const doc = rel && c.doc(rel.part);
  if (!rel || !doc) return;
  const part = rel.part;
  const vectorOf = (local: string) => {
    const holder = Array.from(doc.documentElement.children).find((e) => e.localName === local);
    return holder && Array.from(holder.children).find((e) => e.localName === "vector");
  };
  const pairs = vectorOf("HeadingPairs");
  const titles = vectorOf("TitlesOfParts");
  for (const v of [pairs, titles]) {
    if (v && int(v.getAttribute("size")) !== v.children.length)
      c.problem(part, "app-props", `<vector size="${v.getAttribute("size")}"> holds ${v.children.length}`);
  }
  if (!pairs || !titles) return;
  const variants = Array.from(pairs.children);
  let total = 0;
  let worksheets: { from: number; count: number } | undefined;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const heading = variants[i].textContent ?? "";
    const count = int(variants[i + 1].textContent) ?? 0;
    if (heading === "Worksheets") worksheets = { from: total, count };
    total += count;
  }
  if (total !== titles.children.length)
    c.problem(part, "app-props", `the headings count ${total} titles, ${titles.children.length} are listed`);
  if (worksheets) {
    const listed = Array.from(titles.children)
      .slice(worksheets.from, worksheets.from + worksheets.count)
      .map((e) => e.textContent ?? "");
    const actual = sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
    if (listed.join("\n") !== actual.join("\n"))
      c.problem(
        part,
        "app-props",
        `Worksheets lists «${listed.join("», «")}», the workbook has «${actual.join("», «")}»`,
      );
  }
}

function checkCalcChain(
  c: Checker,
  workbook: string,
  sheets: SheetInfo[],
  facts: Map<string, WorksheetFacts>,
): void {
  const rel = c.rels(workbook).find((r) => r.type.endsWith("/calcChain"));
  const doc = rel && c.doc(rel.part);
  if (!rel || !doc) return;
  const byId = new Map(sheets.map((s) => [s.sheetId, s]));
  let sheetId: number | undefined;
  for (const e of ownChildren(doc.documentElement)) {
    if (e.localName !== "c") continue;
    if (e.hasAttribute("i")) sheetId = int(e.getAttribute("i"));
    const sheet = sheetId === undefined ? undefined : byId.get(sheetId);
    const ref = e.getAttribute("r") ?? "";
    const held = sheet?.part ? facts.get(sheet.part) : undefined;
    if (!sheet) c.problem(rel.part, "calc-chain", `${ref} of sheet ${sheetId}, which the workbook lacks`);
    else if (held && !held.formulas.has(ref))
      c.problem(rel.part, "calc-chain", `${sheet.name}!${ref} holds no formula`);
  }
}

/** The columns of every table of the workbook, by its display name (lower case). */
function tableColumns(c: Checker, sheets: SheetInfo[]): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  for (const sheet of sheets) {
    if (!sheet.part) continue;
    for (const rel of c.rels(sheet.part).filter((r) => r.type.endsWith("/table"))) {
      const table = c.doc(rel.part)?.documentElement;
      if (!table) continue;
      const name = (table.getAttribute("displayName") ?? table.getAttribute("name") ?? "").toLowerCase();
      const columns = ownChildren(child(table, "tableColumns") ?? table).map((col) =>
        (col.getAttribute("name") ?? "")
          .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
          .toLowerCase(),
      );
      tables.set(name, new Set(columns));
    }
  }
  return tables;
}

/** The columns a formula names in structured references (`Bang1[Cột]`, `Bang1[[#This Row],[Cột]]`), by table. */
function structuredColumns(formula: string): [table: string, column: string][] {
  const out: [string, string][] = [];
  const text = formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'!/g, '""');
  for (const m of text.matchAll(/([\p{L}_\\][\p{L}\p{N}_.\\]*)\[/gu)) {
    let depth = 0;
    let end = m.index + m[1].length;
    for (let i = end; i < text.length; i++) {
      if (text[i] === "'") i++;
      else if (text[i] === "[") depth++;
      else if (text[i] === "]" && --depth === 0) {
        end = i;
        break;
      }
    }
    const inner = text.slice(m.index + m[1].length + 1, end);
    const names = inner.includes("[")
      ? [...inner.matchAll(/\[((?:'.|[^\]'])*)\]/g)].map((g) => g[1])
      : [inner];
    for (const raw of names) {
      const name = raw.replace(/^@/, "").replace(/'(.)/g, "$1");
      if (name !== "" && !name.startsWith("#")) out.push([m[1].toLowerCase(), name.toLowerCase()]);
    }
  }
  return out;
}

/** Every formula naming a table's column names one the table has (Excel removes the formula otherwise). */
function checkStructuredReferences(
  c: Checker,
  workbook: string,
  sheets: SheetInfo[],
  facts: Map<string, WorksheetFacts>,
): void {
  const tables = tableColumns(c, sheets);
  if (tables.size === 0) return;
  const check = (part: string, where: string, formula: string) => {
    for (const [table, column] of structuredColumns(formula)) {
      const columns = tables.get(table);
      if (columns && !columns.has(column))
        c.problem(part, "structured-ref", `${where} names column «${column}» of ${table}, which it lacks`);
    }
  };
  for (const sheet of sheets) {
    const held = sheet.part ? facts.get(sheet.part) : undefined;
    if (held) for (const [cell, formula] of held.formulaTexts) check(sheet.part as string, cell, formula);
  }
  const wb = c.doc(workbook)?.documentElement;
  for (const d of wb
    ? children(child(wb, "definedNames") ?? wb).filter((e) => e.localName === "definedName")
    : [])
    check(workbook, d.getAttribute("name") ?? "", d.textContent ?? "");
}

/** Every problem of the package, one line each (`part: class: detail`), in a stable order. */
export function strictProblems(bytes: Uint8Array): string[] {
  const all = unzipSync(bytes);
  for (const name of Object.keys(all)) if (name.endsWith("/")) delete all[name];
  const c = new Checker(all);
  checkPackage(c);
  const book = checkWorkbook(c);
  if (book) {
    const styles = checkStyles(c, book.workbook);
    const strings = checkSharedStrings(c, book.workbook);
    const facts = new Map<string, WorksheetFacts>();
    for (const sheet of book.sheets) {
      if (sheet.kind !== "worksheet" || !sheet.part || !c.has(sheet.part)) continue;
      const f = checkWorksheet(c, sheet.part, { cellXfs: styles?.cellXfs, strings });
      if (f) facts.set(sheet.part, f);
    }
    checkStructuredReferences(c, book.workbook, book.sheets, facts);
    checkAppProps(c, book.sheets);
    checkCalcChain(c, book.workbook, book.sheets, facts);
  }
  return [...new Set(c.problems)].sort();
}

/** The problems of `after` that `before` did not have: what an action brought in. */
export function addedProblems(before: Uint8Array, after: Uint8Array): string[] {
  const had = new Set(strictProblems(before));
  return strictProblems(after).filter((p) => !had.has(p));
}
