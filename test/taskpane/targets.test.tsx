// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { targetsAction } from "../../src/core/actions";
import { insertTemplates } from "../../src/core/actions";
import { typeInto } from "../support/workbooks";
import { emptyWorkbookPort, recording, renderApp, standardWorkbookPort } from "./helpers";

afterEach(cleanup);

/** The coverage cards, one per indicator. */
function bodyRows(): HTMLElement[] {
  const list = screen.getByRole("list", { name: "Đối chiếu chỉ tiêu" });
  return within(list).getAllByRole("listitem");
}

describe("Chỉ tiêu TTCS", () => {
  it("shows the eight district targets, lists the missing ones and appends them to the plan sheet", async () => {
    const { port, callsOf } = recording(await standardWorkbookPort({ year: 2026, level: "huyen" }));
    const expected = await targetsAction(port, { year: 2026, level: "huyen" });
    const missing = expected.filter((c) => c.status === "missing");
    expect(expected).toHaveLength(8);
    expect(missing.length).toBeGreaterThan(0);

    const { user } = renderApp({ port, initialView: "targets" });
    await screen.findByRole("list", { name: "Đối chiếu chỉ tiêu" });
    expect(bodyRows()).toHaveLength(8);
    // A compact card: number, name (two lines until opened), figures, status.
    const first = bodyRows()[0];
    const name = within(first).getByRole("button", { expanded: false });
    expect(name.textContent).toMatch(/^1\.1Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh/);
    expect(first.textContent).toContain("Thực hiện — / mục tiêu 100 (%)");
    expect(first.getAttribute("data-status")).toBe("missing");
    await user.click(name);
    within(first).getByRole("button", { expanded: true });
    within(first).getByText("Mục tiêu theo chiến lược: 100");
    expect(bodyRows().filter((r) => r.textContent?.includes("Chưa báo cáo"))).toHaveLength(missing.length);
    // 2026 is after the 2021–2025 period: the 2025 targets are used, and the pane says so.
    screen.getByText("Giai đoạn chiến lược 2021–2025 đã kết thúc: số liệu được so với chỉ tiêu năm 2025.");
    const list = screen.getByText(/^Chỉ tiêu chưa có trong sổ tính:/);
    for (const m of missing) expect(list.textContent).toContain(m.name);

    const sheet = screen.getByRole("combobox", { name: "Trang kế hoạch" }) as HTMLSelectElement;
    expect(sheet.value).toBe("Kế hoạch 2027");
    await user.click(screen.getByRole("button", { name: "Bổ sung" }));

    await screen.findByText(`Đã thêm ${missing.length} dòng chỉ tiêu vào trang «Kế hoạch 2027».`);
    const writes = callsOf("writeCells");
    expect(writes).toHaveLength(1);
    expect(Object.keys(writes[0][0] as object)).toEqual(["Kế hoạch 2027"]);
    // The coverage is read again: the appended indicators are now reported.
    await waitFor(() =>
      expect(bodyRows().filter((r) => r.textContent?.includes("Chưa báo cáo"))).toHaveLength(0),
    );
  });

  it("follows the level: a commune reports six targets", async () => {
    const port = await emptyWorkbookPort({ year: 2024, level: "xa" });
    await insertTemplates(port, { templateIds: ["du-bao", "ke-hoach"], year: 2024, level: "xa" });
    renderApp({ port, initialView: "targets" });
    await screen.findByRole("list", { name: "Đối chiếu chỉ tiêu" });
    expect(bodyRows()).toHaveLength(6);
    expect(screen.queryByText(/đã kết thúc/)).toBeNull();
    screen.getByText(/^Năm 2024, cấp xã: /);
  });

  it("judges the workbook's year, and tells a year the settings keep that the workbook contradicts", async () => {
    // The settings keep 2024 (this pane's default of old, or a year typed long ago); the tables are 2026's.
    const { port, callsOf } = recording(await standardWorkbookPort({ year: 2024, level: "huyen" }));
    const { user } = renderApp({ port, initialView: "targets" });
    await screen.findByRole("list", { name: "Đối chiếu chỉ tiêu" });
    screen.getByText(/^Năm 2026, cấp huyện: /);
    const targets = within(screen.getByRole("tabpanel", { name: "Chỉ tiêu TTCS" }));
    expect(targets.getByTestId("settings-line").textContent).toBe("Năm 2026 (theo tiêu đề cột) · cấp huyện");
    const notice = await screen.findByTestId("year-notice");
    expect(notice.getAttribute("data-kind")).toBe("stored-differs");
    expect(notice.textContent).toContain(
      "Cài đặt lưu năm 2024, nhưng tiêu đề cột của sổ tính ghi năm 2026: đang dùng năm 2026.",
    );
    // Told, not applied, and nothing stored behind the official's back.
    expect(callsOf("saveSettings")).toHaveLength(0);
    // The official keeps the workbook's year: stored, and the notice is gone.
    await user.click(within(notice).getByRole("button", { name: "Lưu năm 2026 vào cài đặt" }));
    await waitFor(() => expect(callsOf("saveSettings").at(-1)?.[0]).toMatchObject({ year: 2026 }));
    await waitFor(() => expect(screen.queryByTestId("year-notice")).toBeNull());
  });

  it("names the figure once: the column's label says whether it is an actual or a planned figure", async () => {
    const port = await emptyWorkbookPort({ year: 2024, level: "huyen" });
    await insertTemplates(port, { templateIds: ["thong-tin-co-so"], year: 2024, level: "huyen" });
    await typeInto(port, "TTCS 2024", { F8: 95 });
    renderApp({ port, initialView: "targets" });
    await screen.findByRole("list", { name: "Đối chiếu chỉ tiêu" });
    const first = bodyRows()[0];
    expect(first.textContent).toContain("Thực hiện năm 2024: 95 / mục tiêu 98 (%)");
    expect(first.textContent).not.toMatch(/Thực hiện năm 2024: Thực hiện/);
  });
});
