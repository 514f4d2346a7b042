/** Recognizing indicator names as officials type them, and never confusing two different indicators. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { targetSets } from "../../../src/core/catalog/grassroots";
import { ictCatalog } from "../../../src/core/catalog/ict";
import {
  indicatorKey,
  recognizeCandidates,
  recognizeHeading,
  recognizeIndicator,
  recognizeLevel,
} from "../../../src/core/catalog/recognize";
import { encodeLegacy } from "../../../src/core/text";

/** Every name the recognizer must know: [code, name as published]. */
const ICT_NAMES: [string, string][] = ictCatalog
  .filter((r) => r.kind === "indicator" || r.kind === "part")
  .map((r) => [r.code, r.name]);
const TTCS_NAMES: [string, string][] = targetSets.flatMap((s) =>
  s.indicators.flatMap((i) => [i.name, ...(i.aliases ?? [])].map((n): [string, string] => [i.code, n])),
);
const ALL_NAMES = [...ICT_NAMES, ...TTCS_NAMES];

/** Radio and television indicators published with the same names. */
const SAME_NAME: Record<string, string> = {
  "ict.25": "ict.29",
  "ict.29": "ict.25",
  "ict.26": "ict.30",
  "ict.30": "ict.26",
};

/** Diacritics removed the way a keyboard without Vietnamese input types them; case kept. */
function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

function expectRecognized(code: string, name: string): void {
  const hit = recognizeIndicator(name);
  if (SAME_NAME[code]) {
    expect(hit, name).toBeUndefined();
    expect(
      recognizeCandidates(name)
        .map((c) => c.code)
        .sort(),
      name,
    ).toEqual([code, SAME_NAME[code]].sort());
  } else {
    expect(hit?.code, name).toBe(code);
  }
}

describe("recognizeIndicator: every catalog name", () => {
  const forms: [string, (s: string) => string][] = [
    ["as published", (s) => s],
    ["without diacritics", stripDiacritics],
    ["upper-cased", (s) => s.toLocaleUpperCase("vi")],
    ["without diacritics, lower-cased", (s) => stripDiacritics(s).toLowerCase()],
    ["in TCVN3 read as Unicode", (s) => encodeLegacy(s, "tcvn3")],
    ["in VNI read as Unicode", (s) => encodeLegacy(s, "vni")],
    ["decomposed (NFD)", (s) => s.normalize("NFD")],
    ["with a list marker and extra spaces", (s) => `  - ${s.replace(/ /g, "  ")} `],
  ];
  describe.each(forms)("%s", (_label, form) => {
    it.each(ALL_NAMES)("%s: %s", (code, name) => {
      expectRecognized(code, form(name));
    });
  });

  it("gives the catalog, the code and the published name", () => {
    expect(recognizeIndicator("Tỷ lệ xã có bảng tin điện tử")).toEqual({
      code: "ttcs.1.6",
      catalog: "ttcs",
      name: "Tỷ lệ xã có bảng tin điện tử công cộng",
    });
    expect(recognizeIndicator("Số điểm Bưu điện VHX")).toEqual({
      code: "ict.01.vhx",
      catalog: "ict",
      name: "Số điểm Bưu điện VHX",
    });
  });

  it("the TCVN3 and VNI forms really are mojibake", () => {
    expect(encodeLegacy("Kế hoạch", "tcvn3")).toBe("KÕ ho¹ch");
    expect(encodeLegacy("Kế hoạch", "vni")).toBe("Keá hoaïch");
  });
});

describe("recognizeIndicator: small wording differences", () => {
  it.each([
    // Typos and abbreviations of the published tables.
    ["ict.06", "Cấp quang kéo đến khu vực có dân cư sinh sống, làm việc"],
    ["ict.09", "Tỷ lệ khu vực có dân cư sinh sống, làm việc được phủ sóng TTDD mạng 4G, 5G"],
    ["ict.09", "Tỷ lệ khu vực có dân cư sinh sống, làm việc được phủ sóng thông tin di động mạng 4G, 5G"],
    ["ict.08", "Ngầm hóa hạ tầng mạng cấp ngoại vi trên toàn tỉnh"],
    // A dropped or added parenthesized aside.
    ["ict.07", "Tỷ lệ sử dụng chung công trình hạ tầng kỹ thuật viễn thông thụ động"],
    ["ict.10", "Số trạm thu phát sóng thông tin di động"],
    ["ict.05", "Tổng doanh thu dịch vụ bưu chính (triệu đồng)"],
    [
      "ttcs.2.1",
      "Tỷ lệ huyện, quận, thị xã, thành phố thuộc tỉnh có cơ sở truyền thanh - truyền hình cấp huyện",
    ],
    ["ttcs.3", "Tỷ lệ tỉnh, thành phố có Hệ thống thông tin nguồn"],
    // Spelling variants, dashes, punctuation and spacing.
    ["ttcs.1.6", "Tỉ lệ xã có bảng tin điện tử công cộng"],
    ["ttcs.1.4", "Tỷ lệ xã có trang thông tin điện tử của Uỷ ban nhân dân cấp xã"],
    ["ttcs.1.4", "Tỷ lệ xã có trang TTĐT"],
    ["ttcs.1.3", "Tỷ lệ phường, thị trấn có Trang TTĐT của UBND cấp xã"],
    [
      "ttcs.1.2",
      "Tỷ lệ chuyển đổi đài truyền thanh có dây / không dây FM sang truyền thanh ứng dụng CNTT—viễn thông",
    ],
    ["ttcs.1.5", "Tỷ lệ phường,thị trấn có bảng tin điện tử công cộng."],
    ["ttcs.1.3", "Tỷ lệ phường, thị trấn có trang thông tin điện tử của UBND cấp xã (%)"],
    [
      "ict.32",
      "Tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến mức độ 3,4 trên tổng số hồ sơ của DVC trực tuyến mức độ 3,4",
    ],
    ["ict.20", "Tổng doanh thu các dịch vụ viễn thông và Internet"],
    // A word more or less.
    [
      "ttcs.1.1",
      "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến các thôn, bản, tổ dân phố, khu dân cư",
    ],
    ["ttcs.1.1", "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân phố"],
    [
      "ttcs.2.2",
      "Tỷ lệ huyện có bảng tin điện tử công cộng cỡ lớn được kết nối với Hệ thống thông tin nguồn cấp tỉnh",
    ],
    ["ict.14", "Tỷ lệ hộ gia đình có kết nối Internet băng thông rộng"],
    ["ict.11", "Số thuê bao điện thoại di động trên 100 người dân"],
    ["ict.31", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại các cơ quan"],
    ["ttcs.1.5", "Tỷ lệ phường, thị trấn có ít nhất 1 bảng tin điện tử công cộng"],
    // Numbered the way officials number rows.
    ["ttcs.1.6", "1.6. Tỷ lệ xã có bảng tin điện tử công cộng"],
    ["ict.12", "12 Tổng số thuê bao điện thoại"],
    ["ttcs.2.1", "a) Tỷ lệ huyện có cơ sở truyền thanh - truyền hình cấp huyện"],
  ])("%s ← %s", (code, name) => {
    expect(recognizeIndicator(name)?.code).toBe(code);
    expect(recognizeIndicator(stripDiacritics(name))?.code).toBe(code);
  });

  it("tells an exact match from a similar one", () => {
    expect(recognizeCandidates("Tỷ lệ xã có bảng tin điện tử")[0]).toMatchObject({
      match: "exact",
      score: 1,
    });
    const similar = recognizeCandidates("Tỷ lệ hộ gia đình có kết nối Internet băng thông rộng");
    expect(similar).toHaveLength(1);
    expect(similar[0].match).toBe("similar");
    expect(similar[0].score).toBeGreaterThanOrEqual(0.8);
    expect(similar[0].score).toBeLessThan(1);
  });
});

/** Pairs of different indicators whose names are close: neither may ever be read as the other. */
const NEGATIVE_PAIRS: [string, string, string, string][] = [
  [
    "ict.25",
    "Thời lượng chương trình tự sản xuất/ngày",
    "ict.26",
    "Thời lượng chương trình tự sản xuất mới/ngày",
  ],
  [
    "ict.29",
    "Thời lượng chương trình tự sản xuất/ngày",
    "ict.30",
    "Thời lượng chương trình tự sản xuất mới/ngày",
  ],
  [
    "ttcs.1.3",
    "Tỷ lệ phường, thị trấn có trang thông tin điện tử của UBND cấp xã",
    "ttcs.1.4",
    "Tỷ lệ xã có trang thông tin điện tử của UBND cấp xã",
  ],
  [
    "ttcs.1.5",
    "Tỷ lệ phường, thị trấn có bảng tin điện tử công cộng",
    "ttcs.1.6",
    "Tỷ lệ xã có bảng tin điện tử công cộng",
  ],
  [
    "ict.24",
    "Tỷ lệ xã, phường, thị trấn có đài truyền thanh",
    "ict.23",
    "Số xã, phường, thị trấn có đài truyền thanh",
  ],
  [
    "ict.24",
    "Tỷ lệ xã, phường, thị trấn có đài truyền thanh",
    "ttcs.1.1",
    "Tỷ lệ xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân phố, khu dân cư",
  ],
  [
    "ict.14",
    "Tỷ lệ hộ gia đình có kết nối Internet băng rộng",
    "ict.19",
    "Tỷ lệ hộ gia đình có thể kết nối Internet băng rộng cố định",
  ],
  [
    "ict.15",
    "Số thuê bao Internet băng rộng cố định mặt đất",
    "ict.18",
    "Tổng số thuê bao Internet băng rộng di động mặt đất",
  ],
  ["ict.01", "Tổng số điểm phục vụ bưu chính", "ict.01.khac", "Số điểm phục vụ bưu chính khác"],
  [
    "ttcs.1.6",
    "Tỷ lệ xã có bảng tin điện tử công cộng",
    "ttcs.2.2",
    "Tỷ lệ huyện có bảng tin điện tử công cộng cỡ lớn",
  ],
];

describe("never a loose match between two different indicators", () => {
  it.each(NEGATIVE_PAIRS)("%s ≠ %s", (codeA, nameA, codeB, nameB) => {
    for (const [code, name, other] of [
      [codeA, nameA, codeB],
      [codeB, nameB, codeA],
    ]) {
      for (const form of [
        name,
        stripDiacritics(name),
        name.toLocaleUpperCase("vi"),
        encodeLegacy(name, "tcvn3"),
      ]) {
        expect(
          recognizeCandidates(form).map((c) => c.code),
          form,
        ).not.toContain(other);
        const hit = recognizeIndicator(form)?.code;
        expect(hit === undefined || hit === code, `${form} → ${hit}`).toBe(true);
      }
    }
  });

  it("the same name in Phát thanh and Truyền hình is ambiguous without context", () => {
    expect(recognizeIndicator("Thời lượng chương trình tự sản xuất/ngày")).toBeUndefined();
    expect(recognizeIndicator("Thời lượng chương trình tự sản xuất mới/ngày")).toBeUndefined();
    expect(recognizeCandidates("Thoi luong chuong trinh tu san xuat/ngay").map((c) => c.code)).toEqual([
      "ict.25",
      "ict.29",
    ]);
    expect(recognizeCandidates("THỜI LƯỢNG CHƯƠNG TRÌNH TỰ SẢN XUẤT MỚI / NGÀY").map((c) => c.code)).toEqual([
      "ict.26",
      "ict.30",
    ]);
  });

  it("the section resolves the same name", () => {
    const radio = recognizeHeading("Phát thanh");
    const tv = recognizeHeading("TRUYỀN HÌNH");
    expect(radio).toBe("ict.B.II");
    expect(tv).toBe("ict.B.III");
    expect(recognizeIndicator("Thời lượng chương trình tự sản xuất/ngày", { section: radio })?.code).toBe(
      "ict.25",
    );
    expect(recognizeIndicator("Thời lượng chương trình tự sản xuất mới/ngày", { section: tv })?.code).toBe(
      "ict.30",
    );
    expect(
      recognizeIndicator("Thời lượng chương trình tự sản xuất/ngày", { section: "ict.B" }),
    ).toBeUndefined();
    // A section that holds none of the candidates does not reject a lone one.
    expect(recognizeIndicator("Tỷ lệ xã có bảng tin điện tử", { section: "ict.A.I" })?.code).toBe("ttcs.1.6");
  });

  it("the unit narrows candidates but never rejects a lone one", () => {
    expect(recognizeIndicator("Tỷ lệ xã có bảng tin điện tử", { unit: "Xã" })?.code).toBe("ttcs.1.6");
    expect(recognizeIndicator("Thời lượng chương trình tự sản xuất/ngày", { unit: "Giờ" })).toBeUndefined();
  });

  it("names that are not in the catalog are not recognized", () => {
    for (const name of [
      "Tỷ lệ xã có đài truyền thanh",
      "Số xã có điểm Bưu điện VHX",
      "Tỷ lệ thôn, bản có nhà văn hóa",
      "Số thuê bao Internet",
      "Thời lượng chương trình tự sản xuất/tháng",
      "Tổng cộng",
      "Các chỉ tiêu",
      "Bưu chính",
      "Cấp huyện",
      "",
      "   ",
      "98,5",
    ]) {
      expect(recognizeIndicator(name), name).toBeUndefined();
    }
  });

  /** Names whose words may change without making another indicator. */
  const harmless = fc.constantFrom<(s: string) => string>(
    (s) => s,
    stripDiacritics,
    (s) => s.toLocaleUpperCase("vi"),
    (s) => s.toLowerCase(),
    (s) => s.replace(/ - /g, " – "),
    (s) => s.replace(/, /g, ","),
    (s) => `${s} `,
    (s) => encodeLegacy(s, "vni"),
  );
  /** A letter boundary that understands Vietnamese letters (\b does not). */
  const w = (word: string, flags = "u") => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, flags);
  /** [what, replaced by, codes for which the result is still the same indicator (an alias says so)]. */
  const swaps: [RegExp, string, string[]][] = [
    [w("xã, phường, thị trấn"), "xã", ["ttcs.1.1"]],
    [w("(?<!xã, )phường, thị trấn"), "xã", []],
    [w("xã(?!, phường)"), "phường, thị trấn", []],
    [/^Tỷ lệ(?!\p{L})/u, "Số", []],
    [/^Số(?!\p{L})/u, "Tỷ lệ", []],
    [/^Tổng số(?!\p{L})/u, "Số", []],
    [w(" mới"), "", []],
    [/tự sản xuất\//u, "tự sản xuất mới/", []],
    [w("huyện"), "xã", []],
    [w("di động"), "cố định", []],
    [w("cố định"), "di động", []],
    [/^Tỷ lệ tỉnh/u, "Tỷ lệ huyện", []],
  ];

  it("a name changed in a discriminating word is never read as the original indicator", () => {
    const changed = ALL_NAMES.flatMap(([code, name]) =>
      swaps
        .filter(([re, , same]) => re.test(name) && !same.includes(code))
        .map(([re, by]): [string, string] => [code, name.replace(re, by)]),
    ).filter(([, name]) => !ALL_NAMES.some(([, n]) => indicatorKey(n) === indicatorKey(name)));
    expect(changed.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...changed), harmless, ([code, name], form) => {
        const text = form(name);
        const hits = recognizeCandidates(text).map((c) => c.code);
        return !hits.includes(code) && !(SAME_NAME[code] && hits.includes(SAME_NAME[code]));
      }),
      { numRuns: 600 },
    );
  });

  it("a harmless change of a published name gives its own code or nothing, never another", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_NAMES),
        harmless,
        fc.nat(),
        fc.constantFrom("", "được", "các", "của", "trên địa bàn"),
        ([code, name], form, at, extra) => {
          const words = name.split(" ");
          const i = at % (words.length + 1);
          const text = form(
            [...words.slice(0, i), extra, ...words.slice(i)].filter((w) => w !== "").join(" "),
          );
          const hits = recognizeCandidates(text).map((c) => c.code);
          return hits.every((h) => h === code || h === SAME_NAME[code]);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("recognizeLevel", () => {
  it.each([
    ["Cấp tỉnh", "tinh"],
    ["Cấp huyện", "huyen"],
    ["Cấp xã", "xa"],
    ["- Cấp xã:", "xa"],
    ["+ CẤP HUYỆN", "huyen"],
    ["cap tinh", "tinh"],
    [encodeLegacy("Cấp huyện", "tcvn3"), "huyen"],
    [encodeLegacy("Cấp xã", "vni"), "xa"],
  ])("%s → %s", (name, level) => {
    expect(recognizeLevel(name)).toBe(level);
  });

  it.each(["Cấp", "Tỉnh", "Cấp thôn", "Cấp xã, phường", "Tỷ lệ xã", ""])("%s → undefined", (name) => {
    expect(recognizeLevel(name)).toBeUndefined();
  });

  it("level rows are not indicators", () => {
    expect(recognizeIndicator("Cấp tỉnh")).toBeUndefined();
    expect(recognizeCandidates("Cấp xã")).toEqual([]);
  });
});

describe("recognizeHeading", () => {
  it.each([
    ["Bưu chính - Viễn thông", "ict.A"],
    ["Bưu chính", "ict.A.I"],
    ["Thuê bao Internet", "ict.A.II.3"],
    ["Báo chí- xuất bản, Phát thanh - Truyền hình", "ict.B"],
    ["CÔNG NGHỆ THÔNG TIN", "ict.C"],
    ["Phat thanh", "ict.B.II"],
  ])("%s → %s", (name, code) => {
    expect(recognizeHeading(name)).toBe(code);
  });

  it("an indicator name is not a heading", () => {
    expect(recognizeHeading("Tổng số điểm phục vụ bưu chính")).toBeUndefined();
  });
});

describe("a mixed batch", () => {
  // Its speed is measured by `npm run bench` (recognizing 10 000 names), not asserted here.
  it("recognizes most of 10 000 names typed with, without diacritics or with a district's words added", () => {
    const names: string[] = [];
    for (let i = 0; names.length < 10_000; i++) {
      const [, name] = ALL_NAMES[i % ALL_NAMES.length];
      const k = Math.floor(i / ALL_NAMES.length);
      names.push(k % 3 === 0 ? name : k % 3 === 1 ? stripDiacritics(name) : `${name} của huyện ${k}`);
    }
    let recognized = 0;
    for (const n of names) if (recognizeCandidates(n).length > 0) recognized++;
    expect(recognized).toBeGreaterThan(6_000);
  });
});
