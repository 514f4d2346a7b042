// @vitest-environment jsdom
/**
 * The page's in-place consolidation for a file whose headers are years alone («Năm 2025 | Năm 2026 | 2026/2025»):
 * kept out because the kind of each figure is not known, it is listed with a choice of kind for each such column
 * (Thực hiện / Ước thực hiện / Kế hoạch of the year shown), nothing chosen for the official; once each is chosen the
 * confirmation is the core's (confirm.ts, as `phuluc xac-nhan --column` stores it) and the file goes in.
 */
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Confirmation } from "../../src/core/consolidate";
import { ConfirmFile } from "../../src/web/ConsolidateView";
import { consolidated, districtReportOfBytes } from "../../src/web/consolidate-io";
import { BARE_YEARS_ROWS, districtBytes, toldDistrictBytes } from "../support/other-provinces";

afterEach(cleanup);

const bare = () => districtBytes([["UBND HUYỆN NẬM TRÀ"], ...BARE_YEARS_ROWS]);

describe("confirming the kind of a bare-year column in the page's consolidation", () => {
  it("offers each column's kinds for its year, asks all of them, and takes the file in once confirmed", async () => {
    const reports = [
      await districtReportOfBytes("muong-ang.xlsx", await toldDistrictBytes()),
      await districtReportOfBytes("nam-tra.xlsx", await bare()),
    ];
    const first = await consolidated(reports, "vi");
    if (!first.ok) throw new Error(first.message);
    expect(first.included.map((d) => d.file)).toEqual(["muong-ang.xlsx"]);
    const needing = first.needing[0];
    expect([needing.file, needing.columns]).toEqual(["nam-tra.xlsx", []]);
    expect(needing.kindColumns.map((c) => [c.label, c.kinds.map((k) => k.label)])).toEqual([
      [
        "Cột Biểu 01!D «Năm 2025» chỉ ghi năm 2025: số liệu là",
        ["Thực hiện 2025", "Ước thực hiện 2025", "Kế hoạch 2025"],
      ],
      [
        "Cột Biểu 01!E «Năm 2026» chỉ ghi năm 2026: số liệu là",
        ["Thực hiện 2026", "Ước thực hiện 2026", "Kế hoạch 2026"],
      ],
    ]);

    const onConfirm = vi.fn<(c: Confirmation) => void>();
    render(<ConfirmFile lang="vi" needing={needing} year={2026} onConfirm={onConfirm} />);
    const kinds = screen.getAllByTestId("consolidate-confirm-kind") as HTMLSelectElement[];
    const button = screen.getByTestId("consolidate-confirm-button");
    // Nothing chosen for the official: each column waits for its kind.
    expect(kinds.map((k) => [k.dataset.column, k.value])).toEqual([
      ["Biểu 01!D", ""],
      ["Biểu 01!E", ""],
    ]);
    expect(button).toHaveProperty("disabled", true);
    fireEvent.change(kinds[0], { target: { value: "actual" } });
    expect(button).toHaveProperty("disabled", true);
    fireEvent.change(kinds[1], { target: { value: "estimate" } });
    expect(button).toHaveProperty("disabled", false);
    fireEvent.click(button);
    expect(onConfirm.mock.calls).toEqual([
      [{ year: 2026, columnYears: {}, columnKinds: { "Biểu 01!D": "actual", "Biểu 01!E": "estimate" } }],
    ]);

    const confirmed = await districtReportOfBytes("nam-tra.xlsx", await bare(), undefined, {
      confirmation: onConfirm.mock.calls[0][0],
      needing: reports[1],
    });
    const again = await consolidated([reports[0], confirmed], "vi");
    if (!again.ok) throw new Error(again.message);
    expect([again.included, again.needing]).toEqual([
      [
        { name: "huyện Mường Ảng", file: "muong-ang.xlsx", confirmed: false },
        { name: "huyện Nậm Trà", file: "nam-tra.xlsx", confirmed: true },
      ],
      [],
    ]);
  });
});
