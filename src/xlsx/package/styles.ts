/**
 * xl/styles.xml: what each cell style (`<c s="3">` is the fourth `<xf>` of `<cellXfs>`) says — number format, font,
 * fill, border, alignment — and the styles the writer needs that the workbook does not have yet. New number
 * formats, fonts, fills, borders and cell styles are appended after the existing ones, which keep their indexes:
 * every cell of the workbook that the action did not touch keeps the look it had. A style asked for twice, or one
 * the workbook already has, is not added again.
 */
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "./xml";
import { escapeAttr, findElement, insertChild, prefixOf, withAttribute, type Span } from "./xml-edit";

/**
 * Excel's built-in number formats that are the same in every language (ECMA-376 Part 1, 18.8.30 numFmt); ids 27–36
 * and 50–81 depend on the East Asian locale and are left out.
 */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Built-in ids written for these codes (the ones every Excel shows the same, dates left to custom formats). */
const WRITTEN_BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** What the page draws of a cell style (colours "RRGGBB"; theme and indexed colours left out). */
export interface StyleLook {
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  border?: boolean;
}

interface FontInfo {
  name?: string;
  /** Points. */
  size?: number;
  bold: boolean;
  italic: boolean;
  color?: string;
}

interface FillInfo {
  /** The solid fill's colour, "RRGGBB". */
  solid?: string;
}

interface XfInfo {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  horizontal?: string;
  vertical?: string;
  wrap: boolean;
  /** `<protection locked="0"/>`: the cell may be edited on a protected sheet (Excel locks every cell by default). */
  unlocked?: boolean;
}

/** The new style of a planned cell (src/core/model/plan.ts CellStyle, with the sheet's font resolved). */
export interface NewStyle {
  font: { name: string; size: number; bold: boolean; italic: boolean; color?: string };
  fill?: string;
  border: boolean;
  horizontal?: string;
  vertical?: string;
  wrap: boolean;
  numberFormat?: string;
}

/** The containers of <styleSheet> in schema order. */
const STYLE_CHILDREN = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
type Container = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";

/** A styles part for a package that has none: Excel's defaults (Calibri 11, the two reserved fills). */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

function flag(value: string | undefined): boolean {
  return value === undefined || value === "1" || value === "true";
}

/** "FFRRGGBB" → "RRGGBB"; anything else undefined. */
function rgbOf(argb: string | undefined): string | undefined {
  return argb !== undefined && /^[0-9A-Fa-f]{8}$/.test(argb) ? argb.slice(2).toUpperCase() : undefined;
}

export class StyleSheet {
  /** Number format of each cell style; undefined for General. */
  readonly formats: (string | undefined)[] = [];
  private readonly xfs: XfInfo[] = [];
  private readonly fonts: FontInfo[] = [];
  private readonly fills: FillInfo[] = [];
  private readonly borders: boolean[] = [];
  private readonly custom = new Map<number, string>();
  /** Items as written, per container: the originals, then the appended ones. */
  private readonly items: Record<Container, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
  };
  private readonly original: Record<Container, number> = {
    numFmts: 0,
    fonts: 0,
    fills: 0,
    borders: 0,
    cellXfs: 0,
  };
  private readonly spans: Partial<Record<Container, Span>> = {};
  private readonly prefix: string;
  /** Item text → index, per container, for finding a style the workbook already has. */
  private index: Partial<Record<Container, Map<string, number>>> = {};
  private readonly memo = new Map<string, number>();

  private constructor(private readonly source: string) {
    const rootSpan = findElement(source, [], "styleSheet");
    this.prefix = rootSpan ? prefixOf(rootSpan.qname) : "";
    this.parse();
  }

  static read(xml: string | undefined): StyleSheet {
    return new StyleSheet(xml ?? DEFAULT_STYLES);
  }

  /** Whether a style was appended (the part must then be written). */
  get changed(): boolean {
    return (Object.keys(this.items) as Container[]).some((c) => this.items[c].length > this.original[c]);
  }

  get count(): number {
    return this.xfs.length;
  }

  private parse(): void {
    const s = this.source;
    const scanner = new XmlScanner(s);
    let container: Container | undefined;
    let depth = 0;
    for (let token = scanner.next(); token !== END; token = scanner.next()) {
      if (token === OPEN) {
        depth++;
        if (depth === 2) {
          const name = scanner.name;
          if (
            name === "numFmts" ||
            name === "fonts" ||
            name === "fills" ||
            name === "borders" ||
            name === "cellXfs"
          ) {
            container = name;
            const start = scanner.start;
            const tagEnd = scanner.end;
            if (scanner.selfClosing) {
              this.spans[name] = { start, tagEnd, end: tagEnd, selfClosing: true, qname: "" };
              depth--;
              container = undefined;
            } else this.spans[name] = { start, tagEnd, end: -1, selfClosing: false, qname: "" };
          } else {
            // cellStyleXfs, dxfs (the conditional formats' own formats and fonts) and the rest are not cell styles.
            scanner.skipElement();
            depth--;
          }
          continue;
        }
        if (depth === 3 && container) {
          const start = scanner.start;
          this.readItem(container, scanner);
          this.items[container].push(s.slice(start, scanner.end));
          depth--;
          continue;
        }
        if (scanner.selfClosing) depth--;
      } else if (token === CLOSE) {
        if (depth === 2 && container) {
          const span = this.spans[container] as Span;
          span.end = scanner.end;
          container = undefined;
        }
        depth--;
      }
    }
    for (const span of Object.values(this.spans)) if (span) span.qname = qnameAt(s, span.start);
    for (const c of Object.keys(this.items) as Container[]) this.original[c] = this.items[c].length;
    this.formats.length = 0;
    for (const xf of this.xfs) this.formats.push(this.formatCode(xf.numFmtId));
  }

  private formatCode(id: number): string | undefined {
    const code = id > 0 ? (this.custom.get(id) ?? BUILT_IN[id]) : undefined;
    return code === "General" ? undefined : code;
  }

  /** Reads the item the scanner has just opened, to its end. */
  private readItem(container: Container, scanner: XmlScanner): void {
    switch (container) {
      case "numFmts": {
        const id = Number(scanner.attr("numFmtId"));
        const code = scanner.attr("formatCode");
        if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code);
        scanner.skipElement();
        return;
      }
      case "cellXfs": {
        const xf: XfInfo = {
          numFmtId: Number(scanner.attr("numFmtId") ?? 0) || 0,
          fontId: Number(scanner.attr("fontId") ?? 0) || 0,
          fillId: Number(scanner.attr("fillId") ?? 0) || 0,
          borderId: Number(scanner.attr("borderId") ?? 0) || 0,
          wrap: false,
        };
        this.xfs.push(xf);
        this.readChildren(scanner, (name) => {
          // The cell style's own <protection> decides, as Excel reads it (applyProtection is written beside it
          // by Excel and LibreOffice alike; the named style under it is not consulted).
          if (name === "protection") {
            const locked = scanner.attr("locked");
            if (locked !== undefined && !flag(locked)) xf.unlocked = true;
            return;
          }
          if (name !== "alignment") return;
          xf.horizontal = scanner.attr("horizontal");
          xf.vertical = scanner.attr("vertical");
          const wrap = scanner.attr("wrapText");
          xf.wrap = wrap === "1" || wrap === "true";
        });
        return;
      }
      case "fonts": {
        const font: FontInfo = { bold: false, italic: false };
        this.fonts.push(font);
        this.readChildren(scanner, (name) => {
          if (name === "b") font.bold = flag(scanner.attr("val"));
          else if (name === "i") font.italic = flag(scanner.attr("val"));
          else if (name === "name") font.name = scanner.attr("val");
          else if (name === "sz") font.size = Number(scanner.attr("val")) || undefined;
          else if (name === "color") font.color = rgbOf(scanner.attr("rgb"));
        });
        return;
      }
      case "fills": {
        const fill: FillInfo = {};
        this.fills.push(fill);
        let solid = false;
        this.readChildren(scanner, (name) => {
          if (name === "patternFill") solid = scanner.attr("patternType") === "solid";
          else if (name === "fgColor" && solid) fill.solid = rgbOf(scanner.attr("rgb"));
        });
        return;
      }
      case "borders": {
        let border = false;
        this.readChildren(scanner, (name) => {
          if (/^(left|right|top|bottom|start|end)$/.test(name)) {
            const style = scanner.attr("style");
            if (style !== undefined && style !== "none") border = true;
          }
        });
        this.borders.push(border);
        return;
      }
    }
  }

  /** Calls `open` for every element inside the one just opened, up to its end. */
  private readChildren(scanner: XmlScanner, open: (name: string) => void): void {
    if (scanner.selfClosing) return;
    let depth = 1;
    for (let token = scanner.next(); token !== END; token = scanner.next()) {
      if (token === OPEN) {
        open(scanner.name);
        if (!scanner.selfClosing) depth++;
      } else if (token === CLOSE && --depth === 0) return;
      else if (token === TEXT) continue;
    }
  }

  // ---- Reading ---------------------------------------------------------------------------------------------

  private xf(index: number): XfInfo | undefined {
    return this.xfs[index];
  }

  fontName(index: number): string | undefined {
    const xf = this.xf(index);
    return xf ? this.fonts[xf.fontId]?.name : undefined;
  }

  fontSize(index: number): number | undefined {
    const xf = this.xf(index);
    return xf ? this.fonts[xf.fontId]?.size : undefined;
  }

  /** Whether a cell of this style is locked when its sheet is protected (every style is, unless it says not). */
  locked(index: number): boolean {
    return this.xf(index)?.unlocked !== true;
  }

  /** The fill colour of a cell style when it is solid ("RRGGBB"). */
  solidFill(index: number): string | undefined {
    const xf = this.xf(index);
    return xf ? this.fills[xf.fillId]?.solid : undefined;
  }

  look(index: number): StyleLook | undefined {
    const xf = this.xf(index);
    if (!xf) return undefined;
    const look: StyleLook = {};
    const fill = this.fills[xf.fillId]?.solid;
    if (fill) look.fill = fill;
    const font = this.fonts[xf.fontId];
    if (font?.bold) look.bold = true;
    if (font?.italic) look.italic = true;
    if (font?.color) look.color = font.color;
    if (xf.horizontal) look.horizontal = xf.horizontal;
    if (xf.vertical) look.vertical = xf.vertical;
    if (xf.wrap) look.wrap = true;
    if (this.borders[xf.borderId]) look.border = true;
    return look;
  }

  /** The `<fill>` element of a cell style and its applyFill attribute, as written (a mark's memory of it). */
  fillOf(index: number): { fill: string; applyFill?: string } {
    const xf = this.xf(index) ? this.items.cellXfs[index] : undefined;
    const fillId = this.xf(index)?.fillId ?? 0;
    const fill = this.items.fills[fillId] ?? this.fillXml(undefined);
    const applyFill = xf === undefined ? undefined : attrOfItem(xf, "applyFill");
    return applyFill === undefined ? { fill } : { fill, applyFill };
  }

  // ---- Writing ---------------------------------------------------------------------------------------------

  /** The index of an item of the container with this text: an existing one, or a new one appended. */
  private add(container: Container, text: string): number {
    let index = this.index[container];
    if (!index) {
      index = new Map();
      this.items[container].forEach((item, i) => {
        if (!index!.has(item)) index!.set(item, i);
      });
      this.index[container] = index;
    }
    const found = index.get(text);
    if (found !== undefined) return found;
    const at = this.items[container].length;
    this.items[container].push(text);
    index.set(text, at);
    return at;
  }

  private addXf(text: string, info: XfInfo): number {
    const before = this.items.cellXfs.length;
    const at = this.add("cellXfs", text);
    if (at === before) {
      this.xfs.push(info);
      this.formats.push(this.formatCode(info.numFmtId));
    }
    return at;
  }

  /** The cell style `index` (or the default one when it is none) as written, and its info. */
  private base(index: number): { text: string; info: XfInfo } {
    const i = this.xf(index) ? index : 0;
    const info = this.xf(i);
    const text = this.items.cellXfs[i];
    if (!info || text === undefined) {
      return {
        text: `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
        info: { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, wrap: false },
      };
    }
    return { text, info: { ...info } };
  }

  /** The id of a number format code: a built-in id, the workbook's own id for that code, or a new one. */
  numberFormatId(code: string): number {
    const builtIn = WRITTEN_BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    for (const [id, existing] of this.custom) if (existing === code) return id;
    let id = 164;
    for (const existing of this.custom.keys()) if (existing >= id) id = existing + 1;
    this.custom.set(id, code);
    this.add("numFmts", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** A derived cell style, found once: a fill gives thousands of cells the same format over the same style. */
  private memoised(kind: string, index: number, arg: string, make: () => number): number {
    const key = `${kind}\u0000${index}\u0000${arg}`;
    let found = this.memo.get(key);
    if (found === undefined) this.memo.set(key, (found = make()));
    return found;
  }

  /** Cell style `index` with another number format. */
  withNumberFormat(index: number, code: string): number {
    return this.memoised("numFmt", index, code, () => this.makeWithNumberFormat(index, code));
  }

  private makeWithNumberFormat(index: number, code: string): number {
    const { text, info } = this.base(index);
    info.numFmtId = this.numberFormatId(code);
    let xf = withItemAttribute(text, "numFmtId", String(info.numFmtId));
    xf = withItemAttribute(xf, "applyNumberFormat", info.numFmtId === 0 ? undefined : "1");
    return this.addXf(xf, info);
  }

  /** Cell style `index` with a solid fill of this colour ("RRGGBB"). */
  withSolidFill(index: number, rgb: string): number {
    return this.withFill(index, this.fillXml(rgb), "1");
  }

  /** Cell style `index` with the fill written as `fill` (an element remembered by fillOf) and that applyFill. */
  withFill(index: number, fill: string, applyFill: string | undefined): number {
    return this.memoised("fill", index, `${applyFill ?? ""}\u0000${fill}`, () =>
      this.makeWithFill(index, fill, applyFill),
    );
  }

  private makeWithFill(index: number, fill: string, applyFill: string | undefined): number {
    const { text, info } = this.base(index);
    const fillId = this.add("fills", fill);
    if (fillId >= this.fills.length) this.fills[fillId] = fillInfoOf(fill);
    info.fillId = fillId;
    let xf = withItemAttribute(text, "fillId", String(fillId));
    xf = withItemAttribute(xf, "applyFill", applyFill);
    return this.addXf(xf, info);
  }

  /** Cell style `index` with its font's name replaced (a theme font's scheme dropped, or the theme would win). */
  withFontName(index: number, name: string): number {
    return this.memoised("font", index, name, () => this.makeWithFontName(index, name));
  }

  private makeWithFontName(index: number, name: string): number {
    const { text, info } = this.base(index);
    const p = this.prefix;
    let font = this.items.fonts[info.fontId] ?? `<${p}font></${p}font>`;
    if (/^<[^>]*\/>$/.test(font)) font = `${font.replace(/\s*\/>$/, ">")}</${p}font>`;
    let next = font
      .replace(/<([\w.-]+:)?scheme\b[^>]*\/>/g, "")
      .replace(/<([\w.-]+:)?scheme\b[^>]*>[^<]*<\/([\w.-]+:)?scheme>/g, "");
    const nameTag = /<([\w.-]+:)?name\b[^>]*?\/>/;
    const tag = `<${p}name val="${escapeAttr(name)}"/>`;
    if (nameTag.test(next)) next = next.replace(nameTag, tag);
    else next = next.replace(/<\/([\w.-]+:)?font>$/, (end) => tag + end);
    const fontId = this.add("fonts", next);
    if (fontId >= this.fonts.length)
      this.fonts[fontId] = { ...(this.fonts[info.fontId] ?? { bold: false, italic: false }), name };
    info.fontId = fontId;
    let xf = withItemAttribute(text, "fontId", String(fontId));
    xf = withItemAttribute(xf, "applyFont", "1");
    return this.addXf(xf, info);
  }

  /** A `<fill>` element as Excel writes it: solid in this colour ("RRGGBB"), or none. */
  fillXml(rgb: string | undefined): string {
    const p = this.prefix;
    if (rgb === undefined) return `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  /** A cell style for a planned cell of a new sheet. */
  forNew(style: NewStyle): number {
    const p = this.prefix;
    const f = style.font;
    const font =
      `<${p}font>${f.bold ? `<${p}b/>` : ""}${f.italic ? `<${p}i/>` : ""}<${p}sz val="${f.size}"/>` +
      (f.color ? `<${p}color rgb="FF${f.color.toUpperCase()}"/>` : "") +
      `<${p}name val="${escapeAttr(f.name)}"/></${p}font>`;
    const fontId = this.add("fonts", font);
    if (fontId >= this.fonts.length)
      this.fonts[fontId] = {
        name: f.name,
        size: f.size,
        bold: f.bold,
        italic: f.italic,
        color: f.color?.toUpperCase(),
      };
    let fillId = 0;
    if (style.fill) {
      const fill = this.fillXml(style.fill);
      fillId = this.add("fills", fill);
      if (fillId >= this.fills.length) this.fills[fillId] = { solid: style.fill.toUpperCase() };
    }
    let borderId = 0;
    if (style.border) {
      const side = (name: string) => `<${p}${name} style="thin"><${p}color rgb="FF000000"/></${p}${name}>`;
      const border = `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
      borderId = this.add("borders", border);
      if (borderId >= this.borders.length) this.borders[borderId] = true;
    }
    const numFmtId = style.numberFormat === undefined ? 0 : this.numberFormatId(style.numberFormat);
    const align =
      (style.horizontal ? ` horizontal="${style.horizontal}"` : "") +
      (style.vertical ? ` vertical="${style.vertical === "middle" ? "center" : style.vertical}"` : "") +
      (style.wrap ? ` wrapText="1"` : "");
    const xf =
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}` +
      `${borderId ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1"' : ""}` +
      (align ? `><${p}alignment${align}/></${p}xf>` : "/>");
    return this.addXf(xf, {
      numFmtId,
      fontId,
      fillId,
      borderId,
      horizontal: style.horizontal,
      vertical: style.vertical === "middle" ? "center" : style.vertical,
      wrap: style.wrap,
    });
  }

  /** The part's text with the appended styles (the original text when nothing was appended). */
  xml(): string {
    if (!this.changed) return this.source;
    let xml = this.source;
    // From the last container to the first, so the earlier spans stay valid.
    const order = (["cellXfs", "borders", "fills", "fonts", "numFmts"] as Container[]).filter(
      (c) => this.items[c].length > this.original[c],
    );
    const present = order
      .filter((c) => this.spans[c])
      .sort((a, b) => this.spans[b]!.start - this.spans[a]!.start);
    for (const c of present) {
      const span = this.spans[c]!;
      const added = this.items[c].slice(this.original[c]).join("");
      let open = xml.slice(span.start, span.tagEnd);
      if (span.selfClosing) open = open.replace(/\s*\/>$/, ">");
      open = withAttribute(open, "count", String(this.items[c].length));
      const inner = span.selfClosing ? "" : xml.slice(span.tagEnd, xml.lastIndexOf("</", span.end - 1));
      const close = `</${span.qname}>`;
      xml = xml.slice(0, span.start) + open + inner + added + close + xml.slice(span.end);
    }
    // Containers the part lacks, at their place in the schema.
    for (const c of order.filter((c) => !this.spans[c]).reverse()) {
      const rootSpan = findElement(xml, [], "styleSheet");
      if (!rootSpan) throw new Error("The styles part has no <styleSheet>");
      const element = `<${this.prefix}${c} count="${this.items[c].length}">${this.items[c].join("")}</${this.prefix}${c}>`;
      xml = insertChild(xml, rootSpan, element, STYLE_CHILDREN.slice(STYLE_CHILDREN.indexOf(c) + 1));
    }
    return this.withNormalStyle(xml);
  }

  /**
   * The part with the Normal cell style's format (`<cellStyleXfs>`) where it has none and cell styles were added:
   * each new one is based on it (`xfId="0"`), and Excel repairs a cell style based on a format the part lacks.
   */
  private withNormalStyle(xml: string): string {
    if (this.items.cellXfs.length === this.original.cellXfs) return xml;
    if (findElement(xml, ["styleSheet"], "cellStyleXfs")) return xml;
    const rootSpan = findElement(xml, [], "styleSheet");
    if (!rootSpan) throw new Error("The styles part has no <styleSheet>");
    const p = this.prefix;
    const element = `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>`;
    return insertChild(
      xml,
      rootSpan,
      element,
      STYLE_CHILDREN.slice(STYLE_CHILDREN.indexOf("cellStyleXfs") + 1),
    );
  }
}

function qnameAt(xml: string, start: number): string {
  let i = start + 1;
  while (i < xml.length && !/[\s/>]/.test(xml[i])) i++;
  return xml.slice(start + 1, i);
}

/** An item's start tag with an attribute set (undefined: removed), the rest of the item as written. */
function withItemAttribute(item: string, name: string, value: string | undefined): string {
  const tagEnd = item.indexOf(">") + 1;
  return withAttribute(item.slice(0, tagEnd), name, value) + item.slice(tagEnd);
}

function attrOfItem(item: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(item.slice(0, item.indexOf(">") + 1));
  return m ? m[1] : undefined;
}

function fillInfoOf(fill: string): FillInfo {
  const solid = /patternType\s*=\s*["']solid["']/.test(fill);
  const rgb = /<([\w.-]+:)?fgColor\b[^>]*\brgb\s*=\s*["']([0-9A-Fa-f]{8})["']/.exec(fill);
  return solid && rgb ? { solid: rgb[2].slice(2).toUpperCase() } : {};
}
