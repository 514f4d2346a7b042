import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  collapseSpaces,
  foldDiacritics,
  normalizeName,
  normalizePunctuation,
} from "../../../src/core/text/fold";

describe("foldDiacritics", () => {
  it("removes tone and vowel marks, maps đ to d and lower-cases", () => {
    expect(foldDiacritics("Tổng số điểm phục vụ bưu chính")).toBe("tong so diem phuc vu buu chinh");
    expect(foldDiacritics("ĐƠN VỊ TÍNH")).toBe("don vi tinh");
    expect(foldDiacritics("Ước thực hiện cả năm")).toBe("uoc thuc hien ca nam");
  });

  it("gives the same result for NFC and NFD input", () => {
    const nfc = "Kế hoạch năm 2022".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(foldDiacritics(nfd)).toBe(foldDiacritics(nfc));
    expect(foldDiacritics(nfd)).toBe("ke hoach nam 2022");
  });

  it("treats the eth often typed for Đ as d", () => {
    expect(foldDiacritics("Ðiểm")).toBe("diem");
  });

  it("normalizes dashes and quotes and collapses white space", () => {
    expect(foldDiacritics("  Báo chí – Xuất bản\u00A0\u2009 “in”  ‘x’ ")).toBe(
      "bao chi - xuat ban \"in\" 'x'",
    );
    expect(foldDiacritics("a\u2014b\u2212c")).toBe("a-b-c");
    expect(foldDiacritics("Thuê\u200Bbao")).toBe("thuebao");
  });

  it("matches OCR text written without diacritics", () => {
    expect(foldDiacritics("Tỷ lệ xã có bảng tin điện tử công cộng")).toBe(
      foldDiacritics("Ty le xa co bang tin dien tu cong cong"),
    );
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = foldDiacritics(s);
        expect(foldDiacritics(once)).toBe(once);
      }),
    );
  });
});

describe("normalizeName", () => {
  it("agrees on spacing around dashes, slashes and punctuation", () => {
    expect(normalizeName("Báo chí- xuất bản")).toBe(normalizeName("Báo chí - Xuất bản"));
    expect(normalizeName("Km / điểm")).toBe("km/diem");
    expect(normalizeName("Thông tin  - Truyền thông ( TT )")).toBe("thong tin-truyen thong (tt)");
    expect(normalizeName("4G ,5G")).toBe("4g, 5g");
  });

  it("keeps parenthesized asides and punctuation unless asked", () => {
    const name = "Ngầm hóa hạ tầng mạng cáp ngoại vi trên toàn tỉnh (Tập trung chủ yếu tại các khu đô thị)";
    expect(normalizeName(name)).toContain("(tap trung");
    expect(normalizeName(name, { dropParenthesized: true })).toBe(
      "ngam hoa ha tang mang cap ngoai vi tren toan tinh",
    );
    expect(normalizeName("So sánh (%) [ghi chú (a)] x", { dropParenthesized: true })).toBe("so sanh x");
    expect(normalizeName("Tỷ lệ (chưa đóng", { dropParenthesized: true })).toBe("ty le");
    expect(normalizeName("Tổng doanh thu các dịch vụ viễn thông + Internet", { dropPunctuation: true })).toBe(
      "tong doanh thu cac dich vu vien thong internet",
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), fc.boolean(), (s, p, q) => {
        const o = { dropParenthesized: p, dropPunctuation: q };
        const once = normalizeName(s, o);
        expect(normalizeName(once, o)).toBe(once);
      }),
    );
  });
});

describe("helpers", () => {
  it("normalizePunctuation keeps case and marks", () => {
    expect(normalizePunctuation("Ước – “x”")).toBe('Ước - "x"');
  });
  it("collapseSpaces trims", () => {
    expect(collapseSpaces("\u00A0a \t b\u202F")).toBe("a b");
  });
});
