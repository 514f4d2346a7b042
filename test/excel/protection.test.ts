/**
 * Protection through the Office.js adapter on the test host, whatever language Office speaks: known from
 * `protection.protected` (read with what the port reads anyway) and refused before anything is written, or — when a
 * write fails all the same with AccessDenied or InvalidOperation — read again and told, naming the sheet; the
 * workbook's structure for new sheets. Never from an error's message.
 */
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/core/actions";
import { PortError } from "../../src/excel/errors";
import { describeError } from "../../src/taskpane/state/errors";
import { FakeWorkbook } from "./fake-excel";
import { duBaoPlan, fillDataSheet, portOn, syncsOf } from "./support";

/** A Vietnamese Office: the host's messages are Vietnamese, and protection may come as InvalidOperation. */
function vietnameseBook(apiVersion = 13) {
  const book = new FakeWorkbook({ apiVersion });
  fillDataSheet(book.addSheet("Dự báo 2026"), 5);
  book.addSheet("Khoá").put("A1", { value: 1 });
  book.sheet("Khoá").protected = true;
  book.protectionCode = "InvalidOperation";
  book.language = "vi";
  return { book, ...portOn(book) };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("protection on the Office host", () => {
  it("refuses a write into a sheet it read as protected before writing anything, naming the sheet", async () => {
    const { book, port } = vietnameseBook();
    await port.read(["Dự báo 2026", "Khoá"]);
    book.resetCounters();
    const error = await failure(
      port.writeCells({
        "Dự báo 2026": [{ row: 0, col: 0, value: 1 }],
        Khoá: [{ row: 1, col: 1, value: 2 }],
      }),
    );
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: "protected", details: { sheet: "Khoá" } });
    expect(book.syncs).toBe(0);
    expect(book.sheet("Dự báo 2026").at("A1").value).toBeNull(); // nothing written, not even the other sheet
    expect(describeError(error, "vi")).toBe(
      "Trang tính «Khoá» đang được bảo vệ (khóa) nên không ghi được, chưa ô nào bị thay đổi: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    );
    expect(describeError(error, "en")).toContain("The sheet «Khoá» is protected");
  });

  it("tells protection answered with InvalidOperation and a Vietnamese message, reading protection.protected", async () => {
    const { book, port } = vietnameseBook();
    // The port never read «Khoá»: the write is tried, Excel refuses it, the port reads the protection and tells.
    const error = await failure(port.writeCells({ Khoá: [{ row: 1, col: 1, value: 2 }] }));
    expect(error).toMatchObject({
      code: "protected",
      details: { sheet: "Khoá", hostCode: "InvalidOperation" },
    });
    expect(book.sheet("Khoá").at("B2").value).toBeNull();
  });

  it("protects marks and quick fixes too, from the reads they make anyway", async () => {
    const { book, port } = vietnameseBook();
    book.sheet("Khoá").put("A2", { value: "4.300" });
    const before = book.syncs;
    await expect(port.mark([{ sheet: "Khoá", cell: "A1", severity: "error" }])).rejects.toMatchObject({
      code: "protected",
      details: { sheet: "Khoá" },
    });
    expect(book.syncs - before).toBe(1); // the fills' read told it: no write was tried
    expect(book.sheet("Khoá").at("A1").fill).toBeUndefined();
    const change = {
      sheet: "Khoá",
      cell: "A2",
      codes: ["number/text"],
      before: { value: "4.300" },
      after: { value: 4300 },
    };
    await expect(applyFixes(port, [change])).rejects.toMatchObject({ code: "protected" });
    expect(book.sheet("Khoá").at("A2").value).toBe("4.300");
  });

  it("says AccessDenied is no protection when no sheet is protected (a document that cannot be edited)", async () => {
    const book = new FakeWorkbook({ apiVersion: 13 });
    fillDataSheet(book.addSheet("S"), 3);
    book.failing.set("range.formulas", "AccessDenied");
    const { port } = portOn(book);
    const error = await failure(port.writeCells({ S: [{ row: 0, col: 0, value: 1 }] }));
    expect(error).toMatchObject({ code: "unknown", details: { hostCode: "AccessDenied" } });
    // Before ExcelApi 1.2 nothing can be read: AccessDenied is protection, as best read.
    const old = new FakeWorkbook({ apiVersion: 1 });
    old.addSheet("S").protected = true;
    const error11 = await failure(portOn(old).port.writeCells({ S: [{ row: 0, col: 0, value: 1 }] }));
    expect(error11).toMatchObject({ code: "protected", details: { hostCode: "AccessDenied" } });
  });

  it("refuses to insert into a workbook whose structure is protected: before writing when sheetNames read it", async () => {
    const { book, port } = vietnameseBook();
    book.structureProtected = true;
    await port.sheetNames();
    const refused = await failure(port.addSheets([duBaoPlan()]));
    expect(refused).toMatchObject({ code: "protected", details: { workbook: true } });
    expect(describeError(refused, "vi")).toContain("Sổ tính đang được bảo vệ cấu trúc");
    expect(book.sheets.map((s) => s.name)).toEqual(["Dự báo 2026", "Khoá"]);

    // A port that did not read it: Excel refuses, the port reads the workbook's protection and tells.
    const fresh = portOn(book).port;
    let error: unknown;
    expect(await syncsOf(book, async () => (error = await failure(fresh.addSheets([duBaoPlan()]))))).toBe(3);
    expect(error).toMatchObject({
      code: "protected",
      details: { workbook: true, hostCode: "InvalidOperation" },
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Dự báo 2026", "Khoá"]);
  });
});
