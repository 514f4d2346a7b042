// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { emptyWorkbookPort, recording, renderApp } from "./helpers";

afterEach(cleanup);

async function openSettings(user: ReturnType<typeof renderApp>["user"], title = "Cài đặt") {
  await user.click(await screen.findByRole("button", { name: new RegExp(`^${title}`) }));
}

describe("Cài đặt", () => {
  it("saves every change in the workbook, and a new pane over the same workbook starts with them", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({}));
    const first = renderApp({ port });
    const { user } = first;
    await openSettings(user);

    const unit = screen.getAllByRole("textbox", { name: "Đơn vị báo cáo" })[0];
    await user.type(unit, "huyện Tuần Giáo");
    await user.selectOptions(screen.getAllByRole("combobox", { name: "Cấp hành chính" })[0], "xa");
    const year = screen.getAllByRole("textbox", { name: /Năm báo cáo/ })[0];
    await user.clear(year);
    await user.type(year, "2025");

    await waitFor(() =>
      expect(callsOf("saveSettings").at(-1)?.[0]).toEqual({
        unit: "huyện Tuần Giáo",
        level: "xa",
        year: 2025,
      }),
    );
    // Loaded once at start, not on every change.
    expect(callsOf("loadSettings")).toHaveLength(1);
    expect(await port.loadSettings()).toEqual({ unit: "huyện Tuần Giáo", level: "xa", year: 2025 });
    first.unmount();

    renderApp({ port });
    await screen.findByRole("button", { name: /Năm 2025 · huyện Tuần Giáo · cấp xã/ });
    const insert = screen.getByRole("tabpanel", { name: "Chèn phụ lục" });
    expect(within(insert).getByTestId("settings-line").textContent).toBe(
      "Năm 2025 (đã lưu trong sổ tính) · huyện Tuần Giáo · cấp xã",
    );
    await within(insert).findByText("Dự báo 2025");
  });

  it("keeps the separator with the title, so a summary wrapped in a narrow pane never starts with it", async () => {
    renderApp({ port: await emptyWorkbookPort({ year: 2026, level: "huyen" }) });
    const summary = await screen.findByTestId("settings-summary");
    await waitFor(() => expect(summary.textContent).toBe("Năm 2026 · chưa ghi đơn vị · cấp huyện"));
    expect(summary.previousElementSibling?.textContent).toBe("Cài đặt ·");
  });

  it("starts with the current year when the workbook has none, and never saves a default", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({}));
    renderApp({ port });
    const year = new Date().getFullYear();
    await screen.findByText(`Dự báo ${year}`);
    expect(callsOf("saveSettings")).toHaveLength(0);
  });

  it("rejects a year that is not four digits and keeps the last good one", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({ year: 2026 }));
    const { user } = renderApp({ port });
    const insert = await screen.findByRole("tabpanel", { name: "Chèn phụ lục" });
    await openSettings(user);
    const year = screen.getByRole("textbox", { name: /Năm báo cáo/ });
    await user.clear(year);
    await user.type(year, "26");
    screen.getByText("Năm «26» không dùng được: năm báo cáo là bốn chữ số từ 1990 đến 2100, ví dụ 2026.");
    within(insert).getByText("Dự báo 2026");
    expect(callsOf("saveSettings")).toHaveLength(0);
  });

  it("switches the whole pane to English and remembers it", async () => {
    const { port, callsOf } = recording(await emptyWorkbookPort({ year: 2026 }));
    const first = renderApp({ port });
    await openSettings(first.user);
    await first.user.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ" }), "en");

    for (const name of ["Insert", "Formulas", "Check", "Targets"]) screen.getByRole("tab", { name });
    screen.getByRole("button", { name: "Insert" });
    screen.getByRole("checkbox", { name: "Forecast of the plan's achievement in year N" });
    screen.getByRole("combobox", { name: "Language" });
    expect(screen.queryByRole("tab", { name: "Chèn phụ lục" })).toBeNull();
    await waitFor(() => expect(callsOf("saveSettings").at(-1)?.[0]).toEqual({ year: 2026, lang: "en" }));
    first.unmount();

    renderApp({ port });
    await screen.findByRole("tab", { name: "Formulas" });
  });

  it("takes the host's language when the workbook has none", async () => {
    const port = await emptyWorkbookPort({ year: 2026 });
    renderApp({ port, lang: "en", initialView: "check" });
    await screen.findByRole("button", { name: "Check" });
    screen.getByRole("tab", { name: "Targets" });
  });
});
