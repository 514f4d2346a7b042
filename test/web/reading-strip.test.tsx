// @vitest-environment jsdom
/**
 * The page's reading strip on a table headed by years alone («Năm 2025 | Năm 2026 | 2026/2025», no title): the kind
 * nothing tells is said plainly, never shown as a placeholder kind, and the strip says how to tell it.
 */
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { workbookReading } from "../../src/core/tables";
import { ReadingStrip } from "../../src/web/components/ReadingStrip";
import { bareYearsWorkbook } from "../support/other-provinces";
import { modelOf } from "../support/workbooks";

afterEach(cleanup);

describe("the page's reading strip", () => {
  it("says a year alone over a column leaves its kind unknown, and that «Sửa cách đọc…» tells it", async () => {
    const reading = workbookReading(await modelOf(bareYearsWorkbook()));
    render(<ReadingStrip lang="vi" reading={reading} sheet="Biểu 01" onEdit={() => undefined} />);
    expect(screen.getByTestId("reading-strip-columns").textContent).toBe(
      "D: số liệu năm 2025, chưa rõ là thực hiện, ước thực hiện hay kế hoạch (cần xác nhận) · " +
        "E: số liệu năm 2026, chưa rõ là thực hiện, ước thực hiện hay kế hoạch (cần xác nhận) · F = E/D (%)",
    );
    expect(screen.getByTestId("reading-strip-kind-unknown").textContent).toBe(
      "Có cột chỉ ghi năm, chưa rõ là số thực hiện, ước thực hiện hay kế hoạch: bấm «Sửa cách đọc…» để chọn.",
    );
  });
});
