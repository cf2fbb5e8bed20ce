/**
 * @module
 * The API's own sentences in Japanese (problems, the Worker's field errors, calendar, badge).
 * Every message says what to do next, and none quotes the input (architecture.md).
 */
import { LIMIT_TEXT } from "../../limits/index.ts";
import type { ApiTexts } from "../catalog.ts";

export const jaApi: ApiTexts = {
  problem: {
    "invalid-input": {
      title: "入力内容を確認してください",
      detail: "errors に挙げた項目を直して、もう一度送ってください。",
    },
    "malformed-body": {
      title: "リクエスト本文を読めません",
      detail: "本文は UTF-8 の JSON オブジェクトで送ってください。",
    },
    "unsupported-media-type": {
      title: "対応していない形式です",
      detail: "Content-Type: application/json を付けて、JSON を圧縮せずに（Content-Encoding なしで）送ってください。",
    },
    "content-too-large": {
      title: "リクエストが大きすぎます",
      detail: "本文を小さくするか、いくつかのリクエストに分けて送ってください。",
    },
    "uri-too-long": { title: "URL が長すぎます", detail: "クエリには必要な項目だけを付けてください。" },
    "not-found": {
      title: "見つかりません",
      detail: "この URL には API がありません。/api/v1/openapi.json で使える URL を確認できます。",
    },
    "method-not-allowed": {
      title: "このメソッドは使えません",
      detail: "Allow ヘッダーにあるメソッドで送ってください。",
    },
    "rate-limited": {
      title: "リクエストが多すぎます",
      detail:
        "Retry-After ヘッダーの秒数だけ待ってから送り直してください。多数の日付は一括 API（/api/v1/evaluate/batch）で送れます。",
    },
    internal: { title: "サーバーで問題が起きました", detail: "時間をおいてもう一度お試しください。" },
  },
  requestError: {
    malformed_json: "本文を JSON として読めませんでした。括弧や引用符を確認してください。",
    body_unreadable: "本文を最後まで受け取れませんでした。もう一度送ってください。",
    empty_body: "本文が空です。JSON オブジェクトを送ってください。",
    invalid_encoding: "本文を UTF-8 で送ってください。",
    too_deep: "JSON の入れ子が深すぎます。項目は文字列で送ってください。",
    body_too_large: `本文が大きすぎます。1 件なら ${LIMIT_TEXT.singleBody}、一括なら ${LIMIT_TEXT.batchBody} までです。`,
    unsupported_media_type: "Content-Type を application/json にしてください。",
    unsupported_content_encoding: "本文は圧縮せずに送ってください（Content-Encoding なし）。",
    repeated_parameter: "この項目はクエリに 1 回だけ付けてください。",
    control_character: "改行やタブなどの制御文字を取り除いてください。",
    query_too_long: "クエリが長すぎます。必要な項目だけを付けてください。",
    too_many_items: `一括で送れるのは ${LIMIT_TEXT.batchItems} 件までです。リストを分けて送ってください。`,
    too_many_items_with_texts: `文章付きの答えは一括で ${LIMIT_TEXT.batchItemsWithTexts} 件までです。"texts": false を付けると、文章なし（日付・段階・コード）で ${LIMIT_TEXT.batchItems} 件まで送れます。`,
    too_many_langs_with_texts: `文章付きの答えは、一括で ${LIMIT_TEXT.batchLangsWithTexts} 言語までです。各項目の lang と、lang のない項目があればその項目に使う一括の lang（なければ Accept-Language）を数えます。言語ごとに分けて送るか、"texts": false を付けて文章なし（日付・段階・コード）で送ってください。`,
    texts_not_boolean: "texts は true か false にしてください。",
    field_belongs_in_item:
      '日付の項目（birthDate や today など）は、items の中の各項目に入れてください（例: {"items": [{"birthDate": "1990-01-01", "today": "2026-03-15"}]}）。',
    items_required: "items に、質問（オブジェクト）の配列を入れてください。",
    item_not_an_object: "各項目は JSON オブジェクト（{ … }）にしてください。",
    unknown_path: "この URL には API がありません。",
    method_not_allowed: "Allow ヘッダーにあるメソッドを使ってください。",
    malformed_request: `HTTP/1.1 の形になっていないリクエストです。このサーバー名の Host ヘッダーを 1 つ、/ で始まるパス、合わせて ${LIMIT_TEXT.headerBytes} までのヘッダーで送ってください。`,
    rate_limited: "しばらく待ってから送り直してください。",
    internal_error: "時間をおいてもう一度お試しください。",
  },
  calendar: {
    calendarName: "マイナ保険証・電子証明書の期限",
    reminderSummary: "電子証明書の有効期限まであと約2か月",
    renewalDetail:
      "今日から、お住まいの市区町村の窓口で電子証明書を無料で更新できます。カードを持って行き、暗証番号を確認しておいてください。",
    graceDetail:
      "この日を過ぎると、マイナ保険証として使えなくなります。カードが有効なうちは、電子証明書の再発行は窓口でいつでもできます。",
    reminderDetail:
      "まだなら、市区町村の窓口で電子証明書を更新してください（カードと暗証番号を持って）。有効期限通知書が届いていなくても更新できます。",
    lastCounterDaySummary: "窓口へ：電子証明書を更新できる最後の日",
    lastCounterDayDetail:
      "有効期限の前に、市区町村の窓口で電子証明書を更新できる最後の日です（窓口は土日・祝日・12月29日〜1月3日は閉まっています。休日に開く窓口や受付時間は市区町村で確かめてください）。カードを持って行き、暗証番号を確認しておいてください。",
    counterSoonSummary: "窓口へ：期限の前に手続きできる最後の日が近づいています",
    counterSoonDetail:
      "期限の前に市区町村の窓口で電子証明書を更新・再発行できる最後の日まで、1週間ほどです。まだなら、早めにカードを持って窓口へ行ってください。暗証番号も確認しておいてください。窓口は土日・祝日・12月29日〜1月3日は閉まっています（休日に開く窓口や受付時間は市区町村で確かめてください）。",
    graceCounterSoonSummary: "窓口へ：マイナ保険証が使えるうちに手続きできる最後の日が近づいています",
    graceCounterSoonDetail:
      "有効期限は過ぎています。マイナ保険証が使えるうちに窓口で電子証明書を再発行できる最後の日まで、1週間ほどです。まだなら、早めにカードを持って窓口へ行ってください。暗証番号も確認しておいてください。窓口は土日・祝日・12月29日〜1月3日は閉まっています（休日に開く窓口や受付時間は市区町村で確かめてください）。",
    graceLastCounterDaySummary: "窓口へ：マイナ保険証が使えるうちに再発行できる最後の日",
    graceLastCounterDayDetail:
      "マイナ保険証が使えるうち（猶予期間の終わりまで）に、市区町村の窓口で電子証明書を再発行できる最後の日です。このあと猶予期間の終わりまで、窓口は閉まっています。カードを持って行き、暗証番号を確認しておいてください。",
    cardApplicationSummary: "新しいマイナンバーカードの申請を：受け取りまで1カ月ほどかかります",
    cardReminderSummary: "マイナンバーカードの有効期限まであと約2か月",
    cardLastCounterDaySummary: "窓口へ：カードの有効期限の前に窓口が開いている最後の日",
    newCardDetail:
      "電子証明書はマイナンバーカードより長くは使えないので（今更新や再発行をしても、カードと同じ日に切れます）、カードを新しくします。顔写真をつけて、オンライン、郵送、証明写真機、窓口で申請します。申請から受け取り（窓口）まで1カ月ほどかかるので、早めに申請してください。新しいカードに新しい電子証明書が入ります。",
    extendCardDetail:
      "このカードは在留期間の満了日に切れ、電子証明書も遅くともその日に切れます。在留期間を更新したら、お住まいの市区町村の窓口でカードの有効期間を変更する手続きをしてください（新しいカードの申請ではありません）。カードを延ばしても電子証明書は延びないので、同じ窓口で電子証明書の発行も申し出てください。",
    extendCardIfStayDetail:
      "入力されたカードの有効期限は誕生日ではないので、まず打ち間違いがないか、カードで確かめてください。打ち間違いでなく、在留期間の満了日で切れるカードなら、電子証明書も同じ日に切れます。その場合は、在留期間を更新したら、お住まいの市区町村の窓口でカードの有効期間を変更する手続きをしてください（新しいカードの申請ではありません）。カードを延ばしても電子証明書は延びないので、同じ窓口で電子証明書の発行も申し出てください。",
    cardExpiredDetail:
      "マイナンバーカードの有効期限が過ぎているので、電子証明書も切れています。有効期限が過ぎたカードでは電子証明書を再発行できないので、新しいカードを申請してください。顔写真をつけて、オンライン、郵送、証明写真機、窓口で申請します。申請から受け取り（窓口）まで1カ月ほどかかります。新しいカードに新しい電子証明書が入ります。それまでは資格確認書で受診できます。",
    closedExpiryDetail:
      "今日が有効期限ですが、窓口は閉まっています。期限は延びません。明日から、マイナ保険証は資格の確認だけになります。窓口が次に開く日（年末年始なら1月4日以降）に、カードを持って再発行してください。",
    unsureDetail:
      "この予定の日付は、電子証明書の有効期限を推定して出したものです。カード表面の電子証明書の有効期限の欄（手書き）かマイナポータルで確かめ、その日付でもう一度調べてください。",
    linkLine: "詳しくはマイナ期限ナビで：",
    alarm: "マイナ保険証の期限のお知らせ",
    labelJoiner: "：",
  },
  badgeLabel: "マイナ保険証の電子証明書",
};
