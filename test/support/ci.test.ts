/**
 * One definition of "running under CI" for every test helper: with CI=TRUE and no LibreOffice or Chromium, the
 * tests that need them must fail, never skip silently (the LibreOffice helper once counted only "true" and "1").
 */
import { describe, expect, it } from "vitest";
import { isCI } from "../../src/tools/ci.mjs";
import { isCI as browserTestsCI } from "../e2e/support";

describe("isCI", () => {
  it.each(["true", "TRUE", "True", "1", "yes", "github-actions"])("CI=%s is CI", (value) => {
    expect(isCI({ CI: value })).toBe(true);
  });

  it.each([undefined, "", "false", "FALSE", "0", " 0 "])("CI=%s is not", (value) => {
    expect(isCI({ CI: value })).toBe(false);
  });

  it("is the one the browser tests use", () => {
    expect(browserTestsCI).toBe(isCI);
  });
});
