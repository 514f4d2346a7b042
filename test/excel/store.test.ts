/**
 * The records the adapter keeps in the document settings (src/excel/store.ts) on the test host, whose settings refuse
 * a bag over 2 MB (fake-settings.ts): the whole bag budgeted in UTF-8 bytes under 1 MB whatever its records hold,
 * the undo record kept before the cells change, and a save that fails told, never swallowed.
 */
import { describe, expect, it } from "vitest";
import { applyFixes, clearFindingMarks, lastFix, markFindings, undoLastFix } from "../../src/core/actions";
import type { Finding } from "../../src/core/check/types";
import { a1 } from "../../src/core/model/address";
import type { CellChange, CellMark } from "../../src/core/port";
import { UNDO_KEY } from "../../src/excel/cell-states";
import { MARKS_KEY } from "../../src/excel/marks";
import { SETTINGS_KEY, STORE_BUDGET_BYTES, STORE_KEYS } from "../../src/excel/store";
import { describeError } from "../../src/taskpane/state/errors";
import { FakeWorkbook } from "./fake-excel";
import { portOn } from "./support";

const SHEET = "Dự báo 2026";

/** `rows` rows of a long Vietnamese name stored in .VnTime, to be swapped for Times New Roman. */
function namesBook(rows: number, text: (row: number) => string) {
  const book = new FakeWorkbook();
  const sheet = book.addSheet(SHEET);
  const changes: CellChange[] = [];
  for (let row = 0; row < rows; row++) {
    sheet.put(a1(row, 1), { value: text(row), font: { name: ".VnTime" } });
    changes.push({
      sheet: SHEET,
      cell: a1(row, 1),
      codes: ["text/legacy-encoding"],
      before: { value: text(row), font: { name: ".VnTime" } },
      after: { value: `${text(row)}.`, font: { name: "Times New Roman" } },
    });
  }
  return { book, sheet, changes, ...portOn(book) };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("the settings budget", () => {
  it("weighs the undo record in UTF-8 bytes of the whole bag: Vietnamese text and escaped quotes count", async () => {
    // 3 000 cells of 150 Vietnamese letters, before and after: 1,08 million characters of record (a budget of
    // 1,5 million characters let it through), 1,34 MB as the bag saves it.
    const { book, changes, port, store } = namesBook(
      3000,
      (row) => `${row} ${"Ủy ban nhân dân xã ".repeat(8)}`,
    );
    const error = await failure(applyFixes(port, changes));
    expect(JSON.stringify(changes).length).toBeLessThan(1_500_000);
    expect(error).toMatchObject({ code: "undo-too-large", details: { cells: 3000 } });
    expect(describeError(error, "vi")).toBe(
      "Lần sửa này thay đổi 3.000 ô, quá nhiều để lưu bản hoàn tác trong sổ tính, nên chưa ô nào bị sửa: hãy sửa từng loại lỗi hoặc từng trang tính một (hoặc bỏ đánh dấu ô trước).",
    );
    expect(book.sheet(SHEET).at("B1").font.name).toBe(".VnTime"); // nothing written
    expect(store.has(UNDO_KEY)).toBe(false);
    expect(store.saves.count).toBe(0);
    // 500 of them fit.
    expect((await applyFixes(port, changes.slice(0, 500))).undoSaved).toBe(true);
    expect(store.bytes()).toBeLessThanOrEqual(STORE_BUDGET_BYTES);
  });

  it("counts whatever the other records hold: the marks, and settings with fields of a newer pane", async () => {
    const { changes, port, store } = namesBook(300, (row) => `Chỉ tiêu ${row} ${"x".repeat(700)}`);
    // About 0.4 MB of record: it fits an empty bag …
    store.set(SETTINGS_KEY, JSON.stringify({ year: 2026, columns: "đ".repeat(330_000) }));
    // … but not beside settings of 0.66 MB (a field this pane does not know is still weighed).
    await expect(applyFixes(port, changes)).rejects.toMatchObject({ code: "undo-too-large" });
    store.remove(SETTINGS_KEY);
    const outcome = await applyFixes(port, changes);
    expect(outcome).toMatchObject({ undoSaved: true });
    expect(outcome.applied).toHaveLength(300);
  });

  it("marks only the first cells whose previous fills fit beside the other records, and says how many", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("S");
    const marks: CellMark[] = [];
    for (let row = 0; row < 12_000; row++) {
      for (let col = 0; col < 3; col++) {
        sheet.put(a1(row, col), { value: row, fill: { color: "#FFFF00", pattern: "Solid" } });
        marks.push({ sheet: "S", cell: a1(row, col), severity: "warning" });
      }
    }
    const { port, store } = portOn(book);
    const findings: Finding[] = marks.map((m) => ({ ...m, code: "number/text", params: {} }));
    const summary = await markFindings(port, findings);
    expect(summary.of).toBe(36_000);
    expect(summary.cells).toBeGreaterThan(10_000);
    expect(summary.cells).toBeLessThan(36_000);
    expect(summary.saved).toBe(true);
    expect(store.bytes()).toBeLessThanOrEqual(STORE_BUDGET_BYTES);
    expect(book.sheet("S").at(marks[summary.cells - 1].cell).fill?.color).toBe("#FFEB9C");
    expect(book.sheet("S").at(marks[summary.cells].cell).fill?.color).toBe("#FFFF00"); // not marked
    expect(await clearFindingMarks(port)).toEqual({ saved: true });
    expect(book.sheet("S").at(marks[0].cell).fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(store.has(MARKS_KEY)).toBe(false);
  });

  it("writes no setting outside the names it budgets", async () => {
    const { changes, port, store } = namesBook(5, (row) => `Tên ${row}`);
    await port.saveSettings({ year: 2026, lang: "vi" });
    await markFindings(port, [
      { sheet: SHEET, cell: "B1", severity: "error", code: "number/text", params: {} },
    ]);
    await applyFixes(port, changes);
    await undoLastFix(port);
    expect([...store.namesSet].sort()).toEqual([...STORE_KEYS].sort());
  });
});

describe("the undo record and its save", () => {
  it("keeps the record before the cells change: a write stopped half way can be undone", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet(SHEET);
    sheet.put("D6", { value: "4.300" });
    book.addSheet("Khoá").put("D6", { value: "88,8" });
    book.sheet("Khoá").protected = true;
    const { port, store } = portOn(book);
    const change = (sheetName: string, text: string, value: number): CellChange => ({
      sheet: sheetName,
      cell: "D6",
      codes: ["number/text"],
      before: { value: text },
      after: { value },
    });
    // One sync: D6 of the first sheet is written, then Excel refuses the protected sheet (this port never read it).
    const changes = [change(SHEET, "4.300", 4300), change("Khoá", "88,8", 88.8)];
    const error = await failure(
      port.writeStates(
        changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.after.value })),
        { at: "2026-06-01T00:00:00.000Z", changes },
      ),
    );
    expect(error).toMatchObject({ code: "protected", details: { sheet: "Khoá" } });
    expect(sheet.at("D6").value).toBe(4300);
    expect(store.savedEntries()).toHaveProperty([UNDO_KEY]); // in the document, not only in memory
    expect((await lastFix(port))?.changes).toHaveLength(2);
    const undone = await undoLastFix(port);
    expect(sheet.at("D6").value).toBe("4.300");
    expect(undone?.restored.map((c) => c.sheet)).toEqual([SHEET, "Khoá"]); // Khoá's cell was never changed
    expect(undone?.edited).toEqual([]);
  });

  it("says the fix is made when only the record's save fails, and keeps the record while the pane is open", async () => {
    const { book, changes, port, store } = namesBook(3, (row) => `Tên ${row}`);
    store.refuseSaves = true;
    const outcome = await applyFixes(port, changes);
    expect(outcome).toMatchObject({ undoSaved: false });
    expect(outcome.applied).toHaveLength(3);
    expect(book.sheet(SHEET).at("B1").font.name).toBe("Times New Roman");
    expect(store.savedEntries()).not.toHaveProperty([UNDO_KEY]);
    expect((await lastFix(port))?.changes).toHaveLength(3); // the pane's Hoàn tác still works in this session
    await undoLastFix(port);
    expect(book.sheet(SHEET).at("B1").font.name).toBe(".VnTime");
  });

  it("reports the marks' save failing, for marking and for clearing", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S").put("B2", { value: 1 });
    const { port, store } = portOn(book);
    store.refuseSaves = true;
    const finding: Finding = { sheet: "S", cell: "B2", severity: "error", code: "number/text", params: {} };
    expect(await markFindings(port, [finding])).toEqual({ cells: 1, of: 1, saved: false });
    expect(await clearFindingMarks(port)).toEqual({ saved: false });
    expect(book.sheet("S").at("B2").fill).toBeUndefined();
    store.refuseSaves = false;
    expect(await markFindings(port, [finding])).toEqual({ cells: 1, of: 1, saved: true });
  });
});
