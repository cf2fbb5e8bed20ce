/**
 * @module
 * API 자체의 한국어 문장(문제, Worker가 직접 검사하는 항목 오류, 캘린더, 배지): jaApi의 번역이며 일본어 원문이 기준입니다.
 * Every message says what to do next, and none quotes the input (architecture.md). Names a
 * developer must type (Content-Type, JSON, texts) stay as they are; the particle after each is
 * the one its Korean reading takes (JSON으로, Content-Type을).
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";
import { glossary } from "../glossary/ko.ts";

const g = glossary.withJa;
const w = glossary.term;

export const koApi: ApiTexts = {
  problem: {
    "invalid-input": { title: "입력 내용을 확인해 주세요", detail: "errors에 나온 항목을 고쳐서 다시 보내 주세요." },
    "malformed-body": { title: "요청 본문을 읽을 수 없습니다", detail: "본문은 UTF-8 JSON 객체로 보내 주세요." },
    "unsupported-media-type": {
      title: "지원하지 않는 형식입니다",
      detail: "Content-Type: application/json 헤더를 붙여 JSON을 압축하지 말고(Content-Encoding 없이) 보내 주세요.",
    },
    "content-too-large": { title: "요청이 너무 큽니다", detail: "본문을 줄이거나 여러 요청으로 나누어 보내 주세요." },
    "uri-too-long": { title: "URL이 너무 깁니다", detail: "쿼리에는 필요한 항목만 넣어 주세요." },
    "not-found": {
      title: "찾을 수 없습니다",
      detail: "이 URL에는 API가 없습니다. 사용할 수 있는 URL은 /api/v1/openapi.json에서 확인할 수 있습니다.",
    },
    "method-not-allowed": {
      title: "이 메서드는 사용할 수 없습니다",
      detail: "Allow 헤더에 있는 메서드로 보내 주세요.",
    },
    "rate-limited": {
      title: "요청이 너무 많습니다",
      detail:
        "Retry-After 헤더에 적힌 초만큼 기다린 뒤 다시 보내 주세요. 많은 날짜는 일괄 API(/api/v1/evaluate/batch)로 한 번에 보낼 수 있습니다.",
    },
    internal: { title: "서버에 문제가 생겼습니다", detail: "잠시 후 다시 시도해 주세요." },
  },
  requestError: {
    malformed_json: "본문을 JSON으로 읽을 수 없습니다. 괄호와 따옴표를 확인해 주세요.",
    body_unreadable: "본문을 끝까지 받지 못했습니다. 다시 보내 주세요.",
    empty_body: "본문이 비어 있습니다. JSON 객체를 보내 주세요.",
    invalid_encoding: "본문은 UTF-8로 보내 주세요.",
    too_deep: "JSON의 중첩이 너무 깊습니다. 각 항목은 문자열로 보내 주세요.",
    body_too_large: `본문이 너무 큽니다. 질문 1건은 ${LIMIT_TEXT.singleBody}, 일괄은 ${LIMIT_TEXT.batchBody}까지입니다.`,
    unsupported_media_type: "Content-Type을 application/json으로 설정해 주세요.",
    unsupported_content_encoding: "본문을 압축하지 말고 보내 주세요(Content-Encoding 없이).",
    repeated_parameter: "이 항목은 쿼리에 한 번만 넣어 주세요.",
    control_character: "줄바꿈이나 탭 같은 제어 문자를 없애 주세요.",
    query_too_long: "쿼리가 너무 깁니다. 필요한 항목만 넣어 주세요.",
    too_many_items: `일괄로 보낼 수 있는 것은 ${LIMIT_TEXT.batchItems}건까지입니다. 목록을 나누어 보내 주세요.`,
    too_many_items_with_texts: `문장이 포함된 답변은 일괄로 ${LIMIT_TEXT.batchItemsWithTexts}건까지입니다. "texts": false를 붙이면 문장 없이(날짜·단계·코드만) ${LIMIT_TEXT.batchItems}건까지 보낼 수 있습니다.`,
    too_many_langs_with_texts: `문장이 포함된 답변은 일괄 요청 하나에 ${LIMIT_TEXT.batchLangsWithTexts}개 언어까지입니다. 각 항목의 lang을 세고, lang이 없는 항목이 있으면 일괄의 lang(없으면 Accept-Language의 언어)도 셉니다. 언어별로 나누어 보내거나, "texts": false를 붙여 문장 없이(날짜·단계·코드만) 받으세요.`,
    texts_not_boolean: "texts는 true 또는 false로 설정해 주세요.",
    field_belongs_in_item:
      '날짜 항목(birthDate, today 등)은 items의 각 항목 안에 넣어 주세요. 예: {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}',
    items_required: "items에 질문(객체)의 배열을 넣어 주세요.",
    item_not_an_object: "각 항목은 JSON 객체({ … })로 보내 주세요.",
    unknown_path: "이 URL에는 API가 없습니다.",
    method_not_allowed: "Allow 헤더에 있는 메서드를 사용해 주세요.",
    malformed_request: `HTTP/1.1 형식에 맞지 않는 요청입니다. 이 서버 이름을 적은 Host 헤더 하나, /로 시작하는 경로, 합계 ${LIMIT_TEXT.headerBytes} 이하의 헤더로 보내 주세요.`,
    rate_limited: "잠시 기다린 뒤 다시 보내 주세요.",
    internal_error: "잠시 후 다시 시도해 주세요.",
  },
  calendar: {
    calendarName: `${w.mynaInsuranceCard}·${w.certificate} 기한`,
    reminderSummary: `${w.certificateExpiry}까지 약 2개월`,
    renewalDetail: `오늘부터 거주하시는 ${g("municipalOffice")}에서 전자증명서를 무료로 갱신할 수 있습니다. 카드를 가지고 가시고, ${g("pin")}를 미리 확인해 두세요.`,
    graceDetail: `이날이 지나면 ${g("mynaInsuranceCard")}으로 사용할 수 없게 됩니다. 카드가 유효한 동안에는 전자증명서 재발급을 창구에서 언제든지 할 수 있습니다.`,
    reminderDetail: `아직 갱신하지 않았다면 ${g("municipalOffice")}에서 전자증명서를 갱신해 주세요(카드를 가지고, ${w.pin}를 확인해서). ${g("noticeLetter")}가 오지 않았어도 갱신할 수 있습니다.`,
    lastCounterDaySummary: "창구로: 전자증명서를 갱신할 수 있는 마지막 날",
    lastCounterDayDetail: `유효기한 전에 ${g("municipalOffice")}에서 전자증명서를 갱신할 수 있는 마지막 날입니다(창구는 토·일요일, 공휴일, 12월 29일~1월 3일에는 문을 닫습니다. 휴일에 여는 창구나 접수 시간은 거주하시는 시구정촌에 확인해 주세요). 카드를 가지고 가시고, ${g("pin")}를 미리 확인해 두세요.`,
    counterSoonSummary: "창구로: 기한 전에 절차를 밟을 수 있는 마지막 날이 다가옵니다",
    counterSoonDetail: `기한 전에 ${g("municipalOffice")}에서 전자증명서를 갱신하거나 재발급받을 수 있는 마지막 날까지 약 1주일 남았습니다. 아직 하지 않았다면 카드를 가지고 서둘러 창구에 가 주세요. ${w.pin}도 미리 확인해 두세요(창구는 토·일요일, 공휴일, 12월 29일~1월 3일에는 문을 닫습니다. 휴일에 여는 창구나 접수 시간은 거주하시는 시구정촌에 확인해 주세요).`,
    graceCounterSoonSummary: `창구로: ${w.mynaInsuranceCard}를 쓸 수 있는 동안 절차를 밟을 수 있는 마지막 날이 다가옵니다`,
    graceCounterSoonDetail: `전자증명서 유효기한은 이미 지났습니다. ${w.mynaInsuranceCard}를 쓸 수 있는 동안(유예기간이 끝나기 전에) ${g("municipalOffice")}에서 전자증명서를 재발급받을 수 있는 마지막 날까지 약 1주일 남았습니다. 아직 하지 않았다면 카드를 가지고 서둘러 창구에 가 주세요. ${w.pin}도 미리 확인해 두세요(창구는 토·일요일, 공휴일, 12월 29일~1월 3일에는 문을 닫습니다. 휴일에 여는 창구나 접수 시간은 거주하시는 시구정촌에 확인해 주세요).`,
    graceLastCounterDaySummary: `창구로: ${w.mynaInsuranceCard}를 쓸 수 있는 동안 재발급받을 수 있는 마지막 날`,
    graceLastCounterDayDetail: `유예기간이 끝나기 전에 ${g("municipalOffice")}에서 전자증명서를 재발급받을 수 있는 마지막 날입니다. 그 뒤 유예기간이 끝날 때까지 창구는 문을 닫습니다. 카드를 가지고 가시고, ${w.pin}를 미리 확인해 두세요.`,
    cardApplicationSummary: `새 ${w.myNumberCard} 신청: 받기까지 1개월 정도 걸립니다`,
    cardReminderSummary: `${w.myNumberCard} 유효기한까지 약 2개월`,
    cardLastCounterDaySummary: "창구로: 카드 유효기한 전에 창구가 여는 마지막 날",
    newCardDetail: `전자증명서는 ${w.myNumberCard}보다 오래 쓸 수 없으므로(지금 갱신하거나 재발급받아도 카드와 같은 날 만료됩니다) 카드를 새로 만들어야 합니다. 사진을 첨부하여 온라인, 우편, 증명사진 촬영기, 창구 중 한 가지 방법으로 신청합니다. 신청부터 (창구에서) 받기까지 1개월 정도 걸리므로 서둘러 신청해 주세요. 새 카드에는 새 전자증명서가 들어갑니다.`,
    extendCardDetail: `이 카드는 ${g("periodOfStayEnd")}에 만료되고, 전자증명서도 늦어도 이날 만료됩니다. ${w.periodOfStay}을 갱신하면, 거주하시는 ${g("municipalOffice")}에서 ${g("cardValidityExtension")} 절차를 밟아 주세요(새 카드 신청이 아닙니다). 카드 유효기간을 연장해도 전자증명서는 연장되지 않으므로, 같은 창구에서 전자증명서 발급도 신청해 주세요.`,
    extendCardIfStayDetail: `입력하신 카드 유효기한은 생일이 아니므로, 먼저 잘못 입력하지 않았는지 카드를 보고 확인해 주세요. 잘못 입력한 것이 아니고 ${g("periodOfStayEnd")}에 만료되는 카드라면, 전자증명서도 같은 날 만료됩니다. 그런 경우에는 ${w.periodOfStay}을 갱신한 뒤, 거주하시는 ${g("municipalOffice")}에서 ${g("cardValidityExtension")} 절차를 밟아 주세요(새 카드 신청이 아닙니다). 카드 유효기간을 연장해도 전자증명서는 연장되지 않으므로, 같은 창구에서 전자증명서 발급도 신청해 주세요.`,
    cardExpiredDetail: `${w.myNumberCard}의 유효기한이 지났으므로 전자증명서도 만료되었습니다. 유효기한이 지난 카드로는 전자증명서를 재발급받을 수 없으니 새 카드를 신청해 주세요. 사진을 첨부하여 온라인, 우편, 증명사진 촬영기, 창구 중 한 가지 방법으로 신청합니다. 신청부터 (창구에서) 받기까지 1개월 정도 걸립니다. 새 카드에는 새 전자증명서가 들어갑니다. 그때까지는 ${g("eligibilityCertificate")}로 진료를 받을 수 있습니다.`,
    closedExpiryDetail: `오늘이 전자증명서 유효기한이지만, 오늘은 시구정촌 창구가 문을 닫는 날입니다(토·일요일, 공휴일, 12월 29일~1월 3일). 유효기한은 다음 개청일로 미뤄지지 않습니다. 내일부터 ${w.mynaInsuranceCard}는 자격 확인에만 쓸 수 있습니다. 창구가 다시 여는 날(연말연시라면 1월 4일 이후)에 카드를 가지고 가서 전자증명서를 재발급받으세요. ${w.pin}도 미리 확인해 두세요.`,
    unsureDetail: `이 일정의 날짜는 추정한 ${w.certificateExpiry}을 바탕으로 한 것입니다. 카드 앞면의 전자증명서 유효기한 칸(손글씨)이나 ${g("mynaPortal")}에서 확인하고, 그 날짜로 다시 조회해 주세요.`,
    linkLine: "자세한 내용은 マイナ期限ナビ(마이나 기한 내비)에서:",
    alarm: `${w.mynaInsuranceCard} 기한 알림`,
    labelJoiner: ": ",
  },
  badgeLabel: `${w.myNumberCard} 전자증명서`,
};
