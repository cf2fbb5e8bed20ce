/**
 * @module
 * Home in Vietnamese: a translation of HOME.ja (content/home.ts), which is authoritative.
 * Terms from the glossary, with the Japanese the person meets at the counter beside them.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/vi.ts";
import type { HomeContent } from "../../home";

const { term: w, withJa: j } = glossary;

export const content: HomeContent = {
  title: `${capitalize(w.certificate)} của ${w.mynaInsuranceCard} có thời hạn`,
  description: `${capitalize(w.certificate)} trong ${w.myNumberCard} hết hạn khi nào, khi hết hạn thì ở bệnh viện sẽ ra sao, và bạn cần làm gì: hiểu trong 30 giây. Bạn cũng có thể kiểm tra hạn của chính mình.`,
  lead: `Muốn dùng ${w.myNumberCard} làm thẻ bảo hiểm y tế (${j("mynaInsuranceCard")}), "${j("certificate")}" trong thẻ phải còn hiệu lực. ${capitalize(w.certificate)} này có thể hết hạn **trước cả thẻ**.`,
  start: "Kiểm tra hạn và giai đoạn hiện tại",
  startHint: `Chỉ cần ${w.birthDate} và hạn hiệu lực in trên thẻ là kiểm tra được. Có thể nhập ngày theo lịch Nhật (和暦).`,
  summaryHeading: "Những điều cần biết trong 30 giây",
  points: [
    {
      title: "Dùng để làm gì?",
      text: [
        `"${capitalize(j("userCertificate"))}" (${w.pin} gồm 4 chữ số) chứng minh rằng bạn đúng là bạn. Chứng thư này được dùng cho **${w.mynaInsuranceCard}**, để đăng nhập **${j("mynaPortal")}** và để **lấy bản sao phiếu cư trú (住民票の写し) tại cửa hàng tiện lợi**.`,
      ],
    },
    {
      title: "Khi nào hết hạn?",
      text: [
        "**Vào sinh nhật lần thứ 5 sau ngày cấp, ở mọi độ tuổi.** Hạn này khác với hạn của thẻ (với đa số người là sinh nhật lần thứ 10).",
      ],
    },
    {
      title: "Khi hết hạn, ở bệnh viện sẽ ra sao?",
      text: [
        `Từ 3 tháng trước ngày hết hạn, máy đọc thẻ sẽ hiện thông báo. Sau khi hết hạn, bạn vẫn khám bệnh được trong 3 tháng tính từ ngày cuối của tháng hết hạn, nhưng **thông tin khám chữa bệnh và thông tin thuốc sẽ không được cung cấp**. Sau đó, thẻ không còn dùng được làm ${w.mynaInsuranceCard}.`,
      ],
    },
    {
      title: "Bạn cần làm gì?",
      text: [
        `Khi chỉ còn chưa đầy 3 tháng, hãy ${w.renewal} tại **${w.municipalOffice} nơi bạn sống (お住まいの市区町村の窓口)**. Miễn phí. Hãy mang theo thẻ và nhớ ${w.pin}. Không làm được qua mạng. Nếu đã hết hạn, bạn vẫn có thể xin ${w.reissue}.`,
      ],
    },
  ],
  // R-CARD-4, R-INFER-6
  stay: {
    heading: `Nếu bạn có ${j("periodOfStay")}`,
    text: `Thẻ hết hạn vào ${j("periodOfStayEnd")}. Dù bạn đã ${w.renewal} ${w.periodOfStay}, thẻ và ${w.certificate} cũng không tự động được kéo dài. Bạn cũng sẽ không nhận được ${j("noticeLetter")}.`,
    link: `Đọc trang dành cho người có ${w.periodOfStay}`,
  },
  clinicHeading: "Màn hình hiện trên máy đọc thẻ ở bệnh viện và nhà thuốc",
  clinicIntro: `Đây là các màn hình ở mặt sau tờ hướng dẫn. Các giai đoạn khác có ở trang "4 giai đoạn".`,
  before: "Khi chỉ còn chưa đầy 3 tháng",
  after: "Từ ngày sau ngày hết hạn",
  clinicMore: "Xem 4 giai đoạn theo ngày",
  findHeading: `${capitalize(w.certificateExpiry)} được ghi ở đâu?`,
  find: [
    `Ô "**電子証明書の有効期限**" (${w.certificateExpiry}) ở mặt trước thẻ (viết tay; thường để trống)`,
    `Đăng nhập **${j("mynaPortal")}** để xem`,
    `**${capitalize(j("noticeLetter"))}** (phong bì màu xanh nhạt), gửi đến khoảng 2–3 tháng trước ngày hết hạn`,
    `Dòng "○年○月○日まで有効" in ở mặt trước thẻ là hạn của **chính thẻ**, không phải hạn của ${w.certificate}.`,
  ],
  preciseTitle: `Đếm "3 tháng" của tờ hướng dẫn bằng ngày`,
  precise: [
    `"Có thể ${w.renewal} từ 3 tháng trước" nói chính xác là từ **ngày hôm sau** của ngày cách hạn đúng 3 tháng (hạn là ngày 15 tháng 6 thì từ ngày 16 tháng 3).`,
    `"3 tháng sau khi hết hạn" nói chính xác là **3 tháng tính từ ngày cuối của tháng hết hạn** (hết hạn ngày 10 tháng 2 thì đến hết ngày 31 tháng 5).`,
  ],
};
