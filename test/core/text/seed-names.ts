/** Real indicator names and headers from the Tuần Giáo appendix tables (seed 001), Unicode NFC, as officials wrote them. */
export const SEED_NAMES: readonly string[] = [
  "Tổng số điểm phục vụ bưu chính",
  "Số điểm Bưu điện VHX",
  "Tỷ lệ xã có điểm Bưu điện VHX",
  "Số dân phục vụ bình quân",
  "Bán kính phục vụ bình quân",
  "Tổng doanh thu dịch vụ bưu chính",
  "Cáp quang kéo đến khu vực có dân cư sinh sống, làm việc",
  "Tỷ lệ sử dụng chung công trình hạ tầng kỹ thuật viễn thông thụ động (Giữa các ngành, các doanh nghiệp VT với nhau)",
  "Ngầm hóa hạ tầng mạng cáp ngoại vi trên toàn tỉnh (Tập trung chủ yếu tại các khu đô thị, yêu cầu cao về mỹ quan)",
  "Tỷ lệ khu vực có dân cư sinh sống, làm việc được phủ sóng TTDD mạng 4G, 5G",
  "Số trạm thu phát sóng thông tin di động (BTS)",
  "Số thuê bao điện thoại di động trên 100 dân",
  "Tổng số thuê bao Internet băng rộng di động mặt đất",
  "Tỷ lệ hộ gia đình có thể kết nối Internet băng rộng cố định",
  "Doanh thu hoạt động xuất bản, in, phát hành",
  "Thời lượng chương trình tự sản xuất mới/ngày",
  "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
  "Tỷ lệ hệ thống CNTT của cơ quan nhà nước cấp tỉnh, cấp huyện được giám sát đảm bảo an toàn thông tin mạng và triển khai giải pháp phòng chống mã độc",
  "Báo chí- xuất bản, Phát thanh - Truyền hình",
  "Tỷ lệ hộ được xem Đài truyền hình tỉnh",
  "Các chỉ tiêu",
  "Đơn vị tính",
  "Thực hiện 6 tháng 2021",
  "Ước thực hiện cả năm 2021",
  "So sánh ước thực hiện năm 2021 với thực hiện năm 2020 (%)",
  "So sánh thực hiện 6 tháng với ước thực hiện cả năm (%)",
  "CÁC CHỈ TIÊU CHỦ YẾU CỦA KẾ HOẠCH NĂM 2022",
  "DỰ BÁO KHẢ NĂNG THỰC HIỆN KẾ HOẠCH NĂM 2021",
];

/** Every distinct word of SEED_NAMES (letters only). */
export const SEED_WORDS: readonly string[] = [
  ...new Set(SEED_NAMES.flatMap((n) => n.split(/[^\p{L}]+/u)).filter((w) => w.length > 0)),
];
