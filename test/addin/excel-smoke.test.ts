/**
 * `npm run test:excel` (test/excel-smoke/run.mjs) needs desktop Excel: on Linux it says so and skips, and with
 * CI=true the skip fails rather than passing for a run.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runNode } from "./helpers";

const runner = path.join(repoRoot, "test/excel-smoke/run.mjs");

describe.runIf(process.platform === "linux")("npm run test:excel on Linux", () => {
  it("skips with a clear message, exit 0, outside CI", async () => {
    const result = await runNode([runner], { env: { CI: "false" } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("skipped: needs desktop Excel");
    expect(result.stdout.indexOf("Kiểm thử này cần Excel")).toBeLessThan(
      result.stdout.indexOf("This smoke test needs desktop Excel"),
    );
  });

  it("fails, explained, with CI=true", async () => {
    const result = await runNode([runner], { env: { CI: "true" } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("with CI=true a skip does not pass");
  });
});
