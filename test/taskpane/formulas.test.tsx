// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { CellWrite } from "../../src/core/port";
import { bookOfPort, rowOfCode, typeInto, type Sheet } from "../support/workbooks";
import { recording, renderApp, standardWorkbookPort } from "./helpers";

afterEach(cleanup);

const SHEET = "Dự báo 2026";

/** The 2026 forecast with a typed 999 in column 7 (=6/4) of indicator 20, where the formula gives 2700/2400 = 112,5. */
async function workbookWithTypedComparison() {
  const port = await standardWorkbookPort();
  const row = rowOfCode(bookOfPort(port).sheet(SHEET), "ict.20");
  await typeInto(port, SHEET, { [`G${row}`]: 999 });
  /** The sheet as it is now. */
  const ws = (): Sheet => bookOfPort(port).sheet(SHEET);
  return { port, ws, cell: `G${row}` };
}

/**
 * The open dialog and its buttons. Under jsdom, Fluent's focus manager (tabster) sometimes marks the dialog itself
 * aria-hidden while it settles focus, which hides the dialog and the names of what is inside from role queries;
 * so the dialog is found with `hidden: true` and its title and buttons by their text.
 */
async function findDialog(title: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole("dialog", { hidden: true });
  within(dialog).getByText(title, { selector: "h2" });
  return dialog;
}

function dialogButton(dialog: HTMLElement, label: string): HTMLElement {
  return within(dialog).getByText(label, { selector: "button" });
}

describe("Công thức", () => {
  it("fills the active sheet, lists the typed cell it left alone, and overwrites it after confirmation", async () => {
    const { port: inner, ws, cell } = await workbookWithTypedComparison();
    const { port, callsOf } = recording(inner);
    const { user } = renderApp({ port, initialView: "formulas" });

    const activeChoice = (await screen.findByRole("radio", {
      name: "Trang đang mở (Dự báo 2026)",
    })) as HTMLInputElement;
    expect(activeChoice.checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Điền công thức" }));

    await screen.findByText("1 ô có số gõ tay khác với kết quả công thức nên được giữ nguyên:");
    expect(callsOf("read").at(-1)?.[0]).toEqual(["Dự báo 2026"]);
    const table = screen.getByRole("table", { name: /ô có số gõ tay khác với kết quả công thức/ });
    const row = within(table).getByRole("row", { name: new RegExp(`Dự báo 2026!${cell}`) });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([`Dự báo 2026!${cell}`, "999", "112,5"]);
    // The typed value is still there; the fill wrote nothing into that cell.
    expect(ws().value(cell)).toBe(999);
    const written = callsOf("writeCells").flatMap((c) =>
      Object.values(c[0] as Record<string, CellWrite[]>).flat(),
    );
    expect(written.length).toBeGreaterThan(0);
    expect(written.some((w) => w.col === 6 && `G${w.row + 1}` === cell)).toBe(false);

    await user.click(screen.getByRole("button", { name: "Thay bằng công thức (1 ô)" }));
    const dialog = await findDialog("Ghi đè bằng công thức?");
    await user.click(dialogButton(dialog, "Ghi đè"));

    // Past tense, with what each replaced cell held.
    await screen.findByText("Đã thay 1 ô gõ tay bằng công thức:");
    expect(ws().formula(cell)).toMatch(/F\d+\s*\/\s*D\d+/);
    expect(callsOf("read").at(-1)?.[0]).toEqual(["Dự báo 2026"]);
    expect(screen.queryByRole("button", { name: /Thay bằng công thức/, hidden: true })).toBeNull();
    const replaced = screen.getByRole("table", { name: "Đã thay 1 ô gõ tay bằng công thức:" });
    expect(within(replaced).getAllByRole("columnheader")[1]?.textContent).toBe("Đã ghi");
    expect(
      within(within(replaced).getByRole("row", { name: new RegExp(cell) }))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual([`Dự báo 2026!${cell}`, "999", "112,5"]);
    expect(screen.queryByRole("table", { name: /giữ nguyên/ })).toBeNull();
  });

  it("cancelling the confirmation writes nothing", async () => {
    const { port: inner, ws, cell } = await workbookWithTypedComparison();
    const { port, callsOf } = recording(inner);
    const { user } = renderApp({ port, initialView: "formulas" });

    await user.click(await screen.findByRole("radio", { name: "Tất cả các trang" }));
    await user.click(screen.getByRole("button", { name: "Điền công thức" }));
    await screen.findByText(/trong 2 trang tính/);
    expect(callsOf("read").at(-1)?.[0]).toBeUndefined();
    const writes = callsOf("writeCells").length;

    await user.click(screen.getByRole("button", { name: "Thay bằng công thức (1 ô)" }));
    const dialog = await findDialog("Ghi đè bằng công thức?");
    await user.click(dialogButton(dialog, "Hủy"));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(callsOf("writeCells")).toHaveLength(writes);
    expect(ws().value(cell)).toBe(999);
  });

  it("fills only the sheets chosen", async () => {
    const { port: inner } = await workbookWithTypedComparison();
    const { port, callsOf } = recording(inner);
    const { user } = renderApp({ port, initialView: "formulas" });

    await user.click(await screen.findByRole("radio", { name: "Chọn trang…" }));
    const group = screen.getByRole("group", { name: "Các trang cần điền" });
    await user.click(within(group).getByRole("checkbox", { name: "Dự báo 2026" }));
    expect((screen.getByRole("button", { name: "Điền công thức" }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(group).getByRole("checkbox", { name: "Kế hoạch 2027" }));
    await user.click(screen.getByRole("button", { name: "Điền công thức" }));

    await screen.findByText(/trong 1 trang tính/);
    expect(callsOf("read").at(-1)?.[0]).toEqual(["Kế hoạch 2027"]);
  });

  it("says once per sheet that its figures are text and points to Sửa nhanh, instead of listing empty results", async () => {
    const { port, ws, cell } = await workbookWithTypedComparison();
    // Figures pasted from Word: the inputs of indicators 20 and 1 stored as text.
    const row20 = rowOfCode(ws(), "ict.20");
    const row1 = rowOfCode(ws(), "ict.01");
    await typeInto(port, SHEET, { [`D${row20}`]: "2.400", [`F${row20}`]: "2.700", [`D${row1}`]: "22" });
    const { user } = renderApp({ port, initialView: "formulas" });

    await user.click(await screen.findByRole("button", { name: "Điền công thức" }));
    const notes = await screen.findAllByTestId("formulas-text-inputs");
    expect(notes.map((n) => n.getAttribute("data-sheet"))).toEqual(["Dự báo 2026"]);
    expect(notes[0]?.textContent).toBe(
      "Trang «Dự báo 2026»: 3 ô số liệu đang lưu dạng chữ nên công thức chưa tính được. Hãy sửa trước ở mục Kiểm tra → Sửa nhanh (Số lưu dạng chữ → số), rồi điền lại.",
    );
    // The typed 999 cannot be compared with a formula whose inputs are text: said as a count, not listed as "(trống)".
    expect(screen.queryByTestId("kept-table")).toBeNull();
    expect(screen.queryByText(/\(trống\)/)).toBeNull();
    expect(screen.getByTestId("formulas-kept-unknown").textContent).toBe(
      "1 ô có số gõ tay được giữ nguyên; so được với công thức khi số liệu không còn lưu dạng chữ.",
    );
    expect(screen.queryByRole("button", { name: /Thay bằng công thức/ })).toBeNull();
    expect(ws().value(cell)).toBe(999);
  });

  it("does not list a typed value equal to the formula's result, but can still replace it", async () => {
    const { port: inner, ws, cell } = await workbookWithTypedComparison();
    await typeInto(inner, SHEET, { [cell]: 112.5 }); // 2 700 / 2 400, as the formula gives
    const { port } = recording(inner);
    const { user } = renderApp({ port, initialView: "formulas" });

    await user.click(await screen.findByRole("button", { name: "Điền công thức" }));
    expect((await screen.findByTestId("formulas-kept-same")).textContent).toBe(
      "1 ô có số gõ tay đúng bằng kết quả công thức được giữ nguyên.",
    );
    expect(screen.queryByTestId("kept-table")).toBeNull();
    expect(screen.queryByTestId("formulas-text-inputs")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Thay bằng công thức (1 ô)" }));
    await user.click(dialogButton(await findDialog("Ghi đè bằng công thức?"), "Ghi đè"));
    await screen.findByText("Đã thay 1 ô gõ tay bằng công thức:");
    expect(ws().formula(cell)).toMatch(/F\d+\s*\/\s*D\d+/);
  });

  it("writes English counts in their right form", async () => {
    const { port, ws } = await workbookWithTypedComparison();
    await typeInto(port, SHEET, { [`D${rowOfCode(ws(), "ict.20")}`]: "2.400" });
    const { user } = renderApp({ port, initialView: "formulas", lang: "en" });

    await user.click(await screen.findByRole("button", { name: "Fill formulas" }));
    await screen.findByText(/^Wrote [\d,]+ formulas in 1 sheet\.$/);
    expect(screen.getByTestId("formulas-text-inputs").textContent).toBe(
      "Sheet «Dự báo 2026»: 1 figure is stored as text, so the formulas cannot compute yet. Fix it first in Check → Quick fixes (Numbers stored as text → numbers), then fill again.",
    );
    expect(screen.getByTestId("formulas-kept-unknown").textContent).toMatch(
      /^1 cell with a typed value was left/,
    );
  });
});
