/**
 * @module
 * The 404 page's words in Vietnamese, a translation of NOT_FOUND.ja (the Japanese is authoritative).
 */
import { glossary } from "#shared/messages/glossary/vi.ts";
import type { NotFoundText } from "../../not-found";

const { term: w } = glossary;

export const content: NotFoundText = {
  heading: "Không tìm thấy trang",
  text: "Có thể địa chỉ bị sai, hoặc trang đã được chuyển đi. Vui lòng kiểm tra địa chỉ đã nhập, hoặc tìm từ các trang dưới đây.",
  linksLabel: "Các trang thường dùng",
  links: [
    { page: "home", label: "Trang chủ (hiểu trong 30 giây)" },
    { page: "check", label: `Kiểm tra hạn của ${w.certificate}` },
    { page: "foreignResidents", label: `Dành cho người có ${w.periodOfStay}` },
    { page: "stages", label: `4 giai đoạn của ${w.mynaInsuranceCard}` },
    { page: "renew", label: `Cách ${w.renewal}` },
  ],
};
