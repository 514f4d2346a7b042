// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { planInsert } from "../../src/core/actions";
import { emptyWorkbookPort, recording, renderApp } from "./helpers";

afterEach(cleanup);

async function previewItems(): Promise<string[]> {
  const list = await screen.findByRole("list", { name: "Sẽ thêm các trang tính:" });
  return within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
}

function checkbox(name: string): HTMLInputElement {
  return screen.getByRole("checkbox", { name }) as HTMLInputElement;
}

describe("Chèn phụ lục", () => {
  it("previews the forecast and the plan by default and inserts them", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({ year: 2026 }));
    const { user } = renderApp({ port });

    expect(await previewItems()).toEqual(["Dự báo 2026", "Kế hoạch 2027"]);
    expect(checkbox("Dự báo khả năng thực hiện kế hoạch năm N").checked).toBe(true);
    expect(checkbox("Các chỉ tiêu chủ yếu của kế hoạch năm N+1").checked).toBe(true);
    expect(checkbox("Các chỉ tiêu phát triển Chính phủ điện tử").checked).toBe(false);

    await user.click(screen.getByRole("button", { name: "Chèn" }));

    await screen.findByText("Đã thêm 2 trang tính: Dự báo 2026, Kế hoạch 2027.");
    const { names } = await port.sheetNames();
    expect(names).toContain("Dự báo 2026");
    expect(names).toContain("Kế hoạch 2027");
    expect(callsOf("addSheets")).toHaveLength(1);
    // Just added, they are not offered again: no «Dự báo 2026 (2)» for a second click.
    await screen.findByText("Đã có trong sổ tính nên không chèn lại: Dự báo 2026, Kế hoạch 2027.");
    screen.getByText("Các bảng đã chọn đều đã có trong sổ tính: không có gì để thêm.");
    expect(screen.queryByRole("list", { name: "Sẽ thêm các trang tính:" })).toBeNull();
    expect((screen.getByRole("button", { name: "Chèn" }) as HTMLButtonElement).disabled).toBe(true);
    // A copy, only when asked for: then named «(2)».
    await user.click(screen.getByRole("checkbox", { name: /Vẫn chèn thêm một bản/ }));
    expect(await previewItems()).toEqual([
      expect.stringMatching(/^Dự báo 2026 \(2\)/),
      expect.stringMatching(/^Kế hoạch 2027 \(2\)/),
    ]);
    expect((screen.getByRole("button", { name: "Chèn" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("names a new sheet around a chart sheet's name the host reports as taken", async () => {
    const inner = await emptyWorkbookPort({ year: 2026 });
    const port = {
      ...inner,
      sheetNames: async () => ({ ...(await inner.sheetNames()), taken: ["DỰ BÁO 2026"] }),
    };
    const { user } = renderApp({ port });
    expect(await previewItems()).toEqual([
      expect.stringMatching(/^Dự báo 2026 \(2\)/),
      expect.stringMatching(/^Kế hoạch 2027$/),
    ]);
    await user.click(screen.getByRole("button", { name: "Chèn" }));
    await screen.findByText("Đã thêm 2 trang tính: Dự báo 2026 (2), Kế hoạch 2027.");
  });

  it("says which setup Excel refused on an inserted sheet, the sheet being there all the same", async () => {
    const inner = await emptyWorkbookPort({ year: 2026 });
    const port = {
      ...inner,
      addSheets: async (plans: Parameters<typeof inner.addSheets>[0]) => {
        await inner.addSheets(plans);
        return { unfinished: [{ sheet: plans[0].name, parts: ["print" as const, "freeze" as const] }] };
      },
    };
    const { user } = renderApp({ port });
    await previewItems();
    await user.click(screen.getByRole("button", { name: "Chèn" }));
    await screen.findByText("Đã thêm 2 trang tính: Dự báo 2026, Kế hoạch 2027.");
    await screen.findByText(
      "Đã chèn bảng «Dự báo 2026», chưa đặt được khổ in (A4, lặp dòng tiêu đề), cố định dòng tiêu đề: phiên bản Excel này từ chối. Bảng vẫn dùng được; bạn có thể tự đặt trong Excel.",
    );
  });

  it("leaves out «Dự báo 2026» when the workbook has it, and names a copy asked for «Dự báo 2026 (2)»", async () => {
    const inner = await emptyWorkbookPort({ year: 2026 });
    await inner.addSheets(planInsert([], { templateIds: ["du-bao"], year: 2026 }));
    const { user } = renderApp({ port: inner });

    expect(await previewItems()).toEqual(["Kế hoạch 2027"]);
    screen.getByText("Đã có trong sổ tính nên không chèn lại: Dự báo 2026.");
    await user.click(screen.getByRole("checkbox", { name: /Vẫn chèn thêm một bản/ }));
    const items = await previewItems();
    expect(items[0]).toMatch(/^Dự báo 2026 \(2\)/);
    expect(items[1]).toBe("Kế hoạch 2027");
  });

  it("shows the year, unit and level in one line, set in Cài đặt only", async () => {
    const { user } = renderApp({ port: await emptyWorkbookPort({ year: 2026, unit: "huyện Tuần Giáo" }) });
    const insert = await screen.findByRole("tabpanel", { name: "Chèn phụ lục" });
    // The year with where it came from: the workbook has no table, its settings keep 2026.
    await waitFor(() =>
      expect(within(insert).getByTestId("settings-line").textContent).toBe(
        "Năm 2026 (đã lưu trong sổ tính) · huyện Tuần Giáo · cấp huyện",
      ),
    );
    expect(within(insert).queryByRole("textbox")).toBeNull();
    expect(within(insert).queryByRole("combobox")).toBeNull();
    // «Đổi…» opens Cài đặt with the year ready to type.
    await user.click(within(insert).getByRole("button", { name: "Đổi…" }));
    const year = await screen.findByRole("textbox", { name: /Năm báo cáo/ });
    await waitFor(() => expect(document.activeElement).toBe(year));
    expect(screen.getAllByRole("textbox", { name: /Năm báo cáo/ })).toHaveLength(1);
  });

  it("says where the year comes from once the inserted tables name it, without another view opened", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({ year: 2026, unit: "huyện Tuần Giáo" }));
    const { user } = renderApp({ port });
    const insert = await screen.findByRole("tabpanel", { name: "Chèn phụ lục" });
    await waitFor(() =>
      expect(within(insert).getByTestId("settings-line").textContent).toBe(
        "Năm 2026 (đã lưu trong sổ tính) · huyện Tuần Giáo · cấp huyện",
      ),
    );
    const readsBefore = callsOf("read").length;
    await user.click(screen.getByRole("button", { name: "Chèn" }));
    await screen.findByText("Đã thêm 2 trang tính: Dự báo 2026, Kế hoạch 2027.");
    // The workbook is read once more, and the year line now names the new tables' headers as its source.
    await waitFor(() =>
      expect(within(insert).getByTestId("settings-line").textContent).toBe(
        "Năm 2026 (theo tiêu đề cột) · huyện Tuần Giáo · cấp huyện",
      ),
    );
    expect(callsOf("read").length).toBe(readsBefore + 1);
  });

  it("follows the ticked tables and the year typed", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({ year: 2026 }));
    const { user } = renderApp({ port });
    await previewItems();

    await user.click(screen.getByRole("checkbox", { name: "Dự báo khả năng thực hiện kế hoạch năm N" }));
    await user.click(
      screen.getByRole("checkbox", { name: "Các chỉ tiêu phát triển lĩnh vực thông tin cơ sở" }),
    );
    await user.click(
      within(screen.getByRole("tabpanel", { name: "Chèn phụ lục" })).getByRole("button", { name: "Đổi…" }),
    );
    const year = await screen.findByRole("textbox", { name: /Năm báo cáo/ });
    await user.clear(year);
    await user.type(year, "2027");

    expect(await previewItems()).toEqual(["Kế hoạch 2028", "TTCS 2027"]);
    await waitFor(() => expect(callsOf("saveSettings").at(-1)?.[0]).toMatchObject({ year: 2027 }));

    await user.click(screen.getByRole("checkbox", { name: "Các chỉ tiêu chủ yếu của kế hoạch năm N+1" }));
    await user.click(
      screen.getByRole("checkbox", { name: "Các chỉ tiêu phát triển lĩnh vực thông tin cơ sở" }),
    );
    await screen.findByText("Chưa chọn bảng nào.");
    expect((screen.getByRole("button", { name: "Chèn" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
