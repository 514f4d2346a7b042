/** Every action costs at most one read-type call (sheetNames/read) and one write-type call on the port. */
import { describe, expect, it } from "vitest";
import {
  appendMissingTargets,
  checkAction,
  clearFindingMarks,
  fillComparisons,
  insertTemplates,
  markFindings,
  targetsAction,
  writeCheckReport,
} from "../../../src/core/actions";
import { countingPort, seedPort, type CountingPort } from "./support";

async function counted<T>(
  port: CountingPort,
  action: () => Promise<T>,
): Promise<{ reads: number; writes: number }> {
  port.reset();
  await action();
  return { reads: port.reads(), writes: port.writes() };
}

describe("round trips per action", () => {
  it("insert, fill, check, mark, report, targets and append each read once and write at most once", async () => {
    const port = countingPort(await seedPort("numbers"));
    const once = { reads: 1, writes: 1 };

    expect(
      await counted(port, () => insertTemplates(port, { templateIds: ["du-bao", "ke-hoach"], year: 2026 })),
    ).toEqual(once);
    expect(port.calls).toEqual({ sheetNames: 1, addSheets: 1 });

    expect(await counted(port, () => fillComparisons(port, { overwrite: false }))).toEqual(once);
    expect(port.calls).toEqual({ read: 1, writeCells: 1 });

    let result = await checkAction(port, {});
    expect(await counted(port, async () => (result = await checkAction(port, {})))).toEqual({
      reads: 1,
      writes: 0,
    });
    expect(result.issues.length).toBeGreaterThan(0);

    expect(await counted(port, () => markFindings(port, result.issues))).toEqual({ reads: 0, writes: 1 });
    expect(await counted(port, () => clearFindingMarks(port))).toEqual({ reads: 0, writes: 1 });
    expect(await counted(port, () => writeCheckReport(port, result, "vi"))).toEqual(once);

    let coverage = await targetsAction(port, { year: 2026 });
    expect(await counted(port, async () => (coverage = await targetsAction(port, { year: 2026 })))).toEqual({
      reads: 1,
      writes: 0,
    });
    expect(
      await counted(port, () => appendMissingTargets(port, { sheet: "Kế hoạch 2027", coverage, year: 2026 })),
    ).toEqual(once);
    expect(port.calls).toEqual({ read: 1, writeCells: 1 });
  });

  it("the counting port counts (a port used twice shows two calls)", async () => {
    const port = countingPort(await seedPort("numbers"));
    await port.read();
    await port.sheetNames();
    await port.saveSettings({ year: 2026 });
    expect(port.reads()).toBe(2);
    expect(port.writes()).toBe(1);
  });
});
