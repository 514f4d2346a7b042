import { describe, expect, it } from "vitest";
import { egovTargets2020 } from "../../../src/core/catalog/egov";

describe("e-government targets to 2020 (seed 004)", () => {
  it("has the 21 targets in order", () => {
    expect(egovTargets2020).toHaveLength(21);
    egovTargets2020.forEach((t, i) => {
      expect(t.number).toBe(i + 1);
      expect(t.code).toBe(`cpdt.${String(i + 1).padStart(2, "0")}`);
      expect(t.year).toBe(2020);
      expect(t.unit).toBe("%");
      expect(t.source.doc).toBe("004");
      expect(t.name.normalize("NFC")).toBe(t.name);
      expect(t.name.trim()).toBe(t.name);
    });
  });

  it("reads single targets and the range of target 20", () => {
    expect(egovTargets2020[0].target).toEqual({ min: 20, text: "20%" });
    expect(egovTargets2020[14].target).toEqual({ min: 90, text: "90%" });
    expect(egovTargets2020[19].target).toEqual({ min: 30, max: 50, text: "30% – 50%" });
    for (const t of egovTargets2020) {
      expect(t.target.min).toBeGreaterThan(0);
      expect(t.target.min).toBeLessThanOrEqual(100);
      if (t.target.max !== undefined) expect(t.target.max).toBeGreaterThanOrEqual(t.target.min);
    }
  });

  it("keeps the published names", () => {
    expect(egovTargets2020[4].name).toBe("Tỷ lệ DVCTT mức độ 4");
    expect(egovTargets2020[16].name).toBe(
      "Tỷ lệ hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng",
    );
    expect(egovTargets2020[7].name).toBe(
      "Tỷ lệ cơ quan nhà nước (CQNN) công khai mức độ hài lòng của người dân khi sử dụng DVCTT",
    );
  });
});
