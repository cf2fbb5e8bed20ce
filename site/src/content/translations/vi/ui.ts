/**
 * @module
 * The words on every page in Vietnamese: a translation of UI.ja (content/ui.ts), which is
 * authoritative. The footer says so with the catalog's translationNote (one home for that
 * sentence), and names the feedback link for corrections.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/vi.ts";
import { feedbackLabel, translationNote } from "#shared/messages/vi.ts";
import { LANGUAGE_NAMES } from "../../language-names";
import type { SiteUi } from "../../ui";

const { term: w } = glossary;

export const content: SiteUi = {
  siteName: "マイナ期限ナビ",
  tagline: `Biết hạn của ${w.certificate} trong ${w.mynaInsuranceCard}`,
  skipLink: "Chuyển đến nội dung chính",
  navLabel: "Các trang trong trang web này",
  menu: "Menu",
  nav: [
    { page: "check", label: "Kiểm tra hạn" },
    { page: "foreignResidents", label: `Người có ${w.periodOfStay}` },
    { page: "stages", label: "4 giai đoạn" },
    { page: "renew", label: `Cách ${w.renewal}` },
    { page: "faq", label: "Câu hỏi thường gặp" },
  ],
  languageLabel: "Ngôn ngữ",
  languageMenuHome: "trang chủ (trang này không có bản tiếng Việt)",
  untranslatedMark: " (không có bản tiếng Việt)",
  untranslatedNotice: "Trang này không có bản tiếng Việt.",
  homeLink: "Trang chủ tiếng Việt",
  languageNames: LANGUAGE_NAMES,
  footerLabel: "Về trang web này",
  footerLinks: [
    { page: "foreignResidents", label: `Dành cho người có ${w.periodOfStay}` },
    { page: "sources", label: "Nguồn (tài liệu chính thức)" },
    { page: "privacy", label: "Quyền riêng tư" },
    { page: "accessibility", label: "Khả năng tiếp cận" },
    { page: "embed", label: "Hiển thị trên trang web của bạn" },
  ],
  unofficial:
    "Đây là trang web không chính thức, không phải dịch vụ của nhà nước (Cơ quan Kỹ thuật số, Bộ Y tế, Lao động và Phúc lợi) hay của chính quyền địa phương.",
  feedback: feedbackLabel,
  footerNote: `マイナ期限ナビ là hướng dẫn không chính thức, được làm dựa trên tờ hướng dẫn của Bộ Y tế, Lao động và Phúc lợi về việc kiểm tra hạn hiệu lực của ${w.certificate} khi dùng ${w.mynaInsuranceCard}, và đã được đối chiếu với tài liệu chính thức. ${capitalize(w.renewal)} và các thủ tục khác, vui lòng hỏi tại ${w.municipalOffice} nơi bạn sống (お住まいの市区町村の窓口). ${translationNote}`,
  external: " (trang web khác)",
};
