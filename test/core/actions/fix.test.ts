/**
 * Quick fixes and undo over the xlsx port, on seed 001's appendices as pasted from Word: fix everything mechanical,
 * check again, let LibreOffice recalculate the formulas written, then undo and compare the saved file cell by cell
 * with the original.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { applyFixes, checkAction, previewFixes, undoLastFix, lastFix } from "../../../src/core/actions";
import type { Finding } from "../../../src/core/check/types";
import { encodeLegacy } from "../../../src/core/text";
import { createXlsxPort } from "../../../src/xlsx/port";
import { tempDir } from "../../support/cli";
import { libreOfficeRequired, recalculate, resultOf } from "../../support/libreoffice";
import { countingPort, reloaded, seedWorkbook, sheet } from "./support";

const MECHANICAL = ["number/text", "text/legacy-encoding", "comparison/missing"];
const FORECAST = "Dự báo 2021";

/** Everything a fix may change in a cell, as saved: value (formula text for a formula), number format, font. */
function cellSnapshot(workbook: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of workbook.worksheets) {
    if (ws.state === "veryHidden") continue;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        const content =
          v && typeof v === "object" && "formula" in v ? `=${(v as ExcelJS.CellFormulaValue).formula}` : v;
        const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "General";
        const entry = JSON.stringify([content ?? null, format, cell.font?.name ?? null]);
        if (content !== null && content !== undefined) out.set(`${ws.name}!${cell.address}`, entry);
        else if (format !== "General" || cell.font?.name) out.set(`${ws.name}!${cell.address}`, entry);
      }),
    );
  }
  return out;
}

const key = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;

/** Seed 001 pasted as text, with a TCVN3 indicator name in a .VnTime cell as an old document has it. */
function pastedSeed(): ExcelJS.Workbook {
  const wb = seedWorkbook("text");
  const cell = sheet(wb, FORECAST).getCell("B60");
  cell.value = encodeLegacy("Ghi chú: số liệu ước thực hiện", "tcvn3");
  cell.font = { name: ".VnTime", size: 13 };
  return wb;
}

describe("fix all, check again, undo", () => {
  it("mends every mechanical finding, keeps the real errors, and undo gives back the original cells", async () => {
    const original = pastedSeed();
    const originalCells = cellSnapshot(await reloaded(original));
    const workbook = await reloaded(original);
    const port = countingPort(createXlsxPort(workbook));

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
    const legacy = sheet(workbook, FORECAST).getCell("B60");
    expect(legacy.value).toBe("Ghi chú: số liệu ước thực hiện".normalize("NFC"));
    expect(legacy.font).toMatchObject({ name: "Times New Roman", size: 13 });

    // Closed and opened again: the check has no mechanical findings left, the errors are the same.
    const saved = await reloaded(workbook);
    const after = await checkAction(createXlsxPort(saved));
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
    const fixedCells = cellSnapshot(saved);
    expect(fixedCells.get(`${FORECAST}!B60`)).toContain("Times New Roman");
    expect(originalCells.get(`${FORECAST}!B60`)).toContain(".VnTime");
    expect([...fixedCells.entries()].sort()).not.toEqual([...originalCells.entries()].sort());

    // Undo after reopening: the record is in the workbook.
    const reopened = createXlsxPort(saved);
    expect((await lastFix(reopened))?.changes.length).toBe(plan.changes.length);
    const undone = await undoLastFix(reopened);
    expect(undone?.edited).toEqual([]);
    expect(undone?.restored.length).toBe(plan.changes.length);
    expect(await lastFix(reopened)).toBeUndefined();
    expect(await undoLastFix(reopened)).toBeUndefined();
    const restoredCells = cellSnapshot(await reloaded(saved));
    expect([...restoredCells.entries()].sort()).toEqual([...originalCells.entries()].sort());
  });

  it.runIf(libreOfficeRequired)(
    "LibreOffice's recalculated comparison cells equal what the figures give",
    async () => {
      const workbook = seedWorkbook("text");
      const port = createXlsxPort(workbook);
      const { issues } = await checkAction(port);
      const plan = await previewFixes(port, issues);
      await applyFixes(port, plan.changes);
      const missing = issues.filter((f) => f.code === "comparison/missing");
      expect(missing.length).toBeGreaterThan(10);
      const file = path.join(tempDir(), "fixed.xlsx");
      writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
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
    const workbook = seedWorkbook("text");
    const port = createXlsxPort(workbook);
    const { issues } = await checkAction(port);
    const plan = await previewFixes(port, issues, { only: ["number/text"] });
    await applyFixes(port, plan.changes);
    const [first, second] = plan.changes;
    const ws = sheet(workbook, first.sheet);
    ws.getCell(first.cell).value = 12345;
    const undone = await undoLastFix(port);
    expect(undone?.edited.map((c) => c.cell)).toEqual([first.cell]);
    expect(ws.getCell(first.cell).value).toBe(12345);
    expect(sheet(workbook, second.sheet).getCell(second.cell).value).toBe(second.before.value);
  });

  it("a fix skips a cell edited between the preview and the fix", async () => {
    const workbook = seedWorkbook("text");
    const port = createXlsxPort(workbook);
    const { issues } = await checkAction(port);
    const plan = await previewFixes(port, issues, { only: ["number/text"] });
    const [first] = plan.changes;
    sheet(workbook, first.sheet).getCell(first.cell).value = "sửa tay";
    const outcome = await applyFixes(port, plan.changes);
    expect(outcome.skipped.map((c) => c.cell)).toEqual([first.cell]);
    expect(sheet(workbook, first.sheet).getCell(first.cell).value).toBe("sửa tay");
  });

  it("a typed comparison gets its formula only in the cells confirmed", async () => {
    const workbook = seedWorkbook("numbers");
    const port = createXlsxPort(workbook);
    const { issues } = await checkAction(port);
    const first = await previewFixes(port, issues, { only: ["comparison/mismatch"] });
    expect(first.changes).toEqual([]);
    expect(first.toConfirm.length).toBeGreaterThan(1);
    const [chosen, other] = first.toConfirm;
    const plan = await previewFixes(port, issues, { only: ["comparison/mismatch"], confirmed: [chosen] });
    expect(plan.changes.map((c) => c.cell)).toEqual([chosen.cell]);
    await applyFixes(port, plan.changes);
    const formula = sheet(workbook, chosen.sheet).getCell(chosen.cell).formula;
    expect(formula).toBe(chosen.after.formula);
    expect(sheet(workbook, other.sheet).getCell(other.cell).value).toBe(other.before.value);
  });
});
