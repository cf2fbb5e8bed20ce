/**
 * @module
 * The API's own sentences in やさしい日本語: 短い文、ことばの 区切りに スペース、むずかしい
 * ことばは 言いかえる。Technical names a developer must type (Content-Type, JSON, texts) stay as
 * they are; the sentence around them says what to do.
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";

export const jaEasyApi: ApiTexts = {
  problem: {
    "invalid-input": {
      title: "書いた ことを 見てください",
      detail: "errors に ある 項目を 直して、もう一度 送ってください。",
    },
    "malformed-body": { title: "送った 内容が 読めません", detail: "UTF-8 の JSON で 送ってください。" },
    "unsupported-media-type": {
      title: "この 形では 受け取れません",
      detail:
        "Content-Type: application/json を 付けて、JSON を 圧縮しないで（Content-Encoding は 付けないで） 送ってください。",
    },
    "content-too-large": {
      title: "送った 内容が 大きすぎます",
      detail: "小さく するか、何回かに 分けて 送ってください。",
    },
    "uri-too-long": { title: "URL が 長すぎます", detail: "クエリには 必要な 項目だけを 付けてください。" },
    "not-found": {
      title: "見つかりません",
      detail: "この URL には API が ありません。使える URL は /api/v1/openapi.json に 書いて あります。",
    },
    "method-not-allowed": {
      title: "この 送り方は 使えません",
      detail: "Allow ヘッダーに ある 方法で 送ってください。",
    },
    "rate-limited": {
      title: "送る 回数が 多すぎます",
      detail:
        "Retry-After ヘッダーの 秒数だけ 待ってから、もう一度 送ってください。たくさんの 日付は /api/v1/evaluate/batch で 一度に 送れます。",
    },
    internal: { title: "サーバーで 問題が 起きました", detail: "少し 待ってから、もう一度 ためしてください。" },
  },
  requestError: {
    malformed_json: 'JSON として 読めません。かっこや 引用符（"）を 見てください。',
    body_unreadable: "送った 内容を 最後まで 受け取れませんでした。もう一度 送ってください。",
    empty_body: "中身が ありません。JSON の オブジェクトを 送ってください。",
    invalid_encoding: "UTF-8 で 送ってください。",
    too_deep: "JSON の 入れ子が 深すぎます。項目は 文字列で 送ってください。",
    body_too_large: `送った 内容が 大きすぎます。1件は ${LIMIT_TEXT.singleBody}まで、一括は ${LIMIT_TEXT.batchBody}までです。`,
    unsupported_media_type: "Content-Type を application/json に してください。",
    unsupported_content_encoding: "本文を 圧縮しないで、そのまま 送って ください（Content-Encoding は 付けません）。",
    repeated_parameter: "この 項目は クエリに 1回だけ 書いてください。",
    control_character: "改行や タブなどの 特別な 文字を 消してください。",
    query_too_long: "クエリが 長すぎます。必要な 項目だけを 付けてください。",
    too_many_items: `一括で 送れるのは ${LIMIT_TEXT.batchItems}件までです。リストを 分けて 送ってください。`,
    too_many_items_with_texts: `文章の ある 答えは、一括で ${LIMIT_TEXT.batchItemsWithTexts}件までです。"texts": false を 付けると、文章の ない 答え（日付・段階・コード）で ${LIMIT_TEXT.batchItems}件まで 送れます。`,
    too_many_langs_with_texts: `文章の ある 答えは、一括で ${LIMIT_TEXT.batchLangsWithTexts}つの 言語までです。一つ一つの 項目の lang を 数えます。lang が ない 項目が あれば、一括の lang（ない ときは Accept-Language）も 数えます。言語ごとに 分けて 送るか、"texts": false を 付けて、文章の ない 答え（日付・段階・コード）に してください。`,
    texts_not_boolean: "texts は true か false に してください。",
    field_belongs_in_item:
      '日付（birthDate や today など）は、items の なかの ひとつずつに 入れて ください（例: {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}）。',
    items_required: "items に、質問（オブジェクト）の 配列を 入れてください。",
    item_not_an_object: "一つ一つの 項目を JSON の オブジェクト（{ … }）に してください。",
    unknown_path: "この URL には API が ありません。",
    method_not_allowed: "Allow ヘッダーに ある 方法を 使ってください。",
    malformed_request: `送り方が HTTP/1.1 の 形に なって いません。この サーバーの 名前の Host ヘッダーを 1つ、/ で 始まる パス、全部で ${LIMIT_TEXT.headerBytes} までの ヘッダーで 送ってください。`,
    rate_limited: "少し 待ってから、もう一度 送ってください。",
    internal_error: "少し 待ってから、もう一度 ためしてください。",
  },
  calendar: {
    calendarName: "マイナ保険証と 電子証明書の 期限",
    reminderSummary: "電子証明書の 期限まで あと 2か月ぐらい",
    renewalDetail:
      "今日から、住んでいる 市区町村の 窓口で 電子証明書を 新しく できます。お金は かかりません。マイナンバーカードを 持って 行きます。暗証番号も 必要です。",
    graceDetail:
      "この 日が 過ぎると、マイナ保険証は 使えません。カードの 期限が 過ぎて いなければ、電子証明書は 窓口で いつでも 新しく できます。",
    reminderDetail:
      "まだの 人は、市区町村の 窓口で 電子証明書を 新しく してください。カードと 暗証番号が 必要です。手紙（有効期限通知書）が 来ていなくても できます。",
    lastCounterDaySummary: "窓口へ：電子証明書を 新しく できる 最後の 日",
    lastCounterDayDetail:
      "期限の 前に、市区町村の 窓口で 電子証明書を 新しく できる 最後の 日です。窓口は 土曜日・日曜日・祝日と、12月29日から 1月3日までは 休みです。休みの 日に 開く 窓口や 時間は、市区町村に 聞いてください。カードと 暗証番号が 必要です。",
    counterSoonSummary: "窓口へ：手続きが できる 最後の 日が 近いです",
    counterSoonDetail:
      "期限の 前に 市区町村の 窓口で 電子証明書を 新しく できる 最後の 日まで、あと 1週間ぐらいです。まだの 人は、早く 窓口へ 行ってください。カードと 暗証番号が 必要です。窓口は 土曜日・日曜日・祝日と、12月29日から 1月3日までは 休みです。",
    graceCounterSoonSummary: "窓口へ：マイナ保険証が 使える うちに 手続きが できる 最後の 日が 近いです",
    graceCounterSoonDetail:
      "電子証明書の 期限は もう 過ぎて います。マイナ保険証が 使える うちに、市区町村の 窓口で 電子証明書を 新しく できる 最後の 日まで、あと 1週間ぐらいです。まだの 人は、早く 窓口へ 行ってください。カードと 暗証番号が 必要です。窓口は 土曜日・日曜日・祝日と、12月29日から 1月3日までは 休みです。",
    graceLastCounterDaySummary: "窓口へ：マイナ保険証が 使える うちに 新しく できる 最後の 日",
    graceLastCounterDayDetail:
      "マイナ保険証が 使える うちに、市区町村の 窓口で 電子証明書を 新しく できる 最後の 日です。この あとは、マイナ保険証が 使えなくなる 日まで、窓口が 休みです。カードと 暗証番号が 必要です。",
    cardApplicationSummary: "新しい マイナンバーカードを 申し込みましょう：できるまで 1か月ぐらい かかります",
    cardReminderSummary: "カードの 期限まで あと 2か月ぐらい",
    cardLastCounterDaySummary: "窓口へ：カードの 期限の 前に 窓口が 開いて いる 最後の 日",
    newCardDetail:
      "電子証明書は、今 新しく しても、カードと 同じ 日に 終わります。だから、カードを 新しく します。顔写真が 必要です。インターネット、郵便、写真の 機械、窓口で 申し込めます。カードが できるまで 1か月ぐらい かかるので、早く 申し込んで ください。",
    extendCardDetail:
      "この カードは 在留期間の 最後の 日に 終わります。電子証明書も、おそくとも その 日に 終わります。在留期間が 延びたら、市区町村の 窓口で カードの 期限を 延ばして もらいます。電子証明書は 延びないので、窓口で 電子証明書も 頼んで ください。",
    extendCardIfStayDetail:
      "書いた カードの 期限は 誕生日では ありません。まず、打ち間違いが ないか、カードを 見て ください。間違いが なくて、在留期間の 最後の 日に 終わる カードなら、電子証明書も 同じ 日に 終わります。その ときは、在留期間が 延びたら、市区町村の 窓口で カードの 期限を 延ばして もらいます。電子証明書は 延びないので、窓口で 電子証明書も 頼んで ください。",
    cardExpiredDetail:
      "カードの 期限が 過ぎたので、電子証明書も 終わりました。期限が 過ぎた カードでは、電子証明書を 新しく できません。新しい カードを 申し込んで ください。顔写真が 必要です。インターネット、郵便、写真の 機械、窓口で 申し込めます。カードが できるまで 1か月ぐらい かかります。カードが できるまでは「資格確認書」で 病院に かかれます。",
    closedExpiryDetail:
      "今日が 電子証明書の 期限です。でも、今日は 市区町村の 窓口が 休みです（土曜日・日曜日・祝日と、12月29日から 1月3日まで）。期限は 延びません。明日から、マイナ保険証は 保険の 確認だけに なります。窓口が 開く 日（年末年始なら 1月4日から）に、カードを 持って 行って、電子証明書を 新しく してください。暗証番号が 必要です。",
    unsureDetail:
      "電子証明書の 期限が はっきり わからないので、この 日は ちがうかも しれません。カードの 表の 手書きの 欄か、マイナポータルで 期限を 見て、その 日付で もう一度 調べて ください。",
    linkLine: "くわしくは マイナ期限ナビで：",
    alarm: "マイナ保険証の 期限の お知らせ",
    labelJoiner: "：",
  },
  badgeLabel: "マイナ保険証の 電子証明書",
};
