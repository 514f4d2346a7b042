/**
 * Text of a cell's string: xl/sharedStrings.xml (`<si>`) and inline strings (`<is>`) hold plain text `<t>` or rich
 * text runs `<r><t>`, whose texts are joined; phonetic guides (`<rPh>`) are not part of the text.
 */
import { CLOSE, END, OPEN, TEXT, XmlScanner } from "./xml";

/** Excel's escape of a character XML cannot hold: `_x000D_` is a carriage return. */
const ESCAPED = /_x([0-9A-F]{4})_/g;

export function unescapeExcel(text: string): string {
  return text.indexOf("_x") >= 0
    ? text.replace(ESCAPED, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * Reads the string element the scanner has just opened (`<si>` or `<is>`) up to its end: the text of its `<t>`
 * elements, phonetic runs left out.
 */
export function readStringItem(scanner: XmlScanner): string {
  if (scanner.selfClosing) return "";
  const closing = scanner.name;
  let text = "";
  let inText = false;
  for (;;) {
    const token = scanner.next();
    if (token === END) return text;
    if (token === OPEN) {
      if (scanner.name === "rPh") scanner.skipElement();
      else if (scanner.name === "t") inText = !scanner.selfClosing;
    } else if (token === TEXT) {
      if (inText) text += scanner.text();
    } else if (token === CLOSE) {
      if (scanner.name === "t") inText = false;
      else if (scanner.name === closing) return unescapeExcel(text);
    }
  }
}

export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== END; token = scanner.next())
    if (token === OPEN && scanner.name === "si") strings.push(readStringItem(scanner));
  return strings;
}
