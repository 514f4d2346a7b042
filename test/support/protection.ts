/**
 * Protection added to a saved package as Excel writes it, for the tests of what the .xlsx port refuses: a sheet's
 * `<sheetProtection>` right after its cells, the workbook's `<workbookProtection lockStructure="1">` after its
 * properties, and cell styles left unlocked (`<protection locked="0"/>`, Format Cells › Protection).
 */
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { pasteTable } from "./fixtures";
import { parts as partsOf } from "./package";
import { edit, sheetPart, type Parts } from "./rich-workbook";
import { excelJsBytes } from "./workbooks";

/** The sheet of protectedForm. */
export const FORM_SHEET = "Dự báo 2021";

/**
 * A protected form as a province sends it, written by another program (ExcelJS): seed 001's forecast at A5 with
 * its figures, its comparison columns G and H empty and unlocked for the district to fill, every other cell locked
 * (Excel's default), the sheet protected without «Format cells». `unlocked` false: G and H left locked too.
 */
export async function protectedForm(options: { unlocked?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(FORM_SHEET);
  const rows = pasteTable(ws, {
    fixture: "seed-001-du-bao-2021",
    origin: { row: 4, col: 0 },
    mode: "numbers",
  });
  for (const r of rows.slice(2)) {
    for (const c of [7, 8]) {
      ws.getCell(r + 1, c).value = null;
      if (options.unlocked !== false) ws.getCell(r + 1, c).protection = { locked: false };
    }
  }
  await ws.protect("", {});
  return excelJsBytes(workbook);
}

function edited(bytes: Uint8Array, change: (parts: Parts) => void): Uint8Array {
  const parts = partsOf(bytes);
  change(parts);
  return zipSync(parts);
}

/**
 * The sheet protected as Excel's Review › Protect Sheet writes it (with a password's hash: nothing to us);
 * `formatCells` true: "Format cells" left allowed; `on` false: the element there with `sheet="0"`.
 */
export function protectSheet(
  bytes: Uint8Array,
  sheet: string,
  options: { formatCells?: boolean; on?: boolean } = {},
): Uint8Array {
  const allow = options.formatCells ? ' formatCells="0"' : "";
  // sheet="0": the element left behind by a program that unprotected the sheet so.
  const on = options.on === false ? "0" : "1";
  const element =
    '<sheetProtection algorithmName="SHA-512" hashValue="c2VjcmV0" saltValue="c2FsdA==" spinCount="100000"' +
    ` sheet="${on}" objects="1" scenarios="1"${allow}/>`;
  return edited(bytes, (parts) =>
    edit(parts, sheetPart(parts, sheet), (xml) =>
      /<sheetData\s*\/>/.test(xml)
        ? xml.replace(/<sheetData\s*\/>/, (cells) => cells + element)
        : xml.replace("</sheetData>", `</sheetData>${element}`),
    ),
  );
}

/** The workbook's structure protected (Review › Protect Workbook). */
export function lockStructure(bytes: Uint8Array): Uint8Array {
  return edited(bytes, (parts) =>
    edit(parts, "xl/workbook.xml", (xml) =>
      xml.replace(/<(bookViews|sheets)[\s>]/, (at) => `<workbookProtection lockStructure="1"/>${at}`),
    ),
  );
}

/**
 * Every cell style unlocked but those `keepLocked` picks (by the style's text): the cells of a form an official may
 * type into when the sheet is protected.
 */
export function unlockStyles(
  bytes: Uint8Array,
  keepLocked: (xf: string) => boolean = () => false,
): Uint8Array {
  return edited(bytes, (parts) =>
    edit(parts, "xl/styles.xml", (xml) =>
      xml.replace(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/, (cellXfs) =>
        cellXfs.replace(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g, (xf) => {
          if (keepLocked(xf)) return xf;
          const open = xf.replace(/^<xf\b/, '<xf applyProtection="1"');
          return open.endsWith("/>")
            ? `${open.slice(0, -2)}><protection locked="0"/></xf>`
            : open.replace("</xf>", '<protection locked="0"/></xf>');
        }),
      ),
    ),
  );
}
