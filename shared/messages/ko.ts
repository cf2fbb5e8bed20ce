/**
 * @module
 * 한국어 문장: 일본어 원문(ja.ts)을 번역한 것이며, 일본어 원문이 기준입니다. 일본에 사는 분을 위해
 * 짧고 정중하게(합니다/하세요체), 다음에 무엇을 하면 되는지 알 수 있도록 씁니다. 창구·카드·우편물의
 * 일본어는 용어집(glossary/ko.ts)에서 가져와 괄호 안에 함께 적습니다.
 * A translation of ja.ts, which is authoritative (issue 13); `translationNote` says so to readers.
 *
 * Particles: Korean particles change with the last sound of the word before them (은/는, 이/가,
 * 을/를). After a date, a slot or a number these sentences use only particles that do not change
 * (까지, 부터, 에, 의, 도, 입니다), so every date format reads right; after a glossary word the
 * particle fits that word (a change of word in glossary/ko.ts needs a look at its particles).
 */
import type { Catalog } from "./catalog.ts";
import { glossary, stageNames } from "./glossary/ko.ts";
import {
  atFifteen,
  type CounterDayRole,
  cardFaceAnswered,
  feb29Reading,
  mayHaveEndedEarlier,
  newCardIsTheStep,
  ordinaryCardWithStay,
  projectedDaysNamed,
  renewalStep,
} from "./readings.ts";
import { MONTHS } from "./rule-months.ts";

const g = glossary.withJa;
const w = glossary.term;
const renewWhere = `거주하시는 ${g("municipalOffice")}`;

/** The site's feedback link, by its label (the site's SiteUi.feedback takes it from here). */
/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: `${w.certificate} 만료 전에 창구에서 절차를 밟을 수 있는 마지막 날`,
  graceLast: `${w.mynaInsuranceCard}을 사용할 수 있는 동안 창구에서 절차를 밟을 수 있는 마지막 날`,
  certificateFirst: `창구에서 ${w.certificate}를 갱신할 수 있는 첫날`,
  cardLast: "카드 유효기간 전에 창구가 여는 마지막 날",
  cardFirst: "창구에서 새 카드를 신청할 수 있는 첫날",
  other: "창구 날짜",
};

export const feedbackLabel = "의견·오류 알리기";

/** Said wherever these texts are shown as a whole: a translation, the Japanese is authoritative. */
export const translationNote = `이 한국어 문장은 일본어 원문을 번역한 것이며, 내용은 일본어 원문이 기준입니다. 번역에 잘못된 곳이 있으면 웹사이트의 '${feedbackLabel}' 링크로 알려 주세요.`;

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `${w.certificate}는 지금 갱신해도 카드 유효기한과 같은 날까지만 쓸 수 있습니다. 먼저 새 ${g("myNumberCard")}를 신청해 주세요(지금 신청할 수 있습니다).`,
  extendCard: `이 카드는 ${w.periodOfStayEnd}에 만료됩니다. 먼저 ${g("immigration")}에서 ${w.periodOfStay}을 갱신한 뒤, ${g("municipalOffice")}에서 카드 유효기간을 연장하고 ${w.certificate}도 발급받으세요.`,
  certificate: `지금 갱신 절차를 밟을 수 있습니다.`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

export const ko: Catalog = {
  // Every label ends in a final consonant, so the templates below use 은/이/을 after {field}.
  field: {
    certificateExpiry: w.certificateExpiry,
    birthDate: w.birthDate,
    cardExpiry: w.cardExpiry,
    cardIssuedOn: "카드 발급일",
    applicationReceivedOn: "신청 접수일",
    certificateIssuedOn: "전자증명서 발급일",
    periodOfStayEndsOn: w.periodOfStayEnd,
    today: "기준일(today)",
    lang: "언어 설정(lang)",
    body: "요청 본문",
    query: "쿼리 문자열",
  },
  error: {
    empty: "{field}이 입력되지 않았습니다. 날짜를 입력해 주세요.",
    required: "{field}을 입력해 주세요.",
    invalid_date:
      "{field}을 날짜로 읽을 수 없습니다. '2026-03-15' 또는 '令和8年3月15日'과 같은 형식으로 입력해 주세요.",
    not_a_real_date: "{field}은 존재하지 않는 날짜입니다. 월과 일을 다시 확인해 주세요.",
    past_era_end: "{field}은 그 연호가 끝난 뒤의 날짜입니다. 혹시 '{suggestionWareki}'({suggestion}) 아닌가요?",
    before_era_start: "{field}은 그 연호가 시작되기 전의 날짜입니다. 혹시 '{suggestionWareki}'({suggestion}) 아닌가요?",
    before_gregorian: "{field}은 1873년(메이지 6년) 1월 1일 이후의 날짜로 입력해 주세요.",
    weekday_mismatch:
      "{field}의 요일이 날짜와 맞지 않습니다. {date}인데 {weekday}로 적혀 있습니다. 날짜와 요일을 확인하고 다시 입력해 주세요.",
    year_mismatch:
      "{field}의 연도가 괄호 안의 연도({year})와 맞지 않습니다. 이 날짜는 {dateWithEra}입니다. 어느 쪽이 맞는지 확인하고 다시 입력해 주세요.",
    not_a_string: '{field}은 문자열로 보내 주세요(예: "2026-03-15").',
    too_long: "{field}이 너무 깁니다. 날짜만 입력해 주세요.",
    unknown_field:
      "이 항목은 받을 수 없습니다. 항목 이름을 확인해 주세요(사용할 수 있는 항목은 /api/v1/openapi.json에 나와 있습니다).",
    unsupported_lang: "언어는 다음 중 하나로 지정해 주세요: {langs}.",
    not_an_object: "{field}은 JSON 객체({ … })로 보내 주세요.",
    invalid_value: "{field}의 값을 확인해 주세요.",
    birth_date_in_future: "생년월일이 오늘보다 뒤입니다. 생년월일을 확인해 주세요.",
    card_issued_before_first_cards: `${g("myNumberCard")}는 2016년 1월부터 발급되었습니다. 카드 발급일을 확인해 주세요.`,
    card_issued_before_birth: "카드 발급일이 생년월일보다 앞입니다. 두 날짜를 확인해 주세요.",
    card_issued_in_future: "카드 발급일이 오늘보다 뒤입니다. 발급일을 확인해 주세요.",
    application_after_card_issue: "신청 접수일이 카드 발급일보다 뒤입니다. 접수일을 확인해 주세요.",
    certificate_issued_before_card:
      "전자증명서 발급일이 카드 발급일보다 앞입니다. [[카드에 인쇄된 유효기한으로 거꾸로 계산하면, 이 카드는 빨라도 {earliest}에 발급되었습니다. ]]전자증명서 발급일을 확인해 주세요.",
    certificate_issued_before_birth: "전자증명서 발급일이 생년월일보다 앞입니다. 날짜를 확인해 주세요.",
    certificate_issued_after_card_expiry: "전자증명서 발급일이 카드 유효기한보다 뒤입니다. 날짜를 확인해 주세요.",
    certificate_issued_in_future: "전자증명서 발급일이 오늘보다 뒤입니다. 날짜를 확인해 주세요.",
    certificate_issued_after_expiry: "전자증명서 발급일이 그 유효기한보다 뒤입니다. 두 날짜를 확인해 주세요.",
    card_expiry_not_after_birth: "카드 유효기한이 생년월일보다 앞입니다. 카드에 인쇄된 날짜를 확인해 주세요.",
    card_expiry_not_after_issue: "카드 유효기한이 발급일보다 앞입니다. 두 날짜를 확인해 주세요.",
    certificate_expiry_not_after_birth: "전자증명서 유효기한이 생년월일보다 앞입니다. 날짜를 확인해 주세요.",
    certificate_outlives_card:
      "전자증명서 유효기한이 카드 유효기한보다 뒤입니다. 전자증명서가 카드보다 오래 유효한 경우는 없으므로, 두 날짜를 확인해 주세요.",
    stay_ends_before_card_issue: `${g("periodOfStayEnd")}이 카드 발급일보다 앞입니다. 날짜를 확인해 주세요.`,
    stay_ends_before_card_expiry: `${g("periodOfStayEnd")}이 카드에 인쇄된 유효기한보다 앞입니다. 카드가 ${w.periodOfStay}보다 오래 유효한 경우는 없으므로, ${g("residenceCard")}와 ${w.myNumberCard}의 날짜를 확인해 주세요.`,
    impossible_card_age:
      "이 생년월일과 카드 유효기한의 조합(유효기한 날에 {age}세)에 해당하는 카드는 없습니다. [[이 유효기한이라면 {issueAge}세에 발급된 {years}년짜리 카드이고 {earliestIssue} 이후에 발급되었어야 하지만, 그날은 오늘보다 뒤이거나 마이넘버 카드 발급이 시작된 2016년 1월보다 앞입니다. ]][[유효기한 날에 {age}세가 되는 카드는 2022년 4월 이후 18세에 발급된 10년짜리 카드뿐이며, 그 유효기한은 {cardFrom} 이후입니다. ]]생년월일과 카드 유효기한 중 잘못된 것이 없는지 확인해 주세요.",
    card_expiry_mismatch:
      "카드 발급일로 계산한 카드 유효기한은 {expected}입니다. 카드에 인쇄된 유효기한과 발급일을 확인해 주세요.",
  },
  missingInput: {
    certificateExpiry: "전자증명서 유효기한을 입력하거나, 생년월일과 카드 유효기한을 입력해 주세요.",
    cardExpiry: "생년월일과 함께 카드에 인쇄된 유효기한(또는 발급일)을 입력해 주세요.",
    birthDate: "카드의 날짜와 함께 생년월일을 입력해 주세요.",
  },
  stage: {
    valid: ({ dates }) =>
      `${g("certificate")}는 ${dates.expiry}까지 유효합니다. ${g("mynaInsuranceCard")}은 평소처럼 사용할 수 있습니다.`,
    renewal: ({ dates, evaluation }) =>
      `${g("certificate")}는 ${dates.expiry}에 만료되며, 남은 기간이 ${MONTHS.window}개월 미만입니다. ${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `${g("certificate")}는 ${dates.expiry}에 만료되었습니다. ${dates.graceEnds}까지는 ${g("mynaInsuranceCard")}으로 진료를 받을 수 있지만, 보험 자격만 확인되고 진료 정보·약제 정보는 의료기관에 제공되지 않습니다.`,
    lapsed: ({ dates }) =>
      `${g("certificate")}는 ${dates.expiry}에 만료된 뒤 ${MONTHS.grace}개월 이상 지났기 때문에, ${dates.lapses}부터 ${g("mynaInsuranceCard")}으로 사용할 수 없게 되었습니다.`,
  },
  daysLeft: {
    valid: (days) => `갱신할 수 있게 될 때까지 ${days}일 남았습니다.`,
    renewal: (days) => (days === 0 ? "오늘이 유효기한의 마지막 날입니다." : `유효기한까지 ${days}일 남았습니다.`),
    grace: (days) =>
      days === 0
        ? `오늘이 ${w.mynaInsuranceCard}을 사용할 수 있는 마지막 날입니다.`
        : `${w.mynaInsuranceCard}을 사용할 수 있는 기간이 ${days}일 남았습니다.`,
    lapsed: (days) =>
      days === 0
        ? `오늘부터 ${w.mynaInsuranceCard}으로 사용할 수 없게 되었습니다.`
        : `${w.mynaInsuranceCard}으로 사용할 수 없게 된 지 ${days}일이 지났습니다.`,
  },
  // R-INS-2: the reader speaks Japanese; the words that tell the screens apart (使える・使えない,
  // 失効) are kept beside the translation, so the person recognises the screen.
  reader: {
    normal: {
      badge: `${w.mynaInsuranceCard}: 사용 가능(マイナ保険証 使える)`,
      heading: "",
      message: ["기한 안내는 표시되지 않고, 평소의 접수 화면으로 넘어갑니다."],
      button: "",
    },
    renewalAlert: {
      badge: `${w.mynaInsuranceCard}: 사용 가능(マイナ保険証 使える)`,
      heading: "",
      message: ["증명서의 유효기한이 3개월 이내입니다. 시구정촌 창구에서 갱신 절차를 밟아 주세요."],
      button: "다음으로(次に進む)",
    },
    qualificationOnly: {
      badge: `${w.mynaInsuranceCard}: 사용 가능(マイナ保険証 使える)`,
      heading: "전자증명서의 유효기한이 지났기 때문에, 자격 정보만 이 기관에 제공합니다.",
      message: ["되도록 빨리 시구정촌 창구에서 전자증명서를 갱신해 주세요."],
      button: "다음으로(次に進む)",
    },
    lapsed: {
      badge: `${w.mynaInsuranceCard}: 사용 불가(マイナ保険証 使えない)`,
      heading: "전자증명서가 실효되었습니다(電子証明書が失効しています).",
      message: [
        "마이넘버 카드를 꺼내서 접수 창구로 와 주세요.",
        "증명서를 갱신하려면 시구정촌 창구에서 절차를 밟아야 합니다.",
      ],
      button: "",
    },
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: `${w.mynaInsuranceCard}으로 진료받기`,
    insuranceFull: "진료·약 정보를 의료기관에 제공",
    myNaPortalLogin: `${g("mynaPortal")} 로그인`,
    convenienceStoreCopies: "편의점에서 주민표 사본 등 발급",
    eTaxSignature: `e-Tax 등 전자 신청(${w.signatureCertificate})`,
    photoId: "사진이 있는 신분증으로 사용",
  },
  works: { yes: "가능합니다", no: "불가능합니다", unknown: "이 입력만으로는 알 수 없습니다", joiner: ": " },
  worksFor: {
    insuranceQualificationOnly: (works, stage) => (works && stage === "grace" ? "가능합니다(자격 확인만)" : undefined),
    insuranceFull: (works) => (works === null ? undefined : works ? "제공됩니다" : "제공되지 않습니다"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) => (works ? "가능합니다(이사하거나 이름을 바꾸지 않았다면)" : undefined),
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? "갱신·재발급을 마쳤다면, 지금은 절차가 필요 없습니다"
          : mayHaveEndedEarlier(evaluation)
            ? "전자증명서 유효기한이 카드와 같다면, 지금은 절차가 필요 없습니다"
            : "지금은 절차가 필요 없습니다",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `이 카드는 ${g("periodOfStayEnd")}인 ${dates.expiry}에 만료됩니다. ${g("immigration")}에서 ${w.periodOfStay}을 갱신하면, ${renewWhere}에서 ${g("cardValidityExtension")} 절차를 밟아 카드 유효기간을 연장해 주세요.`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `전자증명서는 카드와 같은 날인 ${dates.expiry}에 만료되므로, 다음에는 카드를 새로 만들어야 합니다. ${dates.cardRenewalOpens}부터 신청할 수 있습니다.`
            : `전자증명서 갱신은 ${dates.renewalOpens}부터 할 수 있습니다.`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: `${g("noticeLetter")}가 옵니다`,
      detail: `${dates.noticeFrom}부터 ${dates.noticeTo}쯤에 J-LIS(지방공공단체정보시스템기구)에서 하늘색 봉투에 담긴 '有効期限通知書'(${w.noticeLetter})가 옵니다. 주소를 옮겨도 전송되지 않으므로, 이사한 분에게는 오지 않을 수 있습니다. 통지서가 없어도 갱신할 수 있습니다.`,
    }),
    addReminder: () => ({
      title: "캘린더에 등록해 두세요",
      detail: `갱신할 수 있게 되는 날, 유효기한, ${w.mynaInsuranceCard}을 사용할 수 없게 되는 날을 캘린더에 넣어 두면 잊지 않습니다.`,
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: `${g("municipalOffice")}에서 전자증명서를 갱신하세요`,
      detail: `${renewWhere}에서 무료로 갱신할 수 있습니다(${dates.expiryOnClosedDay ? `${dates.lastCounterDay}까지. 그 뒤 유효기한인 ${dates.expiry}까지는 창구가 쉽니다` : `${dates.expiry}까지`}). 온라인으로는 할 수 없습니다. ${g("myNumberCard")}를 가지고 가세요. 4자리 ${g("pin")}와 서명용 6~16자리 암호(パスワード)가 필요합니다. 잊어버린 경우에는 그 창구에서 다시 설정할 수 있습니다. 15세 미만인 분은 법정대리인(부모 등)과 함께 절차를 밟습니다. 대리인이 절차를 밟을 수도 있습니다(두 번 방문해야 합니다).`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "사진을 첨부하여 온라인, 우편, 증명사진 촬영기, 창구 중 한 가지 방법으로 신청합니다. 신청부터 (창구에서) 받기까지 1개월 정도 걸립니다. 15세 미만인 분은 법정대리인(부모 등)이 신청합니다.";
      return {
        title: expired ? `새 ${g("myNumberCard")}를 신청하세요` : `${g("myNumberCard")}를 새로 만드세요`,
        detail: expired
          ? `카드 유효기한(${dates.card})이 지났습니다. 새 카드를 신청해 주세요. ${how} 새 카드에는 새 전자증명서가 들어갑니다. 그때까지는 ${g("eligibilityCertificate")}로 진료를 받을 수 있습니다.`
          : `카드 유효기한은 ${dates.card}입니다. 전자증명서는 카드보다 오래 쓸 수 없어서, 지금 갱신하거나 재발급받아도 이날 만료됩니다. 그래서 카드를 새로 만들어야 합니다. ${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}부터 신청할 수 있습니다. ${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: `먼저 ${w.immigration}에서 ${g("periodOfStay")}을 갱신한 뒤, 카드 유효기간을 연장하세요`,
      detail: `이 카드는 ${w.periodOfStayEnd}인 ${dates.card}에 만료됩니다. 다음 순서로 진행해 주세요. 먼저 ${g("immigration")}에서 ${w.periodOfStay}을 갱신하고 새 ${g("residenceCard")}를 받습니다. 그다음 새 ${w.residenceCard}와 ${w.myNumberCard}를 가지고 ${renewWhere}에 가서 ${g("cardValidityExtension")} 절차를 밟아 주세요(새 카드 신청이 아닙니다). 카드 유효기간을 연장해도 전자증명서는 연장되지 않으므로, 같은 창구에서 전자증명서 발급도 신청해 주세요.`,
    }),
    reissueCertificateAtOffice: () => ({
      title: `${g("municipalOffice")}에서 전자증명서 ${g("reissue")}을 받으세요`,
      detail: `유효기한이 지나도 카드가 유효하다면 ${renewWhere}에서 무료로 재발급받을 수 있습니다. 온라인으로는 할 수 없습니다. ${w.myNumberCard}를 가지고 가세요. ${g("pin")}를 잊어버린 경우에는 그 창구에서 다시 설정할 수 있습니다.`,
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: `${g("mynaInsuranceCard")}에는 약 24시간 뒤에 반영됩니다`,
      detail:
        "창구에서 절차를 밟고 약 24시간이 지나면, 의료기관이나 약국에서 새 전자증명서의 유효기한을 확인할 수 있게 됩니다.",
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: "스마트폰용 전자증명서를 다시 설정하세요",
      detail: `스마트폰에 마이넘버 카드 기능을 넣어 둔 분은 ${newCardIsTheStep(evaluation) ? "새 카드를 받은 뒤에" : "갱신한 뒤에"} 다시 설정해 주세요.`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: `${g("mynaInsuranceCard")} 이용 등록을 다시 하세요`,
      detail: `${MONTHS.grace}개월의 유예기간이 끝나면 ${w.mynaInsuranceCard} 이용 등록이 해제됩니다. ${newCardIsTheStep(evaluation) ? "새 카드를 받은 뒤에" : "재발급받은 뒤에"} 의료기관의 카드 리더기나 ${g("mynaPortal")}에서 다시 등록해 주세요.`,
    }),
    eligibilityCertificate: () => ({
      title: `${g("eligibilityCertificate")}로 진료를 받을 수 있습니다`,
      detail: `갱신하지 않은 분에게는 가입한 건강보험에서 '資格確認書'(${w.eligibilityCertificate})가 오며, 그것으로 진료를 받을 수 있습니다. 오는 시기는 보험자마다 다릅니다(협회건보(協会けんぽ)는 유효기한이 있는 달의 말일부터 약 2개월 뒤에 근무처를 통해, 국민건강보험은 유예기간이 끝나기 전까지 등).`,
    }),
    showCardAtReception: () => ({
      title: "접수처에 카드를 내고 말씀하세요",
      detail:
        "카드 리더기에 '電子証明書が失効しています'(전자증명서가 실효되었습니다)라고 표시되면, 접수 창구에 말씀해 주세요.",
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: `${g("certificateExpiry")}을 확인하세요`,
          detail: `카드 앞면의 전자증명서 유효기한 칸(손글씨)이나 ${g("mynaPortal")}에서 확인할 수 있습니다.`,
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `갱신·재발급을 하지 않았다면, 전자증명서는 ${r.firstExpiry}에 만료되었고, ${w.mynaInsuranceCard}은 ${r.firstGraceEnds}까지만 사용할 수 있었으며 지금은 사용할 수 없습니다. 창구에서 재발급받고, ${w.mynaInsuranceCard} 이용 등록을 다시 해 주세요. 그동안에도 건강보험에서 보내 주는 ${g("eligibilityCertificate")}로 진료를 받을 수 있습니다. 접수처에 ${w.mynaInsuranceCard}을 사용할 수 없다고 말씀해 주세요.`
        : `갱신·재발급을 하지 않았다면, 전자증명서는 ${r.firstExpiry}에 만료되었습니다. ${w.mynaInsuranceCard}으로 진료를 받을 수 있는 것은 ${r.firstGraceEnds}까지이며, 자격 확인만 됩니다. 되도록 빨리 창구에서 재발급받으세요.`;
      return {
        title: `${r.since} 이후에 창구에서 전자증명서를 갱신하거나 재발급받았나요?`,
        detail: `카드 앞면의 전자증명서 칸에 ${r.firstExpiry}보다 뒤의 날짜가 손글씨로 적혀 있거나, ${g("mynaPortal")}에 로그인할 수 있다면 갱신한 것입니다. 그렇다면 전자증명서는 ${r.renewedExpiry}까지 유효합니다. ${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? "갱신" : "재발급";
    const extend = evaluation.card?.validityYears === null;
    return {
      title: `${extend ? "카드 유효기간을 연장할 때까지" : "새 카드를 받을 때까지"} 쓰려면: 창구에서 전자증명서 ${verb}(하지 않아도 됩니다)`,
      lead: extend
        ? `카드 유효기간을 연장할 때까지도 ${w.mynaInsuranceCard}를 평소처럼 쓰고 싶으면, 먼저 창구에서 전자증명서를 ${verb}받을 수도 있습니다(하지 않아도 됩니다). 이 전자증명서는 카드와 같은 ${dates.card}까지입니다. 카드를 연장한 뒤에 전자증명서를 다시 발급받으세요.`
        : `새 카드는 받기까지 1개월 정도 걸립니다. 그동안에도 ${w.mynaInsuranceCard}를 평소처럼 쓰고 싶으면, 먼저 창구에서 전자증명서를 ${verb}받을 수도 있습니다(하지 않아도 됩니다). ${verb}받은 전자증명서는 카드와 같은 ${dates.card}까지입니다.`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: "유효기한까지 창구가 쉽니다: 기한이 지난 뒤 창구에서 전자증명서를 재발급받으세요",
    detail: `창구에서 절차를 밟을 수 있는 마지막 날(${dates.lastCounterDay})이 지났고, 유효기한인 ${dates.expiry}까지 창구가 쉽니다. 기한이 지난 뒤 창구가 다시 여는 날(연말연시라면 1월 4일 이후)에 무료로 재발급받을 수 있습니다. ${dates.graceEnds}까지는 ${w.mynaInsuranceCard}로 진료를 받을 수 있습니다(자격 확인만). 카드를 가지고 가시고 ${g("pin")}를 확인해 두세요.`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      `입력한 ${w.certificate} 유효기한에 'まで有効'(까지 유효)라고 적혀 있습니다. 이는 카드가 자기 유효기한을 인쇄하는 방식입니다. ${w.certificate}의 유효기한은 창구에서 카드 앞면의 ${w.certificate} 칸에 손으로 적은 날짜입니다(비어 있는 경우도 많습니다). 10년 카드와 함께 발급된 ${w.certificate}는 카드보다 5년 먼저 만료됩니다.${
        cardFaceAnswered(evaluation)
          ? " 아래는 이 날짜가 카드 유효기한인 경우의 답입니다."
          : ` 칸이 비어 있으면 ${w.birthDate}과 ${w.cardExpiry}을 입력해 주세요.`
      }`,
    certificateExpiryTooLate: () =>
      `${w.certificate}는 발급일 후 5번째 생일(만료 전 3개월 안에 갱신하면 6번째 생일)에 만료되며, 카드 유효기한보다 늦어지지 않습니다. 따라서 오늘까지 발급된 ${w.certificate}가 입력한 날짜에 만료될 수는 없습니다. 카드에 '…まで有効'라고 인쇄된 날짜는 카드 자체의 유효기한입니다. ${w.certificate}의 유효기한은 카드 앞면의 손글씨 칸, ${w.mynaPortal} 또는 ${w.noticeLetter}에서 확인해 주세요.`,
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `유예기간이 끝나는 ${r.firstGraceEnds}까지는 갱신하지 않은 경우의 날짜로 표시합니다.`
          : `유예기간이 끝나는 ${r.firstGraceEnds}도 지났으므로, 갱신·재발급한 경우의 날짜로 표시합니다.`;
      return `처음 전자증명서는 ${r.firstExpiry}까지 유효했습니다. ${r.since} 이후에 ${g("municipalOffice")}에서 전자증명서를 갱신·재발급했는지는 이 입력만으로는 알 수 없습니다. ${shown} 다른 경우는 아래와 같습니다.`;
    },
    thresholdTransition: () =>
      "2022년 4월부터 9월 사이에 18세·19세에 발급된 카드는 신청이 언제 접수되었는지에 따라 유효기한이 달라집니다(2022년 3월까지 접수되었으면 5년, 4월부터면 10년). 더 이른 날짜로 표시합니다. 카드에 인쇄된 유효기한을 입력하면 확정됩니다.",
    ageBoundary: ({ evaluation }) =>
      // R-AGE-2 at 15 changes the signature certificate only; at 18 or 20 the card's length.
      atFifteen(evaluation)
        ? `카드가 15세 생일 전날에 발급되었기 때문에, 그날을 15세로 세는지에 따라 카드에 ${w.signatureCertificate}가 들어 있는지가 달라집니다. 15세로 세어(들어 있는 것으로) 표시합니다.`
        : "카드가 성년이 되는 생일 전날에 발급되었기 때문에, 그날을 성년으로 세는지에 따라 유효기한이 달라집니다. 성년으로 센 날짜로 표시합니다. 카드에 인쇄된 유효기한을 입력하면 확정됩니다.",
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "3월 1일" : "2월 28일";
      return recounted
        ? `2월 29일에 태어난 분은 윤년이 아닌 해의 생일을 ${day}로 계산합니다. 3월 1일로 세는 경우도 있으며, 그때 다시 계산한 날짜는 아래와 같습니다. 카드나 통지서의 날짜도 확인해 주세요.`
        : evaluation.card?.printed
          ? `2월 29일에 태어난 분의 윤년이 아닌 해의 생일은, 카드에 인쇄된 유효기한에 따라 ${day}로 계산했습니다.`
          : `2월 29일에 태어난 분은 윤년이 아닌 해의 생일을 ${day}로 계산합니다. 3월 1일로 세어도 날짜는 바뀌지 않습니다.`;
    },
    signatureUncertain: () =>
      `이 조합의 카드는 보통 15세 미만에 발급된 것으로, 발급 당시에는 ${w.signatureCertificate}가 들어 있지 않습니다(15세 생일 전날에 발급된 경우에는 들어 있습니다). 15세가 된 뒤에 창구에서 신청하여 발급받을 수도 있습니다.`,
    adultByDayBefore: () =>
      "이 조합은 성년이 되는 생일(18세 또는 20세) 전날에 발급된 10년짜리 카드에서만 있을 수 있습니다. 날짜가 틀리지 않았는지 확인해 주세요.",
    signatureOnRequest: () =>
      `15세 미만에 발급된 카드에는 ${g("signatureCertificate")}가 들어 있지 않습니다. 15세가 된 뒤에 창구에서 신청하여 발급받은 경우에만 있으며, 그 유효기한은 ${g("userCertificate")}와 같거나 그보다 앞입니다. e-Tax 등에 사용할 수 있는지는 이 입력만으로는 알 수 없습니다.`,
    certificateDateNearWindow: () =>
      `입력하신 전자증명서 발급일은 갱신할 수 있는 기간이 시작되기 조금 전입니다. 이 날짜가 맞다면 새로운 발급으로 계산하지만, 하루만 달라도 유효기한이 1년 달라집니다. 카드의 전자증명서 칸이나 ${g("mynaPortal")}에서 날짜를 확인해 주세요.`,
    cardExpiryNotBirthday: () =>
      `카드 유효기한은 보통 생일입니다. 입력하신 날짜는 생일이 아니므로, 잘못 입력하지 않았는지 확인해 주세요. ${g("periodOfStay")}이 정해져 있는 분은 ${w.periodOfStayEnd}도 입력해 주세요.`,
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `이 카드는 ${w.periodOfStayEnd}보다 앞선 생일(${dates.card})에 만료되는 일반 카드이며, ${g("noticeLetter")}가 옵니다. 그날 이후에도 일본에 산다면 새 카드를 신청해 주세요(${w.periodOfStay} 갱신과는 별도의 절차입니다).`
        : mayHaveEndedEarlier(evaluation)
          ? `${g("periodOfStayEnd")}에 만료되는 카드는 발급일을 알 수 없습니다. 또한 ${w.periodOfStay} 갱신에 맞춰 카드 기한을 연장해도 전자증명서 기한은 연장되지 않습니다. 그래서 전자증명서는 이전 ${w.periodOfStayEnd}이나 카드 유효기한보다 앞선 생일에 이미 만료되었을 수 있습니다(아래는 생일인 경우). 카드의 전자증명서 칸이나 ${g("mynaPortal")}에서 확인해 주세요. ${w.periodOfStayEnd}에 만료되는 카드에 대해서는 ${g("noticeLetter")}가 오지 않습니다.`
          : `${g("periodOfStayEnd")}에 만료되는 카드는 ${w.periodOfStay} 갱신에 맞춰 카드 기한을 연장해도 전자증명서 기한은 연장되지 않습니다. 이런 카드에 대해서는 ${g("noticeLetter")}가 오지 않습니다.`,
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest (years earlier for
      // someone who never renewed); never "the same day" as a fact.
      `${g("myNumberCard")}의 유효기한(${dates.card})이 지났습니다. 전자증명서는 늦어도 이날 만료되었습니다. 전자증명서를 새로 받으려면 새 카드를 신청해야 합니다.${dates.renewal ? ` 아래의 '${ASSUMPTIONS.notRenewed}'도 확인해 주세요.` : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `유효기한인 ${dates.expiry}에는 ${w.municipalOffice}가 문을 닫습니다(토·일요일, 공휴일, 연말연시). 유효기한은 다음 개청일로 미뤄지지 않습니다. 창구에서 절차를 밟을 수 있는 마지막 날은 ${dates.lastCounterDay}입니다.`,
    holidaysProjected: ({ evaluation, date }) =>
      `이 창구 날짜는 아직 정식으로 발표되지 않은 해의 공휴일로 계산했습니다: ${projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE).join("; ")}. 춘분의 날·추분의 날은 전년 2월에 정해지며, 공휴일은 법률로 바뀔 수도 있습니다. 날짜가 가까워지면 다시 확인해 주세요.`,
    holidaysOutsideFormula: () =>
      "2100년 이후와 1980년 이전의 춘분의 날·추분의 날은 계산식으로 구할 수 있는 범위 밖입니다. 창구가 여는 날은 2099년(또는 1980년)과 같은 날짜로 계산했으므로, 참고용으로 봐 주세요.",
  },
  counter: {
    lastDay: ({ dates }) => `창구에서 절차를 밟을 수 있는 마지막 날은 ${dates.lastCounterDay}입니다.`,
    graceLastDay: ({ dates }) =>
      `${w.mynaInsuranceCard}을 사용할 수 있는 동안 창구에서 절차를 밟을 수 있는 마지막 날은 ${dates.graceLastCounterDay}입니다.`,
    note: `${g("municipalOffice")}는 토요일·일요일·공휴일과 12월 29일~1월 3일에는 문을 닫습니다. 다만 토요일이나 일요일에 여는 창구(休日窓口)나 야간에 여는 날이 있는 시구정촌도 많고, 접수 시간도 저마다 다릅니다. 거주하시는 시구정촌의 홈페이지 등에서 확인해 주세요.`,
    joiner: " ",
  },
  alternative: (a, t) => {
    const parts = [(ASSUMPTIONS[a.assumption] ?? a.assumption) + ":"];
    if (a.cardExpiresOn) parts.push(`카드 유효기한은 ${t.date(a.cardExpiresOn)}입니다.`);
    if (a.certificateExpiresOn) {
      const past = a.stage === "grace" || a.stage === "lapsed";
      parts.push(`전자증명서는 ${t.date(a.certificateExpiresOn)}에 ${past ? "만료되었고" : "만료되며"},`);
    }
    // Issue 9: never "can be used until" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `${w.mynaInsuranceCard}은 ${t.date(a.graceEndsOn)}까지만 사용할 수 있었으며, 지금은 사용할 수 없습니다.`
          : a.stage === "grace"
            ? `${w.mynaInsuranceCard}으로 진료를 받을 수 있는 것은 ${t.date(a.graceEndsOn)}까지이며, 자격 확인만 됩니다.`
            : `${w.mynaInsuranceCard}은 ${t.date(a.graceEndsOn)}까지 사용할 수 있습니다.`,
      );
    }
    if (a.stage) parts.push(`오늘의 단계는 '${stageNames[a.stage]}'입니다.`);
    return parts.join(" ");
  },
  checkCardExpiry: `먼저 카드 유효기한을 확인해 주세요. 입력한 날짜가 생일이 아니어서 잘못 입력했을 수 있습니다. 아래는 날짜가 맞고 카드가 ${w.periodOfStayEnd}에 만료되는 경우의 답입니다. `,
  ifStayCard: `날짜가 맞고 카드가 ${w.periodOfStayEnd}에 만료된다면: `,
  alternativeWindow: (date) => ` 이 경우 창구에서 ${date}부터 갱신할 수 있습니다.`,
  checkCertificateField: {
    cardExpiryInCertificateField: `먼저 어떤 날짜인지 확인해 주세요. '…まで有効'(…까지 유효)라고 인쇄된 날짜는 카드 자체의 유효기한입니다. ${w.certificate}의 유효기한은 카드 앞면의 ${w.certificate} 칸에 손으로 적힌 날짜입니다. 그 칸이 비어 있으면 ${w.birthDate}을 입력하고, 이 날짜를 '${g("cardExpiry")}'에 입력해 주세요. 아래는 이 날짜가 ${w.certificate}의 유효기한인 경우의 답입니다. `,
    certificateExpiryTooLate: `먼저 어떤 날짜인지 확인해 주세요. ${w.certificate}는 길어도 발급일 후 6번째 생일까지 유효하므로, 오늘까지 발급된 ${w.certificate}가 이렇게 늦게 만료될 수는 없습니다. 카드에 '…まで有効'라고 인쇄된 카드 자체의 유효기한이 아닌가요? 그렇다면 ${w.birthDate}을 입력하고, 이 날짜를 '${g("cardExpiry")}'에 입력해 주세요. 아래는 입력한 날짜대로의 답입니다. `,
  },
  inputNote: {
    past_era_end: "{field}은 연호가 바뀐 뒤의 날짜이므로 {wareki}({date})로 읽었습니다.",
  },
  condition: (r) =>
    r.since === null
      ? "전자증명서를 갱신한 경우의 답변입니다. "
      : r.headline === "notRenewed"
        ? `${r.since} 이후에 창구에서 전자증명서를 갱신·재발급하지 않은 경우의 답변입니다. `
        : `${r.since} 이후에 창구에서 전자증명서를 갱신·재발급한 경우의 답변입니다. `,
  assumed: {
    earlierBirthday:
      "전자증명서가 카드 유효기한까지 유효한 경우의 답변입니다. 그보다 앞선 생일에 이미 만료되었다면 답변이 달라집니다(아래 참조). ",
    issuedInWindow: "입력하신 발급일이 맞는 경우의 답변입니다. 발급일이 하루 늦다면 답변이 달라집니다(아래 참조). ",
    adultCard: "5년짜리 카드인 경우의 답변입니다. 10년짜리 카드(성년)라면 답변이 달라집니다(아래 참조). ",
    minorCard: "10년짜리 카드(성년)인 경우의 답변입니다. 5년짜리 카드라면 답변이 달라집니다(아래 참조). ",
    march1: "생일을 2월 28일로 센 경우의 답변입니다. 3월 1일로 세면 답변이 달라집니다(아래 참조). ",
  },
  milestone: {
    noticeExpected: `${w.noticeLetter}가 오기 시작하는 무렵`,
    renewalOpens: "전자증명서를 갱신할 수 있게 되는 날",
    certificateExpires: w.certificateExpiry,
    graceStarts: "기한 만료. 자격 확인만 되는 날",
    graceEnds: `${w.mynaInsuranceCard}을 사용할 수 있는 마지막 날`,
    lapses: `${w.mynaInsuranceCard}으로 사용할 수 없게 되는 날`,
    cardRenewalOpens: "카드 갱신 신청을 할 수 있게 되는 날",
    cardExpires: `${w.myNumberCard} 유효기한`,
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "이 날짜가 카드 유효기한인 경우",
  cardFaceNotRenewed: "이 날짜가 카드 유효기한이고 전자증명서를 갱신하지 않은 경우",
  cardFaceRenewed: "이 날짜가 카드 유효기한이고 전자증명서를 갱신·재발급한 경우",
  renewed: "갱신·재발급한 경우",
  notRenewed: "갱신·재발급하지 않은 경우",
  adultCard: "10년짜리 카드(성년)인 경우",
  minorCard: "5년짜리 카드인 경우",
  march1: "생일을 3월 1일로 센 경우",
  earlierBirthday: "전자증명서가 카드보다 앞선 생일에 만료되는 경우",
  issuedInWindow: "발급일이 하루 늦어 갱신할 수 있는 기간에 들어 있었던 경우",
  noSignatureCertificate: "15세 생일 전날을 15세로 세지 않는 경우(카드에 서명용 전자증명서가 들어 있지 않습니다)",
};
