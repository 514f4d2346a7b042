/**
 * docProps/app.xml, the extended properties: Excel lists there the names of the workbook's parts (TitlesOfParts),
 * grouped under headings each with its count (HeadingPairs: «Worksheets» 3, «Named Ranges» 1, …; the titles follow
 * the headings' order). When the writer adds a sheet, its name joins the worksheets' group and the group's count
 * grows with it, so the two lists keep agreeing. A part that lists no sheets (LibreOffice's) or whose worksheets'
 * group cannot be told is left as it was: the properties are a summary no application reads the sheets from.
 */
import {
  childElements,
  escapeText,
  findElement,
  prefixOf,
  splice,
  appendChildren,
  type Span,
} from "./xml-edit";
import { decodeText } from "./xml";

/** The text inside an element without children (decoded). */
function textOf(xml: string, span: Span): string {
  if (span.selfClosing) return "";
  return decodeText(xml.slice(span.tagEnd, xml.lastIndexOf("</", span.end - 1)));
}

interface Group {
  heading: string;
  count: number;
  /** The element holding the count (<vt:i4>), whose text is rewritten. */
  countSpan: Span | undefined;
}

/** The headings and counts of HeadingPairs, in order (each a pair of variants: a name, then a number). */
function headingGroups(xml: string, vector: Span): Group[] {
  const variants = childElements(xml, vector);
  const groups: Group[] = [];
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const name = childElements(xml, variants[i])[0];
    const count = childElements(xml, variants[i + 1])[0];
    groups.push({
      heading: name ? textOf(xml, name) : "",
      count: count ? parseInt(textOf(xml, count), 10) || 0 : 0,
      countSpan: count,
    });
  }
  return groups;
}

/**
 * The app.xml text with `name` listed as one more worksheet. `worksheets` are the names of the workbook's worksheets
 * before it (hidden ones included): they tell the worksheets' group where Excel wrote its heading in the user's
 * language. Returns the text unchanged where the part lists no sheets or the group cannot be told.
 */
export function withWorksheetTitle(xml: string, name: string, worksheets: readonly string[]): string {
  const pairs = findElement(xml, ["Properties", "HeadingPairs"], "vector");
  const titles = findElement(xml, ["Properties", "TitlesOfParts"], "vector");
  if (!pairs || !titles) return xml;
  const groups = headingGroups(xml, pairs);
  const titleSpans = childElements(xml, titles);
  // Each group's titles, in order.
  let first = 0;
  const slices = groups.map((g) => {
    const slice = { from: first, to: first + g.count };
    first += g.count;
    return slice;
  });
  if (first !== titleSpans.length) return xml;
  const known = new Set(worksheets);
  const names = (i: number) =>
    titleSpans.slice(slices[i].from, slices[i].to).map((span) => textOf(xml, span));
  let index = groups.findIndex((g) => g.heading === "Worksheets");
  if (index < 0)
    index = groups.findIndex((g, i) => g.count > 0 && names(i).every((title) => known.has(title)));
  const group = groups[index];
  if (!group?.countSpan || group.countSpan.selfClosing) return xml;

  const vt = prefixOf(titleSpans[0]?.qname ?? pairs.qname);
  const title = `<${vt}lpstr>${escapeText(name)}</${vt}lpstr>`;
  const next = titleSpans[slices[index].to];
  const titlesTag = xml.slice(titles.start, titles.tagEnd);
  const count = group.countSpan;
  const edits: { start: number; end: number; text: string }[] = [
    { start: titles.start, end: titles.tagEnd, text: withSize(titlesTag, titleSpans.length + 1) },
    { start: count.tagEnd, end: xml.lastIndexOf("</", count.end - 1), text: String(group.count + 1) },
  ];
  if (next) edits.push({ start: next.start, end: next.start, text: title });
  // Applied from the end of the text backwards, so each edit's offsets are still good.
  let out = xml;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = splice(out, edit.start, edit.end, edit.text);
  // Appended last: the vector's end moved with the edits above, so it is found again.
  if (!next)
    out = appendChildren(out, findElement(out, ["Properties", "TitlesOfParts"], "vector") as Span, title);
  return out;
}

/** A vector's start tag with its size attribute set (when it has one). */
function withSize(tag: string, size: number): string {
  return tag.replace(/(\ssize\s*=\s*["'])\d*(["'])/, `$1${size}$2`);
}
