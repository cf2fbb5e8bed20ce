/**
 * @module
 * The Worker's own sentences: problem titles and the field errors that arise before the rules
 * are reached (transport: content type, size, JSON shape, query syntax). Field errors about
 * dates and their combinations come from shared/messages (`errorMessage`).
 *
 * Hint: every message says what to do next, and none quotes the input (architecture.md: errors
 * are values with a field, a code and a human sentence; never the input echoed back).
 */

import { LIMIT_TEXT } from "#shared/limits/index.ts";

type Texts = { ja: string; en: string };

export const PROBLEM_KINDS = {
  "invalid-input": {
    status: 400,
    title: { ja: "入力内容を確認してください", en: "Check the input" },
    detail: { ja: "errors に挙げた項目を直して、もう一度送ってください。", en: "Correct the fields listed in errors and send the request again." },
  },
  "malformed-body": {
    status: 400,
    title: { ja: "リクエスト本文を読めません", en: "The request body cannot be read" },
    detail: { ja: "本文は UTF-8 の JSON オブジェクトで送ってください。", en: "Send the body as a UTF-8 JSON object." },
  },
  "unsupported-media-type": {
    status: 415,
    title: { ja: "対応していない形式です", en: "Unsupported media type" },
    detail: { ja: "Content-Type: application/json を付けて JSON で送ってください。", en: "Send JSON with the header Content-Type: application/json." },
  },
  "content-too-large": {
    status: 413,
    title: { ja: "リクエストが大きすぎます", en: "The request is too large" },
    detail: { ja: "本文を小さくするか、いくつかのリクエストに分けて送ってください。", en: "Send a smaller body, or split it into several requests." },
  },
  "uri-too-long": {
    status: 414,
    title: { ja: "URL が長すぎます", en: "The URL is too long" },
    detail: { ja: "クエリには必要な項目だけを付けてください。", en: "Put only the fields you need in the query." },
  },
  "not-found": {
    status: 404,
    title: { ja: "見つかりません", en: "Not found" },
    detail: { ja: "この URL には API がありません。/api/v1/openapi.json で使える URL を確認できます。", en: "There is no API at this URL. /api/v1/openapi.json lists the URLs you can use." },
  },
  "method-not-allowed": {
    status: 405,
    title: { ja: "このメソッドは使えません", en: "Method not allowed" },
    detail: { ja: "Allow ヘッダーにあるメソッドで送ってください。", en: "Use one of the methods in the Allow header." },
  },
  "rate-limited": {
    status: 429,
    title: { ja: "リクエストが多すぎます", en: "Too many requests" },
    detail: { ja: "Retry-After ヘッダーの秒数だけ待ってから送り直してください。多数の日付は一括 API（/api/v1/evaluate/batch）で送れます。", en: "Wait for the number of seconds in the Retry-After header, then try again. Many dates can go in one call to /api/v1/evaluate/batch." },
  },
  internal: {
    status: 500,
    title: { ja: "サーバーで問題が起きました", en: "Something went wrong on our side" },
    detail: { ja: "時間をおいてもう一度お試しください。", en: "Please try again later." },
  },
} as const satisfies Record<string, { status: number; title: Texts; detail: Texts }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** Field-error codes the Worker raises itself, with their sentences. */
export const WORKER_ERROR_TEXTS = {
  malformed_json: { ja: "本文を JSON として読めませんでした。括弧や引用符を確認してください。", en: "The body is not valid JSON. Check brackets and quotes." },
  body_unreadable: { ja: "本文を最後まで受け取れませんでした。もう一度送ってください。", en: "The body could not be received in full. Send it again." },
  empty_body: { ja: "本文が空です。JSON オブジェクトを送ってください。", en: "The body is empty. Send a JSON object." },
  invalid_encoding: { ja: "本文を UTF-8 で送ってください。", en: "Send the body encoded as UTF-8." },
  too_deep: { ja: "JSON の入れ子が深すぎます。項目は文字列で送ってください。", en: "The JSON is nested too deeply. Send each field as a string." },
  body_too_large: {
    ja: `本文が大きすぎます。1 件なら ${LIMIT_TEXT.singleBody}、一括なら ${LIMIT_TEXT.batchBody} までです。`,
    en: `The body is too large: at most ${LIMIT_TEXT.singleBody} for one question, ${LIMIT_TEXT.batchBody} for a batch.`,
  },
  unsupported_media_type: { ja: "Content-Type を application/json にしてください。", en: "Set Content-Type to application/json." },
  repeated_parameter: { ja: "この項目はクエリに 1 回だけ付けてください。", en: "Give this field only once in the query." },
  control_character: { ja: "改行やタブなどの制御文字を取り除いてください。", en: "Remove control characters such as line breaks or tabs." },
  query_too_long: { ja: "クエリが長すぎます。必要な項目だけを付けてください。", en: "The query is too long. Keep only the fields you need." },
  too_many_items: {
    ja: `一括で送れるのは ${LIMIT_TEXT.batchItems} 件までです。リストを分けて送ってください。`,
    en: `A batch holds at most ${LIMIT_TEXT.batchItems} items. Split the list into several requests.`,
  },
  too_many_items_with_texts: {
    ja: `文章付きの答えは一括で ${LIMIT_TEXT.batchItemsWithTexts} 件までです。"texts": false を付けると、文章なし（日付・段階・コード）で ${LIMIT_TEXT.batchItems} 件まで送れます。`,
    en: `A batch with texts holds at most ${LIMIT_TEXT.batchItemsWithTexts} items. Add "texts": false for answers without sentences (dates, stage, codes): up to ${LIMIT_TEXT.batchItems} items.`,
  },
  texts_not_boolean: { ja: "texts は true か false にしてください。", en: "Set texts to true or false." },
  items_required: { ja: "items に、質問（オブジェクト）の配列を入れてください。", en: "Put an array of questions (objects) in items." },
  item_not_an_object: { ja: "各項目は JSON オブジェクト（{ … }）にしてください。", en: "Each item must be a JSON object ({ … })." },
  unknown_path: { ja: "この URL には API がありません。", en: "There is no API at this URL." },
  method_not_allowed: { ja: "Allow ヘッダーにあるメソッドを使ってください。", en: "Use a method listed in the Allow header." },
  rate_limited: { ja: "しばらく待ってから送り直してください。", en: "Wait a little, then send the request again." },
  internal_error: { ja: "時間をおいてもう一度お試しください。", en: "Please try again later." },
} as const satisfies Record<string, Texts>;

export type WorkerErrorCode = keyof typeof WORKER_ERROR_TEXTS;

export const isWorkerErrorCode = (code: string): code is WorkerErrorCode => Object.hasOwn(WORKER_ERROR_TEXTS, code);
