// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/check/types";
import { Legend } from "../../src/web/components/Legend";
import { fittedWidths } from "../../src/web/display";

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

describe("the legend's words", () => {
  it("says what a coloured cell is and how to read it, on a touch screen too, and what a formula cell shows", () => {
    render(<Legend lang="vi" findings={[]} sheet="Dự báo 2026" />);
    const text = screen.getByTestId("legend").textContent ?? "";
    expect(text).toContain("Ô có nền màu là ô có kết quả kiểm tra: bấm vào ô để đọc.");
    expect(text).toContain("Ô công thức (số in nghiêng do trang tự tính)");
    // «Ô tô» reads as "car"; hovering means nothing on a touch screen; a bare 12,5 explains nothing.
    expect(text).not.toMatch(/Ô tô|di chuột|12,5/);
  });

  it("in English", () => {
    render(<Legend lang="en" findings={[]} sheet="Dự báo 2026" />);
    const text = screen.getByTestId("legend").textContent ?? "";
    expect(text).toContain("A coloured cell has check findings: click or tap it to read them.");
    expect(text).not.toMatch(/hover|12\.5/);
  });
});

describe("fittedWidths", () => {
  it("narrows only the wide text columns, in proportion, so that the figures stay in view", () => {
    // STT 47, name 355, unit 89, figures 89 × 5 (as the seed's forecast): 936 px in 800.
    expect(fittedWidths([47, 355, 89, 89, 89, 89, 89, 89], 800)).toEqual([47, 219, 89, 89, 89, 89, 89, 89]);
  });

  it("leaves a table that fits as it is, and stops at the narrowest a name column may get", () => {
    expect(fittedWidths([47, 355, 89], 600)).toEqual([47, 355, 89]);
    // 355 narrows to 160 at most: the rest scrolls sideways.
    expect(fittedWidths([47, 355, 89, 89, 89], 300)).toEqual([47, 160, 89, 89, 89]);
    expect(fittedWidths([47, 89, 89], 100)).toEqual([47, 89, 89]);
  });
});
