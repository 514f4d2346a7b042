/**
 * An .xlsx workbook held as its package: read sheet by sheet through the one reader (sheet.ts), written by editing
 * only the parts an action touches. Sheets read are not kept (one sheet's XML in memory at a time); a sheet an action
 * writes is kept as its edited text until the package is saved, and every part nothing wrote is saved as the very
 * bytes it came in. The workbook part, its relationships, the content types and the properties listing the sheets
 * (docProps/app.xml) change only when sheets are added, the workbook part also when their visibility or the active
 * tab change; the styles only by styles appended; a changed cell content drops the calculation chain and asks for
 * recalculation on opening, so no cached result is trusted stale.
 */
import type { SheetModel } from "../../core/model/sheet";
import type { SheetPlan } from "../../core/model/plan";
import { classifyBytes, MAX_WORKSHEET_BYTES, type LoadProblem } from "../load";
import { withWorksheetTitle } from "./app-props";
import { blankPackage, type DefaultFont } from "./new-workbook";
import { planBuild, printTitles, sheetXml, TRANSITIONAL, type SheetBuild } from "./new-sheet";
import { overlaid } from "./overlay";
import { addEdit, patchedText, patchSheetBytes, patchSheetPieces, type CellEdits } from "./patch";
import { ofType, Package, relsPart, type Relationship } from "./parts";
import { sheetProtection, type SheetProtection } from "./protection";
import {
  readSheetXml,
  type ReadSheetOptions,
  type RowSpans,
  type SheetContext,
  type SheetLayout,
} from "./sheet";
import { setSheetView, tabSelected } from "./sheet-view";
import {
  refusedHeader,
  withHeaderNames,
  withRenamedFormulas,
  type ColumnRename,
  type HeaderRefusal,
} from "./tables";
import { readSharedStrings } from "./strings";
import { StyleSheet } from "./styles";
import {
  addSheetElement,
  readWorkbookPart,
  relationshipNamespace,
  setActiveTab,
  setDefinedName,
  setFullCalcOnLoad,
  setSheetState,
  type SheetEntry,
} from "./workbook";
import { XmlError } from "./xml";
import { deflateEarly, ZipError } from "./zip";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The package is not a workbook we can read (a damaged or foreign file). */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

/** A zip or XML that cannot be read. */
export function isDamage(error: unknown): boolean {
  return error instanceof XmlError || error instanceof PackageError || error instanceof ZipError;
}

/**
 * A sheet's text as read, its bytes when ASCII, whether the reader found every row and cell addressed, and where it
 * found the rows (asked only of a document that may be written).
 */
interface SheetSource {
  part: string;
  xml: string;
  ascii?: Uint8Array;
  addressed?: boolean;
  rowSpans?: RowSpans;
}

export type OpenResult = { ok: true; document: XlsxDocument } | { ok: false; problem: LoadProblem };

export class XlsxDocument {
  private readonly pkg: Package;
  readonly workbookPart: string;
  private rels: Relationship[];
  private info: ReturnType<typeof readWorkbookPart>;
  private styleSheet: StyleSheet | undefined;
  private sharedStrings: string[] | undefined;
  private recalc = false;
  private macros: boolean | undefined;
  /**
   * The text of the sheet read last, kept until another is read: an action reads a sheet, then writes into it, and
   * a big sheet is then inflated and decoded once, not twice.
   */
  private lastRead: SheetSource | undefined;
  /**
   * The model of each sheet (by part) as last read, or as written since: a read after a write is the model read
   * before with the written cells put in as the reader reads them back (overlay.ts), not the part read again. Held
   * weakly once handed out (a page keeps no sheet's model between its actions); after a write, the overlay is made
   * only when the sheet is read again (a fill that reads nothing after writing pays nothing for it), and only if
   * the model before is still held by someone.
   */
  private readonly models = new Map<
    string,
    WeakRef<SheetModel> | { overlay: () => SheetModel | undefined }
  >();

  /** Each sheet's protection (by part), as read once. */
  private readonly protections = new Map<string, SheetProtection | undefined>();

  private constructor(
    bytes: Uint8Array,
    /** Only read (readPackage): a sheet's bytes are not kept beside its text for a patch. */
    private readonly readOnly = false,
  ) {
    this.pkg = new Package(bytes);
    const root = this.pkg.relationships("");
    this.workbookPart = root.find((r) => ofType(r, "officeDocument"))?.part ?? "xl/workbook.xml";
    const xml = this.pkg.text(this.workbookPart);
    if (xml === undefined) throw new PackageError("No workbook part");
    this.rels = this.pkg.relationships(this.workbookPart);
    this.info = readWorkbookPart(xml, this.rels);
  }

  /**
   * Opens .xlsx bytes, or says why they cannot be opened. Only damage is a problem; any other error is thrown.
   * `readOnly`: the document is only read (no sheet's bytes kept for a patch).
   */
  static open(bytes: Uint8Array, options: { readOnly?: boolean } = {}): OpenResult {
    const problem = classifyBytes(bytes);
    if (problem) return { ok: false, problem };
    try {
      const document = new XlsxDocument(bytes, options.readOnly);
      if (document.worksheets.length === 0) throw new PackageError("No worksheet");
      if (document.worksheetBytes > MAX_WORKSHEET_BYTES) return { ok: false, problem: "too-large" };
      return { ok: true, document };
    } catch (error) {
      if (isDamage(error)) return { ok: false, problem: "corrupt" };
      throw error;
    }
  }

  /** A new workbook: the parts every workbook has, and no sheet yet (add some before saving). */
  static blank(defaultFont?: DefaultFont): XlsxDocument {
    return new XlsxDocument(blankPackage(defaultFont));
  }

  /** A new workbook holding the planned sheets, in order (with `defaultFont` as its default font when given). */
  static fromPlans(plans: readonly SheetPlan[], defaultFont?: DefaultFont): XlsxDocument {
    const document = XlsxDocument.blank(defaultFont);
    for (const plan of plans) document.addPlannedSheet(plan);
    return document;
  }

  /** Every sheet of the workbook in order, chart sheets included (their part is undefined). */
  get sheets(): readonly SheetEntry[] {
    return this.info.sheets;
  }

  /** The worksheets whose part is in the package. */
  get worksheets(): SheetEntry[] {
    return this.info.sheets.filter((s) => s.part !== undefined && this.pkg.has(s.part));
  }

  /** The worksheets' XML, uncompressed, as the zip directory declares it. */
  get worksheetBytes(): number {
    let total = 0;
    for (const entry of this.worksheets) total += this.pkg.declaredSize(entry.part as string);
    return total;
  }

  get activeTab(): number | undefined {
    return this.info.activeTab;
  }

  /** A workbook with macros (.xlsm): its workbook part's content type says so, and is kept. */
  /** The workbook's structure is protected: Excel adds, removes, renames, hides and shows no sheet. */
  get structureLocked(): boolean {
    return this.info.structureLocked;
  }

  /** The sheet's protection, or undefined when it is not protected (a chart sheet is not read). */
  sheetProtection(entry: SheetEntry): SheetProtection | undefined {
    if (entry.part === undefined) return undefined;
    // Read once per sheet: no write of ours changes a sheet's protection.
    if (!this.protections.has(entry.part)) {
      const xml = this.sheetText(entry);
      this.protections.set(entry.part, xml === undefined ? undefined : sheetProtection(xml));
    }
    return this.protections.get(entry.part);
  }

  /**
   * The style index each of the cells has now, by the writer's own rule (a cell not in the part has its row's or
   * its column's style): the cells patched with their styles kept, the patch itself let go.
   */
  currentStyles(
    entry: SheetEntry,
    cells: Iterable<readonly [number, number]>,
  ): (row: number, col: number) => number {
    const source = this.sheetSource(entry);
    const found = new Map<number, Map<number, number>>();
    if (source === undefined) return () => 0;
    const probe: CellEdits = new Map();
    for (const [row, col] of cells) addEdit(probe, row, col, { style: (s) => s });
    patchSheetPieces(
      source.xml,
      probe,
      (row, col, style) => {
        let cols = found.get(row);
        if (!cols) found.set(row, (cols = new Map()));
        cols.set(col, style);
      },
      { addressed: source.addressed, rowSpans: source.rowSpans },
    );
    return (row, col) => found.get(row)?.get(col) ?? 0;
  }

  get macroEnabled(): boolean {
    return (this.macros ??= /macroEnabled/i.test(this.pkg.contentType(this.workbookPart) ?? ""));
  }

  get date1904(): boolean {
    return this.info.date1904;
  }

  get styles(): StyleSheet {
    if (!this.styleSheet) {
      const rel = this.rels.find((r) => ofType(r, "styles"));
      this.styleSheet = StyleSheet.read(rel && this.pkg.text(rel.part));
    }
    return this.styleSheet;
  }

  private context(): SheetContext {
    if (!this.sharedStrings) {
      const rel = this.rels.find((r) => ofType(r, "sharedStrings"));
      this.sharedStrings = readSharedStrings(rel && this.pkg.text(rel.part));
    }
    const styles = this.styles;
    return {
      sharedStrings: this.sharedStrings,
      formats: styles.formats,
      date1904: this.info.date1904,
      fontName: (s) => styles.fontName(s),
    };
  }

  /** The sheet's text (undefined for a chart sheet or a missing part). */
  sheetText(entry: SheetEntry): string | undefined {
    return this.sheetSource(entry)?.xml;
  }

  /** The sheet's text, and its bytes when they are ASCII (Package.textAndBytes). */
  private sheetSource(entry: SheetEntry): SheetSource | undefined {
    if (entry.part === undefined) return undefined;
    if (this.lastRead?.part === entry.part) return this.lastRead;
    if (this.readOnly) {
      const xml = this.pkg.text(entry.part);
      return xml === undefined ? undefined : { part: entry.part, xml };
    }
    const read = this.pkg.textAndBytes(entry.part);
    return read && { part: entry.part, xml: read.text, ...(read.ascii ? { ascii: read.ascii } : {}) };
  }

  /** The model kept for the part, if any (an overlay waiting is made now, and held weakly from now on). */
  private keptModel(part: string): SheetModel | undefined {
    const kept = this.models.get(part);
    if (kept === undefined || kept instanceof WeakRef) return kept?.deref();
    const model = kept.overlay();
    if (model) this.models.set(part, new WeakRef(model));
    else this.models.delete(part);
    return model;
  }

  /** The sheet read into the core's model (and its layout when asked). */
  readSheet(entry: SheetEntry, options: ReadSheetOptions = {}): { sheet: SheetModel; layout?: SheetLayout } {
    // Only the plain model is kept: a layout or the fonts of cells are read from the part each time.
    const plain = !options.layout && !(options.fonts && options.fonts.length > 0);
    const kept = plain && entry.part !== undefined ? this.keptModel(entry.part) : undefined;
    if (kept) return { sheet: kept };
    const source = this.sheetSource(entry);
    if (source === undefined) return { sheet: { name: entry.name, rows: [], merges: [] } };
    // A document that may be written learns where the rows are as it reads them, for a patch to come (a read only
    // document does not).
    const read = readSheetXml(
      entry.name,
      source.xml,
      this.context(),
      this.readOnly ? options : { ...options, rowSpans: true },
    );
    this.lastRead = {
      ...source,
      addressed: read.addressed,
      ...(read.rowSpans ? { rowSpans: read.rowSpans } : {}),
    };
    if (plain) this.models.set(entry.part as string, new WeakRef(read.sheet));
    return read;
  }

  /**
   * Writes cells into the sheet. `recalc`: cached results of formulas may be stale after it (false only for our
   * own settings sheet, which no formula reads).
   */
  editSheet(entry: SheetEntry, edits: CellEdits, recalc = true): void {
    const source = this.sheetSource(entry);
    if (source === undefined || entry.part === undefined)
      throw new PackageError(`No part for sheet «${entry.name}»`);
    const { xml, ascii, addressed, rowSpans } = source;
    const before = this.keptModel(entry.part);
    // Each edited cell's row, column and style after the patch, for the model after it.
    const styled: number[] = [];
    const onEdited = before && ((row: number, col: number, style: number) => styled.push(row, col, style));
    let result: { contentChanged: boolean };
    if (ascii) {
      // The kept stretches copied as bytes, only the new text encoded, as the patch goes; a big part's first pieces
      // deflated meanwhile where the codec can (the command line's thread pool).
      const early = deflateEarly();
      const onSettled = early && ((data: Uint8Array, length: number) => early.progress(data, length));
      const patched = patchSheetBytes(xml, ascii, edits, onEdited, { addressed, rowSpans, onSettled });
      if (patched.bytes && !sameBytes(patched.bytes, ascii))
        this.pkg.setBytes(entry.part, patched.bytes, early);
      result = patched;
    } else {
      const patched = patchSheetPieces(xml, edits, onEdited, { addressed, rowSpans });
      const text = patchedText(xml, patched.pieces);
      if (text !== xml) this.pkg.setText(entry.part, text);
      result = patched;
    }
    if (this.lastRead?.part === entry.part) this.lastRead = undefined;
    if (result.contentChanged && recalc) this.recalc = true;
    const rewritten = result.contentChanged ? this.renameTableColumns(entry.part, edits) : undefined;
    const part = entry.part;
    if (!before || rewritten?.has(part)) {
      this.models.delete(part);
      return;
    }
    // The model before is held weakly here too: one no longer used by anyone is let go (a fill saves its file
    // without it), and the sheet is then read from the part if it is read again.
    const formats = this.styles.formats;
    const held = new WeakRef(before);
    this.models.set(part, {
      overlay: () => {
        const model = held.deref();
        return model && overlaid(model, edits, styled, formats);
      },
    });
  }

  /**
   * The first header cell of the sheet's Excel tables the edits would leave as Excel repairs it (tables.ts), or
   * undefined: judged before anything is written.
   */
  refusedTableHeader(entry: SheetEntry, edits: CellEdits): HeaderRefusal | undefined {
    if (entry.part === undefined) return undefined;
    let model: SheetModel | undefined;
    const cellNow = (row: number, col: number) => {
      model ??= this.readSheet(entry).sheet;
      return model.rows[row]?.[col];
    };
    for (const rel of this.pkg.relationships(entry.part)) {
      if (!ofType(rel, "table")) continue;
      const xml = this.pkg.text(rel.part);
      const refusal = xml === undefined ? undefined : refusedHeader(xml, edits, cellNow);
      if (refusal) return refusal;
    }
    return undefined;
  }

  /**
   * The sheet's Excel tables keep their columns' names equal to their header cells, and the formulas naming a
   * renamed column (on any sheet, in a defined name) name it anew (tables.ts).
   */
  private renameTableColumns(part: string, edits: CellEdits): Set<string> | undefined {
    const renames: ColumnRename[] = [];
    for (const rel of this.pkg.relationships(part)) {
      if (!ofType(rel, "table")) continue;
      const xml = this.pkg.text(rel.part);
      if (xml === undefined) continue;
      const next = withHeaderNames(xml, edits);
      if (next.xml !== xml) this.pkg.setText(rel.part, next.xml);
      renames.push(...next.renames);
    }
    if (renames.length === 0) return undefined;
    const rewritten = new Set<string>();
    for (const sheet of this.worksheets) {
      const xml = this.pkg.text(sheet.part as string) as string;
      const next = withRenamedFormulas(xml, ["f"], renames);
      if (next === xml) continue;
      this.pkg.setText(sheet.part as string, next);
      rewritten.add(sheet.part as string);
      // Read again when asked: the model kept (or the text read last) holds the formulas as they were.
      this.models.delete(sheet.part as string);
      if (this.lastRead?.part === sheet.part) this.lastRead = undefined;
    }
    this.setWorkbookXml((xml) => withRenamedFormulas(xml, ["definedName"], renames));
    return rewritten;
  }

  private setWorkbookXml(edit: (xml: string) => string): void {
    const xml = this.pkg.text(this.workbookPart) as string;
    const next = edit(xml);
    if (next === xml) return;
    this.pkg.setText(this.workbookPart, next);
    this.info = readWorkbookPart(next, this.rels);
  }

  /** A free part name for a new worksheet: xl/worksheets/sheetN.xml. */
  private newSheetPart(): string {
    const folder = this.workbookPart.slice(0, this.workbookPart.lastIndexOf("/") + 1);
    for (let n = this.info.sheets.length + 1; ; n++) {
      const part = `${folder}worksheets/sheet${n}.xml`;
      if (!this.pkg.has(part) && !this.pkg.has(relsPart(part))) return part;
    }
  }

  /** Adds a worksheet at the end; returns its entry. */
  addSheet(name: string, build: SheetBuild, state?: "veryHidden" | "hidden"): SheetEntry {
    if (this.info.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new PackageError(`A sheet «${name}» is already there`);
    const part = this.newSheetPart();
    this.listInProperties(name);
    const relNs = relationshipNamespace(this.rels);
    // A Strict workbook's sheets speak its namespaces.
    const workbookXml = this.pkg.text(this.workbookPart) as string;
    const main = /<(?:[\w.-]+:)?workbook\b[^>]*\sxmlns\s*=\s*["']([^"']+)["']/.exec(workbookXml)?.[1];
    this.pkg.setText(
      part,
      sheetXml(build, {
        main: main ?? TRANSITIONAL.main,
        relationships: relNs.replace(/\/$/, ""),
      }),
    );
    const rId = this.pkg.addRelationship(this.workbookPart, `${relNs}worksheet`, part);
    this.rels = this.pkg.relationships(this.workbookPart);
    this.pkg.addContentType(part, WORKSHEET_TYPE);
    const sheetId = Math.max(0, ...this.info.sheets.map((s) => s.sheetId)) + 1;
    this.setWorkbookXml((xml) => addSheetElement(xml, { name, sheetId, rId, state }, relNs));
    if (build.cells.some((c) => "formula" in c.content)) this.recalc = true;
    const entry = this.info.sheets[this.info.sheets.length - 1];
    // A workbook whose active tab is a hidden sheet (a new one holding only our settings) opens on the first visible
    // sheet added.
    const active = this.info.sheets[this.info.activeTab ?? 0];
    if (state === undefined && (!active || active.state !== "visible"))
      this.setWorkbookXml((xml) => setActiveTab(xml, entry.position));
    return entry;
  }

  /** Lists a new worksheet in docProps/app.xml, where the package keeps one that lists its sheets. */
  private listInProperties(name: string): void {
    // Strict packages name the relationship "extendedProperties".
    const rel = this.pkg
      .relationships("")
      .find((r) => ofType(r, "extended-properties") || ofType(r, "extendedProperties"));
    const xml = rel && this.pkg.text(rel.part);
    if (!rel || xml === undefined) return;
    const next = withWorksheetTitle(
      xml,
      name,
      this.worksheets.map((s) => s.name),
    );
    if (next !== xml) this.pkg.setText(rel.part, next);
  }

  /** Adds the planned sheet at the end, its header rows printed on every page. */
  addPlannedSheet(plan: SheetPlan): SheetEntry {
    const entry = this.addSheet(plan.name, planBuild(plan, this.styles));
    this.setWorkbookXml((xml) =>
      setDefinedName(xml, "_xlnm.Print_Titles", entry.position, printTitles(plan)),
    );
    return entry;
  }

  setSheetState(entry: SheetEntry, state: "visible" | "hidden" | "veryHidden"): void {
    if (entry.state === state) return;
    this.setWorkbookXml((xml) => setSheetState(xml, entry.position, state));
  }

  /** Opens the saved workbook on this sheet and cell: the active tab, the one selected tab, the active cell. */
  select(entry: SheetEntry, cell: string): void {
    this.setWorkbookXml((xml) => setActiveTab(xml, entry.position));
    for (const other of this.worksheets) {
      const xml = this.sheetText(other) as string;
      const chosen = other.position === entry.position;
      // Only one tab selected (more would group the sheets, and typing would go into all of them).
      if (!chosen && !tabSelected(xml)) continue;
      const next = setSheetView(xml, chosen, chosen ? cell : undefined);
      if (next !== xml) {
        if (this.lastRead?.part === other.part) this.lastRead = undefined;
        this.pkg.setText(other.part as string, next);
      }
    }
    // A chart sheet that was the active one keeps its tab selected unless told: the two would open grouped.
    for (const other of this.info.sheets) {
      const xml = other.otherPart === undefined ? undefined : this.pkg.text(other.otherPart);
      if (xml !== undefined && tabSelected(xml))
        this.pkg.setText(other.otherPart as string, setSheetView(xml, false));
    }
  }

  /** The workbook's bytes: untouched parts as they came, the others written. */
  save(): Uint8Array {
    this.beforeSave();
    return this.pkg.save();
  }

  /** save(), a big written sheet deflated off the main thread where the zip codec can (the command line). */
  saveAsync(): Promise<Uint8Array> {
    this.beforeSave();
    return this.pkg.saveAsync();
  }

  /**
   * The parts a save writes besides the sheets: the styles appended to, the calculation chain dropped, a template's
   * workbook made a workbook (untemplate).
   */
  private beforeSave(): void {
    this.untemplate();
    const styles = this.styleSheet;
    if (styles?.changed) {
      const rel = this.rels.find((r) => ofType(r, "styles"));
      if (rel) this.pkg.setText(rel.part, styles.xml());
      else {
        const folder = this.workbookPart.slice(0, this.workbookPart.lastIndexOf("/") + 1);
        const part = `${folder}styles.xml`;
        this.pkg.setText(part, styles.xml());
        this.pkg.addRelationship(this.workbookPart, `${relationshipNamespace(this.rels)}styles`, part);
        this.rels = this.pkg.relationships(this.workbookPart);
        this.pkg.addContentType(part, STYLES_TYPE);
      }
    }
    if (this.recalc) this.dropCalcChain();
  }

  /**
   * A template (.xltx, .xltm) is saved as the workbook made from it, as Excel's Save As does: Excel opens no .xlsx
   * (.xlsm) whose workbook part is declared a template's.
   */
  private untemplate(): void {
    const type = this.pkg.contentType(this.workbookPart);
    if (type === undefined || !type.includes(".template.")) return;
    this.pkg.removeContentType(this.workbookPart);
    this.pkg.addContentType(this.workbookPart, type.replace(".template.", ".sheet."));
  }

  /**
   * The calculation chain lists the cells with formulas in the order Excel last computed them: after cells changed,
   * it is dropped (Excel rebuilds it) and every formula is computed when the file opens.
   */
  private dropCalcChain(): void {
    const chain = this.rels.find((r) => ofType(r, "calcChain"));
    if (chain) {
      this.pkg.remove(chain.part);
      this.pkg.removeContentType(chain.part);
      this.pkg.removeRelationship(this.workbookPart, chain.id);
      this.rels = this.pkg.relationships(this.workbookPart);
    }
    this.setWorkbookXml(setFullCalcOnLoad);
    this.recalc = false;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
