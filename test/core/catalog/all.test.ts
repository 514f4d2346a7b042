import { describe, expect, it } from "vitest";
import * as catalog from "../../../src/core/catalog";

describe("catalog index", () => {
  it("re-exports the catalogs", () => {
    expect(catalog.ictCatalog.length).toBeGreaterThan(33);
    expect(catalog.egovTargets2020).toHaveLength(21);
    expect(catalog.grassrootsTargets2021_2025.indicators).toHaveLength(10);
    expect(typeof catalog.targetFor).toBe("function");
    expect(typeof catalog.ictRow).toBe("function");
    expect(catalog.guidanceMinimumCodes).toHaveLength(2);
  });

  it("has codes unique across all catalogs", () => {
    const codes = [
      ...catalog.ictCatalog.map((r) => r.code),
      ...catalog.egovTargets2020.map((t) => t.code),
      ...catalog.targetSets.flatMap((s) => s.indicators.map((i) => i.code)),
    ];
    expect(codes.length).toBe(catalog.ictCatalog.length + 21 + 10);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("makes every rate a percentage in every catalog", () => {
    for (const t of catalog.egovTargets2020) if (t.name.startsWith("Tỷ lệ")) expect(t.unit).toBe("%");
    for (const s of catalog.targetSets)
      for (const i of s.indicators) if (i.name.startsWith("Tỷ lệ")) expect(i.unit).toBe("%");
  });
});
