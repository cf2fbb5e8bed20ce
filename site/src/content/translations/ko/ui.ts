/**
 * @module
 * Words on every page in 한국어, a translation of UI.ja (the Japanese is authoritative). The
 * footer note says so with the catalog's translationNote (one home for that sentence), which
 * points to the feedback link.
 */
import { glossary } from "#shared/messages/glossary/ko.ts";
import { feedbackLabel, translationNote } from "#shared/messages/ko.ts";
import { LANGUAGE_NAMES } from "../../language-names";
import type { SiteUi } from "../../ui";

const g = glossary.withJa;

export const content: SiteUi = {
  siteName: "マイナ期限ナビ",
  tagline: `${g("mynaInsuranceCard")} 전자증명서의 기한을 알 수 있습니다`,
  skipLink: "본문으로 건너뛰기",
  navLabel: "이 사이트의 페이지",
  menu: "메뉴",
  nav: [
    { page: "check", label: "기한 확인하기" },
    { page: "stages", label: "4단계" },
    { page: "renew", label: "갱신 방법" },
    { page: "foreignResidents", label: "재류기간이 있는 분께" },
  ],
  languageLabel: "언어",
  languageMenuHome: "홈으로(이 페이지는 한국어판이 없습니다)",
  untranslatedMark: " (한국어판 없음)",
  untranslatedNotice: "이 페이지는 한국어판이 없습니다.",
  homeLink: "한국어 홈으로",
  languageNames: LANGUAGE_NAMES,
  footerLabel: "이 사이트에 대해",
  footerLinks: [
    { page: "foreignResidents", label: "재류기간이 있는 분께" },
    { page: "sources", label: "출처(공적 자료)" },
    { page: "privacy", label: "개인정보 보호" },
    { page: "accessibility", label: "접근성" },
    { page: "embed", label: "내 사이트에 표시하기" },
  ],
  unofficial: "이 사이트는 비공식 사이트입니다. 일본 정부(디지털청·후생노동성)나 시구정촌의 서비스가 아닙니다.",
  feedback: feedbackLabel,
  footerNote: `マイナ期限ナビ는 후생노동성 안내문 「マイナ保険証利用時には電子証明書の有効期限をご確認ください」(마이나 보험증을 사용할 때는 전자증명서의 유효기한을 확인해 주세요)를 바탕으로, 공적 자료를 확인하여 만든 비공식 안내입니다. 절차는 거주하시는 ${g("municipalOffice")}에 확인해 주세요. ${translationNote}`,
  external: " (외부 사이트)",
};
