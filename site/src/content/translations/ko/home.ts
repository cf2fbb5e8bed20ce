/**
 * @module
 * Home in 한국어, a translation of HOME.ja (the Japanese is authoritative): the leaflet's message
 * in 30 seconds (R-CERT-1, R-RENEW-1, R-RENEW-2, R-INS-1, R-INS-2, R-INS-5), and the way to the
 * page for residents with a period of stay (R-CARD-4, R-INFER-6). Terms from the glossary.
 */
import { glossary } from "#shared/messages/glossary/ko.ts";
import type { HomeContent } from "../../home";

const g = glossary.withJa;
const w = glossary.term;

export const content: HomeContent = {
  title: `${w.mynaInsuranceCard}의 전자증명서에는 유효기한이 있습니다`,
  description:
    "마이넘버 카드의 전자증명서는 언제 만료되는지, 만료되면 병원에서 무슨 일이 생기는지, 무엇을 하면 되는지 30초 만에 알려 드립니다. 내 기한도 확인할 수 있습니다.",
  lead: `${g("myNumberCard")}를 건강보험증으로 사용하려면 카드 안의 '${g("certificate")}'가 유효해야 합니다. 이 전자증명서는 **카드 자체보다 먼저** 기한이 오는 경우가 있습니다.`,
  start: "기한과 지금의 단계 확인하기",
  startHint: "생년월일과 카드에 인쇄된 유효기한만으로도 확인할 수 있습니다. 일본 연호(和暦)로도 입력할 수 있습니다.",
  summaryHeading: "30초 만에 알 수 있는 것",
  points: [
    {
      title: "무엇에 쓰나요?",
      text: [
        `'${g("userCertificate")}'(${w.pin}는 숫자 4자리)는 본인임을 증명합니다. **${g("mynaInsuranceCard")}**, **${g("mynaPortal")}** 로그인, **편의점에서 주민표 사본 등 발급**에 씁니다.`,
      ],
    },
    {
      title: "언제 만료되나요?",
      text: [
        "**나이와 관계없이 발급일 뒤 다섯 번째 생일**입니다. 카드 자체(대부분은 열 번째 생일)와는 기한이 다릅니다.",
      ],
    },
    {
      title: "만료되면 병원에서는?",
      text: [
        `기한 3개월 전부터 카드 리더기에 안내가 나옵니다. 만료된 뒤에도 그달 말일부터 3개월 동안은 진료를 받을 수 있지만, **진료 정보나 약 정보는 제공되지 않습니다**. 그 뒤에는 ${w.mynaInsuranceCard}으로 사용할 수 없습니다.`,
      ],
    },
    {
      title: "무엇을 하면 되나요?",
      text: [
        `기한까지 3개월이 채 남지 않으면 **거주하시는 ${g("municipalOffice")}**에서 갱신합니다. 무료입니다. 카드와 ${w.pin}를 가지고 가세요. 온라인으로는 할 수 없습니다. 이미 만료되었더라도 재발급받을 수 있습니다.`,
      ],
    },
  ],
  // R-CARD-4, R-INFER-6
  stay: {
    heading: `${g("periodOfStay")}이 있는 분께`,
    text: `카드는 ${g("periodOfStayEnd")}에 만료됩니다. ${w.periodOfStay}을 갱신해도 카드와 전자증명서는 자동으로 연장되지 않습니다. ${g("noticeLetter")}도 오지 않습니다.`,
    link: `${w.periodOfStay}이 있는 분을 위한 페이지 읽기`,
  },
  clinicHeading: "병원이나 약국의 카드 리더기에 나오는 화면",
  clinicIntro: "안내문 뒷면에 있는 화면입니다(리더기에는 일본어로 표시됩니다). 다른 단계는 '4단계'에서 볼 수 있습니다.",
  before: "기한까지 3개월이 채 남지 않았을 때",
  after: "기한이 지난 다음 날부터",
  clinicMore: "4단계를 날짜로 확인하기",
  findHeading: "전자증명서 유효기한은 어디에 적혀 있나요?",
  find: [
    "카드 앞면의 '**電子証明書の有効期限**' 칸(전자증명서 유효기한. 손으로 적습니다. 비어 있는 경우도 많음)",
    `**${g("mynaPortal")}**에 로그인해서 보기`,
    `기한 2~3개월 전쯤에 오는 **${g("noticeLetter")}**(하늘색 봉투)`,
    "카드 앞면에 인쇄된 '○年○月○日まで有効'(○년 ○월 ○일까지 유효)는 **카드 자체**의 기한입니다. 전자증명서의 기한이 아닙니다.",
  ],
  preciseTitle: "안내문의 '3개월'을 날짜로 세면",
  precise: [
    "'3개월 전부터 갱신할 수 있다'는 정확히는 기한 3개월 전 날의 **다음 날**부터입니다(6월 15일이 기한이면 3월 16일부터).",
    "'기한이 지나고 3개월 동안'은 정확히는 **기한이 있는 달의 말일부터 3개월**입니다(2월 10일에 만료되면 5월 31일까지).",
  ],
};
