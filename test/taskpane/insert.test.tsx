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
    // The sheets just added now take the names: a second insertion would get "(2)".
    await waitFor(async () =>
      expect(await previewItems()).toEqual([
        expect.stringMatching(/^Dự báo 2026 \(2\)/),
        expect.stringMatching(/^Kế hoạch 2027 \(2\)/),
      ]),
    );
  });

  it("names a sheet «Dự báo 2026 (2)» when «Dự báo 2026» exists", async () => {
    const inner = await emptyWorkbookPort({ year: 2026 });
    await inner.addSheets(planInsert([], { templateIds: ["du-bao"], year: 2026 }));
    renderApp({ port: inner });

    const items = await previewItems();
    expect(items[0]).toMatch(/^Dự báo 2026 \(2\)/);
    expect(items[1]).toBe("Kế hoạch 2027");
  });

  it("follows the ticked tables and the year typed", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({ year: 2026 }));
    const { user } = renderApp({ port });
    await previewItems();

    await user.click(screen.getByRole("checkbox", { name: "Dự báo khả năng thực hiện kế hoạch năm N" }));
    await user.click(
      screen.getByRole("checkbox", { name: "Các chỉ tiêu phát triển lĩnh vực thông tin cơ sở" }),
    );
    const year = within(screen.getByRole("tabpanel", { name: "Chèn phụ lục" })).getByRole("textbox", {
      name: /Năm báo cáo/,
    });
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
