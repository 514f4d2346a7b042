/**
 * A small pull scanner over the XML parts of an .xlsx package: tags and text, one at a time, without building a
 * tree or an object per element. Attributes are read on demand from the tag's text, so a cell costs no allocation
 * beyond the strings asked for. Enough XML for SpreadsheetML: namespace prefixes are dropped from names, entities
 * and character references are decoded, CDATA is text, comments, processing instructions and a DOCTYPE are skipped,
 * line ends are normalised as the XML specification says.
 */

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

/** The part is not well-formed XML (a damaged file). */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const ENTITY = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;

function entity(_match: string, name: string): string {
  switch (name) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
    default: {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) throw new XmlError(`Bad character reference &${name};`);
      return String.fromCodePoint(code);
    }
  }
}

/** Text as written in the part → the characters it stands for. */
export function decodeText(raw: string): string {
  let text = raw;
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  return text.indexOf("&") >= 0 ? text.replace(ENTITY, entity) : text;
}

/**
 * A copy of a text cut out of a part, for a string the model keeps: V8 makes a cut of 13 characters or more a view
 * into the whole part's text, which would keep a sheet's XML (tens of megabytes) alive as long as the model.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

export class XmlScanner {
  /** Local name (prefix dropped) of the tag just read by next(). */
  name = "";
  /** The tag just opened ends with "/>". */
  selfClosing = false;
  /** Offset in the text where the token just read by next() starts ("<" of a tag, first character of a text). */
  start = 0;
  private pos = 0;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;

  /** `from`: the offset to start reading at (the inside of an element found earlier). */
  constructor(
    private readonly xml: string,
    from = 0,
  ) {
    this.pos = from;
  }

  /** Offset in the text just after the token read by next() (after the tag's ">"). */
  get end(): number {
    return this.pos;
  }

  next(): Token {
    const s = this.xml;
    const length = s.length;
    for (;;) {
      const p = this.pos;
      this.start = p;
      if (p >= length) return END;
      if (s.charCodeAt(p) !== 60 /* < */) {
        const lt = s.indexOf("<", p);
        this.textStart = p;
        this.textEnd = lt < 0 ? length : lt;
        this.cdata = false;
        this.pos = this.textEnd;
        return TEXT;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === 63 /* ? */) {
        this.pos = this.after("?>", p + 2);
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", p)) {
          this.pos = this.after("-->", p + 4);
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const end = this.after("]]>", p + 9);
          this.textStart = p + 9;
          this.textEnd = end - 3;
          this.cdata = true;
          this.pos = end;
          return TEXT;
        }
        // <!DOCTYPE …>: SpreadsheetML has none; an internal subset (entity definitions) is not supported.
        const end = this.after(">", p + 2);
        if (s.lastIndexOf("[", end) > p) throw new XmlError("A DOCTYPE with an internal subset");
        this.pos = end;
        continue;
      }
      if (c1 === 47 /* / */) {
        const end = s.indexOf(">", p + 2);
        if (end < 0) throw new XmlError("A closing tag without its end");
        this.name = localName(s.slice(p + 2, end).trimEnd());
        this.pos = end + 1;
        return CLOSE;
      }
      let q = p + 1;
      while (q < length) {
        const c = s.charCodeAt(q);
        if (isSpace(c) || c === 62 /* > */ || c === 47 /* / */) break;
        q++;
      }
      if (q === p + 1) throw new XmlError("A tag without a name");
      this.name = localName(s.slice(p + 1, q));
      // The tag ends at the first ">" outside quotes (an attribute value may hold a ">").
      let r = q;
      let quote = 0;
      for (; r < length; r++) {
        const c = s.charCodeAt(r);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      if (r >= length) throw new XmlError("A tag without its end");
      this.selfClosing = s.charCodeAt(r - 1) === 47;
      this.attrStart = q;
      this.attrEnd = this.selfClosing ? r - 1 : r;
      this.pos = r + 1;
      return OPEN;
    }
  }

  /** Continues reading at this offset (past an element found by other means). */
  seek(offset: number): void {
    this.pos = offset;
  }

  /** The decoded value of the open tag's attribute of this local name (any prefix), or undefined. */
  attr(local: string): string | undefined {
    const s = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      let c = s.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && c !== 61 /* = */ && !isSpace(c)) c = s.charCodeAt(++i);
      const nameEnd = i;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 61) throw new XmlError("An attribute without a value");
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) throw new XmlError("An attribute value without quotes");
      const valueStart = ++i;
      // To the closing quote, noting whether the value needs decoding (a reference, a line end or a tab).
      let plain = true;
      for (; i < end; i++) {
        const v = s.charCodeAt(i);
        if (v === quote) break;
        if (v === 38 /* & */ || v === 9 || v === 10 || v === 13) plain = false;
      }
      if (i >= end) throw new XmlError("An attribute value without its end");
      const valueEnd = i++;
      // The name matches when it ends with `local` right after its start or a prefix's ":".
      const localStart = nameEnd - local.length;
      if (
        localStart >= nameStart &&
        (localStart === nameStart || s.charCodeAt(localStart - 1) === 58) /* : */ &&
        s.startsWith(local, localStart)
      ) {
        const raw = s.slice(valueStart, valueEnd);
        if (plain) return raw;
        // Attribute-value normalisation: line ends and tabs read as spaces, before references are decoded.
        return decodeText(raw.replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " "));
      }
    }
    return undefined;
  }

  /** The text just read by next() (TEXT), decoded. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return this.cdata ? raw.replace(/\r\n?/g, "\n") : decodeText(raw);
  }

  /** Skips to the end of the element just opened (its children and text included). */
  skipElement(): void {
    if (this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const token = this.next();
      if (token === END) throw new XmlError("An element without its end");
      if (token === OPEN && !this.selfClosing) depth++;
      else if (token === CLOSE) depth--;
    }
  }

  private after(marker: string, from: number): number {
    const at = this.xml.indexOf(marker, from);
    if (at < 0) throw new XmlError(`"${marker}" missing`);
    return at + marker.length;
  }
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}
