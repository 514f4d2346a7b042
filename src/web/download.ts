/**
 * The page's workbook files: the kinds its file choosers offer, what a download is called, and the download itself
 * (a link to a Blob: nothing leaves the machine).
 */

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/**
 * The file choosers' accepted types: .xlsx (and .xlsm, a workbook with macros) offered first, but any file can be
 * chosen (and is told off).
 */
export const ACCEPT = `.xlsx,.xlsm,${XLSX_TYPE},${XLSM_TYPE}`;

/**
 * "bao-cao.xlsx" → "bao-cao-phuluc.xlsx" (a file already ending in "-phuluc" is not suffixed twice); a workbook with
 * macros stays .xlsm (Excel refuses one named .xlsx).
 */
export function downloadName(original: string, macros = false): string {
  const base = original.replace(/\.[^.\\/]*$/, "").replace(/-phuluc$/i, "") || "phu-luc";
  return `${base}-phuluc.${macros ? "xlsm" : "xlsx"}`;
}

/** Starts a download of `bytes` named `name`. */
export function saveAs(bytes: Uint8Array, name: string, macros: boolean): void {
  const url = URL.createObjectURL(
    new Blob([new Uint8Array(bytes)], { type: macros ? XLSM_TYPE : XLSX_TYPE }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A Blob of workbook bytes to link to (the consolidation's download). */
export function workbookBlob(bytes: Uint8Array): Blob {
  return new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE });
}
