/**
 * Writes Excel would «repair» though LibreOffice opens them without a word, each found by the strict checker
 * (test/support/strict.ts) on a workbook shaped as Excel writes it, and each checked here on that shape.
 */
import { strFromU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { parts } from "../support/package";
import { edit, enrich, PLAN, richCells, sheetPart } from "../support/rich-workbook";
import { insertTemplates } from "../../src/core/actions";
import { addedProblems, strictProblems } from "../support/strict";
import { bookOf, portOfBytes } from "../support/workbooks";

let rich: Uint8Array;

beforeAll(async () => {
  rich = enrich(await richCells());
}, 120_000);

/** The rich district workbook with the plan's first view written as `view` (before its cells). */
function withPlanView(view: string): { bytes: Uint8Array; part: string } {
  const all = parts(rich);
  const part = sheetPart(all, PLAN);
  edit(all, part, (xml) =>
    xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>|(?=<sheetFormatPr)/, `<sheetViews>${view}</sheetViews>`),
  );
  return { bytes: zipSync(all), part };
}

/** The first sheetView element of the part. */
function viewOf(bytes: Uint8Array, part: string): string {
  return /<sheetView\b[\s\S]*?<\/sheetView>/.exec(strFromU8(parts(bytes)[part]))?.[0] ?? "";
}

describe("opening a saved workbook on a cell (the page's download, the pane's select)", () => {
  it("puts the active pane's new selection before a pivot table's selection, as the schema orders them", async () => {
    // A sheet showing a pivot table, its header rows frozen, the active cell never moved (Excel writes no
    // <selection> for A1): the view holds the pane and the pivot table's selection only.
    const pivot =
      '<pivotSelection pane="bottomLeft" showHeader="1" activeRow="6" previousRow="6" click="1">' +
      '<pivotArea type="data" outline="0" fieldPosition="0"/></pivotSelection>';
    const pane = '<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>';
    const { bytes, part } = withPlanView(`<sheetView workbookViewId="0">${pane}${pivot}</sheetView>`);
    expect(strictProblems(bytes)).toEqual([]);
    const port = portOfBytes(bytes);
    await port.select(PLAN, "D12");
    const saved = port.save();
    expect(viewOf(saved, part)).toBe(
      `<sheetView workbookViewId="0" tabSelected="1">${pane}` +
        `<selection pane="bottomLeft" activeCell="D12" sqref="D12"/>${pivot}</sheetView>`,
    );
    expect(strictProblems(saved)).toEqual([]);
  });

  it("puts it before the view's extension list", async () => {
    const ext =
      '<extLst><ext uri="{00000000-0000-0000-0000-000000000000}" xmlns:x99="urn:example:view">' +
      '<x99:note val="1"/></ext></extLst>';
    const { bytes, part } = withPlanView(`<sheetView workbookViewId="0">${ext}</sheetView>`);
    const port = portOfBytes(bytes);
    await port.select(PLAN, "E9");
    const saved = port.save();
    expect(viewOf(saved, part)).toBe(
      `<sheetView workbookViewId="0" tabSelected="1"><selection activeCell="E9" sqref="E9"/>${ext}</sheetView>`,
    );
    expect(strictProblems(saved)).toEqual([]);
  });
});

describe("a view's pane written without activePane (the schema's default: the top left pane)", () => {
  // Split both ways, not frozen, each pane with its selection; no activePane, so the top left pane is active and its
  // selection (no pane attribute, the same default) holds the active cell.
  const pane = '<pane xSplit="2355" ySplit="1620" topLeftCell="C7"/>';
  const others =
    '<selection pane="topRight" activeCell="C2" sqref="C2"/>' +
    '<selection pane="bottomLeft" activeCell="A9" sqref="A9"/>' +
    '<selection pane="bottomRight" activeCell="F11" sqref="F11"/>';

  it("is read with the top left pane's selection as the active cell", () => {
    const { bytes } = withPlanView(
      `<sheetView workbookViewId="0">${pane}${others}<selection activeCell="B3" sqref="B3"/></sheetView>`,
    );
    expect(bookOf(bytes).sheet(PLAN).layout.activeCell).toBe("B3");
  });

  const selects: [string, string, string][] = [
    ["moves that selection when a cell is selected, the other panes' left as they were", "B3", "D12"],
    ["gives the top left pane a selection (no pane attribute) when it had none", "", "E9"],
  ];
  for (const [what, before, cell] of selects) {
    it(what, async () => {
      const topLeft = before && `<selection activeCell="${before}" sqref="${before}"/>`;
      const { bytes, part } = withPlanView(
        `<sheetView workbookViewId="0">${pane}${others}${topLeft}</sheetView>`,
      );
      expect(bookOf(bytes).sheet(PLAN).layout.activeCell).toBe(before || undefined);
      const port = portOfBytes(bytes);
      await port.select(PLAN, cell);
      const saved = port.save();
      expect(viewOf(saved, part)).toBe(
        `<sheetView workbookViewId="0" tabSelected="1">${pane}${others}` +
          `<selection activeCell="${cell}" sqref="${cell}"/></sheetView>`,
      );
      expect(bookOf(saved).sheet(PLAN).layout.activeCell).toBe(cell);
      expect(strictProblems(saved)).toEqual([]);
    });
  }
});

describe("cell styles added to a styles part without the Normal style's format", () => {
  it("gives the part that format (<cellStyleXfs>), which every new style is based on", async () => {
    // Some writers leave out <cellStyleXfs> and <cellStyles>, their cell styles based on nothing.
    const all = parts(rich);
    edit(all, "xl/styles.xml", (xml) =>
      xml
        .replace(/<cellStyleXfs\b[\s\S]*?<\/cellStyleXfs>/, "")
        .replace(/<cellStyles\b[\s\S]*?<\/cellStyles>/, "")
        .replace(/ xfId="\d+"/g, ""),
    );
    const bytes = zipSync(all);
    const port = portOfBytes(bytes);
    await insertTemplates(port, { templateIds: ["du-bao"], year: 2026, unit: "huyện Mường Ảng" });
    const saved = port.save();
    const styles = strFromU8(parts(saved)["xl/styles.xml"]);
    expect(styles).toContain(
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count=',
    );
    expect(addedProblems(bytes, saved)).toEqual([]);
  });
});
