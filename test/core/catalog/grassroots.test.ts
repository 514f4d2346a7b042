import { describe, expect, it } from "vitest";
import data from "../../../src/core/catalog/data/thong-tin-co-so-2021-2025.json";
import {
  grassrootsTargets2021_2025 as set,
  indicatorsForLevel,
  parseTargetSet,
  targetFor,
  targetSets,
  validateTargetSet,
} from "../../../src/core/catalog/grassroots";

const ind = (n: string) => set.indicators.find((i) => i.number === n)!;
const clone = (): Record<string, any> => JSON.parse(JSON.stringify(data)); // eslint-disable-line @typescript-eslint/no-explicit-any

describe("grassroots-information targets 2021–2025 (seed 003)", () => {
  it("has the 10 indicators with their levels", () => {
    expect(set.id).toBe("thong-tin-co-so-2021-2025");
    expect(set.period).toEqual({ from: 2021, to: 2025 });
    expect(set.resultYears).toEqual([2021, 2022, 2023]);
    expect(set.indicators.map((i) => `${i.number}:${i.level}`)).toEqual([
      "1.1:xa",
      "1.2:xa",
      "1.3:xa",
      "1.4:xa",
      "1.5:xa",
      "1.6:xa",
      "2.1:huyen",
      "2.2:huyen",
      "3:tinh",
      "4:trung-uong",
    ]);
    for (const i of set.indicators) {
      expect(i.code).toBe(`ttcs.${i.number}`);
      expect(i.unit).toBe("%");
      expect(i.name.normalize("NFC")).toBe(i.name);
      expect(i.values["2025"], i.code).toBeDefined();
    }
    expect(targetSets).toContain(set);
  });

  it("holds the cleaned values of domain.md", () => {
    expect(ind("1.1").values["2021"]).toEqual({ min: 92.3, text: "92,3" });
    expect(ind("1.2").values["2025"]).toEqual({ min: 70, max: 100, text: "70–100" });
    expect(ind("1.3").values["2021"]).toBeUndefined();
    expect(ind("1.5").values["2022"]).toEqual({ min: 29, text: "29,0" });
    expect(ind("1.6").values["2025"]?.min).toBe(70);
    expect(ind("2.2").values["2022"]).toBeUndefined();
    expect(ind("3").values["2023"]?.min).toBe(6.3);
    expect(Object.keys(ind("4").values)).toEqual(["2025"]);
    expect(ind("2.1").aliases).toContain("Tỷ lệ huyện có cơ sở truyền thanh - truyền hình cấp huyện");
  });

  it("validates the shipped JSON", () => {
    const r = validateTargetSet(data);
    expect(r.ok).toBe(true);
  });

  it("rejects a broken copy with readable errors", () => {
    const broken = clone();
    broken.indicators[1].values["2025"].min = "70";
    broken.indicators[2].level = "commune";
    delete broken.indicators[3].unit;
    broken.indicators[4].values["2031"] = { min: 1, text: "1" };
    broken.period.to = "2025";
    const r = validateTargetSet(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain('indicators[1] (1.2).values["2025"].min: expected a number, got "70"');
    expect(
      r.errors.some(
        (e) => e.startsWith("indicators[2] (1.3).level: expected one of") && e.includes('"commune"'),
      ),
    ).toBe(true);
    expect(r.errors).toContain('indicators[3] (1.4): missing "unit"');
    expect(r.errors).toContain('period.to: expected a year such as 2025, got "2025"');
    expect(() => parseTargetSet(broken, "test.json")).toThrow(/Invalid test\.json:\n- /);
  });

  it("rejects other breakages", () => {
    expect(validateTargetSet(null)).toEqual({
      ok: false,
      errors: ["target set: expected an object, got null"],
    });
    const dup = clone();
    dup.indicators[1].code = "ttcs.1.1";
    dup.indicators[2].values["2022"].max = 10;
    dup.indicators[3].name = "Tỷ lệ xã".normalize("NFD");
    dup.indicators[0].extra = true;
    dup.resultYears.push(2030);
    const r = validateTargetSet(dup);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain('indicators[1] (1.2).code: code "ttcs.1.1" is used twice');
    expect(r.errors.some((e) => e.includes("max (10) is below min (57.9)"))).toBe(true);
    expect(r.errors.some((e) => e.startsWith("indicators[3] (1.4).name") && e.includes("NFC"))).toBe(true);
    expect(r.errors).toContain('indicators[0] (1.1): unknown field "extra"');
    expect(r.errors).toContain("resultYears[3]: year 2030 is outside the period 2021–2025");
  });

  it("accepts a new period as data", () => {
    const next = clone();
    next.id = "thong-tin-co-so-2026-2030";
    next.period = { from: 2026, to: 2030 };
    next.resultYears = [];
    next.indicators = [
      {
        code: "ttcs2.1",
        number: "1",
        level: "xa",
        name: "Tỷ lệ xã có hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông",
        unit: "%",
        values: { "2028": { min: 80, text: "80" }, "2030": { min: 100, text: "100" } },
        source: { doc: "003", place: "test" },
      },
    ];
    const s = parseTargetSet(next);
    expect(targetFor(s.indicators[0], 2031, s)).toEqual({
      value: { min: 100, text: "100" },
      periodEnded: true,
      yearUsed: 2030,
    });
    expect(targetFor("1", 2028, s).value?.min).toBe(80);
    expect(targetFor("1", 2029, s).value).toBeUndefined();
  });
});

describe("targetFor", () => {
  it("gives the year's value inside the period", () => {
    expect(targetFor(ind("1.1"), 2024)).toEqual({
      value: { min: 98, text: "98" },
      periodEnded: false,
      yearUsed: 2024,
    });
    expect(targetFor("ttcs.1.1", 2024).value?.min).toBe(98);
    expect(targetFor("1.1", 2024, set).value?.min).toBe(98);
    expect(targetFor(ind("1.3"), 2021).value).toBeUndefined();
  });

  it("uses the last year's value after the period", () => {
    expect(targetFor(ind("1.1"), 2027)).toEqual({
      value: { min: 100, text: "100" },
      periodEnded: true,
      yearUsed: 2025,
    });
    expect(targetFor(ind("1.2"), 2026).value).toEqual({ min: 70, max: 100, text: "70–100" });
    expect(targetFor(ind("4"), 2030).periodEnded).toBe(true);
  });

  it("has nothing before the period", () => {
    expect(targetFor(ind("1.1"), 2020)).toEqual({ value: undefined, periodEnded: false, yearUsed: 2020 });
  });

  it("rejects unknown indicators", () => {
    expect(() => targetFor("ttcs.9.9", 2024)).toThrow(/Unknown strategy indicator/);
    expect(() => targetFor("1.1", 2024)).toThrow(/Unknown/); // a bare number needs its set
  });
});

describe("indicatorsForLevel", () => {
  it("gives each level its own indicators and those below", () => {
    expect(indicatorsForLevel(set, "xa").map((i) => i.number)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
    ]);
    expect(indicatorsForLevel(set, "huyen")).toHaveLength(8);
    expect(
      indicatorsForLevel(set, "huyen")
        .slice(-2)
        .map((i) => i.number),
    ).toEqual(["2.1", "2.2"]);
    expect(indicatorsForLevel(set, "tinh")).toHaveLength(9);
    expect(indicatorsForLevel(set, "trung-uong")).toHaveLength(10);
  });
});
