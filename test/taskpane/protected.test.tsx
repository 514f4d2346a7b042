// @vitest-environment jsdom
/**
 * The pane over an .xlsx workbook (the web page) on protected workbooks: the refusal said in the pane's sentence,
 * the workbook as it was.
 */
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { planInsert } from "../../src/core/actions";
import { XlsxDocument } from "../../src/xlsx";
import { FORM_SHEET, lockStructure, protectedForm } from "../support/protection";
import { bookOfPort, portOfBytes } from "../support/workbooks";
import { renderApp } from "./helpers";

afterEach(cleanup);

describe("the pane on a protected workbook", () => {
  it("says the sheet is protected when «Điền công thức» meets locked cells, and writes nothing", async () => {
    const port = portOfBytes(await protectedForm({ unlocked: false }));
    const before = port.save();
    const { user } = renderApp({ port, initialView: "formulas" });
    await screen.findByRole("radio", { name: `Trang đang mở (${FORM_SHEET})` });
    await user.click(screen.getByRole("button", { name: "Điền công thức" }));
    await screen.findByText(
      "Trang tính «Dự báo 2021» đang được bảo vệ (khóa) nên không ghi được, chưa ô nào bị thay đổi: hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
    );
    expect(port.save()).toEqual(before);
  });

  it("fills a protected form's unlocked comparison cells", async () => {
    const port = portOfBytes(await protectedForm());
    const { user } = renderApp({ port, initialView: "formulas" });
    await screen.findByRole("radio", { name: `Trang đang mở (${FORM_SHEET})` });
    await user.click(screen.getByRole("button", { name: "Điền công thức" }));
    await screen.findByText(/Đã điền 74 công thức/);
    expect(bookOfPort(port).sheet(FORM_SHEET).formula("H15")).toBe(
      'IF(AND(ISNUMBER(E15),ISNUMBER(F15)),IF(F15=0,"",E15/F15*100),"")',
    );
  });

  it("says the workbook's structure is protected when «Chèn» would add sheets, and adds none", async () => {
    const made = XlsxDocument.fromPlans(
      planInsert([], { templateIds: ["du-bao"], year: 2026, level: "huyen" }),
    );
    const port = portOfBytes(lockStructure(made.save()));
    await port.saveSettings({ year: 2026, level: "huyen" });
    const before = port.save();
    const { user } = renderApp({ port });
    await screen.findByRole("list", { name: "Sẽ thêm các trang tính:" });
    await user.click(screen.getByRole("button", { name: "Chèn" }));
    await screen.findByText(
      "Sổ tính đang được bảo vệ cấu trúc nên không thêm được trang tính mới: hãy bỏ bảo vệ sổ làm việc (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.",
    );
    expect(port.save()).toEqual(before);
    expect((await port.sheetNames()).names).toEqual(["Dự báo 2026"]);
  });
});
