/** xl/styles.xml: the number format of each cell style (`<c s="3">` is the fourth `<xf>` of `<cellXfs>`). */
import { CLOSE, END, OPEN, XmlScanner } from "./xml";

/**
 * Excel's built-in number formats that are the same in every language (ECMA-376 Part 1, 18.8.30 numFmt); ids 27–36
 * and 50–81 depend on the East Asian locale and are left out, as ExcelJS leaves them out.
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

/** Number format of each cell style index; undefined for General. */
export function readStyles(xml: string | undefined): (string | undefined)[] {
  const formats: (string | undefined)[] = [];
  if (xml === undefined) return formats;
  const custom = new Map<number, string>();
  const scanner = new XmlScanner(xml);
  let inCellXfs = false;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      switch (scanner.name) {
        case "numFmts":
          // The workbook's number formats; those inside <dxfs> belong to conditional formats, not to cells.
          readNumberFormats(scanner, custom);
          break;
        case "cellXfs":
          inCellXfs = !scanner.selfClosing;
          break;
        case "xf":
          if (inCellXfs) {
            const id = Number(scanner.attr("numFmtId") ?? 0);
            const code = id > 0 ? (custom.get(id) ?? BUILT_IN[id]) : undefined;
            formats.push(code === "General" ? undefined : code);
            scanner.skipElement();
          }
          break;
      }
    } else if (token === CLOSE && scanner.name === "cellXfs") inCellXfs = false;
  }
  return formats;
}

/** The <numFmt> entries of the <numFmts> element just opened, up to its end. */
function readNumberFormats(scanner: XmlScanner, custom: Map<number, string>): void {
  if (scanner.selfClosing) return;
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === CLOSE && scanner.name === "numFmts") return;
    if (token === OPEN && scanner.name === "numFmt") {
      const id = Number(scanner.attr("numFmtId"));
      const code = scanner.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    }
  }
}
