// @vitest-environment jsdom
/**
 * Issue 16 in the pane: how the tables were read (the reading card in Kiểm tra and Công thức), a column's reading
 * corrected by a choice and kept in the workbook so that the next check and fill use it, and the one report year
 * every view shows and uses — asked when nothing tells it, told when the settings disagree, never a default.
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { bookOfPort, formulaOf, portOf, sheet } from "../support/workbooks";
import { abbreviatedWorkbook, bareYearsWorkbook, yearlessWorkbook } from "../support/other-provinces";
import { recording, renderApp } from "./helpers";

afterEach(cleanup);

const columnLines = (scope: HTMLElement) =>
  within(scope)
    .getAllByTestId("reading-column")
    .map((c) => `${c.getAttribute("data-column")} ${c.firstChild?.textContent}`);

describe("the reading card", () => {
  it("shows each column's reading and the year's source, and a correction there is kept and used by the next check and fill", async () => {
    const workbook = abbreviatedWorkbook();
    const { port, callsOf } = recording(await portOf(workbook));
    const { user } = renderApp({ port, initialView: "check" });
    const check = await screen.findByRole("tabpanel", { name: "Kiểm tra" });
    const card = await within(check).findByTestId("reading-card");
    expect(within(card).getByTestId("reading-year").textContent).toBe("Năm 2026 (theo tiêu đề cột)");
    expect(within(card).getByTestId("reading-table").getAttribute("data-range")).toBe("A3:G4");
    expect(columnLines(card)).toEqual([
      "D D: Thực hiện 2025",
      "E E: Ước thực hiện 2026",
      "F F: Kế hoạch 2027",
      "G G = E/D (%)",
    ]);

    // The check finds the comparison cell empty, as its header declares it: 2 700 / 2 400 × 100 = 112,5.
    await user.click(within(check).getByRole("button", { name: "Kiểm tra" }));
    await within(check).findByText(/^Năm 2026: /);
    await waitFor(() => expect(check.textContent).toContain("112,5"));

    // G is in fact a growth rate: chosen, previewed, saved.
    await user.click(within(card).getByRole("button", { name: "Sửa cách đọc cột G" }));
    const editor = within(card).getByTestId("reading-editor");
    await user.selectOptions(within(editor).getByRole("combobox", { name: "Cột G ghi" }), "growth");
    expect(within(editor).getByTestId("reading-preview").textContent).toBe(
      "Sẽ đọc: G = (E − D)/D (%) (đã sửa)",
    );
    await user.click(within(editor).getByRole("button", { name: "Lưu cách đọc" }));
    await waitFor(() =>
      expect(callsOf("saveSettings").at(-1)?.[0]).toEqual({
        readings: [{ sheet: "Biểu 01", col: "G", reading: "growth E / D" }],
      }),
    );
    // No year was stored: the title tells it.
    expect(await port.loadSettings()).toEqual({
      readings: [{ sheet: "Biểu 01", col: "G", reading: "growth E / D" }],
    });
    await waitFor(() => expect(columnLines(card)).toContain("G G = (E − D)/D (%) (đã sửa)"));
    // The check ran again with it: (2 700 − 2 400)/2 400 × 100 = 12,5.
    await waitFor(() => expect(check.textContent).toContain("12,5"));
    expect(check.textContent).not.toContain("112,5");

    // The fill writes the growth formula (the card shows the same reading there).
    await user.click(screen.getByRole("tab", { name: "Công thức" }));
    const formulas = await screen.findByRole("tabpanel", { name: "Công thức" });
    await waitFor(() =>
      expect(columnLines(within(formulas).getByTestId("reading-card"))).toContain(
        "G G = (E − D)/D (%) (đã sửa)",
      ),
    );
    await user.click(within(formulas).getByRole("radio", { name: "Tất cả các trang" }));
    await user.click(within(formulas).getByRole("button", { name: "Điền công thức" }));
    await within(formulas).findByText(/^Đã điền 1 công thức/);
    const formula = formulaOf(sheet(bookOfPort(port), "Biểu 01"), "G4");
    expect(formula).toContain("(E4-D4)/D4*100");

    // «Đọc lại theo tiêu đề» (here in Công thức's card) drops the correction: the header's reading stands again.
    const formulasCard = within(formulas).getByTestId("reading-card");
    await user.click(within(formulasCard).getByRole("button", { name: "Sửa cách đọc cột G" }));
    await user.click(within(formulasCard).getByRole("button", { name: "Đọc lại theo tiêu đề" }));
    await waitFor(() => expect(callsOf("saveSettings").at(-1)?.[0]).toEqual({}));
    await waitFor(() => expect(columnLines(formulasCard)).toContain("G G = E/D (%)"));
  });
});

describe("a year alone over a column, its kind not told", () => {
  it("is said plainly, with no placeholder kind, and the card says the «Sửa» button is how to tell it", async () => {
    renderApp({ port: await portOf(bareYearsWorkbook()), initialView: "check" });
    const check = await screen.findByRole("tabpanel", { name: "Kiểm tra" });
    const card = await within(check).findByTestId("reading-card");
    expect(columnLines(card)).toEqual([
      "D D: số liệu năm 2025, chưa rõ là thực hiện, ước thực hiện hay kế hoạch (cần xác nhận)",
      "E E: số liệu năm 2026, chưa rõ là thực hiện, ước thực hiện hay kế hoạch (cần xác nhận)",
      "F F = E/D (%)",
    ]);
    expect(
      within(card)
        .getAllByTestId("reading-kind-unknown")
        .map((n) => n.textContent),
    ).toEqual([
      "Tiêu đề chỉ ghi năm: chọn cột này là số thực hiện, ước thực hiện hay kế hoạch bằng nút «Sửa».",
      "Tiêu đề chỉ ghi năm: chọn cột này là số thực hiện, ước thực hiện hay kế hoạch bằng nút «Sửa».",
    ]);
    expect(card.textContent).not.toContain("Thực hiện 2025");
  });
});

describe("the one report year", () => {
  it("is asked when nothing tells it: no target judged and nothing inserted until the official gives it", async () => {
    const { port, callsOf } = recording(await portOf(yearlessWorkbook()));
    const { user } = renderApp({ port, initialView: "targets" });
    const notice = await screen.findByTestId("year-notice");
    expect(notice.getAttribute("data-kind")).toBe("ask");
    expect(notice.textContent).toContain("Công cụ không tự chọn năm: hãy nhập năm báo cáo (N).");
    await screen.findByText("Chưa đối chiếu chỉ tiêu: chưa rõ năm báo cáo (nhập năm ở trên).");
    expect(screen.getByTestId("settings-summary").textContent).toBe(
      "Năm chưa rõ · chưa ghi đơn vị · cấp huyện",
    );
    await user.click(screen.getByRole("tab", { name: "Chèn phụ lục" }));
    await screen.findByText("Chưa chèn được: chưa rõ năm báo cáo (nhập năm ở trên).");
    expect(callsOf("saveSettings")).toHaveLength(0);

    await user.type(within(notice).getByRole("textbox", { name: "Năm báo cáo (N)" }), "2026");
    await user.click(within(notice).getByRole("button", { name: "Xác nhận năm" }));
    await waitFor(() => expect(callsOf("saveSettings").at(-1)?.[0]).toEqual({ year: 2026 }));
    await waitFor(() => expect(screen.queryByTestId("year-notice")).toBeNull());
    // Every view uses it: the insert offers 2026's tables, the targets are judged for 2026.
    const insert = screen.getByRole("tabpanel", { name: "Chèn phụ lục" });
    expect(within(insert).getByTestId("settings-line").textContent).toBe(
      "Năm 2026 (bạn chọn) · chưa ghi đơn vị · cấp huyện",
    );
    await within(insert).findByText("Dự báo 2026");
    await user.click(screen.getByRole("tab", { name: "Chỉ tiêu TTCS" }));
    await screen.findByText(/^Năm 2026, cấp huyện: /);
    // The relative headers are read with it: «Kế hoạch năm sau» is 2027's plan.
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    const card = await screen.findByTestId("reading-card");
    await waitFor(() => expect(columnLines(card)).toContain("G G: Kế hoạch 2027"));
  });

  it("is the workbook's: a 2021 workbook is offered its 2021 tables, and a year the official types is used and told", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dự báo 2021").addRows([
      ["DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021"],
      [
        "STT",
        "Các chỉ tiêu",
        "Đơn vị tính",
        "Thực hiện năm 2020",
        "Thực hiện 6 tháng 2021",
        "Ước thực hiện cả năm 2021",
      ],
      [1, "Tổng số điểm phục vụ bưu chính", "Điểm", 22, 22, 23],
    ]);
    const { port } = recording(await portOf(wb));
    await port.saveSettings({ year: 2026 });
    const { user } = renderApp({ port });
    const insert = await screen.findByRole("tabpanel", { name: "Chèn phụ lục" });
    await waitFor(() =>
      expect(within(insert).getByTestId("settings-line").textContent).toBe(
        "Năm 2021 (theo tiêu đề cột) · chưa ghi đơn vị · cấp huyện",
      ),
    );
    // «Dự báo 2021» is there: not offered again; «Kế hoạch 2022» is.
    expect(within(insert).getByTestId("insert-preview").textContent).toBe("Kế hoạch 2022");
    const notice = screen.getByTestId("year-notice");
    expect(notice.textContent).toContain(
      "Cài đặt lưu năm 2026, nhưng tiêu đề cột của sổ tính ghi năm 2021: đang dùng năm 2021.",
    );
    // The official means 2026 (this year's tables into last year's file): used, and the workbook's year told.
    await user.click(within(notice).getByRole("button", { name: "Dùng năm 2026" }));
    await waitFor(() =>
      expect(within(insert).getByTestId("settings-line").textContent).toBe(
        "Năm 2026 (bạn chọn) · chưa ghi đơn vị · cấp huyện",
      ),
    );
    expect(within(insert).getByTestId("insert-preview").textContent).toBe("Dự báo 2026Kế hoạch 2027");
    const told = screen.getByTestId("year-notice");
    expect(told.getAttribute("data-kind")).toBe("user-differs");
    expect(told.textContent).toContain(
      "Đang dùng năm 2026 bạn chọn; tiêu đề cột trong sổ tính ghi năm 2021.",
    );
  });
});
