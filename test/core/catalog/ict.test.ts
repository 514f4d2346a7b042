import { describe, expect, it } from "vitest";
import { ictCatalog, ictChildren, ictRow } from "../../../src/core/catalog/ict";
import { guidanceMinimum, guidanceMinimumCodes } from "../../../src/core/catalog/guidance";
import type { CatalogRow } from "../../../src/core/catalog/types";

const HEADING_KINDS = new Set(["sector", "group", "subgroup"]);

describe("ICT catalog (seed 001)", () => {
  it("has the 33 numbered indicators, coded and labelled in order", () => {
    const indicators = ictCatalog.filter((r) => r.kind === "indicator");
    expect(indicators).toHaveLength(33);
    indicators.forEach((r, i) => {
      expect(r.label).toBe(String(i + 1));
      expect(r.code).toBe(`ict.${String(i + 1).padStart(2, "0")}`);
    });
  });

  it("has sectors A, B, C and the groups of the published tables", () => {
    expect(ictCatalog.filter((r) => r.kind === "sector").map((r) => r.code)).toEqual([
      "ict.A",
      "ict.B",
      "ict.C",
    ]);
    expect(ictCatalog.filter((r) => r.kind === "group").map((r) => r.code)).toEqual([
      "ict.A.I",
      "ict.A.II",
      "ict.B.I",
      "ict.B.II",
      "ict.B.III",
    ]);
    const subgroups = ictCatalog.filter((r) => r.kind === "subgroup");
    expect(subgroups.map((r) => [r.code, r.label, r.parent])).toEqual([
      ["ict.A.II.1", "I", "ict.A.II"],
      ["ict.A.II.2", "II", "ict.A.II"],
      ["ict.A.II.3", "III", "ict.A.II"],
      ["ict.A.II.4", "IV", "ict.A.II"],
    ]);
    const infra = ictRow("ict.A.II.1")!;
    expect(infra.name).toBe("Hạ tầng viễn thông");
    expect(infra.unit).toBeUndefined();
    expect(infra.source.note).toMatch(/Thuê bao/);
  });

  it("has unique codes", () => {
    const codes = ictCatalog.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("lists every parent before its child", () => {
    const seen = new Set<string>();
    for (const r of ictCatalog) {
      if (r.kind === "sector") expect(r.parent).toBeUndefined();
      else {
        expect(r.parent, r.code).toBeDefined();
        expect(seen.has(r.parent!), `${r.code} comes before its parent ${r.parent}`).toBe(true);
      }
      seen.add(r.code);
    }
  });

  it("gives every indicator, part and level row a unit, measure and accumulation; headings have none", () => {
    for (const r of ictCatalog) {
      if (HEADING_KINDS.has(r.kind)) {
        expect(r.unit, r.code).toBeUndefined();
        expect(r.measure, r.code).toBeUndefined();
      } else {
        expect(r.unit, r.code).toBeTruthy();
        expect(r.measure, r.code).toBeDefined();
        expect(r.accumulation, r.code).toBeDefined();
      }
    }
  });

  it("makes every rate a percentage", () => {
    const isRate = (r: CatalogRow): boolean =>
      r.name.startsWith("Tỷ lệ") || (r.kind === "level" && isRate(ictRow(r.parent!)!));
    const rates = ictCatalog.filter(isRate);
    expect(rates.length).toBe(15); // 12 "Tỷ lệ" indicators + the 3 level rows of 31
    for (const r of rates) {
      expect(r.unit, r.code).toBe("%");
      expect(r.measure, r.code).toBe("rate");
      expect(r.accumulation, r.code).toBe("level");
    }
  });

  it("declares the parts of indicator 1 as summing to it", () => {
    const total = ictRow("ict.01")!;
    expect(total.partsSumToTotal).toBe(true);
    const parts = ictChildren("ict.01");
    expect(parts.map((p) => p.code)).toEqual(["ict.01.vhx", "ict.01.khac"]);
    expect(parts.every((p) => p.kind === "part" && p.label === "" && p.unit === "Điểm")).toBe(true);
    expect(parts[0].name).toBe("Số điểm Bưu điện VHX");
    // Only totals with parts declare summing.
    for (const r of ictCatalog.filter((x) => x.partsSumToTotal)) {
      expect(
        ictChildren(r.code).some((c) => c.kind === "part"),
        r.code,
      ).toBe(true);
    }
  });

  it("breaks indicator 31 down by level, not as summing parts", () => {
    const levels = ictChildren("ict.31");
    expect(levels.map((l) => [l.code, l.name, l.level, l.kind])).toEqual([
      ["ict.31.tinh", "Cấp tỉnh", "tinh", "level"],
      ["ict.31.huyen", "Cấp huyện", "huyen", "level"],
      ["ict.31.xa", "Cấp xã", "xa", "level"],
    ]);
    expect(ictRow("ict.31")!.partsSumToTotal).toBeFalsy();
  });

  it("marks flows and levels", () => {
    for (const c of ["ict.05", "ict.17", "ict.20", "ict.22", "ict.27"])
      expect(ictRow(c)!.accumulation, c).toBe("flow");
    for (const c of ["ict.01", "ict.03", "ict.10", "ict.12", "ict.15", "ict.25"]) {
      expect(ictRow(c)!.accumulation, c).toBe("level");
    }
    for (const c of ["ict.25", "ict.26", "ict.29", "ict.30"]) {
      expect(ictRow(c)!.measure, c).toBe("duration-per-period");
      expect(ictRow(c)!.period, c).toBe("day");
      expect(ictRow(c)!.unit, c).toBe("Giờ");
    }
  });

  it("fixes typos and units, recording each fix", () => {
    expect(ictRow("ict.06")!.name.startsWith("Cáp quang")).toBe(true);
    expect(ictRow("ict.06")!.source.note).toMatch(/Cấp quang/);
    expect(ictRow("ict.08")!.name).toContain("mạng cáp ngoại vi");
    expect(ictRow("ict.09")!.name).toContain("TTDĐ");
    expect(ictRow("ict.09")!.source.note).toMatch(/TTDD/);
    expect(ictRow("ict.27")!.unit).toBe("Chương trình");
    expect(ictRow("ict.32")!.unit).toBe("%");
    expect(ictRow("ict.32")!.source.note).toMatch(/published unit DVC/);
    expect(ictRow("ict.26")!.source.note).toMatch(/unit/);
    const all = ictCatalog.map((r) => r.name).join("\n");
    expect(all).not.toMatch(/Cấp quang|mạng cấp|TTDD/);
  });

  it("stores names in NFC with a source in seed 001", () => {
    for (const r of ictCatalog) {
      expect(r.name.normalize("NFC"), r.code).toBe(r.name);
      expect(r.name.trim(), r.code).toBe(r.name);
      expect(r.source.doc).toBe("001");
      expect(r.source.place).toContain("Phụ lục dự báo và kế hoạch");
    }
    expect(ictRow("ict.05")!.source.place).toBe("Phụ lục dự báo và kế hoạch, chỉ tiêu 5");
  });

  it("looks rows up", () => {
    expect(ictRow("ict.33")!.label).toBe("33");
    expect(ictRow("ict.34")).toBeUndefined();
    expect(ictChildren("ict.C").map((r) => r.code)).toEqual(["ict.31", "ict.32", "ict.33"]);
    expect(ictChildren("ict.05")).toEqual([]);
  });
});

describe("guidance frame minimum (seed 000)", () => {
  it("requires indicators 31 and 32, which exist in the catalog", () => {
    expect(guidanceMinimumCodes).toEqual(["ict.31", "ict.32"]);
    for (const c of guidanceMinimumCodes) expect(ictRow(c), c).toBeDefined();
    for (const g of guidanceMinimum) {
      expect(g.source.doc).toBe("000");
      for (const r of g.rows) expect(ictRow(r)?.parent, r).toBe(g.code);
    }
    expect(guidanceMinimum[0].rows).toEqual(ictChildren("ict.31").map((r) => r.code));
  });
});
