/**
 * Quick fixes and undo over the xlsx port, on seed 001's appendices as pasted from Word: fix everything mechanical,
 * check again, let LibreOffice recalculate the formulas written, then undo and compare the saved file cell by cell
 * with the original.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { a1 } from "../../../src/core/model/address";
import { applyFixes, checkAction, previewFixes, undoLastFix, lastFix } from "../../../src/core/actions";
import type { Finding } from "../../../src/core/check/types";
import { encodeLegacy } from "../../../src/core/text";
import type { XlsxPort } from "../../../src/xlsx/port";
import { tempDir } from "../../support/cli";
import { libreOfficeRequired, recalculate, resultOf } from "../../support/libreoffice";
import { bookOf, portOf, type Book } from "../../support/workbooks";
import { bookOfPort, countingPort, reloaded, seedPort, seedWorkbook, typeInto } from "./support";

const MECHANICAL = ["number/text", "text/legacy-encoding", "comparison/missing"];
const FORECAST = "Dự báo 2021";

/** Everything a fix may change in a cell, as saved: value (formula text for a formula), number format, font. */
function cellSnapshot(book: Book): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of book.names) {
    const ws = book.sheet(name);
    const addresses = new Set<string>();
    ws.model.rows.forEach((cells, r) => cells?.forEach((_, c) => addresses.add(a1(r, c))));
    ws.layout.styles.forEach((styles, r) => styles?.forEach((_, c) => addresses.add(a1(r, c))));
    for (const address of addresses) {
      const cell = ws.cell(address);
      const content = cell?.formula !== undefined ? `=${cell.formula}` : (cell?.value ?? null);
      const format = ws.numberFormat(address) ?? "General";
      const font = ws.fontName(address) ?? null;
      const entry = JSON.stringify([content, format, font]);
      if (content !== null || format !== "General") out.set(`${name}!${address}`, entry);
    }
  }
  return out;
}

const key = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

/** Seed 001 pasted as text, with a TCVN3 indicator name in a .VnTime cell as an old document has it. */
function pastedSeed(): ExcelJS.Workbook {
  const wb = seedWorkbook("text");
  const cell = wb.getWorksheet(FORECAST)!.getCell("B60");
  cell.value = encodeLegacy("Ghi chú: số liệu ước thực hiện", "tcvn3");
  cell.font = { name: ".VnTime", size: 13 };
  return wb;
}

describe("fix all, check again, undo", () => {
  it("mends every mechanical finding, keeps the real errors, and undo gives back the original cells", async () => {
    const opened = await portOf(pastedSeed());
    const originalCells = cellSnapshot(bookOfPort(opened));
    const port = countingPort(opened);

    const before = await checkAction(port);
    expect(before.issues.filter((f) => f.code === "number/text").length).toBeGreaterThan(150);
    expect(before.issues.some((f) => f.code === "text/legacy-encoding")).toBe(true);
    const plan = await previewFixes(port, before.issues);
    // Nothing is written by the preview.
    expect(port.calls.writeStates ?? 0).toBe(0);
    expect(plan.toConfirm.length).toBeGreaterThan(0);

    port.reset();
    const outcome = await applyFixes(port, plan.changes);
    expect(port.calls).toEqual({ readCells: 1, writeStates: 1 });
    expect(outcome.skipped).toEqual([]);
    expect(outcome.applied.length).toBe(plan.changes.length);

    // The legacy cell: Unicode text and Times New Roman, its size kept.
    const fixed = bookOfPort(opened).sheet(FORECAST);
    expect(fixed.value("B60")).toBe("Ghi chú: số liệu ước thực hiện".normalize("NFC"));
    expect(fixed.fontName("B60")).toBe("Times New Roman");
    expect(opened.document.styles.fontSize(fixed.style("B60"))).toBe(13);

    // Closed and opened again: the check has no mechanical findings left, the errors are the same.
    const saved = opened.save();
    const after = await checkAction(reloaded(opened));
    expect(after.issues.filter((f) => MECHANICAL.includes(f.code)).map(key)).toEqual([]);
    const errors = (fs: Finding[]) =>
      fs
        .filter((f) => f.severity === "error")
        .map(key)
        .sort();
    expect(errors(after.issues)).toEqual(errors(before.issues));
    // Typed comparisons were not confirmed: still reported.
    expect(after.issues.filter((f) => f.code === "comparison/mismatch").length).toBe(
      before.issues.filter((f) => f.code === "comparison/mismatch").length,
    );

    // The snapshot sees the fix (so its equality after undo means something).
    const fixedCells = cellSnapshot(bookOf(saved));
    expect(fixedCells.get(`${FORECAST}!B60`)).toContain("Times New Roman");
    expect(originalCells.get(`${FORECAST}!B60`)).toContain(".VnTime");
    expect([...fixedCells.entries()].sort()).not.toEqual([...originalCells.entries()].sort());

    // Undo after reopening: the record is in the workbook.
    const reopened = reloaded(opened);
    expect((await lastFix(reopened))?.changes.length).toBe(plan.changes.length);
    const undone = await undoLastFix(reopened);
    expect(undone?.edited).toEqual([]);
    expect(undone?.restored.length).toBe(plan.changes.length);
    expect(await lastFix(reopened)).toBeUndefined();
    expect(await undoLastFix(reopened)).toBeUndefined();
    const restoredCells = cellSnapshot(bookOf(reopened.save()));
    expect([...restoredCells.entries()].sort()).toEqual([...originalCells.entries()].sort());
  });

  it.runIf(libreOfficeRequired)(
    "LibreOffice's recalculated comparison cells equal what the figures give",
    async () => {
      const port = await seedPort("text");
      const { issues } = await checkAction(port);
      const plan = await previewFixes(port, issues);
      await applyFixes(port, plan.changes);
      const missing = issues.filter((f) => f.code === "comparison/missing");
      expect(missing.length).toBeGreaterThan(10);
      const file = path.join(tempDir(), "fixed.xlsx");
      writeFileSync(file, port.save());
      const [recalculated] = await recalculate([file]);
      for (const f of missing) {
        const result = resultOf(recalculated, f.sheet, f.cell);
        expect(typeof result, `${f.sheet}!${f.cell}`).toBe("number");
        // The checker's expected value is rounded to two decimals.
        expect(Math.abs((result as number) - (f.expected as number)), `${f.sheet}!${f.cell}`).toBeLessThan(
          0.006,
        );
      }
    },
    240_000,
  );
});

describe("hand edits and confirmations", () => {
  it("undo leaves a cell edited after the fix alone and reports it", async () => {
    const port = await seedPort("text");
    const { issues } = await checkAction(port);
    const plan = await previewFixes(port, issues, { only: ["number/text"] });
    await applyFixes(port, plan.changes);
    const [first, second] = plan.changes;
    await typeInto(port, first.sheet, { [first.cell]: 12345 });
    const undone = await undoLastFix(port);
    expect(undone?.edited.map((c) => c.cell)).toEqual([first.cell]);
    expect(bookOfPort(port).sheet(first.sheet).value(first.cell)).toBe(12345);
    expect(bookOfPort(port).sheet(second.sheet).value(second.cell)).toBe(second.before.value);
  });

  it("a fix skips a cell edited between the preview and the fix", async () => {
    const port = await seedPort("text");
    const { issues } = await checkAction(port);
    const plan = await previewFixes(port, issues, { only: ["number/text"] });
    const [first] = plan.changes;
    await typeInto(port, first.sheet, { [first.cell]: "sửa tay" });
    const outcome = await applyFixes(port, plan.changes);
    expect(outcome.skipped.map((c) => c.cell)).toEqual([first.cell]);
    expect(bookOfPort(port).sheet(first.sheet).value(first.cell)).toBe("sửa tay");
  });

  it("a typed comparison gets its formula only in the cells confirmed", async () => {
    const port: XlsxPort = await seedPort("numbers");
    const { issues } = await checkAction(port);
    const first = await previewFixes(port, issues, { only: ["comparison/mismatch"] });
    expect(first.changes).toEqual([]);
    expect(first.toConfirm.length).toBeGreaterThan(1);
    const [chosen, other] = first.toConfirm;
    const plan = await previewFixes(port, issues, { only: ["comparison/mismatch"], confirmed: [chosen] });
    expect(plan.changes.map((c) => c.cell)).toEqual([chosen.cell]);
    await applyFixes(port, plan.changes);
    expect(bookOfPort(port).sheet(chosen.sheet).formula(chosen.cell)).toBe(chosen.after.formula);
    expect(bookOfPort(port).sheet(other.sheet).value(other.cell)).toBe(other.before.value);
  });
});
