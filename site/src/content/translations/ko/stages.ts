/**
 * @module
 * /ko/stages/: the four stages, a translation of STAGES_TEXT.ja (the Japanese is authoritative;
 * R-INS-2, R-INS-3, R-RENEW-1, R-INS-1, R-COUNTER-1). Stage names come from the glossary's
 * stageNames; terms from the glossary, the Japanese beside them. After a date only particles
 * that do not change with its last sound (부터, 까지, 의, 입니다), as in the catalog.
 */
import { glossary } from "#shared/messages/glossary/ko.ts";
import type { StagesContent } from "../../stages";

const g = glossary.withJa;
const w = glossary.term;
const insuranceFull = `${w.mynaInsuranceCard}(진료 정보·약제 정보 제공 포함)`;
const portal = `${w.mynaPortal} 로그인`;
const store = "편의점에서 주민표 사본 등 발급";

export const content: StagesContent = {
  title: `${w.mynaInsuranceCard}의 4단계`,
  description:
    "전자증명서 유효기한 전후에 병원이나 약국의 카드 리더기에 무엇이 표시되고 무엇을 할 수 있는지 알려 드립니다. 날짜를 움직여 안내문 뒷면의 내용을 확인할 수 있습니다.",
  lead: [
    `${g("certificateExpiry")} 전후로 ${g("mynaInsuranceCard")}은 4단계를 차례로 거칩니다. 병원이나 약국의 얼굴 인증 카드 리더기에도 단계마다 다른 화면이 나옵니다.`,
  ],
  exampleHeading: "예시로 보는 시간의 흐름",
  exampleIntro: "전자증명서 유효기한이 **{expiry}**인 분의 경우입니다.",
  timelineCaption: "4단계의 시간축(아래 표와 같은 내용입니다)",
  table: { caption: "단계별 기간(예시)", stage: "단계", period: "기간", insurance: w.mynaInsuranceCard },
  insurance: {
    valid: "사용 가능",
    renewal: "사용 가능(안내가 표시됨)",
    grace: "사용 가능(자격 정보만. 진료·약제 정보는 제공되지 않음)",
    lapsed: "사용 불가",
  },
  fromWord: "부터",
  toWord: "까지",
  todayLabel: "이날",
  slider: {
    heading: "날짜를 움직여 확인하기",
    help: "슬라이더를 움직이면 그날의 단계와 카드 리더기 화면이 바뀝니다. 화살표 키로 하루씩, Page Up·Page Down으로 한 달 정도 움직입니다.",
    label: "확인할 날",
    stageIs: "의 단계:",
    noScript: "",
  },
  stagesHeading: "단계별 설명",
  whenLabel: "기간",
  clinicLabel: "병원·약국에서는",
  worksLabel: "쓸 수 있는 것·쓸 수 없는 것",
  todoLabel: "할 일",
  worksWord: "사용 가능",
  notWorksWord: "사용 불가",
  stages: {
    valid: {
      when: "갱신할 수 있는 기간이 시작되기 전날까지",
      clinic: `${w.mynaInsuranceCard}을 평소처럼 사용할 수 있습니다. 동의하면 과거의 진료 정보나 약 정보도 의료기관에 제공됩니다.`,
      works: [
        { text: insuranceFull, works: true },
        { text: portal, works: true },
        { text: store, works: true },
      ],
      todo: ["유효기한을 확인하고 캘린더 등에 적어 두세요."],
    },
    renewal: {
      when: "유효기한까지 3개월이 채 남지 않은 날부터 유효기한 당일까지",
      clinic: `${w.mynaInsuranceCard}은 평소처럼 사용할 수 있습니다. 카드 리더기에 기한이 가깝다는 안내가 나옵니다.`,
      works: [
        { text: insuranceFull, works: true },
        { text: portal, works: true },
        { text: store, works: true },
      ],
      todo: [
        `거주하시는 ${g("municipalOffice")}에서 갱신해 주세요. 무료입니다. 카드와 ${g("pin")}(숫자 4자리)를 가지고 가세요.`,
        `기한 2~3개월 전쯤에 하늘색 봉투에 담긴 ${g("noticeLetter")}가 옵니다. 오지 않아도 갱신할 수 있습니다.`,
        "갱신한 뒤 사용할 수 있게 되기까지 24시간 정도 걸립니다.",
      ],
      precise: {
        title: "안내문의 '3개월 전부터'를 정확히 말하면",
        text: [
          "갱신할 수 있는 것은 유효기한 3개월 전 날의 **다음 날**부터입니다. 유효기한이 6월 15일이라면 3월 16일부터입니다. '유효기한까지 3개월이 채 남지 않은 날부터'라고 생각하면 정확합니다.",
          "카드 리더기의 안내가 언제부터 나오는지는 공개되어 있지 않아서, 이 사이트에서는 갱신할 수 있는 기간과 같은 날부터로 보고 있습니다.",
        ],
      },
    },
    grace: {
      when: "유효기한 다음 날부터, 유효기한이 있는 달의 말일로부터 3개월 뒤의 월말까지",
      clinic: `${w.mynaInsuranceCard}으로 진료를 받을 수 있습니다. 다만 의료기관에는 보험 자격 정보만 제공되고, **진료 정보·약제 정보는 제공되지 않습니다**.`,
      works: [
        { text: `${w.mynaInsuranceCard}(자격 정보 확인만)`, works: true },
        { text: portal, works: false },
        { text: store, works: false },
      ],
      todo: [
        `되도록 빨리 거주하시는 ${g("municipalOffice")}에서 ${g("reissue")}받으세요. 무료입니다. 카드와 ${w.pin}를 가지고 가세요.`,
        "카드 자체가 유효하다면 사진이 있는 신분증으로는 사용할 수 있습니다.",
      ],
      precise: {
        title: "안내문의 '유효기한이 지나고 3개월 동안'을 정확히 말하면",
        text: [
          "유예는 기한 날부터 3개월이 아니라 **기한 날이 있는 달의 말일부터 3개월**입니다. 2월 10일에 만료되면 5월 31일까지, 11월 14일에 만료되면 다음 해 2월 말일(2월 28일, 윤년에는 2월 29일)까지 사용할 수 있습니다.",
          "보험자에 따라서는 '기한 날부터 3개월'이라고 안내하는 경우가 있으며, 그 경우에는 조금 일찍 끝납니다.",
        ],
      },
    },
    lapsed: {
      when: "유예가 끝난 달의 다음 달 1일부터",
      clinic: `${w.mynaInsuranceCard}으로는 사용할 수 없습니다. 카드를 접수처에 내고 상담하거나, 우편으로 받은 ${g("eligibilityCertificate")}를 보여 주세요.`,
      works: [
        { text: w.mynaInsuranceCard, works: false },
        { text: portal, works: false },
        { text: store, works: false },
      ],
      todo: [
        `거주하시는 ${g("municipalOffice")}에서 재발급받으세요. 카드 자체가 유효하다면 언제든지 무료로 할 수 있습니다.`,
        `재발급받은 뒤에는 ${w.mynaInsuranceCard} 이용 등록을 다시 해 주세요(카드 리더기나 ${g("mynaPortal")}에서 할 수 있습니다).`,
      ],
    },
  },
  counterDays: {
    title: "기한 날에 창구가 문을 닫을 때",
    text: [
      `전자증명서 갱신이나 재발급은 ${g("municipalOffice")}에서만 할 수 있습니다. 창구는 토요일·일요일·공휴일과 12월 29일~1월 3일에는 문을 닫습니다.`,
      "유효기한이 창구가 문을 닫는 날이어도, 기한은 다음 여는 날로 미뤄지지 않습니다. 예를 들어 유효기한이 {expiry}일 때, 창구에서 절차를 밟을 수 있는 마지막 날은 {lastCounterDay}입니다. 확인 도구(체커)도 이 날짜를 보여 줍니다.",
      "토요일이나 일요일에 여는 창구(休日窓口)나 야간에 여는 날이 있는 시구정촌도 많고, 접수 시간도 저마다 다릅니다. 거주하시는 시구정촌에 확인해 주세요.",
    ],
  },
  eligibility: {
    title: "갱신하지 않아도 진료는 받을 수 있습니다",
    text: [
      `기한이 지났는데 재발급받지 않은 분에게는 가입한 건강보험에서 **${g("eligibilityCertificate")}**가 옵니다. 이것을 접수처에서 보여 주면 지금까지처럼 보험으로 진료를 받을 수 있습니다. 오는 시기는 보험자마다 다릅니다(협회건보(協会けんぽ)는 기한이 있는 달의 말일부터 2개월 정도, 시구정촌의 국민건강보험은 유예가 끝나기 전까지).`,
    ],
  },
  checkLink: "내 기한과 지금의 단계 확인하기",
};
