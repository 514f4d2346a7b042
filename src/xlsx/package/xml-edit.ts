/**
 * Editing the text of an XML part in place: escaping what we write, finding an element's span, changing one
 * attribute of one tag, adding a child where the schema wants it. Everything around the edit is left as the part
 * had it, byte for byte (namespace prefixes, attribute order, whitespace, elements we know nothing of).
 */
import { CLOSE, END, OPEN, XmlScanner } from "./xml";

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Characters XML 1.0 cannot hold (controls other than tab and line ends, lone surrogates, U+FFFE/FFFF) and the
 * escape's own start "_x" followed by four hex digits: Excel writes both as `_xHHHH_`.
 */
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** A cell text as Excel stores it: characters XML cannot hold as `_xHHHH_`, "_x0041_" typed by a person kept. */
export function excelEscape(text: string): string {
  return text.replace(UNWRITABLE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export function escapeText(text: string): string {
  // Most texts hold none of the three (a fill's tens of thousands of formulas): looked for natively first, a tenth
  // of the cost of a replacement that finds nothing.
  if (!text.includes("&") && !text.includes("<") && !text.includes(">")) return text;
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]);
}

export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

/** An element's place in the text: its start tag [start, tagEnd), and the whole element [start, end). */
export interface Span {
  start: number;
  tagEnd: number;
  end: number;
  selfClosing: boolean;
  /** The qualified name as written ("sheets", "x:sheets"). */
  qname: string;
}

/** The qualified name of the start tag beginning at `start`. */
function qnameAt(xml: string, start: number): string {
  let i = start + 1;
  while (i < xml.length && !/[\s/>]/.test(xml[i])) i++;
  return xml.slice(start + 1, i);
}

/**
 * The first element of this local name whose ancestors' local names are `path` (outermost first, the root
 * included), or undefined. `findElement(xml, ["workbook"], "sheets")` is the workbook's <sheets>.
 */
export function findElement(xml: string, path: readonly string[], name: string): Span | undefined {
  return find(xml, path, name, true);
}

/**
 * As findElement, without looking for the element's end (`end` is -1 for an element that is not self-closing): a
 * sheet's <sheetData> is found without reading its hundred thousand rows.
 */
export function findStartTag(xml: string, path: readonly string[], name: string): Span | undefined {
  return find(xml, path, name, false);
}

function find(xml: string, path: readonly string[], name: string, withEnd: boolean): Span | undefined {
  const scanner = new XmlScanner(xml);
  const stack: string[] = [];
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      const depthMatches = stack.length === path.length && stack.every((n, i) => n === path[i]);
      if (depthMatches && scanner.name === name) {
        const start = scanner.start;
        const tagEnd = scanner.end;
        const selfClosing = scanner.selfClosing;
        if (!selfClosing && withEnd) scanner.skipElement();
        return {
          start,
          tagEnd,
          end: selfClosing ? tagEnd : withEnd ? scanner.end : -1,
          selfClosing,
          qname: qnameAt(xml, start),
        };
      }
      // A sibling of the element sought, or below the path: nothing inside can match.
      if (depthMatches || stack.length >= path.length) {
        scanner.skipElement();
        continue;
      }
      if (!scanner.selfClosing) stack.push(scanner.name);
    } else if (token === CLOSE) stack.pop();
  }
  return undefined;
}

/** Every child element of the element at `span`, in order. */
export function childElements(xml: string, span: Span): Span[] {
  const children: Span[] = [];
  if (span.selfClosing) return children;
  const scanner = new XmlScanner(xml, span.tagEnd);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === CLOSE) break;
    if (token !== OPEN) continue;
    const start = scanner.start;
    const tagEnd = scanner.end;
    const selfClosing = scanner.selfClosing;
    if (!selfClosing) scanner.skipElement();
    children.push({
      start,
      tagEnd,
      end: selfClosing ? tagEnd : scanner.end,
      selfClosing,
      qname: qnameAt(xml, start),
    });
  }
  return children;
}

/** The prefix of a qualified name with its colon ("x:"), or "". */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

/** The pattern finding each attribute by name, made once. */
const attributePatterns = new Map<string, RegExp>();

/**
 * The start tag with the attribute (matched by its qualified name) set to `value`, or removed when `value` is
 * undefined; added before the tag's end when absent. Other attributes and their quoting stay as written.
 */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(tag);
  if (m) {
    const before = tag.slice(0, m.index);
    const after = tag.slice(m.index + m[0].length);
    return value === undefined ? before + after : `${before}${m[1]}${name}="${escapeAttr(value)}"${after}`;
  }
  if (value === undefined) return tag;
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  let at = close;
  while (at > 0 && /\s/.test(tag[at - 1])) at--;
  return `${tag.slice(0, at)} ${name}="${escapeAttr(value)}"${tag.slice(at)}`;
}

/** The decoded value of an attribute of a start tag's text, by local name. */
export function attributeOf(tag: string, local: string): string | undefined {
  const scanner = new XmlScanner(tag.endsWith("/>") || tag.endsWith(">") ? tag : `${tag}>`);
  return scanner.next() === OPEN ? scanner.attr(local) : undefined;
}

/** The text with [start, end) replaced. */
export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/**
 * Inserts `content` as the last children of the element at `span` (a self-closing one is opened).
 */
export function appendChildren(xml: string, span: Span, content: string): string {
  if (!span.selfClosing) {
    const closeAt = xml.lastIndexOf("</", span.end - 1);
    return splice(xml, closeAt, closeAt, content);
  }
  const tag = xml.slice(span.start, span.tagEnd);
  const open = tag.replace(/\s*\/>$/, ">");
  return splice(xml, span.start, span.end, `${open}${content}</${span.qname}>`);
}

/**
 * Inserts a child element into the element at `parent`, before its first child whose local name is among
 * `followers` (the elements the schema puts after it), else at its end.
 */
export function insertChild(xml: string, parent: Span, child: string, followers: readonly string[]): string {
  for (const c of childElements(xml, parent)) {
    const local = c.qname.slice(prefixOf(c.qname).length);
    if (followers.includes(local)) return splice(xml, c.start, c.start, child);
  }
  return appendChildren(xml, parent, child);
}
