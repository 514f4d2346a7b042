import { describe, expect, it } from "vitest";
import { ActionError } from "../../src/core/actions";
import { asyncReducer } from "../../src/taskpane/state/async-action";
import { describeError, reasonOf } from "../../src/taskpane/state/errors";
import { latestWins } from "../../src/taskpane/state/latest-wins";
import { effectiveSettings, parseYear, settingsReducer } from "../../src/taskpane/state/settings";

describe("asyncReducer", () => {
  it("clears the last result and error when a run starts", () => {
    const done = asyncReducer<number>({ running: true }, { type: "success", result: 3 });
    expect(done).toEqual({ running: false, result: 3 });
    expect(asyncReducer(done, { type: "start" })).toEqual({ running: true });
    expect(asyncReducer<number>({ running: true }, { type: "failure", error: "x" })).toEqual({
      running: false,
      error: "x",
    });
  });
});

describe("settings", () => {
  it("fills gaps with defaults, never the year, and ignores what is not a setting", () => {
    // No year is made up: a workbook that keeps none has none (the report year is the resolver's, report-year.ts).
    expect(effectiveSettings({}, { lang: "vi" })).toEqual({
      unit: "",
      level: "huyen",
      lang: "vi",
    });
    expect(
      effectiveSettings(
        { year: 99, level: "bogus" as never, lang: "fr" as never, unit: "xã A" },
        { lang: "en" },
      ),
    ).toEqual({ unit: "xã A", level: "huyen", lang: "en" });
    expect(effectiveSettings({ year: 2021 }, { lang: "vi" }).year).toBe(2021);
  });

  it("keeps a change made while loading", () => {
    const changed = settingsReducer(
      { loaded: false, stored: {} },
      { type: "changed", stored: { unit: "huyện B" } },
    );
    expect(settingsReducer(changed, { type: "loaded", stored: { unit: "huyện A", year: 2025 } })).toEqual({
      loaded: true,
      stored: { unit: "huyện B", year: 2025 },
    });
  });

  it("reads four-digit years only", () => {
    expect(parseYear(" 2026 ")).toBe(2026);
    expect(parseYear("26")).toBeUndefined();
    expect(parseYear("2.026")).toBeUndefined();
    expect(parseYear("1899")).toBeUndefined();
  });
});

describe("latestWins", () => {
  it("saves the first value at once and only the latest of those that came meanwhile", async () => {
    const saved: string[] = [];
    const releases: (() => void)[] = [];
    const save = latestWins<string>(
      (v) =>
        new Promise<void>((resolve) => {
          saved.push(v);
          releases.push(resolve);
        }),
      () => {},
    );
    save("h");
    save("hu");
    save("huy");
    expect(saved).toEqual(["h"]);
    releases[0]();
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual(["h", "huy"]);
  });

  it("reports a failed save and goes on", async () => {
    const errors: unknown[] = [];
    const saved: number[] = [];
    const save = latestWins<number>(
      async (v) => {
        saved.push(v);
        if (v === 1) throw new Error("no");
      },
      (e) => errors.push(e),
    );
    save(1);
    save(2);
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual([1, 2]);
    expect(errors).toHaveLength(1);
  });
});

describe("describeError", () => {
  it("keeps the first line only and drops the error's class name", () => {
    expect(reasonOf(new TypeError("Cannot read properties of undefined\n    at x (y.js:1:1)"))).toBe(
      "Cannot read properties of undefined",
    );
    expect(describeError("TypeError: boom", "vi")).toBe("Không thực hiện được: boom");
    expect(describeError(undefined, "vi")).toBe("Không thực hiện được: lỗi không xác định.");
  });

  it("uses an action error's own sentence in the reader's language", () => {
    const error = new ActionError("actions.error.unknown-sheet", { sheet: "KH" });
    expect(describeError(error, "vi")).toBe("Không có trang tính «KH».");
    expect(describeError(error, "en")).toBe("There is no sheet «KH».");
  });

  it("knows the port's codes, whether on a PortError or a plain object", () => {
    expect(describeError({ code: "protected" }, "vi")).toMatch(/^Trang tính đang được bảo vệ/);
    expect(describeError({ code: "sheet-missing", sheet: "X" }, "vi")).toMatch(/«X»/);
    expect(describeError({ code: "too-large" }, "en")).toMatch(/too large/);
    expect(describeError({ code: "unknown", message: "odd" }, "vi")).toBe("Không thực hiện được: odd");
  });
});
