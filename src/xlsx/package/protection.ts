/**
 * A worksheet's protection as Excel keeps it: `<sheetProtection sheet="1" …/>`, which the schema puts right after
 * <sheetData> (and <sheetCalcPr>). Read from the end of the cells, so a protected sheet of a hundred thousand rows
 * is not scanned through its rows to find it. The password hash is nothing to us: we never unprotect.
 */
import { CLOSE, END, OPEN, XmlScanner } from "./xml";
import { findStartTag } from "./xml-edit";

export interface SheetProtection {
  /**
   * "Format cells" is allowed (`formatCells="0"`: the attribute names what is *protected*, and defaults to true):
   * any cell's style may change, locked or not. Otherwise no style changes, unlocked cells included.
   */
  formatCells: boolean;
}

const on = (value: string | undefined) => value === "1" || value === "true";

/** The sheet's protection, or undefined when it is not protected (no element, or `sheet` not on). */
export function sheetProtection(xml: string): SheetProtection | undefined {
  const cells = findStartTag(xml, ["worksheet"], "sheetData");
  let from = 0;
  if (cells?.selfClosing) from = cells.tagEnd;
  else if (cells) {
    const close = xml.lastIndexOf(`</${cells.qname}>`);
    if (close < cells.tagEnd) return undefined;
    from = close + cells.qname.length + 3;
  }
  const scanner = new XmlScanner(xml, from);
  // Without <sheetData> (not valid, but read): from the part's start, down into <worksheet>.
  let depth = cells ? 1 : 0;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === CLOSE) {
      if (--depth <= 0) break; // </worksheet>
      continue;
    }
    if (token !== OPEN) continue;
    if (depth === 0) {
      depth = 1; // <worksheet>
      continue;
    }
    if (scanner.name === "sheetProtection") {
      if (!on(scanner.attr("sheet"))) return undefined;
      const format = scanner.attr("formatCells");
      return { formatCells: format === "0" || format === "false" };
    }
    scanner.skipElement();
  }
  return undefined;
}
