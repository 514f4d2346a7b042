/** The CLI tests never run a stale dist/cli/phuluc.cjs: the global setup rebuilds it when a source is newer. */
import { statSync, utimesSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliBundle, cliBundleStale } from "./build-cli";

describe("the CLI bundle the tests run", () => {
  it("is fresh once the global setup ran, and stale when older than a source", () => {
    expect(cliBundleStale()).toBe(false);
    const { atime, mtime } = statSync(cliBundle);
    try {
      // As after an edit of src/ since the last build.
      utimesSync(cliBundle, atime, new Date(2000, 0, 1));
      expect(cliBundleStale()).toBe(true);
    } finally {
      utimesSync(cliBundle, atime, mtime);
    }
    expect(cliBundleStale()).toBe(false);
  });
});
