/**
 * Excel tables (ListObjects, xl/tables/tableN.xml): a table's header cells are its columns' names, and the table part
 * repeats them (`<tableColumn name="…">`). Excel repairs a file where the two disagree, so when a write changes the
 * text of a header cell (a quick fix converting «X·» typed in TCVN3 to «Xã»), the column is renamed with it. Nothing
 * else of the table part changes; a table without a header row, or a header cell given no text, is left alone.
 */
import { parseRangeA1 } from "../../core/model/address";
import type { CellEdits } from "./patch";
import { OPEN, XmlScanner } from "./xml";
import { childElements, excelEscape, findElement, splice, withAttribute } from "./xml-edit";

/** The text a header cell shows for the value written into it, or undefined when it would show none we can tell. */
function headerText(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The table part with its columns renamed after the header cells the edits write; the same text when none is. */
export function withHeaderNames(xml: string, edits: CellEdits): string {
  const root = findElement(xml, [], "table");
  if (!root) return xml;
  const scanner = new XmlScanner(xml, root.start);
  if (scanner.next() !== OPEN) return xml;
  const range = parseRangeA1(scanner.attr("ref") ?? "");
  if (!range || scanner.attr("headerRowCount") === "0") return xml;
  const header = edits.get(range.top);
  if (!header) return xml;
  const columns = findElement(xml, ["table"], "tableColumns");
  if (!columns) return xml;
  const spans = childElements(xml, columns);
  let out = xml;
  // From the last column to the first, so the earlier spans stay where they were.
  for (let i = spans.length - 1; i >= 0; i--) {
    const edit = header.get(range.left + i);
    const content = edit?.content;
    const name = content && "value" in content ? headerText(content.value) : undefined;
    if (name === undefined) continue;
    const span = spans[i];
    const tag = out.slice(span.start, span.tagEnd);
    const tagScanner = new XmlScanner(tag);
    if (tagScanner.next() === OPEN && tagScanner.attr("name") === name) continue;
    out = splice(out, span.start, span.tagEnd, withAttribute(tag, "name", excelEscape(name)));
  }
  return out;
}
