/**
 * ExcelApi 1.20 on the test host: Excel's own undo covers add-in writes, one entry per sync unless a run merges its
 * syncs (mergeUndoGroup). The adapter makes every action one entry, so one Ctrl+Z takes it back whole; it calls no
 * API without undo support (which would clear the user's undo stack); it survives UndoNotSupported; and the pane's
 * own undo, kept for the hosts below 1.20 and for after reopening, finds a fix Excel already undid and writes nothing.
 */
import { describe, expect, it } from "vitest";
import { applyFixes, clearFindingMarks, lastFix, markFindings, undoLastFix } from "../../src/core/actions";
import type { Finding } from "../../src/core/check/types";
import { describeError } from "../../src/taskpane/state/errors";
import { FakeWorkbook, UNDO_UNSUPPORTED } from "./fake-excel";
import { duBaoPlan, fillDataSheet, portOn, syncsOf } from "./support";

/** 40 000 long formulas: over 4 MB of request, so the write takes several syncs. */
const bigWrite = () => {
  const long = "IF(ISNUMBER(A1)," + "A1+".repeat(60) + '0,"")';
  return Array.from({ length: 40_000 }, (_, i) => ({ row: i, col: 1, formula: long }));
};

describe("Excel's own undo (ExcelApi 1.20)", () => {
  it("makes a write of several syncs one undo entry: one Ctrl+Z takes all of it back", async () => {
    const book = new FakeWorkbook({ apiVersion: 20 });
    const sheet = book.addSheet("S");
    const { port } = portOn(book);
    const syncs = await syncsOf(book, () => port.writeCells({ S: bigWrite() }));
    expect(syncs).toBeGreaterThan(1);
    expect(book.undoStack).toHaveLength(1);
    expect(book.runs).toEqual([{ mergeUndoGroup: true, delayForCellEdit: true }]);
    expect(book.undo()).toBe(true);
    expect(sheet.at("B1").formula).toBeUndefined();
    expect(sheet.at("B40000").formula).toBeUndefined();
  });

  it("groups only writes, and only from 1.20", async () => {
    for (const apiVersion of [13, 20]) {
      const book = new FakeWorkbook({ apiVersion });
      fillDataSheet(book.addSheet("S"), 3);
      const { port } = portOn(book);
      await port.read(["S"]);
      await port.select("S", "C6");
      await port.writeCells({ S: [{ row: 0, col: 0, value: 1 }] });
      expect(book.runs.map((r) => r.mergeUndoGroup === true)).toEqual([false, false, apiVersion >= 20]);
    }
  });

  it("calls no API without undo support: each action is one entry and the user's stack is never cleared", async () => {
    const book = new FakeWorkbook({ apiVersion: 20 });
    const sheet = book.addSheet("Dự báo 2021");
    sheet.put("D6", { value: "4.300" });
    const { port } = portOn(book);
    // The user's own earlier action, already on the stack.
    book.undoStack.push(book.snapshot());
    const finding: Finding = {
      sheet: "Dự báo 2021",
      cell: "D6",
      severity: "warning",
      code: "number/text",
      params: {},
    };
    const actions: [string, () => Promise<unknown>][] = [
      ["insert", () => port.addSheets([duBaoPlan()])],
      ["fill", () => port.writeCells({ "Dự báo 2021": [{ row: 5, col: 6, formula: "F6/D6*100" }] })],
      ["mark", () => markFindings(port, [finding])],
      ["unmark", () => clearFindingMarks(port)],
      [
        "fix",
        () =>
          applyFixes(port, [
            { ...finding, codes: ["number/text"], before: { value: "4.300" }, after: { value: 4300 } },
          ]),
      ],
      ["undo", () => undoLastFix(port)],
    ];
    for (const [name, act] of actions) {
      const before = book.undoStack.length;
      await act();
      expect(book.undoStack.length, name).toBe(before + 1);
    }
    for (const api of UNDO_UNSUPPORTED) expect(book.calls).not.toContain(api);
    // Ctrl+Z six times takes every action back; the user's own entry is still there under them.
    for (let i = 0; i < actions.length; i++) book.undo();
    expect(book.undoStack).toHaveLength(1);
    expect(book.sheets.map((s) => s.name)).toEqual(["Dự báo 2021"]);
  });

  it("writes all the same when the build says UndoNotSupported, once more without grouping", async () => {
    const book = new FakeWorkbook({ apiVersion: 20 });
    const sheet = book.addSheet("S");
    book.undoUnsupported.add("range.formulas"); // a build without undo for this
    const { port } = portOn(book);
    await port.writeCells({ S: [{ row: 0, col: 0, value: 5 }] });
    expect(sheet.at("A1").value).toBe(5);
    expect(book.runs.map((r) => r.mergeUndoGroup === true)).toEqual([true, false]);
  });

  it("tells a partial write that Ctrl+Z takes its first parts back", async () => {
    const book = new FakeWorkbook({ apiVersion: 20 });
    book.addSheet("S");
    book.addSheet("Khoá").protected = true;
    const { port } = portOn(book);
    const error = await port
      .writeCells({ S: bigWrite(), Khoá: [{ row: 0, col: 0, value: 1 }] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "protected", details: { partial: true, undoable: true } });
    expect(describeError(error, "vi")).toContain("Nhấn Ctrl+Z trong Excel để hoàn tác phần đã ghi");
    expect(book.undo()).toBe(true);
    expect(book.sheet("S").at("B1").formula).toBeUndefined();
  });

  it("finds a fix Excel's undo already took back: the pane's undo writes nothing and reports no edited cell", async () => {
    const book = new FakeWorkbook({ apiVersion: 20 });
    const sheet = book.addSheet("S");
    sheet.put("D6", { value: "4.300" }).put("D7", { value: "88,8" });
    const { port } = portOn(book);
    const change = (cell: string, text: string, value: number) => ({
      sheet: "S",
      cell,
      codes: ["number/text"],
      before: { value: text },
      after: { value },
    });
    await applyFixes(port, [change("D6", "4.300", 4300), change("D7", "88,8", 88.8)]);
    expect(book.undo()).toBe(true); // Ctrl+Z in Excel
    expect(sheet.at("D6").value).toBe("4.300");
    expect((await lastFix(port))?.changes).toHaveLength(2);
    const writes = book.undoStack.length;
    const undone = await undoLastFix(port);
    expect(undone?.restored.map((c) => c.cell)).toEqual(["D6", "D7"]);
    expect(undone?.edited).toEqual([]);
    expect(book.undoStack.length).toBe(writes); // nothing written
    expect(await lastFix(port)).toBeUndefined();
  });
});
