// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { checkAction } from "../../src/core/actions";
import type { CellMark } from "../../src/core/port";
import type { Finding } from "../../src/core/check/types";
import { indicatorShown } from "../../src/taskpane/components/CheckView";
import { bookOfPort, rowOfCode, typeInto } from "../support/workbooks";
import { recording, renderApp, standardWorkbookPort } from "./helpers";

afterEach(cleanup);

/** The standard workbook with a rate of 150 (an error) and a number typed as text (a warning). */
async function workbookWithProblems() {
  const port = await standardWorkbookPort();
  const book = bookOfPort(port);
  const rateRow = rowOfCode(book.sheet("Dự báo 2026"), "ict.14");
  await typeInto(port, "Dự báo 2026", { [`F${rateRow}`]: 150 });
  const textRow = rowOfCode(book.sheet("Kế hoạch 2027"), "ict.20");
  await typeInto(port, "Kế hoạch 2027", { [`E${textRow}`]: "3.000" });
  return { port, rateCell: `F${rateRow}`, textCell: `E${textRow}` };
}

describe("Kiểm tra", () => {
  it("groups the findings by severity, then by sheet, with counts", async () => {
    const { port: inner, rateCell } = await workbookWithProblems();
    const expected = await checkAction(inner, { level: "huyen" });
    const errors = expected.issues.filter((f) => f.severity === "error");
    const warnings = expected.issues.filter((f) => f.severity === "warning");
    expect(errors.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);

    const { user } = renderApp({ port: inner, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));

    const errorGroup = await screen.findByRole("region", { name: `Lỗi (${errors.length})` });
    const warningGroup = screen.getByRole("region", { name: `Cảnh báo (${warnings.length})` });
    // Errors come before warnings.
    expect(errorGroup.compareDocumentPosition(warningGroup) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const forecastErrors = errors.filter((f) => f.sheet === "Dự báo 2026").length;
    within(errorGroup).getByRole("heading", { name: `Trang «Dự báo 2026» (${forecastErrors})` });
    const rate = within(errorGroup).getByRole("button", { name: new RegExp(`^${rateCell}\\b`) });
    expect(rate.textContent).toContain("150");
    expect(rate.textContent).toContain("Tỷ lệ hộ gia đình có kết nối Internet băng rộng");
    expect(rate.textContent).toMatch(/ngoài khoảng 0–100/);

    const planWarnings = warnings.filter((f) => f.sheet === "Kế hoạch 2027").length;
    within(warningGroup).getByRole("heading", { name: `Trang «Kế hoạch 2027» (${planWarnings})` });
    screen.getByText(
      `Năm 2026: ${errors.length} lỗi, ${warnings.length} cảnh báo, ${expected.issues.length - errors.length - warnings.length} ghi chú.`,
    );
  });

  it("selects a finding's cell, marks and unmarks the cells, and writes the report sheet", async () => {
    const { port: inner, rateCell, textCell } = await workbookWithProblems();
    const { port, callsOf } = recording(inner);
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));

    await user.click(await screen.findByRole("button", { name: new RegExp(`^${textCell}\\b`) }));
    await waitFor(() => expect(callsOf("select")).toEqual([["Kế hoạch 2027", textCell]]));
    expect(inner.selection).toEqual({ sheet: "Kế hoạch 2027", cell: textCell });

    await user.click(screen.getByRole("button", { name: "Đánh dấu ô" }));
    await screen.findByText(/^Đã tô màu \d+ ô/);
    const marks = callsOf("mark")[0][0] as CellMark[];
    expect(marks).toContainEqual({ sheet: "Dự báo 2026", cell: rateCell, severity: "error" });
    expect(bookOfPort(inner).sheet("Dự báo 2026").look(rateCell).fill).toBe("FFC7CE");

    await user.click(screen.getByRole("button", { name: "Bỏ đánh dấu" }));
    await screen.findByText(/^Đã bỏ đánh dấu/);
    expect(callsOf("clearMarks")).toHaveLength(1);
    expect(bookOfPort(inner).sheet("Dự báo 2026").look(rateCell).fill).toBe("FFF9E5");

    await user.click(screen.getByRole("button", { name: "Ghi trang Kết quả kiểm tra" }));
    await screen.findByText("Đã ghi trang «Kết quả kiểm tra».");
    expect(bookOfPort(inner).names).toContain("Kết quả kiểm tra");
  });

  it("says so when there is nothing to report", async () => {
    const port = await standardWorkbookPort();
    expect((await checkAction(port, { level: "huyen" })).issues).toEqual([]);
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Không phát hiện vấn đề nào.");
    expect(screen.queryByRole("region", { name: /^Lỗi/ })).toBeNull();
    expect((screen.getByRole("button", { name: "Đánh dấu ô" }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("Kiểm tra: repeated findings folded", () => {
  /** The standard workbook with six numbers of the 2027 plan typed as text: D9:E10 and D12:E12. */
  async function sixNumbersAsText() {
    const port = await standardWorkbookPort();
    const plan = bookOfPort(port).sheet("Kế hoạch 2027");
    const cells = ["D9", "E9", "D10", "E10", "D12", "E12"];
    await typeInto(port, "Kế hoạch 2027", Object.fromEntries(cells.map((c) => [c, String(plan.value(c))])));
    return port;
  }

  it("shows one line with the count and the ranges, opens to the cells, and a cell selects", async () => {
    const inner = await sixNumbersAsText();
    const { port, callsOf } = recording(inner);
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));

    const warnings = await screen.findByRole("region", { name: /^Cảnh báo \(/ });
    const fold = within(warnings).getByRole("button", { name: "6 ô số lưu dạng chữ: D9:E10, D12:E12" });
    expect(fold.getAttribute("aria-expanded")).toBe("false");
    // Shut, the six findings are not listed one by one.
    expect(
      within(warnings)
        .queryAllByTestId("finding")
        .filter((b) => b.dataset.code === "number/text"),
    ).toEqual([]);
    within(warnings).getByRole("button", { name: "Sửa 6 ô số lưu dạng chữ trên trang «Kế hoạch 2027»" });

    // Opened from the keyboard: the six cells, each once, in reading order.
    fold.focus();
    await user.keyboard("{Enter}");
    expect(fold.getAttribute("aria-expanded")).toBe("true");
    const list = document.getElementById(fold.getAttribute("aria-controls")!)!;
    const cells = within(list)
      .getAllByTestId("finding")
      .map((b) => b.dataset.cell);
    expect(cells).toEqual(["D9", "E9", "D10", "E10", "D12", "E12"]);
    expect(screen.getAllByTestId("finding").filter((b) => b.dataset.code === "number/text")).toHaveLength(6);
    // Each still has its own Sửa.
    within(list).getByRole("button", { name: "Sửa ô E10" });

    await user.click(within(list).getByRole("button", { name: /^E10\b/ }));
    await waitFor(() => expect(callsOf("select")).toEqual([["Kế hoạch 2027", "E10"]]));

    await user.click(fold);
    expect(fold.getAttribute("aria-expanded")).toBe("false");
    expect(document.getElementById(list.id)).toBeNull();
  });
});

describe("a finding's indicator", () => {
  const f = (cell: string, indicator: string | undefined, extra: Partial<Finding> = {}): Finding =>
    ({
      code: "percent/out-of-range",
      severity: "error",
      sheet: "Dự báo 2026",
      cell,
      params: {},
      ...(indicator ? { indicator } : {}),
      ...extra,
    }) as Finding;

  it("is named once for a run of findings on it, not when the message names it", () => {
    const long = "Tỷ lệ hộ gia đình có kết nối Internet băng rộng";
    expect(
      indicatorShown([
        f("D28", long),
        f("E28", long),
        f("F28", long),
        f("D29", "Số thuê bao Internet băng rộng cố định mặt đất"),
        undefined,
        f("D30", "Số thuê bao Internet băng rộng cố định mặt đất"),
        f("D31", undefined),
        f("D32", "Tổng số điểm phục vụ bưu chính", { code: "sum/mismatch" }),
      ]),
    ).toEqual([true, false, false, true, false, true, false, true]);
    // A message that names the indicator itself: not said twice.
    expect(
      indicatorShown([
        f("C28", "Số chương trình phát thanh", {
          code: "unit/missing",
          params: { indicator: "Số chương trình phát thanh" },
        }),
      ]),
    ).toEqual([false]);
  });

  it("shows in the pane once above the row's findings", async () => {
    const { port } = await workbookWithProblems();
    const row = rowOfCode(bookOfPort(port).sheet("Kế hoạch 2027"), "ict.20");
    await typeInto(port, "Kế hoạch 2027", { [`D${row}`]: "2.900" });
    const { user } = renderApp({ port, initialView: "check" });
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const warnings = await screen.findByRole("region", { name: /^Cảnh báo/ });
    const onRow = within(warnings)
      .getAllByTestId("finding")
      .filter((b) => b.getAttribute("data-cell") === `D${row}` || b.getAttribute("data-cell") === `E${row}`);
    expect(onRow).toHaveLength(2);
    expect(onRow.map((b) => within(b).queryAllByTestId("finding-indicator").length)).toEqual([1, 0]);
    const fix = within(warnings).getAllByTestId("fix-one")[0];
    expect(fix.tagName).toBe("BUTTON");
    expect(fix.textContent).toBe("Sửa");
  });
});
