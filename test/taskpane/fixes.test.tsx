// @vitest-environment jsdom
/**
 * Sửa nhanh and Hoàn tác in the pane, on seed 001 pasted as text: the preview lists every change, Apply writes
 * exactly those, the check runs again without them, and undo brings the cells back.
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { changesToApply } from "../../src/taskpane/state/fixes";
import { seedAppendicesWorkbook } from "../support/fixtures";
import { bookOfPort, portOf } from "../support/workbooks";
import { openFolds, recording, renderApp } from "./helpers";

afterEach(cleanup);

const FORECAST = "Dự báo 2021";

async function pastedPort(mode: "text" | "numbers" = "text") {
  const port = await portOf(seedAppendicesWorkbook(mode));
  await port.saveSettings({ year: 2021, level: "huyen" });
  return port;
}

describe("Sửa nhanh", () => {
  it("fixes all numbers stored as text after a preview, checks again, and undoes", async () => {
    const inner = await pastedPort();
    const { port, callsOf } = recording(inner);
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));

    const panel = await screen.findByRole("region", { name: "Sửa nhanh" });
    await user.click(within(panel).getByRole("button", { name: "Sửa tất cả (247)" }));
    const preview = await within(panel).findByRole("region", { name: "Xem trước: 247 ô sẽ thay đổi" });
    within(preview).getByText((_, el) => el?.textContent === `${FORECAST}!D12: “88,8” → 88,8`);
    // Nothing written by the preview.
    expect(callsOf("writeStates")).toEqual([]);
    expect(bookOfPort(inner).sheet(FORECAST).value("D12")).toBe("88,8");

    await user.click(within(preview).getByRole("button", { name: "Áp dụng (247)" }));
    await within(panel).findByText("Đã sửa 247 ô. Đã kiểm tra lại.");
    expect(callsOf("writeStates")).toHaveLength(1);
    expect(bookOfPort(inner).sheet(FORECAST).value("D12")).toBe(88.8);
    // The check ran again: no numbers stored as text left.
    await waitFor(() =>
      expect(within(panel).queryByRole("button", { name: /^Sửa tất cả \(247\)/ })).toBeNull(),
    );
    await screen.findByRole("button", { name: /^Sửa tất cả \(27\)/ }); // the empty comparisons are still there

    await user.click(within(panel).getByRole("button", { name: "Hoàn tác lần sửa trước (247 ô)" }));
    await within(panel).findByText(/^Đã hoàn tác 247 ô/);
    expect(bookOfPort(inner).sheet(FORECAST).value("D12")).toBe("88,8");
    await screen.findByRole("button", { name: "Sửa tất cả (247)" });
  });

  it("says the fix is made but its undo record not saved, when the workbook refuses the record", async () => {
    const inner = await pastedPort();
    const port = {
      ...inner,
      writeStates: async (...args: Parameters<typeof inner.writeStates>) => {
        await inner.writeStates(...args);
        return { recordSaved: false };
      },
    };
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const panel = await screen.findByRole("region", { name: "Sửa nhanh" });
    await user.click(within(panel).getByRole("button", { name: "Sửa tất cả (247)" }));
    await user.click(await within(panel).findByRole("button", { name: "Áp dụng (247)" }));
    await within(panel).findByText("Đã sửa 247 ô. Đã kiểm tra lại.");
    await within(panel).findByText(
      "Đã sửa, nhưng không lưu được bản hoàn tác vào sổ tính: nút Hoàn tác chỉ dùng được khi ngăn này còn mở.",
    );
  });

  it("fixes one finding from its own Sửa button", async () => {
    const inner = await pastedPort();
    const { user } = renderApp({ port: inner, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    // G19's empty comparison is one of many on the sheet: its line is folded until opened.
    await screen.findAllByTestId("finding-fold");
    await openFolds(user, (f) => f.dataset.sheet === FORECAST && f.dataset.code !== "number/text");
    await user.click(await screen.findByRole("button", { name: "Sửa ô G19" }));
    const preview = await screen.findByRole("region", { name: "Xem trước: 1 ô sẽ thay đổi" });
    expect(preview.textContent).toMatch(
      /G19: \(trống\) → công thức = F19\/D19 × 100 → [\d,]+ · định dạng 0\.0/,
    );
    await user.click(within(preview).getByRole("button", { name: "Áp dụng (1)" }));
    await screen.findByText("Đã sửa 1 ô. Đã kiểm tra lại.");
    expect(bookOfPort(inner).sheet(FORECAST).formula("G19")).toMatch(/F19\/D19\*100/);
  });

  it("replaces a typed comparison only in the cells ticked", async () => {
    const inner = await pastedPort("numbers");
    const { user } = renderApp({ port: inner, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const panel = await screen.findByRole("region", { name: "Sửa nhanh" });
    await user.click(within(panel).getByRole("button", { name: /^Xem và xác nhận \(22\)/ }));
    const preview = await within(panel).findByRole("region", { name: "Xem trước: 0 ô sẽ thay đổi" });
    expect(within(preview).getByRole("button", { name: "Áp dụng (0)" }).hasAttribute("disabled")).toBe(true);
    await user.click(within(preview).getByRole("checkbox", { name: new RegExp(`^${FORECAST}!G11: 100 → `) }));
    await user.click(within(panel).getByRole("button", { name: "Áp dụng (1)" }));
    await within(panel).findByText("Đã sửa 1 ô. Đã kiểm tra lại.");
    const ws = bookOfPort(inner).sheet(FORECAST);
    expect(ws.formula("G11")).toMatch(/F11\/D11\*100/);
    expect(ws.value("G12")).toBe(100);
  });
});

describe("changesToApply", () => {
  it("puts the full change of a ticked cell in place of its partial one", () => {
    const partial = {
      sheet: "S",
      cell: "G9",
      codes: ["number/text"],
      before: { value: "100" },
      after: { value: 100 },
    };
    const full = {
      ...partial,
      codes: ["number/text", "comparison/not-formula"],
      after: { value: 100, formula: "F9/D9*100" },
    };
    const other = { ...full, cell: "H9" };
    const plan = { changes: [partial], toConfirm: [full, other], unfixed: [] };
    expect(changesToApply(plan, new Set())).toEqual([partial]);
    expect(changesToApply(plan, new Set(["S\u0000G9"]))).toEqual([full]);
    expect(changesToApply(plan, new Set(["S\u0000H9"]))).toEqual([partial, other]);
  });
});
