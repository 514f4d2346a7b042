/** How a table pasted from Word arrives in a Vietnamese-locale Excel: shared by the sample workbook and the tests. */

/** Tab-separated rows, as a Word table copied as text. */
export function tsvRows(tsv: string): string[][] {
  return tsv
    .replace(/\r/g, "")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t"));
}

/** What a Vietnamese-locale Excel makes of a pasted text: "." groups thousands, "," is the decimal mark. */
export function pastedValue(text: string): string | number {
  const s = text.trim();
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^-?\d+(,\d+)?$/.test(s)) return Number(s.replace(",", "."));
  return s;
}
