/** Inserting templates through the port: unique names, nothing overwritten, unknown ids refused before any write. */
import { describe, expect, it } from "vitest";
import { ActionError, insertTemplates, previewInsert } from "../../../src/core/actions";
import { bookOfPort, countingPort, emptyPort, typeInto } from "./support";

describe("previewInsert", () => {
  it("names the sheets as the templates do, in the order asked", () => {
    expect(previewInsert([], { templateIds: ["du-bao", "ke-hoach"], year: 2026 })).toEqual([
      { templateId: "du-bao", title: "Dự báo khả năng thực hiện kế hoạch năm N", sheetName: "Dự báo 2026" },
      {
        templateId: "ke-hoach",
        title: "Các chỉ tiêu chủ yếu của kế hoạch năm N+1",
        sheetName: "Kế hoạch 2027",
      },
    ]);
  });

  it("makes names unique against existing sheets (ignoring case) and against each other", () => {
    const names = previewInsert(["dự báo 2026", "Sheet1"], {
      templateIds: ["du-bao", "du-bao", "ke-hoach"],
      year: 2026,
    }).map((p) => p.sheetName);
    expect(names).toEqual(["Dự báo 2026 (2)", "Dự báo 2026 (3)", "Kế hoạch 2027"]);
  });

  it("refuses an unknown template", () => {
    expect(() => previewInsert([], { templateIds: ["du-bao", "nope"], year: 2026 })).toThrow(ActionError);
    try {
      previewInsert([], { templateIds: ["nope"], year: 2026 });
    } catch (e) {
      expect((e as ActionError).key).toBe("actions.error.unknown-template");
      expect((e as ActionError).say("vi")).toBe("Không có mẫu «nope».");
    }
  });
});

describe("insertTemplates", () => {
  it("inserting twice gives the second sheets '(2)' names and leaves the first ones as they were", async () => {
    const port = emptyPort();
    const first = await insertTemplates(port, {
      templateIds: ["du-bao", "ke-hoach"],
      year: 2026,
      unit: "huyện Tuần Giáo",
    });
    expect(first.sheets).toEqual(["Dự báo 2026", "Kế hoạch 2027"]);

    // The official types a figure into the first forecast.
    await typeInto(port, "Dự báo 2026", { D9: 4300 });

    const second = await insertTemplates(port, { templateIds: ["du-bao", "ke-hoach"], year: 2026 });
    expect(second.sheets).toEqual(["Dự báo 2026 (2)", "Kế hoạch 2027 (2)"]);
    expect((await port.sheetNames()).names).toEqual([
      "Dự báo 2026",
      "Kế hoạch 2027",
      "Dự báo 2026 (2)",
      "Kế hoạch 2027 (2)",
    ]);
    const book = bookOfPort(port);
    expect(book.sheet("Dự báo 2026").value("D9")).toBe(4300);
    expect(book.sheet("Dự báo 2026 (2)").value("D9")).toBeNull();
    // The unit went into the first sheets only.
    expect(String(book.sheet("Dự báo 2026").value("A3"))).toContain("huyện Tuần Giáo");
    expect(String(book.sheet("Dự báo 2026 (2)").value("A3"))).not.toContain("Tuần Giáo");
  });

  it("adds nothing when a template id is unknown", async () => {
    const port = countingPort(emptyPort());
    await expect(insertTemplates(port, { templateIds: ["du-bao", "nope"], year: 2026 })).rejects.toThrow(
      /no template «nope»/,
    );
    expect(port.writes()).toBe(0);
    expect((await port.sheetNames()).names).toEqual([]);
  });
});
