/**
 * @module
 * API 自身的中文（简体）文本（问题、Worker 自己检查的项目错误、日历、徽章）：jaApi 的翻译，以日语原文为准。
 * Every message says what to do next, and none quotes the input (architecture.md). Names a
 * developer must type (Content-Type, JSON, texts) stay as they are.
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";
import { glossary } from "../glossary/zh-Hans.ts";

const g = glossary.withJa;
const w = glossary.term;

export const zhHansApi: ApiTexts = {
  problem: {
    "invalid-input": { title: "请检查输入内容", detail: "请修改 errors 中列出的项目，然后重新发送。" },
    "malformed-body": { title: "无法读取请求正文", detail: "请以 UTF-8 编码的 JSON 对象发送正文。" },
    "unsupported-media-type": {
      title: "不支持这种格式",
      detail: "请加上 Content-Type: application/json，以 JSON 格式不压缩地发送（不要 Content-Encoding）。",
    },
    "content-too-large": { title: "请求太大", detail: "请把正文改小，或者分成几个请求发送。" },
    "uri-too-long": { title: "URL 太长", detail: "查询参数中请只加上需要的项目。" },
    "not-found": {
      title: "找不到",
      detail: "这个 URL 上没有 API。可以使用的 URL 请在 /api/v1/openapi.json 中确认。",
    },
    "method-not-allowed": { title: "不能使用这个方法", detail: "请使用 Allow 头中列出的方法发送。" },
    "rate-limited": {
      title: "请求太多",
      detail: "请等待 Retry-After 头中的秒数后，再重新发送。大量日期可以用批量 API（/api/v1/evaluate/batch）一次发送。",
    },
    internal: { title: "服务器出了问题", detail: "请稍后再试一次。" },
  },
  requestError: {
    malformed_json: "无法把正文读取为 JSON。请检查括号和引号。",
    body_unreadable: "没能完整接收正文。请重新发送。",
    empty_body: "正文是空的。请发送 JSON 对象。",
    invalid_encoding: "请以 UTF-8 编码发送正文。",
    too_deep: "JSON 嵌套太深。请以字符串发送各个项目。",
    body_too_large: `正文太大。单个请求最多 ${LIMIT_TEXT.singleBody}，批量请求最多 ${LIMIT_TEXT.batchBody}。`,
    unsupported_media_type: "请把 Content-Type 设为 application/json。",
    unsupported_content_encoding: "请不压缩地发送正文（不要 Content-Encoding）。",
    repeated_parameter: "这个项目在查询参数中只能出现一次。",
    control_character: "请去掉换行、制表符等控制字符。",
    query_too_long: "查询参数太长。请只保留需要的项目。",
    too_many_items: `批量请求最多可以发送 ${LIMIT_TEXT.batchItems} 件。请把列表分开发送。`,
    too_many_items_with_texts: `带文字说明的答案，批量请求最多 ${LIMIT_TEXT.batchItemsWithTexts} 件。加上 "texts": false，就可以不带文字（只有日期、阶段、代码）最多发送 ${LIMIT_TEXT.batchItems} 件。`,
    too_many_langs_with_texts: `带文字说明的答案，一个批量请求最多使用 ${LIMIT_TEXT.batchLangsWithTexts} 种语言：计入每个项目的 lang；如有项目没有 lang，也计入批量的 lang（没有时为 Accept-Language 的语言）。请按语言分开发送，或加上 "texts": false，接收不带文字的答案（只有日期、阶段、代码）。`,
    texts_not_boolean: "texts 请设为 true 或 false。",
    field_belongs_in_item:
      '日期项目（birthDate、today 等）请放在 items 的每一项中，例如 {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}。',
    items_required: "请在 items 中放入问题（对象）的数组。",
    item_not_an_object: "每个项目都必须是 JSON 对象（{ … }）。",
    unknown_path: "这个 URL 上没有 API。",
    method_not_allowed: "请使用 Allow 头中列出的方法。",
    malformed_request: `请求不是格式正确的 HTTP/1.1。请只发送一个写有本服务器名称的 Host 头、以 / 开头的路径，并让请求头合计不超过 ${LIMIT_TEXT.headerBytes}。`,
    rate_limited: "请稍等一会儿，再重新发送。",
    internal_error: "请稍后再试一次。",
  },
  calendar: {
    calendarName: `${w.mynaInsuranceCard}和${w.certificate}的期限`,
    reminderSummary: `离${w.certificateExpiry}还有大约2个月`,
    renewalDetail: `从今天起，可以在您居住地的${g("municipalOffice")}免费更新电子证明书。请带上卡，并事先确认好${g("pin")}。`,
    graceDetail: `过了这一天，这张卡就不能再作为${g("mynaInsuranceCard")}使用了。只要卡还有效，电子证明书随时可以在窗口重新发行。`,
    reminderDetail: `如果还没有更新，请到${g("municipalOffice")}更新电子证明书（带上卡，并记好${w.pin}）。即使没有收到${g("noticeLetter")}，也可以更新。`,
    lastCounterDaySummary: "去窗口：可以更新电子证明书的最后一天",
    lastCounterDayDetail: `这是在有效期限之前，可以在${g("municipalOffice")}更新电子证明书的最后一天（窗口在周六、周日、节假日和12月29日至1月3日不办公；休息日开放的窗口和受理时间，请向您的市区町村确认）。请带上卡，并事先确认好${g("pin")}。`,
    counterSoonSummary: "去窗口：期限前可以办理的最后一天快到了",
    counterSoonDetail: `离期限前可以在${g("municipalOffice")}更新或重新发行电子证明书的最后一天，还有大约1周。如果还没有办理，请尽早带上卡去窗口，并事先确认好${w.pin}（窗口在周六、周日、节假日和12月29日至1月3日不办公；休息日开放的窗口和受理时间，请向您的市区町村确认）。`,
    graceCounterSoonSummary: `去窗口：在${w.mynaInsuranceCard}还能用的期间可以办理的最后一天快到了`,
    graceCounterSoonDetail: `电子证明书的有效期限已经过了。在${w.mynaInsuranceCard}还能用的期间（宽限期结束前），可以在${g("municipalOffice")}重新发行电子证明书的最后一天，还有大约1周。如果还没有办理，请尽早带上卡去窗口，并事先确认好${w.pin}（窗口在周六、周日、节假日和12月29日至1月3日不办公；休息日开放的窗口和受理时间，请向您的市区町村确认）。`,
    graceLastCounterDaySummary: `去窗口：在${w.mynaInsuranceCard}还能用的期间可以重新发行的最后一天`,
    graceLastCounterDayDetail: `这是在宽限期结束前，可以在${g("municipalOffice")}重新发行电子证明书的最后一天；之后到宽限期结束，窗口都不办公。请带上卡，并事先确认好${w.pin}。`,
    cardApplicationSummary: `申请新的${w.myNumberCard}：从申请到领取大约需要1个月`,
    cardReminderSummary: `离${w.myNumberCard}的有效期限还有大约2个月`,
    cardLastCounterDaySummary: "去窗口：卡到期前窗口办公的最后一天",
    newCardDetail: `电子证明书不会比${w.myNumberCard}用得更久（即使现在更新或重新发行，也会和卡在同一天到期），所以需要换新卡。申请时需要附上照片，可以通过网上、邮寄、证件照自助拍照机或窗口申请。从申请到（在窗口）领卡大约需要1个月，请尽早申请。新卡里会有新的电子证明书。`,
    extendCardDetail: `这张卡在${g("periodOfStayEnd")}到期，电子证明书最晚也在这一天到期。更新${w.periodOfStay}以后，请到您居住地的${g("municipalOffice")}办理${g("cardValidityExtension")}的手续（这不是申请新卡）。延长了卡的有效期间，电子证明书也不会跟着延长，所以请在同一个窗口一起申请发行电子证明书。`,
    extendCardIfStayDetail: `您输入的卡的有效期限不是生日，请先对照卡确认有没有输错。如果没有输错，而且这张卡在${g("periodOfStayEnd")}到期，那么电子证明书也在同一天到期。这种情况下，更新${w.periodOfStay}以后，请到您居住地的${g("municipalOffice")}办理${g("cardValidityExtension")}的手续（这不是申请新卡）。延长了卡的有效期间，电子证明书也不会跟着延长，所以请在同一个窗口一起申请发行电子证明书。`,
    cardExpiredDetail: `${w.myNumberCard}的有效期限已经过了，所以电子证明书也已经到期。卡过期以后就不能${w.reissue}电子证明书了，请申请新卡。申请时需要附上照片，可以通过网上、邮寄、证件照自助拍照机或窗口申请。从申请到（在窗口）领卡大约需要1个月。新卡里会有新的电子证明书。在拿到新卡之前，您可以用${g("eligibilityCertificate")}看病。`,
    closedExpiryDetail: `今天是电子证明书的有效期限，但今天市区町村的窗口不办公（周六、周日、节假日和12月29日至1月3日），有效期限也不会顺延到下一个办公日。从明天起，${w.mynaInsuranceCard}只能用于确认保险资格。请在窗口下一次办公的日子（年末年初则是1月4日以后）带上卡去重新发行电子证明书，并事先确认好${w.pin}。`,
    unsureDetail: `这些日期是根据推算出的${w.certificateExpiry}得出的。请在卡正面的电子证明书有效期限栏（手写）或${g("mynaPortal")}上确认，再用那个日期重新查一次。`,
    linkLine: "详情请看マイナ期限ナビ（个人编号卡期限导航）：",
    alarm: `${w.mynaInsuranceCard}期限提醒`,
    labelJoiner: "：",
  },
  badgeLabel: `${w.myNumberCard}电子证明书`,
};
