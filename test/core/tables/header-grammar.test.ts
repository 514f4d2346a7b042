/**
 * The header grammar (src/core/tables/header-grammar) on headers as officials type them: every case of the corpus
 * files, each with its source, read and compared column by column with its expected reading; and the notation the
 * faces and the stored corrections share.
 */
import { describe, expect, it } from "vitest";
import {
  formatReading,
  parseReading,
  readHeader,
  readTitle,
  type ColumnReading,
} from "../../../src/core/tables/header-grammar";
import { loadCases, parseExpected, readCase, readingsOf } from "./header-phrasings";

const FILES = ["header-phrasings.json", "header-phrasings-grammar.json"];

/**
 * Columns whose expected reading the words cannot give, each with what the grammar reads instead and why (the
 * corpus's vocabulary sheet, header-phrasings.md, notes them too). Asserted as read, so a change is seen.
 */
const KNOWN_DISAGREEMENTS: Record<string, { column: number; reads: string; why: string }[]> = {
  "ktxh-don-duong-bieu07-2020": [
    {
      column: 7,
      reads: "ratio F / D",
      why:
        "«ƯKH2020/ƯKh2019» names an estimate of 2019; the table's only 2019 figure is «TH 2019» (D). The corpus " +
        "expects F / E («KH 2020») because the file's numbers (H10 = 1 706,2 / 393) say so: the words say otherwise.",
    },
  ],
};

describe.each(FILES)("the header phrasings of %s", (file) => {
  const cases = loadCases(file);

  it("are cases with a source and one expected reading per column", () => {
    for (const c of cases) {
      expect(c.source.trim(), c.id).not.toBe("");
      for (const row of c.header) expect(row, c.id).toHaveLength(c.expect.length);
      for (const e of c.expect) expect(() => parseExpected(e), `${c.id}: ${e}`).not.toThrow();
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", (id, c) => {
    const expected = [...c.expect];
    for (const d of KNOWN_DISAGREEMENTS[id] ?? []) expected[d.column] = d.reads;
    const got = readingsOf(c).map((r) => parseExpected(r));
    expect(got).toEqual(expected.map(parseExpected));
  });
});

describe("one header read alone", () => {
  it("reads the kinds, periods and years however they are typed", () => {
    const figure = (text: string) => {
      const r = readHeader(text);
      return r.role === "figure" ? r.figure : r.role;
    };
    expect(figure("ƯTH 2026")).toMatchObject({ kind: "estimate", year: { kind: "absolute", year: 2026 } });
    expect(figure("KH2027")).toMatchObject({ kind: "plan", year: { kind: "absolute", year: 2027 } });
    expect(figure("UOC TH 2026")).toMatchObject({ kind: "estimate" });
    expect(figure("Thực hiện năm N-1")).toMatchObject({
      kind: "actual",
      year: { kind: "relative", offset: -1 },
    });
    expect(figure("Kế hoạch năm kế hoạch")).toMatchObject({
      kind: "plan",
      year: { kind: "relative", offset: 1 },
    });
    expect(figure("Ước thực hiện năm báo cáo")).toMatchObject({
      kind: "estimate",
      year: { kind: "relative", offset: 0 },
    });
    expect(figure("Tháng 6/2026")).toMatchObject({
      kind: "actual",
      period: "month",
      year: { kind: "absolute", year: 2026 },
    });
    expect(figure("Lũy kế từ đầu năm")).toMatchObject({ kind: "cumulative" });
    expect(figure("Số giao năm 2026")).toMatchObject({ kind: "target" });
    // Words that name no figure of their own (QA pass: «Số liệu năm 2025» was read as no figure at all).
    expect(figure("Số liệu năm 2025")).toMatchObject({
      kind: "actual",
      year: { kind: "absolute", year: 2025 },
    });
    // The plan with its aim named beside it, not a target handed down («Mục tiêu» alone is one).
    expect(figure("Mục tiêu, kế hoạch năm 2027")).toMatchObject({
      kind: "plan",
      year: { kind: "absolute", year: 2027 },
    });
    expect(figure("Kế hoạch - mục tiêu 2027")).toMatchObject({ kind: "plan" });
    expect(figure("Mục tiêu năm 2027")).toMatchObject({ kind: "target" });
    expect(figure("Giá trị kế hoạch 2027")).toMatchObject({
      kind: "plan",
      year: { kind: "absolute", year: 2027 },
    });
    // Words that are no figure: the indicator's name, the unit, a schedule, the unit in charge.
    expect(figure("Các chỉ tiêu")).toBe("name");
    expect(figure("ĐVT")).toBe("unit");
    expect(figure("Thời gian thực hiện")).toBe("other");
    expect(figure("Đơn vị thực hiện")).toBe("in-charge");
    // Text on the work, however «thực hiện» or «gặp» is written in it; a document's number.
    expect(figure("Những tồn tại, hạn chế gặp phải trong quá trình thực hiện")).toBe("other");
    expect(figure("Khó khăn, vướng mắc")).toBe("other");
    expect(figure("Kiến nghị, đề xuất")).toBe("other");
    expect(figure("Số, ký hiệu Nghị quyết")).toBe("other");
    expect(figure("Đề xuất KH năm 2027")).toMatchObject({ kind: "plan" });
  });

  it("reads a comparison's operation and its two sides", () => {
    const cmp = (text: string) => {
      const r = readHeader(text);
      return r.role === "comparison" ? { op: r.op, percent: r.percent, a: r.a, b: r.b } : r.role;
    };
    expect(cmp("ƯTH 2026/TH 2025 (%)")).toMatchObject({
      op: "ratio",
      percent: true,
      a: { kind: "estimate" },
      b: { kind: "actual" },
    });
    expect(cmp("Tăng, giảm (%)")).toMatchObject({ op: "growth", percent: true });
    expect(cmp("Tăng (+), giảm (-)")).toMatchObject({ op: "diff", percent: false });
    expect(cmp("Chênh lệch")).toMatchObject({ op: "diff" });
    expect(cmp("Tỷ lệ ƯTH/KH (%)")).toMatchObject({
      op: "ratio",
      a: { kind: "estimate" },
      b: { kind: "plan" },
    });
    // A period and its year is a date, not a comparison.
    expect(cmp("Quý I/2026")).toBe("figure");
  });

  it("reads «gấp» as a comparison only between two figures or before «lần», not the folded «gặp»", () => {
    const cmp = (text: string) => {
      const r = readHeader(text);
      return r.role === "comparison" ? { op: r.op, a: r.a, b: r.b, bWords: r.bWords } : r.role;
    };
    expect(cmp("Khó khăn, vướng mắc gặp phải")).toBe("other");
    expect(cmp("Vấn đề gặp phải")).toBe("other");
    expect(cmp("KH 2027 gấp ƯTH 2026 (lần)")).toEqual({
      op: "ratio",
      a: { kind: "plan", year: { kind: "absolute", year: 2027 } },
      b: { kind: "estimate", year: { kind: "absolute", year: 2026 } },
      bWords: undefined,
    });
    // Neither side named: the two figures before it, as «So sánh (%)» (no column named «lần»).
    expect(cmp("Gấp (lần)")).toEqual({ op: "ratio", a: undefined, b: undefined, bWords: undefined });
  });

  it("reads «Nghị quyết» as a target only after «chỉ tiêu», «theo», «so với», before «giao» or beside a year", () => {
    const role = (text: string) => {
      const r = readHeader(text);
      if (r.role === "figure") return r.figure.kind;
      if (r.role === "comparison") return `${r.op} / ${r.b?.kind ?? "?"}`;
      return r.role;
    };
    expect(role("Nghị quyết")).toBe("other");
    expect(role("Tên Nghị quyết")).toBe("other");
    expect(role("Văn bản (NQ, QĐ)")).toBe("other");
    expect(role("Căn cứ (Nghị quyết, Quyết định)")).toBe("other");
    expect(role("Chỉ tiêu Nghị quyết năm 2026")).toBe("target");
    expect(role("Theo NQ HĐND")).toBe("target");
    expect(role("NQ giao")).toBe("target");
    expect(role("Nghị quyết năm 2026")).toBe("target");
    expect(role("So với NQ (%)")).toBe("ratio / target");
    expect(role("KH năm 2027 (theo NQ HĐND)")).toBe("plan");
  });

  it("reads a bare «NQ», «Nghị quyết» beside «/» or «so» as the target side of a ratio, not a plain figure", () => {
    const cmp = (text: string) => {
      const r = readHeader(text);
      if (r.role === "figure") return `figure ${r.figure.kind}`;
      if (r.role === "comparison") return `${r.op} ${r.a?.kind ?? "?"} / ${r.b?.kind ?? "?"}`;
      return r.role;
    };
    expect(cmp("TH/NQ (%)")).toBe("ratio actual / target");
    expect(cmp("TH/NQ HĐND (%)")).toBe("ratio actual / target");
    expect(cmp("TH 2026/NQ (%)")).toBe("ratio actual / target");
    expect(cmp("ƯTH/NQ (%)")).toBe("ratio estimate / target");
    expect(cmp("NQ/KH (%)")).toBe("ratio target / plan");
    expect(cmp("KH/NQ (%)")).toBe("ratio plan / target");
    expect(cmp("TH 2026 so NQ")).toBe("ratio actual / target");
    expect(cmp("So với NQ (%)")).toBe("ratio ? / target");
    const withYear = readHeader("TH/NQ HĐND tỉnh 2026 (%)");
    expect(withYear).toMatchObject({
      role: "comparison",
      b: { kind: "target", year: { kind: "absolute", year: 2026 } },
    });
    // A document's name stays text.
    expect(cmp("Tên Nghị quyết")).toBe("other");
    expect(cmp("Số, ký hiệu Nghị quyết")).toBe("other");
    expect(cmp("Văn bản (NQ, QĐ)")).toBe("other");
  });

  it("strips a date in brackets after the year from an estimate or a plan, not from a result", () => {
    const figure = (text: string) => {
      const r = readHeader(text);
      return r.role === "figure" ? [r.figure.kind, r.figure.period ?? "year"] : r.role;
    };
    expect(figure("Thực hiện năm 2026 (tính đến 30/9/2026)")).toEqual(["actual", "9m"]);
    expect(figure("Ước thực hiện năm 2026 (tính đến 30/11/2026)")).toEqual(["estimate", "year"]);
    expect(figure("Kế hoạch năm 2026 (tính đến 30/11/2026)")).toEqual(["plan", "year"]);
  });

  it("reads a year that says no kind, dated in brackets, as a year alone: its kind unsaid, not a monthly result", () => {
    const unsaid = (text: string) => {
      const r = readHeader(text);
      return r.role === "figure"
        ? [r.figure.kind, r.figure.period ?? "year", r.figure.kindUnsaid ?? false]
        : r.role;
    };
    expect(unsaid("Năm 2026 (tính đến 30/11/2026)")).toEqual(["actual", "year", true]);
    expect(unsaid("2026 (tính đến 30/11/2026)")).toEqual(["actual", "year", true]);
    expect(unsaid("Năm 2026 (đến 30/6/2026)")).toEqual(["actual", "year", true]);
    expect(unsaid("Năm 2026 (tính đến ngày 15/11/2026)")).toEqual(["actual", "year", true]);
    // «Cả năm» says no kind either: asked, not a silent one-month result.
    expect(unsaid("Cả năm 2026 (tính đến 30/11/2026)")).toEqual(["actual", "year", true]);
    expect(unsaid("Cả năm (tính đến 30/11/2026)")).toEqual(["actual", "year", true]);
    expect(unsaid("Ước TH cả năm 2026 (tính đến 30/11/2026)")).toEqual(["estimate", "year", false]);
    // «Cả năm» and a date before the year's end conflict: the result to date or the year's estimate — asked.
    expect(unsaid("Thực hiện cả năm 2026 (tính đến 30/11/2026)")).toEqual(["actual", "year", true]);
    expect(unsaid("TH cả năm 2026 (đến 30/6/2026)")).toEqual(["actual", "year", true]);
    expect(unsaid("Thực hiện cả năm 2026 (tính đến 31/12/2026)")).toEqual(["actual", "year", false]);
    // A kind said before the date keeps its reading.
    expect(unsaid("Năm 2026 ước (tính đến 30/11/2026)")).toEqual(["estimate", "year", false]);
    expect(unsaid("TH 2026 (tính đến 30/9/2026)")).toEqual(["actual", "9m", false]);
    // In a table with no title: the column's kind is not known, asked as a bare year's is.
    const table = readCase({
      id: "nam-tinh-den",
      source: "forms leg 6",
      header: [["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026 (tính đến 30/11/2026)"]],
      expect: [],
    });
    expect(table.columns.map((c) => c.kindUnknown === true)).toEqual([false, false, false, true, true]);
    const whole = readCase({
      id: "ca-nam-tinh-den",
      source: "forms leg 7",
      header: [["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "Thực hiện cả năm 2026 (tính đến 30/11/2026)"]],
      expect: [],
    });
    expect(whole.columns.map((c) => c.kindUnknown === true)).toEqual([false, false, false, false, true]);
  });
});

describe("«Cả năm YYYY» with no kind word", () => {
  it("is asked as «Năm YYYY» is; a kind in the cell or in a super-header keeps its reading", () => {
    const unsaid = (text: string) => {
      const r = readHeader(text);
      return r.role === "figure" ? [r.figure.kind, r.figure.period ?? "year", r.figure.kindUnsaid ?? false] : r.role;
    };
    expect(unsaid("Năm 2026")).toEqual(["actual", "year", true]);
    expect(unsaid("Cả năm 2026")).toEqual(["actual", "year", true]);
    expect(unsaid("CẢ NĂM 2026")).toEqual(["actual", "year", true]);
    expect(unsaid("Ca nam 2026")).toEqual(["actual", "year", true]);
    expect(unsaid("Ước TH cả năm 2026")).toEqual(["estimate", "year", false]);
    expect(unsaid("Thực hiện cả năm 2026")).toEqual(["actual", "year", false]);
    expect(unsaid("Kế hoạch cả năm 2026")).toEqual(["plan", "year", false]);
    const unknown = (header: string[][], title?: string) =>
      readCase({
        id: "ca-nam",
        source: "forms leg 8",
        header,
        expect: [],
        ...(title ? { title } : {}),
      }).columns.map((c) => c.kindUnknown === true);
    // No title: the same columns as «Năm 2025 | Năm 2026», both asked.
    expect(unknown([["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Cả năm 2026"]])).toEqual([false, false, false, true, true]);
    expect(unknown([["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "Cả năm 2026"]])).toEqual([false, false, false, false, true]);
    expect(unknown([["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "Thực hiện cả năm 2026"]])).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    // A kind in a super-header over it is said: no question.
    const under = readCase({
      id: "ca-nam-under",
      source: "forms leg 8",
      header: [
        ["STT", "Chỉ tiêu", "ĐVT", "Ước thực hiện", "Kế hoạch"],
        ["", "", "", "Cả năm 2026", "Năm 2027"],
      ],
      expect: [],
    });
    expect(under.columns.map((c) => formatReading(c.reading))).toEqual([
      "stt",
      "name",
      "unit",
      "figure estimate year 2026",
      "figure plan year 2027",
    ]);
    expect(under.columns.map((c) => c.kindUnknown === true)).toEqual([false, false, false, false, false]);
    // With a title naming the report year, «Cả năm» reads as «Năm» does: the kind inferred and shown so.
    const title = "KẾ HOẠCH PHÁT TRIỂN TT&TT NĂM 2027";
    const cells = (year: string) =>
      readCase({
        id: "ca-nam-title",
        source: "forms leg 8",
        title,
        header: [["STT", "Chỉ tiêu", "ĐVT", `${year} 2025`, `${year} 2026`, "Kế hoạch năm 2027"]],
        expect: [],
      }).columns.map((c) => [formatReading(c.reading), c.inferred === true, c.kindUnknown === true]);
    const expected = [
      ["stt", false, false],
      ["name", false, false],
      ["unit", false, false],
      ["figure actual year 2025", false, false],
      ["figure actual year 2026", true, true],
      ["figure plan year 2027", false, false],
    ];
    expect(cells("Năm")).toEqual(expected);
    expect(cells("Cả năm")).toEqual(expected);
  });
});

describe("a bracketed date after a comparison", () => {
  it("is judged by the side it is attached to; whose it is unsaid, the comparison is asked", () => {
    const cmp = (text: string) => {
      const r = readHeader(text);
      return r.role === "comparison"
        ? { a: r.a, b: r.b, dateUnplaced: r.dateUnplaced === true }
        : r.role;
    };
    // A result of another year than the date's: whose date it is the words do not say.
    expect(cmp("Ước TH 2026 / TH 2025 (tính đến 30/11/2026)")).toEqual({
      a: { kind: "estimate", year: { kind: "absolute", year: 2026 } },
      b: { kind: "actual", year: { kind: "absolute", year: 2025 } },
      dateUnplaced: true,
    });
    expect(cmp("KH 2026/TH 2025 (tính đến 30/6/2026)")).toMatchObject({ dateUnplaced: true });
    // A plan attached sheds its date; a result of the date's own year keeps it as its span.
    expect(cmp("TH 2025/KH 2026 (tính đến 30/11/2026)")).toEqual({
      a: { kind: "actual", year: { kind: "absolute", year: 2025 } },
      b: { kind: "plan", year: { kind: "absolute", year: 2026 } },
      dateUnplaced: false,
    });
    expect(cmp("KH 2026/TH 2026 (tính đến 30/9/2026)")).toEqual({
      a: { kind: "plan", year: { kind: "absolute", year: 2026 } },
      b: { kind: "actual", year: { kind: "absolute", year: 2026 }, period: "9m" },
      dateUnplaced: false,
    });
    const table = readCase({
      id: "so-sanh-tinh-den",
      source: "forms leg 7",
      header: [["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", "KH 2026/TH 2025 (tính đến 30/6/2026)"]],
      expect: [],
    });
    expect(table.columns[5].reading.role).toBe("comparison-unresolved");
  });
});

describe("a word cut short with a slash", () => {
  it("reads «t/hiện», «k/hoạch», «ư/th», «t/h», «k/h» as the word, not a divider; «TH/KH» stays a comparison", () => {
    const role = (text: string) => {
      const r = readHeader(text);
      if (r.role === "figure")
        return `${r.figure.kind} ${r.figure.year?.kind === "absolute" ? r.figure.year.year : "?"}`;
      if (r.role === "comparison") return `${r.op} ${r.a?.kind ?? "?"} / ${r.b?.kind ?? "?"}`;
      return r.role;
    };
    expect(role("Ước t/hiện 2026")).toBe("estimate 2026");
    expect(role("T/hiện 2025")).toBe("actual 2025");
    expect(role("Th/hiện 2025")).toBe("actual 2025");
    expect(role("K/hoạch 2027")).toBe("plan 2027");
    expect(role("Ư/TH 2026")).toBe("estimate 2026");
    expect(role("Ước t/h 2026")).toBe("estimate 2026");
    expect(role("t/h 2025")).toBe("actual 2025");
    expect(role("K/h 2027")).toBe("plan 2027");
    expect(role("t/h năm 2025")).toBe("actual 2025");
    expect(role("Ước t/h")).toBe("estimate ?");
    // «T/H» alone before «(%)» is no word: a ratio its words do not explain, asked as «Tỷ lệ (%)» is.
    expect(role("T/H (%)")).toBe("ratio ? / ?");
    expect(role("t/h (%)")).toBe("ratio ? / ?");
    expect(role("TH/KH (%)")).toBe("ratio actual / plan");
    expect(role("ƯTH 2026/TH 2025")).toBe("ratio estimate / actual");
    expect(role("Ước t/hiện 2026 / T/hiện 2025 (%)")).toBe("ratio estimate / actual");
    expect(role("K/hoạch 2027 / Ước t/hiện 2026 (%)")).toBe("ratio plan / estimate");
  });
});

describe("the year a title gives", () => {
  it("reads N and the year of each kind it names, and not a document's date", () => {
    const of = (t: string) => {
      const r = readTitle(t);
      return { year: r.year, kinds: Object.fromEntries(r.kinds) };
    };
    expect(of("ƯỚC THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027")).toEqual({
      year: 2026,
      kinds: { estimate: 2026, plan: 2027 },
    });
    expect(of("KẾ HOẠCH NĂM 2027")).toEqual({ year: 2026, kinds: { plan: 2027 } });
    expect(of("CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022")).toEqual({ year: 2021, kinds: { plan: 2022 } });
    expect(
      of(
        "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021 / (Kèm theo kế hoạch số: /KH-UBND ngày tháng 6 năm 2022 của UBND huyện Tuần Giáo)",
      ),
    ).toEqual({ year: 2021, kinds: { estimate: 2021 } });
    expect(of("Tuần Giáo, ngày 12 tháng 6 năm 2021")).toEqual({ year: undefined, kinds: {} });
  });

  it("reads a month as the report period on the title's main line only", () => {
    const period = (t: string) => readTitle(t).period ?? "none";
    expect(period("BÁO CÁO THÁNG 10 NĂM 2026")).toBe("month");
    expect(period("BÁO CÁO 6 THÁNG ĐẦU NĂM 2026")).toBe("h1");
    // The month the data were taken to, or the month the report was signed: no period, the year stays.
    expect(period("BÁO CÁO KẾT QUẢ NĂM 2026 / (Số liệu tính đến tháng 11/2026)")).toBe("none");
    expect(period("BÁO CÁO KẾT QUẢ NĂM 2026 / Tháng 12 năm 2026")).toBe("none");
    expect(period("BÁO CÁO KẾT QUẢ NĂM 2026 (số liệu đến hết tháng 9)")).toBe("none");
    expect(readTitle("BÁO CÁO KẾT QUẢ NĂM 2026 / (Số liệu tính đến tháng 11/2026)").year).toBe(2026);
  });
});

describe("the notation", () => {
  it("writes and reads back every kind of reading", () => {
    const readings: ColumnReading[] = [
      { role: "stt" },
      { role: "in-charge" },
      { role: "figure", figure: { kind: "estimate", period: "h1", year: { kind: "absolute", year: 2026 } } },
      { role: "figure", figure: { kind: "plan", period: "year", year: { kind: "relative", offset: 1 } } },
      { role: "figure", figure: { kind: "actual", period: "q3", year: { kind: "unknown" } } },
      { role: "comparison", op: "ratio", a: { column: 5 }, b: { column: 3 }, percent: true },
      { role: "comparison", op: "diff", a: { column: 4 }, b: { column: 3 }, percent: false },
      {
        role: "comparison",
        op: "growth",
        a: { missing: { kind: "estimate", period: "year", year: { kind: "relative", offset: -1 } } },
        b: { column: 27 },
        percent: true,
      },
    ];
    const texts = readings.map((r) => formatReading(r));
    expect(texts).toEqual([
      "stt",
      "in-charge",
      "figure estimate h1 2026",
      "figure plan year N+1",
      "figure actual q3 ?",
      "ratio F / D",
      "diff E - D",
      "growth missing(figure estimate year N-1) / AB",
    ]);
    expect(texts.map((t) => parseReading(t))).toEqual(readings);
    expect(parseReading("figure plan year 20x6")).toBeUndefined();
    expect(parseReading("ratio F - D")).toBeUndefined();
  });
});
