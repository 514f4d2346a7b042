// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { WorkbookPort } from "../../src/core/port";
import { PortError } from "../../src/excel/errors";
import { emptyWorkbookPort, failingPort, renderApp, standardWorkbookPort } from "./helpers";

afterEach(cleanup);

function thrownWithStack(): Error {
  const error = new Error("Workbook request failed");
  error.stack =
    "Error: Workbook request failed\n    at read (webpack://phuluc/src/excel/port.ts:120:11)\n    at async checkAction";
  return error;
}

describe("errors read as sentences", () => {
  it("shows a Vietnamese sentence and no stack trace when an action throws", async () => {
    const port = failingPort(thrownWithStack(), await standardWorkbookPort());
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));

    // The check's failure, and above the views the pane's own read of the workbook (for its year), said alike.
    const check = within(screen.getByRole("tabpanel", { name: "Kiểm tra" }));
    const alert = await check.findByRole("alert");
    expect(alert.textContent).toContain("Không thực hiện được: Workbook request failed");
    const year = await screen.findByText("Chưa đọc được sổ tính để biết năm báo cáo");
    expect(year.closest('[role="alert"]')?.textContent).toContain("Workbook request failed");
    expect(document.body.textContent).not.toMatch(/\bat read\b|port\.ts|webpack:|Error:/);
    // The pane still works: the button can be pressed again.
    expect((screen.getByRole("button", { name: "Kiểm tra" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("names a protected sheet's remedy", async () => {
    const base = await standardWorkbookPort();
    const port: WorkbookPort = {
      ...base,
      sheetNames: () => base.sheetNames(),
      read: (sheets) => base.read(sheets),
      writeCells: async () => {
        throw new PortError("protected", "AccessDenied: The cell you're trying to change is protected.");
      },
    };
    const { user } = renderApp({ port, initialView: "formulas" });
    await screen.findByRole("radio", { name: /Trang đang mở/ });
    await user.click(screen.getByRole("button", { name: "Điền công thức" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Trang tính đang được bảo vệ (khóa) nên không ghi được");
    expect(alert.textContent).not.toContain("AccessDenied");
  });

  it("names the missing sheet", async () => {
    const base = await emptyWorkbookPort({ year: 2026 });
    const port = failingPort(new PortError("sheet-missing", "ItemNotFound", { sheet: "Dự báo 2026" }), base);
    renderApp({ port });
    const insert = within(await screen.findByRole("tabpanel", { name: "Chèn phụ lục" }));
    const alert = await insert.findByRole("alert");
    expect(alert.textContent).toContain("Không tìm thấy trang tính «Dự báo 2026»");
  });

  it("says the data is too large, in English too", async () => {
    const base = await emptyWorkbookPort({ year: 2026, lang: "en" });
    const port: WorkbookPort = {
      ...base,
      sheetNames: () => base.sheetNames(),
      addSheets: async () => {
        throw new PortError("too-large", "RequestPayloadSizeLimitExceeded");
      },
    };
    const { user } = renderApp({ port });
    await screen.findByRole("list", { name: "These sheets will be added:" });
    await user.click(screen.getByRole("button", { name: "Insert" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The data is too large for Excel to handle at once");
  });

  it("shows a progress indicator and disables the button while the action runs", async () => {
    const base = await standardWorkbookPort();
    let release: () => void = () => {};
    const port: WorkbookPort = {
      ...base,
      read: async (sheets) => {
        await new Promise<void>((resolve) => (release = resolve));
        return base.read(sheets);
      },
    };
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Đang kiểm tra…");
    expect((screen.getByRole("button", { name: "Kiểm tra" }) as HTMLButtonElement).disabled).toBe(true);
    release();
    await screen.findByText("Không phát hiện vấn đề nào.");
    expect(screen.queryByText("Đang kiểm tra…")).toBeNull();
  });
});
