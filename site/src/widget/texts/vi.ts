/**
 * @module
 * The widget's own words in Vietnamese, a translation of the Japanese (texts.ts, authoritative);
 * terms from the glossary (shared/messages/glossary/vi.ts), the field label with the Japanese
 * words printed on the card beside it.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/vi.ts";
import type { WidgetTexts } from "../texts.ts";

const { term: w, withJa: j } = glossary;

export const texts: WidgetTexts = {
  caption: `${capitalize(w.certificate)} của ${w.mynaInsuranceCard}`,
  label: capitalize(j("certificateExpiry")),
  hint: "Có thể nhập theo lịch Nhật hoặc dương lịch. Ví dụ: 令和8年3月15日, 2026-03-15",
  submit: "Kiểm tra",
  loading: "Đang kiểm tra…",
  expiresOn: "Hạn hiệu lực",
  until: " – ",
  graceEndsOn: `Ngày cuối cùng dùng được ${w.mynaInsuranceCard}`,
  asOf: (date) => `Tính đến ${date}`,
  details: "Xem chi tiết trên マイナ期限ナビ",
  checkOnSite: "Kiểm tra trên マイナ期限ナビ",
  newTab: " (mở trong tab mới)",
  unreachable: "Không kết nối được với マイナ期限ナビ. Vui lòng thử lại sau một lúc, hoặc kiểm tra trên trang web.",
  unavailable: "Hiện chưa đưa ra được câu trả lời. Vui lòng thử lại sau một lúc, hoặc kiểm tra trên trang web.",
  errorPrefix: "Lỗi: ",
};
