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
  return new Parser(text).document();
}

/** The parser's state: the text and the position read up to; each method reads one construct. */
class Parser {
  constructor(text) {
    this.text = text;
    this.start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.pos = this.start;
  }

  /** [line, column] of a position. */
  where(at = this.pos) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (this.text[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
    }
    return [line, at - lineStart + 1];
  }

  fail(message, at = this.pos) {
    throw new XmlError(message, ...this.where(at));
  }

  /** Character data with its entity and character references decoded (`at`: where `raw` starts, for errors). */
  decode(raw, at) {
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
        this.fail(`"&" must start an entity reference (&amp; &lt; &gt; &quot; &apos; &#…;)`, at + amp);
      out += ch;
      i = semi + 1;
    }
    return out;
  }

  skipSpace() {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  /** Comments, processing instructions and whitespace between markup; returns true when something was skipped. */
  skipMisc() {
    const { text, pos } = this;
    if (text.startsWith("<!--", pos)) {
      const end = text.indexOf("-->", pos + 4);
      if (end < 0) this.fail("comment not closed");
      if (text.slice(pos + 4, end).includes("--")) this.fail('"--" inside a comment');
      this.pos = end + 3;
      return true;
    }
    if (text.startsWith("<?", pos)) {
      const end = text.indexOf("?>", pos + 2);
      if (end < 0) this.fail("processing instruction not closed");
      if (/^<\?xml[\s?]/i.test(text.slice(pos, pos + 6)) && pos > this.start) {
        this.fail("the XML declaration must come first in the file");
      }
      this.pos = end + 2;
      return true;
    }
    return false;
  }

  /** The root element, with nothing but comments, processing instructions and space around it. */
  document() {
    let root = null;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.text.length) break;
      if (this.skipMisc()) continue;
      if (this.text.startsWith("<!DOCTYPE", this.pos)) this.fail("DOCTYPE is not allowed in a manifest");
      if (this.text[this.pos] !== "<")
        this.fail(root ? "text after the root element" : "text before the root element");
      if (root) this.fail("a second root element");
      root = this.element({ xml: "http://www.w3.org/XML/1998/namespace" });
    }
    if (!root) this.fail("no root element");
    return root;
  }

  /** An element at "<", its namespace prefixes declared in `scope` or on itself; its content read to its end tag. */
  element(scope) {
    const start = this.pos;
    this.pos++; // "<"
    const name = NAME.exec(this.text.slice(this.pos))?.[0];
    if (!name) this.fail("element name expected");
    this.pos += name.length;
    const attrs = this.attributes(name);
    const innerScope = { ...scope };
    for (const [attr, value] of Object.entries(attrs))
      if (attr.startsWith("xmlns:")) innerScope[attr.slice(6)] = value;
    for (const qname of [name, ...Object.keys(attrs)]) {
      const prefix = qname.includes(":") ? qname.split(":")[0] : null;
      if (prefix && prefix !== "xmlns" && prefix !== "xml" && !innerScope[prefix]) {
        this.fail(`namespace prefix "${prefix}" is not declared`, start);
      }
    }
    const [line, column] = this.where(start);
    const node = { name, attrs, children: [], text: "", line, column };
    if (this.text.startsWith("/>", this.pos)) {
      this.pos += 2;
      return node;
    }
    this.pos++; // ">"
    this.content(node, innerScope);
    return node;
  }

  /** The attributes of the start tag of <name>, up to its ">" or "/>". */
  attributes(name) {
    const { text } = this;
    const attrs = {};
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (text.startsWith("/>", this.pos) || text[this.pos] === ">") return attrs;
      if (this.pos === before) this.fail(`space expected between attributes of <${name}>`);
      const attr = NAME.exec(text.slice(this.pos))?.[0];
      if (!attr) this.fail(`attribute name expected in <${name}>`);
      const attrAt = this.pos;
      this.pos += attr.length;
      this.skipSpace();
      if (text[this.pos] !== "=") this.fail(`"=" expected after attribute ${attr}`);
      this.pos++;
      this.skipSpace();
      const quote = text[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`quoted value expected for attribute ${attr}`);
      const end = text.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail(`value of attribute ${attr} not closed`);
      const raw = text.slice(this.pos + 1, end);
      if (raw.includes("<"))
        this.fail(`"<" inside the value of attribute ${attr}`, this.pos + 1 + raw.indexOf("<"));
      if (Object.hasOwn(attrs, attr)) this.fail(`attribute ${attr} repeated`, attrAt);
      attrs[attr] = this.decode(raw, this.pos + 1);
      this.pos = end + 1;
    }
  }

  /** The content of `node` after its start tag: text, CDATA, comments and child elements, then its end tag. */
  content(node, scope) {
    const { text } = this;
    const { name, line } = node;
    for (;;) {
      if (this.pos >= text.length) this.fail(`<${name}> opened at line ${line} is never closed`);
      if (text.startsWith("</", this.pos)) {
        this.pos += 2;
        const closing = NAME.exec(text.slice(this.pos))?.[0];
        if (closing !== name)
          this.fail(`</${closing ?? ""}> closes <${name}> opened at line ${line}`, this.pos - 2);
        this.pos += closing.length;
        this.skipSpace();
        if (text[this.pos] !== ">") this.fail(`">" expected to end </${name}>`);
        this.pos++;
        return;
      }
      if (text.startsWith("<![CDATA[", this.pos)) {
        const end = text.indexOf("]]>", this.pos);
        if (end < 0) this.fail("CDATA section not closed");
        node.text += text.slice(this.pos + 9, end);
        this.pos = end + 3;
        continue;
      }
      if (
        text.startsWith("<!DOCTYPE", this.pos) ||
        (text.startsWith("<!", this.pos) && !text.startsWith("<!--", this.pos))
      ) {
        this.fail("unexpected markup declaration");
      }
      if (this.skipMisc()) continue;
      if (text[this.pos] === "<") {
        node.children.push(this.element(scope));
        continue;
      }
      const next = text.indexOf("<", this.pos);
      const raw = text.slice(this.pos, next < 0 ? text.length : next);
      if (raw.includes("]]>")) this.fail('"]]>" in text', this.pos + raw.indexOf("]]>"));
      node.text += this.decode(raw, this.pos);
      this.pos += raw.length;
    }
  }
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
