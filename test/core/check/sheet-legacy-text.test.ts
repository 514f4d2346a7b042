/** text/legacy-encoding: TCVN3 and VNI mojibake in text cells. */
import { describe, expect, it } from "vitest";
import { dxIndex } from "../../../src/core/catalog/dx-index";
import { findingMessage } from "../../../src/core/check/render";
import { checkLegacyText, shortenText } from "../../../src/core/check/rules/legacy-text";
import { encodeLegacy } from "../../../src/core/text";
import { forecastRows, planRows } from "../formulas/seed-001-appendices";
import { brief, grid, workbook } from "./support-sheet";

const run = (rows: Parameters<typeof grid>[0]) => checkLegacyText(workbook(grid(rows, "Phụ lục")));

describe("text/legacy-encoding", () => {
  it.each([
    ["KÕ ho¹ch", "TCVN3", "Kế hoạch"],
    ["§¬n vÞ tÝnh", "TCVN3", "Đơn vị tính"],
    ["¦íc thùc hiÖn c¶ n¨m", "TCVN3", "Ước thực hiện cả năm"],
    ["Keá hoaïch", "VNI", "Kế hoạch"],
    ["Ñôn vò tính", "VNI", "Đơn vị tính"],
    ["Öôùc thöïc hieän caû naêm", "VNI", "Ước thực hiện cả năm"],
  ])("fires on «%s» (%s) as a warning at its cell", (text, encoding, converted) => {
    const findings = run([[], ["", "", text]]);
    expect(brief(findings)).toEqual([
      { code: "text/legacy-encoding", severity: "warning", sheet: "Phụ lục", cell: "C2" },
    ]);
    expect(findings[0].params).toEqual({ encoding, text, converted });
  });

  it("renders the message with the encoding, the text and its conversion", () => {
    const [finding] = run([["KÕ ho¹ch"]]);
    expect(findingMessage(finding, "vi")).toBe("Chữ gõ bằng bảng mã cũ TCVN3: «KÕ ho¹ch» là «Kế hoạch».");
  });

  it("reports each cell once, and the corrected sheet not at all", () => {
    const broken = [
      ["KÕ ho¹ch ph¸t triÓn", "Keá hoaïch", "§¬n vÞ tÝnh"],
      [1, "Tæng sè ®iÓm phôc vô b­u chÝnh", "§iÓm"],
    ];
    expect(brief(run(broken)).map((f) => f.cell)).toEqual(["A1", "B1", "C1", "B2", "C2"]);
    const fixed = [
      ["Kế hoạch phát triển", "Kế hoạch", "Đơn vị tính"],
      [1, "Tổng số điểm phục vụ bưu chính", "Điểm"],
    ];
    expect(run(fixed)).toEqual([]);
  });

  it("shortens long texts to about 60 characters", () => {
    const name =
      "Tỷ lệ hệ thống CNTT của cơ quan nhà nước cấp tỉnh, cấp huyện được giám sát đảm bảo an toàn thông tin mạng";
    const [finding] = run([[encodeLegacy(name, "tcvn3")]]);
    const { text, converted } = finding.params as { text: string; converted: string };
    expect([...text].length).toBeLessThanOrEqual(60);
    expect(text.endsWith("…")).toBe(true);
    expect(converted.endsWith("…")).toBe(true);
    expect(name.startsWith(converted.slice(0, -1))).toBe(true);
    expect(shortenText("ngắn")).toBe("ngắn");
  });

  it("ignores formula results, numbers and empty cells", () => {
    expect(run([[{ value: "KÕ ho¹ch", formula: 'B1&""' }, 4300, null, "", true]])).toEqual([]);
  });

  it("never fires on ordinary Unicode Vietnamese or English", () => {
    const names = [
      "Tổng số điểm phục vụ bưu chính",
      "Số điểm Bưu điện VHX",
      "Tỷ lệ xã có điểm Bưu điện VHX",
      "Số dân phục vụ bình quân",
      "Bán kính phục vụ bình quân",
      "Cáp quang kéo đến khu vực có dân cư sinh sống, làm việc",
      "Tỷ lệ khu vực có dân cư sinh sống, làm việc được phủ sóng TTDĐ mạng 4G, 5G",
      "Số thuê bao điện thoại di động trên 100 dân",
      "Lưu lượng sử dụng dịch vụ dữ liệu di động bình quân đầu người trên 1 năm",
      "Thời lượng chương trình tự sản xuất mới/ngày",
      "Tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến mức độ 3, 4",
      "Báo chí- xuất bản, Phát thanh - Truyền hình",
      "Người/điểm",
      "Km/điểm",
      "Thuê bao/100 dân",
      "Vị trí trạm",
      "Xã",
      "Giờ",
      "Hà Giang",
      "Digital transformation index self-assessment",
      "café naïve Müller",
      "Điểm tự chấm",
    ];
    expect(run(names.map((n) => [n]))).toEqual([]);
  });

  it("never fires on the seed 001 tables or the DX index names", () => {
    const rows = [...forecastRows, ...planRows].map((line) => line.split("\t"));
    expect(run(rows)).toEqual([]);
    expect(run(dxIndex.map((c) => [c.label, c.name, c.unitInCharge ?? null]))).toEqual([]);
  });
});
