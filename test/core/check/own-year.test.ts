/** The year a workbook names itself, found on request when a year is given, for the faces to say when they differ. */
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../../src/cli/commands/new";
import { checkWorkbook } from "../../../src/core/check";

async function model() {
  return buildWorkbook(["du-bao", "ke-hoach"], { year: 2026, level: "huyen" }).read();
}

describe("CheckResult.ownYear", () => {
  it("is the year the headers name while the year asked for is the one judged", async () => {
    const result = checkWorkbook(await model(), { year: 2030, ownYear: true });
    expect(result.year).toBe(2030);
    expect(result.ownYear).toBe(2026);
    expect(result.targets.length).toBeGreaterThan(0);
    expect(result.targets.every((t) => t.year === 2030)).toBe(true);
  });

  it("is the year found when none is given, and absent unless asked for", async () => {
    const m = await model();
    expect(checkWorkbook(m, { ownYear: true }).ownYear).toBe(2026);
    expect(checkWorkbook(m, { year: 2030 }).ownYear).toBeUndefined();
  });
});
