/**
 * A small strict XML parser, enough to check that the add-in manifest is well-formed and to walk it: elements,
 * attributes, text, comments, CDATA, processing instructions, the five predefined entities and character references,
 * and namespace prefixes declared in scope. No DTD (a manifest has none). Errors carry line and column.
 *
 * parseXml(text) → { name, attrs, children, text, line, column } for the root element; children are elements only,
 * `text` is the element's own character data (entities decoded).
 */

export class XmlError extends Error {
  constructor(message, line, column) {
    super(`line ${line}, column ${column}: ${message}`);
    this.line = line;
    this.column = column;
  }
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(text) {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const where = (at = pos) => {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (text[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
    }
    return [line, at - lineStart + 1];
  };
  const fail = (message, at = pos) => {
    throw new XmlError(message, ...where(at));
  };

  const decode = (raw, at) => {
    let out = "";
    let i = 0;
    while (i < raw.length) {
      const amp = raw.indexOf("&", i);
      if (amp < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, amp);
      const semi = raw.indexOf(";", amp);
      const ref = semi < 0 ? "" : raw.slice(amp + 1, semi);
      let ch;
      if (/^#x[0-9a-fA-F]+$/.test(ref)) ch = String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (/^#[0-9]+$/.test(ref)) ch = String.fromCodePoint(parseInt(ref.slice(1), 10));
      else ch = PREDEFINED[ref];
      if (ch === undefined)
        fail(`"&" must start an entity reference (&amp; &lt; &gt; &quot; &apos; &#…;)`, at + amp);
      out += ch;
      i = semi + 1;
    }
    return out;
  };

  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };

  /** Comments, processing instructions and whitespace between markup; returns true when something was skipped. */
  const skipMisc = () => {
    if (text.startsWith("<!--", pos)) {
      const end = text.indexOf("-->", pos + 4);
      if (end < 0) fail("comment not closed");
      if (text.slice(pos + 4, end).includes("--")) fail('"--" inside a comment');
      pos = end + 3;
      return true;
    }
    if (text.startsWith("<?", pos)) {
      const end = text.indexOf("?>", pos + 2);
      if (end < 0) fail("processing instruction not closed");
      if (/^<\?xml[\s?]/i.test(text.slice(pos, pos + 6)) && pos > (text.charCodeAt(0) === 0xfeff ? 1 : 0)) {
        fail("the XML declaration must come first in the file");
      }
      pos = end + 2;
      return true;
    }
    return false;
  };

  const element = (scope) => {
    const start = pos;
    pos++; // "<"
    const name = NAME.exec(text.slice(pos))?.[0];
    if (!name) fail("element name expected");
    pos += name.length;
    const attrs = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (text.startsWith("/>", pos) || text[pos] === ">") break;
      if (pos === before) fail(`space expected between attributes of <${name}>`);
      const attr = NAME.exec(text.slice(pos))?.[0];
      if (!attr) fail(`attribute name expected in <${name}>`);
      const attrAt = pos;
      pos += attr.length;
      skipSpace();
      if (text[pos] !== "=") fail(`"=" expected after attribute ${attr}`);
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") fail(`quoted value expected for attribute ${attr}`);
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) fail(`value of attribute ${attr} not closed`);
      const raw = text.slice(pos + 1, end);
      if (raw.includes("<")) fail(`"<" inside the value of attribute ${attr}`, pos + 1 + raw.indexOf("<"));
      if (Object.hasOwn(attrs, attr)) fail(`attribute ${attr} repeated`, attrAt);
      attrs[attr] = decode(raw, pos + 1);
      pos = end + 1;
    }
    const innerScope = { ...scope };
    for (const [attr, value] of Object.entries(attrs))
      if (attr.startsWith("xmlns:")) innerScope[attr.slice(6)] = value;
    for (const qname of [name, ...Object.keys(attrs)]) {
      const prefix = qname.includes(":") ? qname.split(":")[0] : null;
      if (prefix && prefix !== "xmlns" && prefix !== "xml" && !innerScope[prefix]) {
        fail(`namespace prefix "${prefix}" is not declared`, start);
      }
    }
    const [line, column] = where(start);
    const node = { name, attrs, children: [], text: "", line, column };
    if (text.startsWith("/>", pos)) {
      pos += 2;
      return node;
    }
    pos++; // ">"
    for (;;) {
      if (pos >= text.length) fail(`<${name}> opened at line ${line} is never closed`);
      if (text.startsWith("</", pos)) {
        pos += 2;
        const closing = NAME.exec(text.slice(pos))?.[0];
        if (closing !== name) fail(`</${closing ?? ""}> closes <${name}> opened at line ${line}`, pos - 2);
        pos += closing.length;
        skipSpace();
        if (text[pos] !== ">") fail(`">" expected to end </${name}>`);
        pos++;
        return node;
      }
      if (text.startsWith("<![CDATA[", pos)) {
        const end = text.indexOf("]]>", pos);
        if (end < 0) fail("CDATA section not closed");
        node.text += text.slice(pos + 9, end);
        pos = end + 3;
        continue;
      }
      if (
        text.startsWith("<!DOCTYPE", pos) ||
        (text.startsWith("<!", pos) && !text.startsWith("<!--", pos))
      ) {
        fail("unexpected markup declaration");
      }
      if (skipMisc()) continue;
      if (text[pos] === "<") {
        node.children.push(element(innerScope));
        continue;
      }
      const next = text.indexOf("<", pos);
      const raw = text.slice(pos, next < 0 ? text.length : next);
      if (raw.includes("]]>")) fail('"]]>" in text', pos + raw.indexOf("]]>"));
      node.text += decode(raw, pos);
      pos += raw.length;
    }
  };

  let root = null;
  for (;;) {
    skipSpace();
    if (pos >= text.length) break;
    if (skipMisc()) continue;
    if (text.startsWith("<!DOCTYPE", pos)) fail("DOCTYPE is not allowed in a manifest");
    if (text[pos] !== "<") fail(root ? "text after the root element" : "text before the root element");
    if (root) fail("a second root element");
    root = element({ xml: "http://www.w3.org/XML/1998/namespace" });
  }
  if (!root) fail("no root element");
  return root;
}

/** Local name of a possibly prefixed name: "bt:Image" → "Image". */
export const localName = (name) => name.slice(name.indexOf(":") + 1);

/** Every element of the tree, depth first, each with its ancestors (nearest last). */
export function* walk(node, ancestors = []) {
  yield { node, ancestors };
  for (const child of node.children) yield* walk(child, [...ancestors, node]);
}

/** The children of `node` whose local name is `name`. */
export const childrenNamed = (node, name) => node.children.filter((c) => localName(c.name) === name);

/** The first child of `node` whose local name is `name`. */
export const childNamed = (node, name) => node.children.find((c) => localName(c.name) === name);
