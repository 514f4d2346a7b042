import { describe, expect, it } from "vitest";
import {
  isValidSheetName,
  sanitizeSheetName,
  sheetNameFor,
  uniqueSheetName,
} from "../../../src/core/templates/sheet-names";

describe("sheetNameFor", () => {
  it("names each template's sheet after its year; the plan after N+1", () => {
    expect(sheetNameFor("du-bao", 2026)).toBe("Dự báo 2026");
    expect(sheetNameFor("ke-hoach", 2026)).toBe("Kế hoạch 2027");
    expect(sheetNameFor("thong-tin-co-so", 2026)).toBe("TTCS 2026");
    expect(sheetNameFor("chinh-phu-dien-tu", 2030)).toBe("CPĐT 2030");
    expect(sheetNameFor("chuyen-doi-so", 2026)).toBe("Chuyển đổi số 2026");
    for (const id of [
      "du-bao",
      "ke-hoach",
      "thong-tin-co-so",
      "chinh-phu-dien-tu",
      "chuyen-doi-so",
      "x/y?",
    ]) {
      expect(isValidSheetName(sheetNameFor(id, 2099))).toBe(true);
    }
  });
});

describe("isValidSheetName", () => {
  it("follows Excel's rules", () => {
    expect(isValidSheetName("Dự báo 2026")).toBe(true);
    expect(isValidSheetName("a".repeat(31))).toBe(true);
    expect(isValidSheetName("a".repeat(32))).toBe(false);
    expect(isValidSheetName("")).toBe(false);
    for (const ch of [":", "\\", "/", "?", "*", "[", "]"]) expect(isValidSheetName(`Dự${ch}báo`)).toBe(false);
    expect(isValidSheetName("'Dự báo")).toBe(false);
    expect(isValidSheetName("History")).toBe(false);
  });
});

describe("sanitizeSheetName", () => {
  it("replaces forbidden characters and cuts to 31", () => {
    expect(sanitizeSheetName("Dự báo 6/2026")).toBe("Dự báo 6-2026");
    expect(sanitizeSheetName("  a   b  ")).toBe("a b");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    expect(isValidSheetName(sanitizeSheetName("'[]'"))).toBe(true);
  });
});

describe("uniqueSheetName", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("Dự báo 2026", ["Sheet1"])).toBe("Dự báo 2026");
  });

  it("appends (2), (3) … ignoring case as Excel does", () => {
    expect(uniqueSheetName("Dự báo 2026", ["Dự báo 2026"])).toBe("Dự báo 2026 (2)");
    expect(uniqueSheetName("Dự báo 2026", ["DỰ BÁO 2026", "dự báo 2026 (2)"])).toBe("Dự báo 2026 (3)");
  });

  it("compares names in composed form", () => {
    const decomposed = "Dự báo 2026".normalize("NFD");
    expect(uniqueSheetName("Dự báo 2026", [decomposed])).toBe("Dự báo 2026 (2)");
  });

  it("stays within 31 characters", () => {
    const long = "Chuyển đổi số cấp huyện năm 2026";
    expect(long.length).toBeGreaterThan(31);
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const taken = [first];
    for (let i = 2; i <= 12; i++) {
      const next = uniqueSheetName(long, taken);
      expect(next.length).toBeLessThanOrEqual(31);
      expect(next.endsWith(` (${i})`)).toBe(true);
      expect(isValidSheetName(next)).toBe(true);
      expect(taken.map((t) => t.toLowerCase())).not.toContain(next.toLowerCase());
      taken.push(next);
    }
  });
});
