/**
 * @module
 * The API's own sentences in English (problems, the Worker's field errors, calendar, badge).
 * Every message says what to do next, and none quotes the input (architecture.md).
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";

export const enApi: ApiTexts = {
  problem: {
    "invalid-input": {
      title: "Check the input",
      detail: "Correct the fields listed in errors and send the request again.",
    },
    "malformed-body": { title: "The request body cannot be read", detail: "Send the body as a UTF-8 JSON object." },
    "unsupported-media-type": {
      title: "Unsupported media type",
      detail: "Send JSON, uncompressed (no Content-Encoding), with the header Content-Type: application/json.",
    },
    "content-too-large": {
      title: "The request is too large",
      detail: "Send a smaller body, or split it into several requests.",
    },
    "uri-too-long": { title: "The URL is too long", detail: "Put only the fields you need in the query." },
    "not-found": {
      title: "Not found",
      detail: "There is no API at this URL. /api/v1/openapi.json lists the URLs you can use.",
    },
    "method-not-allowed": { title: "Method not allowed", detail: "Use one of the methods in the Allow header." },
    "rate-limited": {
      title: "Too many requests",
      detail:
        "Wait for the number of seconds in the Retry-After header, then try again. Many dates can go in one call to /api/v1/evaluate/batch.",
    },
    internal: { title: "Something went wrong on our side", detail: "Please try again later." },
  },
  requestError: {
    malformed_json: "The body is not valid JSON. Check brackets and quotes.",
    body_unreadable: "The body could not be received in full. Send it again.",
    empty_body: "The body is empty. Send a JSON object.",
    invalid_encoding: "Send the body encoded as UTF-8.",
    too_deep: "The JSON is nested too deeply. Send each field as a string.",
    body_too_large: `The body is too large: at most ${LIMIT_TEXT.singleBody} for one question, ${LIMIT_TEXT.batchBody} for a batch.`,
    unsupported_media_type: "Set Content-Type to application/json.",
    unsupported_content_encoding: "Send the body uncompressed (no Content-Encoding).",
    repeated_parameter: "Give this field only once in the query.",
    control_character: "Remove control characters such as line breaks or tabs.",
    query_too_long: "The query is too long. Keep only the fields you need.",
    too_many_items: `A batch holds at most ${LIMIT_TEXT.batchItems} items. Split the list into several requests.`,
    too_many_items_with_texts: `A batch with texts holds at most ${LIMIT_TEXT.batchItemsWithTexts} items. Add "texts": false for answers without sentences (dates, stage, codes): up to ${LIMIT_TEXT.batchItems} items.`,
    too_many_langs_with_texts: `A batch with texts is worded in at most ${LIMIT_TEXT.batchLangsWithTexts} languages, counting each item's lang, and the batch's own (lang, else Accept-Language) when an item names none. Send one batch per language, or add "texts": false for answers without sentences (dates, stage, codes).`,
    texts_not_boolean: "Set texts to true or false.",
    field_belongs_in_item:
      'Put date fields (birthDate, today and the others) inside each item of items, e.g. {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}.',
    items_required: "Put an array of questions (objects) in items.",
    item_not_an_object: "Each item must be a JSON object ({ … }).",
    unknown_path: "There is no API at this URL.",
    method_not_allowed: "Use a method listed in the Allow header.",
    malformed_request: `The request is not well-formed HTTP/1.1. Send one Host header with this server's name, a path that starts with /, and headers of at most ${LIMIT_TEXT.headerBytes}.`,
    rate_limited: "Wait a little, then send the request again.",
    internal_error: "Please try again later.",
  },
  calendar: {
    calendarName: "My Number Card certificate dates",
    reminderSummary: "About two months until the certificate expires",
    renewalDetail:
      "From today you can renew the certificate free of charge at your municipal office. Bring the card and know its PINs.",
    graceDetail:
      "After this day the card no longer works as a health-insurance card. While the card is valid, the certificate can be re-issued at the office at any time.",
    reminderDetail:
      "If you have not yet, renew the certificate at your municipal office (bring the card and know its PINs). You can renew without the notice letter.",
    lastCounterDaySummary: "Go to the counter: last day to renew the certificate",
    lastCounterDayDetail:
      "The last day before the expiry on which municipal counters are open (they close on weekends, national holidays and 29 December–3 January; check your own office for weekend openings and hours). Bring the card and know its PINs.",
    counterSoonSummary: "Go to the counter soon: the last day to renew or re-issue before the deadline is near",
    counterSoonDetail:
      "The last day before the deadline on which the municipal counter can renew or re-issue the certificate is about a week away. If you have not yet, go soon: bring the card and know its PINs (counters close on weekends, national holidays and 29 December–3 January; check your own office for weekend openings and hours).",
    graceCounterSoonSummary:
      "Go to the counter soon: the last day to re-issue while the card still works for health insurance is near",
    graceCounterSoonDetail:
      "The certificate has expired. The last day on which the municipal counter can re-issue it while the card still works for health insurance (before the grace period ends) is about a week away. If you have not yet, go soon: bring the card and know its PINs (counters close on weekends, national holidays and 29 December–3 January; check your own office for weekend openings and hours).",
    graceLastCounterDaySummary:
      "Go to the counter: last day to re-issue while the card still works for health insurance",
    graceLastCounterDayDetail:
      "The last day on which the municipal counter can re-issue the certificate before the grace period ends; the counter is then closed until the grace end. Bring the card and know its PINs.",
    cardApplicationSummary: "Apply for a new My Number Card: collecting it takes about a month",
    cardReminderSummary: "About two months until the My Number Card expires",
    cardLastCounterDaySummary: "Go to the counter: last open day before the card expires",
    newCardDetail:
      "A certificate never outlives the My Number Card (renewed or re-issued now, it would still end with the card), so the card itself is replaced. Apply with a photo online, by post, at a photo booth or at the office; collecting the card at the office takes about a month after applying, so apply early. The new card comes with new certificates.",
    extendCardDetail:
      "This card ends with your period of stay, and its certificate ends that day at the latest. After the stay is extended, ask your municipal office to extend the card's validity (this is not an application for a new card). Extending the card does not extend the certificates, so ask at the same counter for a new certificate too.",
    extendCardIfStayDetail:
      "The card expiry entered is not a birthday, so first check the card for a typo. If there is none and the card ends with your period of stay, its certificate ends on the same day. Then, after the stay is extended, ask your municipal office to extend the card's validity (this is not an application for a new card). Extending the card does not extend the certificates, so ask at the same counter for a new certificate too.",
    cardExpiredDetail:
      "The My Number Card has expired, so its certificates have ended too. A certificate cannot be re-issued on an expired card: apply for a new card. Apply with a photo online, by post, at a photo booth or at the office; collecting the card at the office takes about a month after applying. The new card comes with new certificates; until then, an eligibility certificate (資格確認書) lets you see a doctor.",
    closedExpiryDetail:
      "The certificate expires today, a day municipal counters are closed (weekends, national holidays and 29 December–3 January); the expiry does not move to the next open day. From tomorrow the card works for health insurance with the qualification check only. On the next day the counter opens (after the year-end closure, 4 January or later), have the certificate re-issued: bring the card and know its PINs.",
    unsureDetail:
      "These dates rest on an estimate of the certificate's expiry. Check the expiry in the handwritten box on the front of the card or on Mynaportal, and look it up again with that date.",
    linkLine: "Details on マイナ期限ナビ (My Number expiry navigator):",
    alarm: "My Number Card certificate reminder",
    labelJoiner: ": ",
  },
  badgeLabel: "My Number certificate",
};
