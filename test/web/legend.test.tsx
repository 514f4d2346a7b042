// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/check/types";
import { Legend } from "../../src/web/components/Legend";

afterEach(cleanup);

const finding = (severity: Finding["severity"], sheet = "Dự báo 2026"): Finding =>
  ({ code: "number/text", severity, sheet, cell: "D9", params: {} }) as unknown as Finding;

describe("the web page's legend", () => {
  it("counts the findings of the sheet on show with English plurals", () => {
    const findings = [
      finding("error"),
      finding("warning"),
      finding("warning"),
      finding("error", "Kế hoạch 2027"),
    ];
    render(<Legend lang="en" findings={findings} sheet="Dự báo 2026" />);
    expect(screen.getByText(/on this sheet$/).textContent).toBe(
      "1 error · 2 warnings · 0 notes on this sheet",
    );
  });

  it("says the same in Vietnamese", () => {
    render(<Legend lang="vi" findings={[finding("error")]} sheet="Dự báo 2026" />);
    expect(screen.getByText(/trên trang này$/).textContent).toBe(
      "1 lỗi · 0 cảnh báo · 0 ghi chú trên trang này",
    );
  });
});
