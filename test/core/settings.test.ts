import { describe, expect, it } from "vitest";
import { parseYear, validSettings } from "../../src/core/settings";

describe("validSettings (the one check of stored settings, used by both adapters)", () => {
  it("keeps every valid field as it is", () => {
    expect(validSettings({ year: 2026, unit: "huyện Tuần Giáo", level: "xa", lang: "en" })).toEqual({
      year: 2026,
      unit: "huyện Tuần Giáo",
      level: "xa",
      lang: "en",
    });
  });

  it("drops a language the pane cannot speak, a level of another scheme and a year out of range", () => {
    expect(validSettings({ lang: "fr", level: "tỉnh", year: 20255, unit: "xã A" })).toEqual({ unit: "xã A" });
    expect(validSettings({ year: "2026", lang: "VI" })).toEqual({});
    expect(validSettings({ year: 2026.5 })).toEqual({});
    expect(validSettings({ year: 1989 })).toEqual({});
    expect(validSettings({ year: 2101 })).toEqual({});
    // The one year rule (src/core/text/year.ts): 1990–2100, the same for the pane, the command line and the reader.
    expect(validSettings({ year: 1990 })).toEqual({ year: 1990 });
  });

  it("reads anything that is not an object as no settings", () => {
    for (const raw of [null, undefined, "vi", 2026, [2026], true]) expect(validSettings(raw)).toEqual({});
  });

  it("drops fields it does not know", () => {
    expect(validSettings({ lang: "vi", theme: "dark" })).toEqual({ lang: "vi" });
  });
});

describe("parseYear", () => {
  it("takes four digits in range only", () => {
    expect(parseYear(" 2026 ")).toBe(2026);
    expect(parseYear("26")).toBeUndefined();
    expect(parseYear("1989")).toBeUndefined();
    expect(parseYear("1999")).toBe(1999);
    expect(parseYear("1900")).toBeUndefined();
    expect(parseYear("2101")).toBeUndefined();
  });
});
