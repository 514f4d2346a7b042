/** The web page's reducer: answers about a workbook no longer open change nothing; messages follow the language. */
import { describe, expect, it } from "vitest";
import { initialPage, pageReducer, type Doc, type PageState, type Snapshot } from "../../src/web/state/page";
import type { XlsxPort } from "../../src/xlsx/port";

const portA = { name: "a" } as unknown as XlsxPort;
const portB = { name: "b" } as unknown as XlsxPort;
const doc = (id: number, port: XlsxPort): Doc => ({
  id,
  port,
  source: "x.xlsx",
  title: { file: "x.xlsx" },
  lang: "vi",
});
const snapshot = (names: string[]): Snapshot => ({ names, sheets: [], looks: [], findings: [] });

function opened(port: XlsxPort, id = 1): PageState {
  return pageReducer(initialPage(), { type: "opened", doc: doc(id, port) });
}

describe("pageReducer", () => {
  it("drops snapshots, changes and selections of a workbook no longer on the page", () => {
    const state = opened(portB, 2);
    expect(pageReducer(state, { type: "snapshot", port: portA, snapshot: snapshot(["S"]) })).toBe(state);
    expect(pageReducer(state, { type: "changed", port: portA })).toBe(state);
    expect(pageReducer(state, { type: "selected", port: portA, sheet: "S", cell: "B2" })).toBe(state);
  });

  it("keeps the sheet on show when it still exists, else the workbook's active sheet", () => {
    let state = opened(portA);
    state = pageReducer(state, {
      type: "snapshot",
      port: portA,
      snapshot: snapshot(["A", "B"]),
      active: "B",
    });
    expect(state.activeSheet).toBe("B");
    state = pageReducer(state, { type: "sheet", name: "A" });
    state = pageReducer(state, {
      type: "snapshot",
      port: portA,
      snapshot: snapshot(["A", "B", "C"]),
      active: "C",
    });
    expect(state.activeSheet).toBe("A");
    state = pageReducer(state, { type: "snapshot", port: portA, snapshot: snapshot(["C"]), active: "C" });
    expect(state.activeSheet).toBe("C");
  });

  it("remembers the last cell selected on each sheet, and forgets them with the workbook", () => {
    let state = opened(portA);
    state = pageReducer(state, { type: "selected", port: portA, sheet: "A", cell: "C7" });
    state = pageReducer(state, { type: "selected", port: portA, sheet: "B", cell: "D2" });
    expect(state.activeSheet).toBe("B");
    expect([...state.lastCells]).toEqual([
      ["A", "C7"],
      ["B", "D2"],
    ]);
    state = pageReducer(state, { type: "opened", doc: doc(2, portB) });
    expect(state.lastCells.size).toBe(0);
    expect(state.selection).toBeUndefined();
  });

  it("keeps the download notice as a message key, so that it follows the language switch", () => {
    let state = pageReducer(opened(portA), { type: "changed", port: portA });
    expect(state.dirty).toBe(true);
    state = pageReducer(state, { type: "saved", file: "x-phuluc.xlsx" });
    expect(state.dirty).toBe(false);
    expect(state.notice).toEqual({ key: "web.download.done", params: { file: "x-phuluc.xlsx" } });
    state = pageReducer(state, { type: "lang", lang: "en" });
    expect(state.notice?.key).toBe("web.download.done");
  });

  it("restarts the pane in the new language when the header switches it", () => {
    const state = pageReducer(opened(portA), { type: "pane-lang", lang: "en" });
    expect(state.paneKey).toBe(1);
    expect(state.doc?.lang).toBe("en");
  });
});
