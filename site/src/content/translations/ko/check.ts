/**
 * @module
 * The checker's words in 한국어, a translation of CHECK.ja (the Japanese is authoritative).
 * Field names are the API's (contract.md); the examples are forms the date parser reads
 * (R-PARSE-1). Terms from the glossary, the Japanese beside them. Every field label ends in a
 * final consonant, so `parse` uses 은/이/을 after {field}; after {date} only particles that do not
 * change (부터, 까지, 의).
 */
import { glossary } from "#shared/messages/glossary/ko.ts";
import type { CheckContent } from "../../check";

const g = glossary.withJa;
const w = glossary.term;

export const content: CheckContent = {
  title: "전자증명서 기한과 지금의 단계 확인하기",
  description: `마이넘버 카드 전자증명서의 유효기한과, ${w.mynaInsuranceCard}이 지금 어느 단계인지(유효·갱신 가능·만료 후 유예·효력 상실) 확인합니다.`,
  lead: [
    `알고 있는 날짜를 입력하면 전자증명서 유효기한, 갱신할 수 있게 되는 날, ${w.mynaInsuranceCard}을 사용할 수 있는 마지막 날, 그리고 병원 카드 리더기에 나오는 화면을 알 수 있습니다.`,
    "날짜는 서기로도 일본 연호(和暦)로도, 카드에 적힌 그대로 입력할 수 있습니다(예: 2026-11-14, 2026年11月14日, 令和8年11月14日, R8.11.14, 昭和60年11月14日).",
  ],
  cardFigure: {
    caption: "카드 앞면의 어디에 날짜가 있는지(견본)",
    items: [
      `**${w.birthDate}(生年月日)**: 일본 연호로 인쇄되어 있습니다(예: 昭和60年11月14日生).`,
      `**${w.cardExpiry}(カードの有効期限)**: '2031年11月14日まで有効'(2031년 11월 14일까지 유효)처럼 서기로 인쇄되어 있습니다. 전자증명서의 기한이 아닙니다.`,
      `**${g("certificateExpiry")}**: 창구에서 손으로 적는 칸입니다(빨간 점선 테두리). 비어 있는 경우도 많으며, 그때는 ${g("mynaPortal")}이나 ${g("noticeLetter")}에서 확인할 수 있습니다.`,
    ],
  },
  knowHeading: "전자증명서 유효기한을 알고 있는 경우",
  knowHint: "알고 있다면 이것만으로 충분합니다. 모른다면 비워 두고 다음 질문으로 넘어가세요.",
  orHeading: "유효기한을 모르는 경우",
  orHint: "생년월일과 카드 앞면에 인쇄된 카드 유효기한으로 계산합니다.",
  issueSummary: "카드 유효기한 대신 카드 발급일 사용하기",
  staySummary: `${g("periodOfStay")}이 있는 외국인 주민`,
  todaySummary: "오늘이 아닌 날에 대해 확인하기",
  fields: {
    certificateExpiry: {
      label: w.certificateExpiry,
      hint: `카드 앞면의 '電子証明書の有効期限' 칸(창구에서 손으로 적습니다. 비어 있는 경우도 많음), ${w.mynaPortal}, 또는 하늘색 봉투의 ${w.noticeLetter}에 적혀 있습니다(위 그림의 3).`,
      example: "2026-03-15 또는 令和8年3月15日",
    },
    birthDate: {
      label: w.birthDate,
      hint: "카드 앞면에 일본 연호로 적힌 그대로 입력할 수 있습니다(위 그림의 1). 예: 昭和60年11月14日 또는 1985-11-14",
      example: "1985-11-14 또는 昭和60年11月14日",
    },
    cardExpiry: {
      label: w.cardExpiry,
      hint: "카드 앞면에 '2031年11月14日まで有効'처럼 인쇄된 날짜입니다(위 그림의 2).",
      example: "2031-11-14",
    },
    cardIssuedOn: {
      label: "카드 발급일",
      hint: "카드에는 인쇄되어 있지 않습니다. 카드가 만들어진 날입니다(받은 날이 아닙니다). 알고 있을 때만 입력해 주세요.",
      example: "2021-11-01",
    },
    periodOfStayEndsOn: {
      label: g("periodOfStayEnd"),
      hint: `${g("residenceCard")}에 적힌 날짜입니다. 영주자·고도전문직 2호·특별영주자는 입력하지 않아도 됩니다.`,
      example: "2027-04-30",
    },
    today: {
      label: "확인할 날",
      hint: "비워 두면 오늘(일본 시간)에 대해 확인합니다. 앞으로의 날을 넣으면 '그날 어떻게 되는지' 알 수 있습니다.",
      example: "2026-12-02",
    },
  },
  submit: "확인하기",
  checking: "확인하고 있습니다…",
  parse: {
    unrecognised: "{field}을 날짜로 읽을 수 없습니다. '{example}'처럼 입력해 주세요.",
    not_a_real_date: "{field}의 날짜는 달력에 없습니다. 월과 일을 확인해 주세요.",
    past_era_end: "{field}은 그 연호가 끝난 뒤의 날짜입니다.",
    before_era_start: "{field}은 그 연호가 시작되기 전의 날짜입니다.",
    before_gregorian: "{field}은 1873년(메이지 6년) 이후의 날짜로 입력해 주세요.",
    weekday_mismatch:
      "{field}의 요일이 날짜와 맞지 않습니다. {date}인데 {weekday}로 적혀 있습니다. 날짜와 요일을 확인하고 다시 입력해 주세요.",
    year_mismatch:
      "{field}의 연도가 괄호 안의 연도({year})와 맞지 않습니다. 이 날짜는 {dateWithEra}입니다. 어느 쪽이 맞는지 확인하고 다시 입력해 주세요.",
    suggestion: "혹시 {date} 아닌가요?",
  },
  errors: {
    summaryTitle: "입력을 확인해 주세요",
    titlePrefix: "오류: ",
    prefix: "오류: ",
    needInput: "전자증명서 유효기한을 입력하거나, 생년월일과 카드 유효기한을 입력해 주세요.",
    needBirthDate: "생년월일을 입력해 주세요. 카드 유효기한이나 발급일만으로는 계산할 수 없습니다.",
    network: "답변을 받지 못했습니다. 통신 상태를 확인하고 '확인하기'를 다시 눌러 주세요.",
    server: "답변을 받지 못했습니다. 잠시 후 다시 시도해 주세요.",
    busy: "지금 확인하는 사람이 많아 답변을 받지 못했습니다. 입력한 내용은 그대로 있습니다. 1분 정도 기다린 뒤 '확인하기'를 다시 눌러 주세요.",
  },
  result: {
    headline: {
      valid: "전자증명서는 유효합니다",
      renewal: "전자증명서를 갱신할 때입니다",
      grace: "전자증명서의 기한이 지났습니다",
      lapsed: `${w.mynaInsuranceCard}으로 사용할 수 없게 되었습니다`,
    },
    action: {
      valid: `{date}부터 ${w.municipalOffice}에서 갱신할 수 있습니다. 그때까지는 절차가 필요 없습니다.`,
      renewal: `{date}까지 ${w.municipalOffice}에서 갱신해 주세요.`,
      grace: `{date}까지 ${w.municipalOffice}에서 재발급받으세요. 그때까지는 ${w.mynaInsuranceCard}으로 진료를 받을 수 있습니다.`,
      lapsed: `{date}부터 ${w.mynaInsuranceCard}으로 사용할 수 없습니다. ${w.municipalOffice}에서 전자증명서를 재발급받으세요.`,
    },
    bring: `절차는 거주하시는 ${g("municipalOffice")}에서 합니다(무료). ${g("myNumberCard")}를 가지고 가시고, 4자리 ${g("pin")}와, 서명용 전자증명서가 있는 분은 그 암호(パスワード, 영문·숫자 6~16자)를 미리 확인해 두세요.`,
    checkFirst: {
      heading: `먼저 ${w.certificate}의 유효기한을 확인하세요`,
      ifSo: "위의 전제가 맞는 경우",
      moveToCard: "이 날짜를 카드 유효기한으로 다시 확인",
      card: {
        heading: `먼저 ${w.cardExpiry}을 확인하세요`,
        why: `입력한 ${w.cardExpiry}은 생일이 아닙니다. ${w.periodOfStay}에 따라 만료되는 카드가 아니면 ${w.cardExpiry}은 생일입니다. 카드 앞면에 「…まで有効」라고 인쇄된 날짜를 다시 확인하세요.`,
        typo: "인쇄된 날짜가 {date}(생일)이면 잘못 입력한 것입니다. 그 날짜로 다시 확인하세요.",
        recheck: "이 날짜로 다시 확인",
        asTyped: `입력한 날짜가 맞다면 ${w.periodOfStayEnd}에 만료되는 카드(외국인 주민의 카드)입니다. ${g("periodOfStayEnd")}도 입력하면 더 정확한 답을 얻을 수 있습니다. 아래는 그 경우의 답입니다.`,
      },
    },
    stay: {
      action: `먼저 ${g("immigration")}에서 ${w.periodOfStay}을 갱신해 주세요. 그다음 {date}까지 ${w.municipalOffice}에서 ${w.cardValidityExtension}을 하고, 전자증명서도 새로 받으세요.`,
      later: `먼저 ${g("immigration")}에서 ${w.periodOfStay}을 갱신합니다. 몇 주 걸릴 수 있습니다. 새 ${g("residenceCard")}를 받으면 ${w.municipalOffice}에서 ${w.cardValidityExtension}을 하고 전자증명서도 새로 받습니다.`,
      bring: `${w.municipalOffice}에는 새 ${g("residenceCard")}와 ${g("myNumberCard")}를 가지고 가시고, 4자리 ${g("pin")}와, 서명용 전자증명서가 있는 분은 그 암호(パスワード, 영문·숫자 6~16자)를 미리 확인해 두세요.`,
    },
    newCard: {
      headline: `새 ${w.myNumberCard}를 신청할 때입니다`,
      action:
        "카드 유효기한은 {date}입니다. 전자증명서(電子証明書)는 카드보다 오래 쓸 수 없으므로(지금 갱신하거나 재발급받아도 이날 만료됩니다), 지금 새 마이넘버 카드를 신청해 주세요.",
      later:
        "{date}부터 새 마이넘버 카드를 신청할 수 있습니다(전자증명서가 카드와 같은 날 만료되므로 카드를 새로 만듭니다). 그때까지는 절차가 필요 없습니다.",
      bring: "온라인, 우편, 증명사진기, 창구에서 신청합니다(얼굴 사진 필요). 신청부터 수령까지 1개월 정도 걸립니다.",
    },
    cardExpired: {
      action:
        "카드 유효기한({date})이 지났습니다. 유효기한이 지난 카드로는 전자증명서를 재발급받을 수 없으므로, 새 마이넘버 카드를 신청해 주세요.",
      bring:
        "온라인, 우편, 증명사진기, 창구에서 신청합니다(얼굴 사진 필요). 1개월 정도 걸리며, 그동안은 자격확인서(資格確認書)로 진료를 받을 수 있습니다.",
    },
    alreadyRenewed:
      "이미 갱신했다면: 카드 앞면의 '電子証明書の有効期限' 칸에 {date}로 적혀 있으면 갱신이 끝난 것입니다. 더 할 일은 없습니다.",
    more: "자세히 보기",
    question: {
      legend: `{date} 이후에 ${w.municipalOffice}에서 전자증명서를 갱신하거나 재발급받았나요?`,
      howToTell: [
        "카드 앞면의 '電子証明書の有効期限' 칸(카드 왼쪽 아래, 빨간 점선 테두리)에 {date}보다 뒤의 날짜가 손글씨로 적혀 있다면 갱신한 것입니다. {date}만 적혀 있다면 그것은 처음 기한이며, 갱신했다는 표시가 아닙니다.",
        `지금 ${g("mynaPortal")}에 로그인할 수 있다면 갱신한 것입니다. 기한이 지난 전자증명서로는 로그인할 수 없습니다.`,
      ],
      yes: "예",
      no: "아니요",
      unknown: "모르겠습니다",
      submit: "답하기",
      intro:
        "답에 따라 지금의 단계가 달라집니다. 확실히 모를 때는 두 경우를 모두 보고, 더 이른 날짜에 맞춰 준비해 주세요.",
      ifNo: "갱신·재발급하지 않은 경우",
      ifYes: "갱신·재발급한 경우",
    },
    checkedOn: "확인한 날: ",
    datesHeading: "중요한 날짜",
    dateLabels: {
      renewalOpens: "갱신 기간이 시작되는 날",
      firstCounterDay: "창구에서 절차를 밟을 수 있는 첫날",
      certificateExpires: w.certificateExpiry,
      graceEnds: `${w.mynaInsuranceCard}으로 사용할 수 있는 마지막 날(자격 정보만)`,
      cardExpires: "카드 자체의 유효기한",
      signature: `${w.signatureCertificate} 유효기한`,
      signatureAtMost: " (주소나 이름이 바뀌면 이보다 먼저 효력을 잃습니다)",
      lastCounterDay: "창구에서 절차를 밟을 수 있는 마지막 날",
    },
    timelineHeading: "시간의 흐름",
    timelineCaption: "나의 4단계(아래 표와 같은 내용입니다)",
    tableCaption: "날짜와 일정",
    tableDate: "날짜",
    tableEvent: "일정",
    todayRow: "오늘",
    todayMarker: "오늘",
    dayRow: "확인한 날",
    dayMarker: "확인일",
    before: " 전",
    from: "부터",
    until: "까지",
    readerHeading: "이날 병원이나 약국의 카드 리더기에 나오는 화면",
    readerCaption: "얼굴 인증 카드 리더기 화면(이미지)",
    worksHeading: "쓸 수 있는 것·쓸 수 없는 것",
    worksWord: "사용 가능",
    notWorksWord: "사용 불가",
    stepsHeading: "다음에 할 일",
    caveatsHeading: "확인해 주세요",
    caveatAlternatives: "다른 경우:",
    stayPage: `${w.periodOfStay}이 있는 분: 절차 순서와 가지고 갈 것`,
    calendarHeading: "캘린더에 넣기",
    calendarText:
      "앞으로의 날짜를 캘린더에 일정으로 넣을 수 있습니다. 파일(.ics)에는 각 날짜의 오전 9시 알림이 들어 있습니다.",
    ics: "캘린더 파일(.ics) 다운로드",
    google: "Google 캘린더에는 하나씩 추가합니다(알림 시간은 Google 캘린더 설정에 따릅니다):",
    bookmark:
      "이 페이지의 주소에는 입력한 날짜가 들어 있습니다. 북마크하면 같은 결과를 다시 볼 수 있습니다. 주소의 '#' 뒤 부분은 서버로 보내지지 않습니다.",
    again: "입력을 바꿔서 다시 확인하기",
    stagesLink: "4단계 자세히 보기",
  },
};
