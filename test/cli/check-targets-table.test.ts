/** The targets table of `phuluc check`: the year column and kind of each entry, and values that cannot be judged. */
import { describe, expect, it } from "vitest";
import { printTargets } from "../../src/cli/commands/check";
import type { Context } from "../../src/cli/context";
import type { TargetCoverage } from "../../src/core/check/types";
import { t, type Lang } from "../../src/core/i18n/messages";

function render(lang: Lang, targets: TargetCoverage[]): string[] {
  const lines: string[] = [];
  const ctx: Context = {
    lang,
    io: { out: (line) => lines.push(line), err: () => undefined },
    say: (key, params) => t(lang, key, params),
  };
  printTargets(ctx, 2024, targets, "huyen");
  return lines;
}

const name = "Tỷ lệ xã có bảng tin điện tử công cộng";
const base = { code: "ttcs.1.6", name, level: "xa", periodEnded: false, yearUsed: 2024 } as const;

const entries: TargetCoverage[] = [
  {
    ...base,
    year: 2024,
    kind: "estimate",
    target: 45,
    targetText: "45",
    value: 1234.5,
    status: "met",
    cell: "Dự báo 2024!F13",
  },
  {
    ...base,
    year: 2025,
    kind: "plan",
    target: 70,
    targetText: "70",
    value: 62.5,
    status: "below",
    gap: 7.5,
    cell: "Kế hoạch 2025!E13",
  },
  {
    ...base,
    year: 2024,
    kind: "actual",
    target: 45,
    targetText: "45",
    value: 135,
    status: "invalid",
    findingCode: "percent/out-of-range",
    cell: "TTCS 2024!F13",
  },
];

describe("phuluc check, targets table", () => {
  it("names each year column judged, in Vietnamese", () => {
    expect(render("vi", entries)).toEqual([
      "  Chỉ tiêu thông tin cơ sở 2021–2025, năm 2024, cấp huyện:",
      `    1.6  ${name}:`,
      "         Ước thực hiện 2024: 1.234,5 / 45 → Đạt (Dự báo 2024!F13)",
      "         Kế hoạch 2025: 62,5 / 70 → Chưa đạt (thiếu 7,5) (Kế hoạch 2025!E13)",
      "         Thực hiện 2024: 135 / 45 → Số liệu sai [percent/out-of-range] (TTCS 2024!F13)",
    ]);
  });

  it("and in English, numbers written the English way", () => {
    expect(render("en", entries).slice(2)).toEqual([
      "         estimate 2024: 1,234.5 / 45 → Met (Dự báo 2024!F13)",
      "         plan 2025: 62.5 / 70 → Below target (short by 7.5) (Kế hoạch 2025!E13)",
      "         actual 2024: 135 / 45 → Invalid value [percent/out-of-range] (TTCS 2024!F13)",
    ]);
  });

  it("keeps one line for an indicator with one entry", () => {
    expect(render("en", [{ ...base, year: 2024, target: 45, targetText: "45", status: "missing" }])[1]).toBe(
      `    1.6  ${name}: — / 45 → Not reported`,
    );
  });
});
