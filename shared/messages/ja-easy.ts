/**
 * @module
 * やさしい日本語: 短い文、ひとつの文にひとつのこと、むずかしいことばは言いかえる。
 * Dates are written 「11月14日」, never with slashes (R-PARSE-4). What is not rewritten here
 * (the leaflet's reader texts, rare errors and caveats) falls back to the standard Japanese.
 */
import type { Catalog } from "./catalog.ts";
import { ja } from "./ja.ts";
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

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `電子証明書は、今 新しく しても、カードと 同じ 日に 終わります。先に 新しい カードを 申し込んで ください。今、申し込みが できます。`,
  extendCard: `この カードは 在留期間が 終わる 日に 終わります。先に 入管で 在留期間を 延ばして、その あと 市役所などの 窓口で カードの 期限を 延ばして もらいます。`,
  certificate: `今、新しくする 手続きが できます。`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: "期限の 前に 窓口で 手続きが できる 最後の 日",
  graceLast: "マイナ保険証を 使える 間に 窓口へ 行ける 最後の 日",
  certificateFirst: "窓口で 電子証明書を 更新 できる 最初の 日",
  cardLast: "カードの 期限の 前に 窓口が 開いて いる 最後の 日",
  cardFirst: "窓口で 新しい カードを 申し込める 最初の 日",
  other: "窓口の 日",
};

export const jaEasy: Catalog = {
  ...ja,
  // Every error in plain words (issue 10): none falls back to the standard Japanese.
  error: {
    empty: "{field}を 書いてください。",
    required: "{field}を 書いてください。",
    invalid_date: "{field}が 日付として 読めません。「2026年3月15日」や「令和8年3月15日」のように 書いてください。",
    not_a_real_date: "{field}の 日付は ありません。月と 日を もう一度 見てください。",
    past_era_end: "{field}の 年が 合っていません。「{suggestionWareki}」ですか。",
    before_era_start: "{field}の 年が 合っていません。「{suggestionWareki}」ですか。",
    before_gregorian: "{field}は、明治6年（1873年）1月1日より あとの 日付を 書いてください。",
    weekday_mismatch:
      "{field}の 曜日が 合いません。{date}ですが、「{weekday}」と 書いて あります。日付と 曜日を もう一度 見てください。",
    year_mismatch:
      "{field}の 年が 合いません。（ ）の 中は「{year}」ですが、この 日付は {dateWithEra}です。どちらが 正しいか もう一度 見てください。",
    not_a_string: '{field}は 文字で 送ってください（例: "2026-03-15"）。',
    too_long: "{field}が 長すぎます。日付だけを 書いてください。",
    unknown_field:
      "この 項目は 使えません。項目の 名前を 見てください（使える 項目は /api/v1/openapi.json に あります）。",
    unsupported_lang: "言語は ja、en、ja-easy の どれかに してください。",
    not_an_object: "{field}は JSON の オブジェクト（{ … }）で 送ってください。",
    invalid_value: "{field}を もう一度 見てください。",
    birth_date_in_future: "生年月日が 今日より あとに なっています。生年月日を もう一度 見てください。",
    card_issued_before_first_cards:
      "マイナンバーカードは 2016年1月から 作られています。カードを 作った 日を もう一度 見てください。",
    card_issued_before_birth:
      "カードを 作った 日が、生まれた 日より 前に なっています。どちらかの 日付を もう一度 見てください。",
    card_issued_in_future: "カードを 作った 日が 今日より あとに なっています。もう一度 見てください。",
    application_after_card_issue:
      "申し込みの 日が、カードを 作った 日より あとに なっています。申し込みの 日を もう一度 見てください。",
    certificate_issued_before_card:
      "電子証明書を 作った 日が、カードを 作った 日より 前に なっています。[[カードに 書いてある 期限から 数えると、この カードを 作った 日は {earliest}か、それより あとです。]]電子証明書を 作った 日を もう一度 見てください。",
    certificate_issued_before_birth:
      "電子証明書を 作った 日が、生まれた 日より 前に なっています。日付を もう一度 見てください。",
    certificate_issued_after_card_expiry:
      "電子証明書を 作った 日が、カードの 期限より あとに なっています。日付を もう一度 見てください。",
    certificate_issued_in_future: "電子証明書を 作った 日が 今日より あとに なっています。もう一度 見てください。",
    certificate_issued_after_expiry:
      "電子証明書を 作った 日が、電子証明書の 期限より あとに なっています。どちらかの 日付を もう一度 見てください。",
    card_expiry_not_after_birth:
      "カードの 期限が、生まれた 日より 前に なっています。カードに 書いてある 日付を もう一度 見てください。",
    card_expiry_not_after_issue:
      "カードの 期限が、カードを 作った 日より 前に なっています。どちらかの 日付を もう一度 見てください。",
    certificate_expiry_not_after_birth:
      "電子証明書の 期限が、生まれた 日より 前に なっています。日付を もう一度 見てください。",
    certificate_outlives_card:
      "電子証明書の 期限が、カードの 期限より あとに なっています。電子証明書は カードより 長くは 使えません。両方の 日付を もう一度 見てください。",
    stay_ends_before_card_issue:
      "在留期間の 終わりの 日が、カードを 作った 日より 前に なっています。日付を もう一度 見てください。",
    stay_ends_before_card_expiry:
      "在留期間の 終わりの 日が、カードに 書いてある 期限より 前に なっています。カードは 在留期間より 長くは 使えません。在留カードと マイナンバーカードの 日付を もう一度 見てください。",
    impossible_card_age:
      "この 生年月日と カードの 期限に なる カードは ありません（期限の 日に {age}歳です）。[[この 期限に なるのは、{issueAge}歳で 作った {years}年の カードです。{earliestIssue}より あとに 作った はずですが、その 日は 今日より あとか、カードが 始まった 2016年1月より 前です。]][[期限の 日に {age}歳に なるのは、2022年4月から あとに 18歳で 作った 10年の カードだけです。その 期限は {cardFrom}か、それより あとです。]]生年月日と カードの 期限を もう一度 見てください。",
    card_expiry_mismatch:
      "カードを 作った 日から 数えると、カードの 期限は {expected}の はずです。カードに 書いてある 期限と、作った 日を もう一度 見てください。",
  },
  field: {
    certificateExpiry: "電子証明書の 期限",
    birthDate: "生年月日",
    cardExpiry: "カードの 期限",
    cardIssuedOn: "カードを 作った 日",
    applicationReceivedOn: "申し込みの 日",
    certificateIssuedOn: "電子証明書を 作った 日",
    periodOfStayEndsOn: "在留期間の 終わりの 日",
    today: "調べる 日（today）",
    lang: "言語（lang）",
    body: "送った 内容",
    query: "クエリ",
  },
  missingInput: {
    certificateExpiry: "電子証明書の 期限か、生年月日と カードの 期限を 書いてください。",
    cardExpiry: "カードに 書いてある 期限も 書いてください。",
    birthDate: "生年月日も 書いてください。",
  },
  // The leaflet's screens (shared/messages/reader.ts) in plain words, with ふりがな for the site
  // (the API sends them without it).
  reader: {
    normal: {
      badge: "マイナ{保険証|ほけんしょう}が {使|つか}えます",
      heading: "",
      message: ["お{知|し}らせは {出|で}ません。いつもの {受付|うけつけ}の {画面|がめん}に なります。"],
      button: "",
    },
    renewalAlert: {
      badge: "マイナ{保険証|ほけんしょう}が {使|つか}えます",
      heading: "",
      message: [
        `{証明書|しょうめいしょ}の {期限|きげん}まで ${MONTHS.window}か{月|げつ}より {短|みじか}く なりました。{市役所|しやくしょ}などで {更新|こうしん}して ください。`,
      ],
      button: "{次|つぎ}へ",
    },
    qualificationOnly: {
      badge: "マイナ{保険証|ほけんしょう}が {使|つか}えます",
      heading:
        "{電子証明書|でんししょうめいしょ}の {期限|きげん}が {切|き}れました。{保険|ほけん}の {情報|じょうほう}だけを {病院|びょういん}に {渡|わた}します。",
      message: ["はやく {市役所|しやくしょ}などで {更新|こうしん}して ください。"],
      button: "{次|つぎ}へ",
    },
    lapsed: {
      badge: "マイナ{保険証|ほけんしょう}は {使|つか}えません",
      heading: "{電子証明書|でんししょうめいしょ}が {使|つか}えなく なりました。",
      message: [
        "マイナンバーカードを {出|だ}して、{受付|うけつけ}に {来|き}て ください。",
        "{更新|こうしん}は {市役所|しやくしょ}などで します。",
      ],
      button: "",
    },
  },
  stage: {
    valid: ({ dates }) => `電子証明書は ${dates.expiry}まで 使えます。マイナ保険証も 使えます。`,
    renewal: ({ dates, evaluation }) =>
      `電子証明書の 期限は ${dates.expiry}です。もうすぐ 期限です。${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `電子証明書の 期限が 過ぎました。${dates.graceEnds}までは マイナ保険証で 病院に かかれます。でも、病院は あなたの 薬や 病気の 記録を 見ることが できません。`,
    lapsed: ({ dates }) =>
      `電子証明書の 期限が 過ぎて ${MONTHS.grace}か月 たちました。${dates.lapses}から マイナ保険証は 使えません。`,
  },
  daysLeft: {
    valid: (days) => `手続きが できるまで、あと ${days}日です。`,
    renewal: (days) => (days === 0 ? "今日が 期限の 最後の 日です。" : `期限まで あと ${days}日です。`),
    grace: (days) =>
      days === 0 ? "今日が マイナ保険証を 使える 最後の 日です。" : `マイナ保険証を 使えるのは、あと ${days}日です。`,
    lapsed: (days) =>
      days === 0 ? "今日から マイナ保険証が 使えません。" : `マイナ保険証が 使えなくなってから ${days}日です。`,
  },
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: "マイナ保険証で 病院に かかる",
    insuranceFull: "病院に 薬や 病気の 記録を 伝える",
    myNaPortalLogin: "マイナポータルに 入る",
    convenienceStoreCopies: "コンビニで 住民票を 出す",
    eTaxSignature: "e-Taxで 税金の 申告を する",
    photoId: "顔写真の ある 身分証明書として 使う",
  },
  works: { yes: "できます", no: "できません", unknown: "わかりません", joiner: "：" },
  worksFor: {
    insuranceQualificationOnly: (works, stage) =>
      works && stage === "grace" ? "できます（保険に 入っていることだけ わかります）" : undefined,
    insuranceFull: (works) => (works === null ? undefined : works ? "伝えます" : "伝えません"),
    eTaxSignature: (works) => (works ? "できます（引っ越しや 名前が 変わった ときは できません）" : undefined),
  },
  counter: {
    lastDay: ({ dates }) => `窓口で 手続きが できる 最後の 日は ${dates.lastCounterDay}です。`,
    graceLastDay: ({ dates }) =>
      `マイナ保険証を 使える 間に、窓口で 手続きが できる 最後の 日は ${dates.graceLastCounterDay}です。`,
    note: "市役所などの 窓口は、土曜日・日曜日・祝日と、12月29日から 1月3日までは 休みです。でも、土曜日や 日曜日に 開く 窓口も あります。開いて いる 時間も 違います。住んで いる 市区町村に 聞いて ください。",
    joiner: "",
  },
  nextStep: {
    ...ja.nextStep,
    nothingYet: ({ dates, evaluation }) => ({
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? "もう 新しく した 人は、今は 何も しなくて いいです"
          : mayHaveEndedEarlier(evaluation)
            ? "電子証明書の 期限が カードと 同じ 人は、今は 何も しなくて いいです"
            : "今は 何も しなくて いいです",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `この カードは 在留期間の 最後の 日（${dates.expiry}）に 終わります。入管（出入国在留管理局）で 在留期間が 延びたら、市区町村の 窓口で カードの 期限も 延ばして もらいます。`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `電子証明書は カードと 同じ ${dates.expiry}に 終わります。${dates.cardRenewalOpens}から 新しい カードを 申し込めます。`
            : `${dates.renewalOpens}から 手続きが できます。`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: "手紙が 来ます",
      detail: `${dates.noticeFrom}ごろから、水色の 封筒で「有効期限通知書」が 来ます。引っ越した 人には 来ないことが あります。手紙が なくても 手続きが できます。`,
    }),
    addReminder: () => ({
      title: "カレンダーに 書きましょう",
      detail: "大切な 日を 忘れないように、カレンダーに 入れましょう。",
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: "市役所・区役所・町村役場で 手続きを する",
      detail: `${dates.expiryOnClosedDay ? dates.lastCounterDay : dates.expiry}までに、住んでいる 市区町村の 窓口へ 行きます。${dates.expiryOnClosedDay ? `その あと、期限の 日の ${dates.expiry}までは、窓口が 休みです。` : ""}お金は かかりません。インターネットでは できません。マイナンバーカードを 持って 行きます。4けたの 暗証番号が 必要です。署名用の 電子証明書が ある 人は、その パスワード（6〜16文字）も 必要です。忘れたら、窓口で 新しく できます。15歳より 下の 人は、親などと いっしょに 行きます。`,
    }),
    reissueCertificateAtOffice: () => ({
      title: "市役所・区役所・町村役場で 新しく してもらう",
      detail:
        "期限が 過ぎても、カードの 期限の 前なら、窓口で 新しく できます。お金は かかりません。マイナンバーカードを 持って 行きます。暗証番号が 必要です。忘れたら、窓口で 新しく できます。",
    }),
    wait24Hours: () => ({
      title: "病院で わかるまで 1日ぐらい かかります",
      detail: "手続きの あと 1日（24時間）ぐらいで、病院や 薬局で 新しい 期限が わかるように なります。",
    }),
    renewCard: ({ dates, evaluation }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "顔写真が 必要です。インターネット、郵便、写真の 機械、窓口で 申し込めます。カードが できるまで 1か月ぐらい かかります。15歳より 下の 人は、親などが 申し込みます。";
      return {
        title: "新しい マイナンバーカードを 申し込む",
        detail: expired
          ? `カードの 期限（${dates.card}）が 過ぎました。新しい カードを 申し込んでください。${how}カードが できるまでは「資格確認書」で 病院に かかれます。`
          : `カードの 期限は ${dates.card}です。電子証明書は、今 新しく しても、この 日に 終わります。だから、カードを 新しく します。${dates.cardRenewalOpens}から 申し込めます。${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: "まず 入管で 在留期間を 延ばす。次に カードの 期限を 延ばす",
      detail: `この カードは 在留期間の 最後の 日（${dates.card}）に 終わります。まず、入管（出入国在留管理局）で 在留期間を 延ばして もらいます。新しい 在留カードを もらいます。次に、新しい 在留カードと マイナンバーカードを 持って、市区町村の 窓口へ 行きます。カードの 期限を 延ばして もらいます。カードの 期限を 延ばしても、電子証明書は 延びません。同じ 窓口で 電子証明書も 頼んで ください。`,
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: "電子証明書の 期限を 見る",
          detail: "カードの 表の 手書きの 欄か、マイナポータルで わかります。",
        };
      const notRenewed = r.graceEndPassed
        ? `していない 人は、電子証明書が ${r.firstExpiry}に 終わりました。${r.firstGraceEnds}の あと、マイナ保険証は 使えません。窓口で 新しく して、マイナ保険証の 登録も もう一度 して ください。それまでは、健康保険から 届く「資格確認書」で 病院に かかれます。受付で、マイナ保険証が 使えない ことを 言って ください。`
        : `していない 人は、電子証明書が ${r.firstExpiry}に 終わりました。${r.firstGraceEnds}までは 病院に かかれますが、早く 窓口で 新しく して ください。`;
      return {
        title: `${r.since}か その あとに、窓口で 電子証明書を 新しく しましたか`,
        detail: `カードの 表の 電子証明書の 欄に ${r.firstExpiry}より あとの 日が 手で 書いて あれば、または マイナポータルに 入れれば、新しく して います。電子証明書は ${r.renewedExpiry}まで 使えます。新しく ${notRenewed}`,
      };
    },
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: "スマホも もう一度 設定します",
      detail: `スマホに マイナンバーカードを 入れている 人は、${newCardIsTheStep(evaluation) ? "新しい カードを もらった あと、" : ""}もう一度 設定してください。`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: "マイナ保険証の 登録を もう一度 する",
      detail: `${MONTHS.grace}か月 過ぎると、マイナ保険証の 登録が 消えます。${newCardIsTheStep(evaluation) ? "新しい カードを もらった あと" : "手続きの あと"}、病院の 機械や マイナポータルで もう一度 登録してください。`,
    }),
    eligibilityCertificate: () => ({
      title: "「資格確認書」で 病院に かかれます",
      detail:
        "手続きを しなかった 人には、保険から「資格確認書」が 届きます。それで 病院に かかれます。届く 時期は 保険に よって ちがいます。",
    }),
    showCardAtReception: () => ({
      title: "受付で カードを 見せる",
      detail: "機械に「失効しています」と 出たら、受付の 人に 言ってください。",
    }),
  },
  bridge: (_code, { dates, evaluation }) => {
    const extend = evaluation.card?.validityYears === null;
    return {
      title: `${extend ? "カードの 期限を 延ばすまで" : "新しい カードが 来るまで"} 使いたい とき：窓口で 電子証明書を 新しく する（しなくても いいです）`,
      lead: extend
        ? `カードの 期限を 延ばすまでの 間も、マイナ保険証を いつもの ように 使いたい ときは、先に 窓口で 電子証明書を 新しく する ことも できます。しなくても いいです。その 電子証明書は、カードと 同じ ${dates.card}までです。カードの 期限を 延ばしたら、もう一度 電子証明書を 頼みます。`
        : `新しい カードを もらうまで、1か月ぐらい かかります。その 間も、マイナ保険証を いつもの ように 使いたい ときは、先に 窓口で 電子証明書を 新しく する ことも できます。しなくても いいです。その 電子証明書は、カードと 同じ ${dates.card}までです。`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: "期限まで 窓口は 休みです：期限の あと、窓口で 新しく してもらう",
    detail: `窓口で 手続きが できる 最後の 日（${dates.lastCounterDay}）は 過ぎました。期限の ${dates.expiry}までは 窓口が 休みです。期限の あと、窓口が 開く 日（年末年始なら 1月4日から）に、新しく してもらえます。マイナ保険証は ${dates.graceEnds}まで 使えます（保険の 確認だけ）。カードと 暗証番号が 必要です。`,
  }),
  caveat: {
    ...ja.caveat,
    cardExpiryInCertificateField: ({ evaluation }) =>
      "「まで有効」は、カードの 期限の 書き方です。電子証明書の 期限は、カードの 表に 手で 書いて ある 日です（何も 書いて ない ことも あります）。10年の カードと いっしょに 作った 電子証明書は、カードより 5年 早く 終わります。" +
      (cardFaceAnswered(evaluation)
        ? "この 日が カードの 期限の ときの 答えは 下に あります。"
        : "手で 書いた 日が ない ときは、生まれた 日と カードの 期限を 書いて ください。"),
    certificateExpiryTooLate: () =>
      "電子証明書の 期限は、作った 日の あとの 5回目の 誕生日です（期限の 前の 3か月の 間に 新しく したら 6回目）。カードの 期限より あとには なりません。書いた 日は、今日までに 作った 電子証明書の 期限には なりません。カードの 期限と まちがえて いないか、カードの 表の 手で 書いた 日か マイナポータルで 見て ください。",
    thresholdTransition: () =>
      "2022年4月から 9月に 18歳か 19歳で 作った カードは、申し込んだ 日で 期限が 変わります（5年か 10年）。早い ほうの 日を 出して います。カードに 書いて ある 期限を 入れると わかります。",
    ageBoundary: ({ evaluation }) =>
      atFifteen(evaluation)
        ? "カードを 作った 日が 15歳の 誕生日の 前の 日です。署名用電子証明書が カードに ある 答えを 出して います。ない 場合も あります。"
        : "カードを 作った 日が 大人に なる 誕生日の 前の 日です。大人の カード（10年）の 答えを 出して います。カードに 書いて ある 期限を 入れると わかります。",
    feb29: ({ evaluation }) => {
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "3月1日" : "2月28日";
      return recounted
        ? `2月29日 生まれの 人は、うるう年で ない 年の 誕生日を ${day}と して 計算して います。3月1日と する ときの 日付は 下に あります。`
        : `2月29日 生まれの 人は、うるう年で ない 年の 誕生日を ${day}と して 計算して います。`;
    },
    signatureUncertain: () =>
      "この カードは ふつう 15歳より 前に 作った カードで、署名用電子証明書は 入って いません。15歳に なってから 窓口で 頼むと 作って もらえます。",
    adultByDayBefore: () => "この 日付の カードは めったに ありません。日付が 正しいか もう一度 見て ください。",
    cardExpiryNotBirthday: () =>
      "カードの 期限は ふつう 誕生日です。この 日は 誕生日では ありません。日付を もう一度 見て ください。在留期間が ある 人は、在留期間の 最後の 日も 入れて ください。",
    periodOfStay: ({ evaluation, dates }) =>
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      ordinaryCardWithStay(evaluation)
        ? `この カードは、在留期間が 終わる 日より 前の 誕生日（${dates.card}）に 終わる、ふつうの カードです。期限の 手紙は 来ます。その 日より あとも 日本に 住む ときは、新しい カードを 申し込んで ください（在留期間を 延ばす 手続きとは 別です）。`
        : mayHaveEndedEarlier(evaluation)
          ? "在留期間で 終わる カードは、作った 日が わかりません。カードの 期限を 延ばしても、電子証明書の 期限は 延びません。電子証明書は、前の 在留期間が 終わった 日や、前の 誕生日に もう 終わって いるかも しれません（下は 誕生日の とき）。カードの 電子証明書の 欄か マイナポータルで 見て ください。この カードには 期限の 手紙は 来ません。"
          : "在留期間で 終わる カードは、期限を 延ばしても、電子証明書の 期限は 延びません。この カードには 期限の 手紙は 来ません。",
    signatureOnRequest: () =>
      "15歳より 前に 作った カードには、署名用電子証明書は 入って いません。15歳に なってから 窓口で 頼んだ 人だけ あります。e-Taxが 使えるかは わかりません。",
    certificateDateNearWindow: () =>
      "電子証明書を 作った 日が、手続きが できる 期間の 少し 前です。1日 違うと 期限が 1年 変わります。日付を もう一度 見て ください。",
    expiryOnClosedDay: ({ dates }) =>
      `期限の ${dates.expiry}は、市役所などの 窓口が 休みの 日です。期限は 次の 日に 延びません。窓口で 手続きが できる 最後の 日は ${dates.lastCounterDay}です。`,
    holidaysProjected: ({ evaluation, date }) =>
      `${projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE, ["（", "）"]).join("、")}は、まだ 決まって いない 年の 祝日で 計算して います。祝日が 変わる ことも あります。近く なったら、もう一度 見て ください。`,
    holidaysOutsideFormula: () =>
      "2100年から あとと 1980年より 前の 春分の日と 秋分の日は、計算が できません。2099年（1980年）と 同じ 日で 計算して います。だいたいの 日と 考えて ください。",
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `${r.firstGraceEnds}までは、新しく していない 人の 答えを 出して います。`
          : `${r.firstGraceEnds}が 過ぎたので、新しく した 人の 答えを 出して います。`;
      return `はじめの 電子証明書の 期限は ${r.firstExpiry}でした。${r.since}か その あとに 窓口で 新しく したか、わかりません。${shown}もう 一つの 答えは 下に あります。`;
    },
    cardExpired: ({ dates }) =>
      `マイナンバーカードの 期限（${dates.card}）が 過ぎました。電子証明書も、おそくとも この 日に 終わりました。新しい カードを 申し込んで ください。`,
  },
  alternative: (a, t) => {
    const label =
      {
        renewed: "新しく した 人",
        notRenewed: "新しく して いない 人",
        adultCard: "10年の カードの 人",
        minorCard: "5年の カードの 人",
        march1: "誕生日を 3月1日と する とき",
        earlierBirthday: "電子証明書が カードより 前の 誕生日に 終わる とき",
        issuedInWindow: "発行日が 1日 あとの とき",
        noSignatureCertificate: "署名用電子証明書が ない とき",
        cardFace: "この 日が カードの 期限の とき",
        cardFaceNotRenewed: "この 日が カードの 期限で、電子証明書を 新しく して いない 人",
        cardFaceRenewed: "この 日が カードの 期限で、電子証明書を 新しく した 人",
      }[a.assumption] ?? a.assumption;
    const parts = [`${label}：`];
    if (a.cardExpiresOn) parts.push(`カードの 期限は ${t.date(a.cardExpiresOn)}です。`);
    if (a.certificateExpiresOn) parts.push(`電子証明書の 期限は ${t.date(a.certificateExpiresOn)}です。`);
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `${t.date(a.graceEndsOn)}の あと、マイナ保険証は 使えません。`
          : a.stage === "grace"
            ? `${t.date(a.graceEndsOn)}までは 病院に かかれますが、薬や 病気の 記録は 伝わりません。`
            : `マイナ保険証は ${t.date(a.graceEndsOn)}まで 使えます。`,
      );
    }
    return parts.join("");
  },
  checkCardExpiry: `まず、カードの 期限の 日を 見て ください。書いた 日は 誕生日では ないので、まちがいかも しれません。ここからは、書いた 日が 正しくて、在留期間が 終わる 日に 終わる カードの ときの 答えです。`,
  ifStayCard: `書いた 日が 正しくて、在留期間が 終わる 日に 終わる カードなら：`,
  alternativeWindow: (date) => `この ときは、${date}から 窓口で 新しく できます。`,
  checkCertificateField: {
    cardExpiryInCertificateField:
      "まず 見て ください。「まで有効」と 書いて ある 日は、カードの 期限です。電子証明書の 期限では ありません。電子証明書の 期限は、カードの 表に 手で 書いて ある 日です。手で 書いた 日が ない ときは、「生まれた 日」と「カードの 期限」に 書いて、もう一度 調べて ください。ここからは、この 日が 電子証明書の 期限の ときの 答えです。",
    certificateExpiryTooLate:
      "まず 見て ください。電子証明書の 期限は、作った 日の あとの 6回目の 誕生日より あとには なりません。書いた 日は、それより あとです。カードの 期限（「…まで有効」と 書いて ある 日）では ありませんか。そうなら、「生まれた 日」と「カードの 期限」に 書いて、もう一度 調べて ください。ここからは、書いた 日の とおりの ときの 答えです。",
  },
  inputNote: {
    past_era_end: "{field}の 年号が 変わって いたので、{wareki}（{date}）と して 読みました。",
  },
  condition: (r) =>
    r.since === null
      ? "電子証明書を 新しく して いた 人の 答えです。"
      : r.headline === "notRenewed"
        ? `${r.since}か その あとに 窓口で 電子証明書を 新しく して いない 人の 答えです。`
        : `${r.since}か その あとに 窓口で 電子証明書を 新しく した 人の 答えです。`,
  assumed: {
    earlierBirthday:
      "電子証明書が カードの 期限まで 使える 人の 答えです。もっと 前の 誕生日に 終わって いる 人は、答えが ちがいます（下を 見て ください）。",
    issuedInWindow:
      "入力した 発行日の とおりの 人の 答えです。発行日が 1日 あとの 人は、答えが ちがいます（下を 見て ください）。",
    adultCard: "5年の カードの 人の 答えです。10年の カードの 人は、答えが ちがいます（下を 見て ください）。",
    minorCard: "10年の カードの 人の 答えです。5年の カードの 人は、答えが ちがいます（下を 見て ください）。",
    march1: "誕生日を 2月28日と する 答えです。3月1日と する ときは、答えが ちがいます（下を 見て ください）。",
  },
  milestone: {
    noticeExpected: "手紙が 来はじめる 日",
    renewalOpens: "手続きが できるように なる 日",
    certificateExpires: "電子証明書の 期限",
    graceStarts: "期限切れ（記録は 見られない）",
    graceEnds: "マイナ保険証を 使える 最後の 日",
    lapses: "マイナ保険証が 使えなくなる 日",
    cardRenewalOpens: "カードの 手続きが できるように なる 日",
    cardExpires: "カードの 期限",
  },
};
