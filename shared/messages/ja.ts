/**
 * @module
 * 日本語の文言。住民向けに、短く、次に何をすればよいかが分かるように書く。
 * The reader texts quote the MHLW leaflet word for word (R-INS-2), so people recognise them.
 */
import type { Catalog } from "./catalog.ts";
import { LEAFLET_SCREENS } from "./reader.ts";
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
import { stageName } from "./stages.ts";

const renewWhere = "お住まいの市区町村の窓口";

/** R-CARD-5, R-CARD-4 (review finding 1): the renewal stage's second sentence names the step that applies. */
const renewNow = {
  newCard: `電子証明書は、今更新してもカードの有効期限までしか使えません。今、新しいカードを申請できます。`,
  extendCard: `このカードは在留期間の満了日で切れます。まず出入国在留管理局で在留期間を更新し、そのあと市区町村の窓口でカードの有効期間を延ばして、電子証明書も発行してもらいます。`,
  certificate: `今、更新の手続きができます。`,
} satisfies Record<ReturnType<typeof renewalStep>, string>;

/** Review7 #15 (R-DATE-6, R-CERT-3): the sentences the certificate field's doubt is made of,
 *  shared by the check-first opening and the caveats. */
const field = {
  cardWords: "「まで有効」と印刷された日付は、カード本体の有効期限です。",
  box: "電子証明書の有効期限は、カードの表の手書きの欄の日付です。",
  moveTo: "生年月日と、この日付を「カードの有効期限」に入れて調べてください。",
  atMost:
    "電子証明書は、長くても発行した日の後の6回目の誕生日まで（カードの有効期限まで）なので、今日までに発行された電子証明書が、入力された日付まで有効なことはありません。",
};

/** R-COUNTER-2: what a projected counter day is for (holidaysProjected names it). */
const COUNTER_DAY_ROLE: Record<CounterDayRole, string> = {
  certificateLast: "電子証明書の期限の前に窓口で手続きできる最後の日",
  graceLast: "マイナ保険証が使えるうちに窓口で手続きできる最後の日",
  certificateFirst: "電子証明書の更新を窓口でできる最初の日",
  cardLast: "カードの有効期限の前に窓口が開いている最後の日",
  cardFirst: "新しいカードを窓口で申請できる最初の日",
  other: "窓口の日",
};

export const ja: Catalog = {
  field: {
    certificateExpiry: "電子証明書の有効期限",
    birthDate: "生年月日",
    cardExpiry: "カードの有効期限",
    cardIssuedOn: "カードの発行日",
    applicationReceivedOn: "申請の受付日",
    certificateIssuedOn: "電子証明書の発行日",
    periodOfStayEndsOn: "在留期間の満了日",
    today: "基準日（today）",
    lang: "言語（lang）",
    body: "リクエストの本文",
    query: "クエリ",
  },
  error: {
    empty: "{field}が入力されていません。日付を入力してください。",
    required: "{field}を入力してください。",
    invalid_date: "{field}を日付として読み取れません。「2026-03-15」や「令和8年3月15日」の形で入力してください。",
    not_a_real_date: "{field}は、存在しない日付です。月と日をもう一度確認してください。",
    past_era_end: "{field}は、その元号が終わった後の日付です。「{suggestionWareki}」のことではありませんか。",
    before_era_start: "{field}は、その元号が始まる前の日付です。「{suggestionWareki}」のことではありませんか。",
    before_gregorian: "{field}は、明治6年（1873年）1月1日以降の日付で入力してください。",
    weekday_mismatch:
      "{field}の曜日が日付と合いません。{date}ですが、{weekday}と書かれています。日付と曜日を確かめて、入力し直してください。",
    year_mismatch:
      "{field}の年が合いません。かっこの中は「{year}」ですが、この日付は{dateWithEra}です。どちらが正しいか確かめて、入力し直してください。",
    not_a_string: '{field}は文字列で送ってください（例: "2026-03-15"）。',
    too_long: "{field}が長すぎます。日付だけを入力してください。",
    unknown_field:
      "この項目は受け付けていません。項目名を確認してください（使える項目は /api/v1/openapi.json に載っています）。",
    unsupported_lang: "言語は次のどれかを指定してください：{langs}",
    not_an_object: "{field}は JSON のオブジェクト（{ … }）で送ってください。",
    invalid_value: "{field}の値を確認してください。",
    birth_date_in_future: "生年月日が今日より後になっています。生年月日を確認してください。",
    card_issued_before_first_cards:
      "マイナンバーカードの交付は2016年1月に始まりました。カードの発行日を確認してください。",
    card_issued_before_birth: "カードの発行日が生年月日より前になっています。どちらかの日付を確認してください。",
    card_issued_in_future: "カードの発行日が今日より後になっています。発行日を確認してください。",
    application_after_card_issue: "申請の受付日がカードの発行日より後になっています。受付日を確認してください。",
    certificate_issued_before_card:
      "電子証明書の発行日が、カードの発行日より前になっています。[[カードに印字された有効期限から数えると、このカードの発行は早くても{earliest}です。]]電子証明書の発行日を確認してください。",
    certificate_issued_before_birth: "電子証明書の発行日が生年月日より前になっています。日付を確認してください。",
    certificate_issued_after_card_expiry:
      "電子証明書の発行日が、カードの有効期限より後になっています。日付を確認してください。",
    certificate_issued_in_future: "電子証明書の発行日が今日より後になっています。日付を確認してください。",
    certificate_issued_after_expiry:
      "電子証明書の発行日が、その有効期限より後になっています。どちらかの日付を確認してください。",
    card_expiry_not_after_birth:
      "カードの有効期限が生年月日より前になっています。カードに印字された日付を確認してください。",
    card_expiry_not_after_issue: "カードの有効期限が発行日より前になっています。どちらかの日付を確認してください。",
    certificate_expiry_not_after_birth: "電子証明書の有効期限が生年月日より前になっています。日付を確認してください。",
    certificate_outlives_card:
      "電子証明書の有効期限が、カードの有効期限より後になっています。電子証明書はカードより長く有効になることはないので、両方の日付を確認してください。",
    stay_ends_before_card_issue: "在留期間の満了日がカードの発行日より前になっています。日付を確認してください。",
    stay_ends_before_card_expiry:
      "在留期間の満了日が、カードに印字された有効期限より前になっています。カードが在留期間より長く有効になることはないので、在留カードとマイナンバーカードの日付を確認してください。",
    impossible_card_age:
      "この生年月日とカードの有効期限の組み合わせ（有効期限の日に{age}歳）になるカードはありません。[[この有効期限になるのは{issueAge}歳で発行された{years}年のカードで、{earliestIssue}以降に発行されたはずですが、その日は今日より後か、マイナンバーカードの交付が始まった2016年1月より前です。]][[有効期限の日に{age}歳になるのは、2022年4月以降に18歳で発行された10年のカードだけで、その有効期限は{cardFrom}以降です。]]生年月日とカードの有効期限のどちらかが違っていないか確認してください。",
    card_expiry_mismatch:
      "カードの発行日から計算すると、カードの有効期限は{expected}になるはずです。カードに印字された有効期限と発行日を確認してください。",
  },
  missingInput: {
    certificateExpiry: "電子証明書の有効期限か、生年月日とカードの有効期限を入力してください。",
    cardExpiry: "生年月日と一緒に、カードに印字された有効期限（または発行日）を入力してください。",
    birthDate: "カードの日付と一緒に、生年月日を入力してください。",
  },
  stage: {
    valid: ({ dates }) => `電子証明書は${dates.expiry}まで有効です。マイナ保険証はいつもどおり使えます。`,
    renewal: ({ dates, evaluation }) =>
      `電子証明書の有効期限（${dates.expiry}）まで${MONTHS.window}カ月を切りました。${renewNow[renewalStep(evaluation)]}`,
    grace: ({ dates }) =>
      `電子証明書の有効期限（${dates.expiry}）が切れています。${dates.graceEnds}までは、マイナ保険証で受診できますが、保険の資格の確認だけになり、診療情報・薬剤情報は医療機関に提供されません。`,
    lapsed: ({ dates }) =>
      `電子証明書の有効期限（${dates.expiry}）が切れてから${MONTHS.grace}カ月以上たったため、${dates.lapses}からマイナ保険証として使えなくなっています。`,
  },
  daysLeft: {
    valid: (days) => `更新ができるようになるまで、あと${days}日です。`,
    renewal: (days) => (days === 0 ? "今日が有効期限の最後の日です。" : `有効期限まで、あと${days}日です。`),
    grace: (days) =>
      days === 0 ? "今日が、マイナ保険証を使える最後の日です。" : `マイナ保険証を使える期間は、あと${days}日です。`,
    lapsed: (days) =>
      days === 0
        ? "今日から、マイナ保険証として使えなくなりました。"
        : `マイナ保険証として使えなくなってから${days}日たっています。`,
  },
  // R-INS-2: the reader speaks Japanese; these are the leaflet's own words (shared/messages/reader.ts).
  reader: LEAFLET_SCREENS,
  capability: {
    // One row per outcome (issue 9): seeing a doctor works in grace; only the records stop.
    insuranceQualificationOnly: "マイナ保険証で受診",
    insuranceFull: "診療・薬の情報の医療機関への提供",
    myNaPortalLogin: "マイナポータルへのログイン",
    convenienceStoreCopies: "コンビニでの住民票の写しなどの交付",
    eTaxSignature: "e-Taxなどの電子申請（署名用電子証明書）",
    photoId: "顔写真付きの本人確認書類として使う",
  },
  works: { yes: "できます", no: "できません", unknown: "この入力だけでは分かりません", joiner: "：" },
  worksFor: {
    insuranceQualificationOnly: (works, stage) =>
      works && stage === "grace" ? "できます（資格の確認だけ）" : undefined,
    insuranceFull: (works) => (works === null ? undefined : works ? "されます" : "されません"),
    // R-CERT-7: the signature certificate lapses on a move or a change of name.
    eTaxSignature: (works) => (works ? "できます（引っ越しや氏名の変更をしていなければ）" : undefined),
  },
  nextStep: {
    nothingYet: ({ dates, evaluation }) => ({
      // R-INFER-3: "nothing to do" only holds under the renewed reading; say so.
      title:
        evaluation.certificate.basis === "assumedRenewed"
          ? "更新・再発行が済んでいれば、今は手続きはいりません"
          : mayHaveEndedEarlier(evaluation)
            ? "電子証明書の有効期限がカードと同じなら、今は手続きはいりません"
            : "今は手続きはいりません",
      detail:
        evaluation.card?.validityYears === null && evaluation.certificate.expiresOn === evaluation.card.expiresOn
          ? `このカードは在留期間の満了日（${dates.expiry}）で切れます。出入国在留管理局で在留期間を更新したら、${renewWhere}でカードの有効期間を延ばす手続きをしてください。`
          : evaluation.card && evaluation.certificate.expiresOn === evaluation.card.expiresOn
            ? `電子証明書はカードと同じ${dates.expiry}に切れるので、次はカードを新しくします。${dates.cardRenewalOpens}から申請できます。`
            : `電子証明書の更新は${dates.renewalOpens}からできます。`,
    }),
    expectNoticeLetter: ({ dates }) => ({
      title: "有効期限通知書が届きます",
      detail: `${dates.noticeFrom}から${dates.noticeTo}ごろ、J-LISから水色の封筒で「有効期限通知書」が届きます。転送されないので、引っ越した人には届かないことがあります。通知書がなくても更新できます。`,
    }),
    addReminder: () => ({
      title: "カレンダーに登録しましょう",
      detail: "更新できるようになる日、有効期限、マイナ保険証が使えなくなる日を、カレンダーに入れておくと忘れません。",
    }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: "市区町村の窓口で電子証明書を更新する",
      detail: `${renewWhere}で、無料で更新できます（${dates.expiryOnClosedDay ? `${dates.lastCounterDay}まで。そのあと有効期限の${dates.expiry}までは、窓口が閉まっています` : `${dates.expiry}まで`}）。オンラインではできません。マイナンバーカードを持って行きます。4桁の暗証番号と、署名用電子証明書のパスワード（英数字6〜16文字）が必要です。忘れた場合は、その窓口で設定し直せます。15歳未満の人は、法定代理人（親など）と一緒に手続きします。代理人による手続きもできます（2回の来庁が必要）。`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      const how =
        "顔写真をつけて、オンライン、郵送、証明写真機、窓口で申請します。申請から受け取り（窓口）まで1カ月ほどかかります。15歳未満の人は、法定代理人（親など）が申請します。";
      return {
        title: expired ? "新しいマイナンバーカードを申請する" : "マイナンバーカードを新しくする",
        detail: expired
          ? `カードの有効期限（${dates.card}）が過ぎています。新しいカードを申請してください。${how}新しいカードに新しい電子証明書が入ります。それまでは資格確認書で受診できます。`
          : `電子証明書は、今更新や再発行をしても、カードの有効期限（${dates.card}）までしか使えないので、カードを新しくします。${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}から申請できます。${how}`,
      };
    },
    extendCardValidity: ({ dates }) => ({
      // R-CARD-4: immigration first; the municipal office can only extend the card after it.
      title: "出入国在留管理局で在留期間を更新してから、カードの有効期間を延ばす",
      detail: `このカードは在留期間の満了日（${dates.card}）で切れます。次の順番で手続きしてください。まず、出入国在留管理局で在留期間を更新し、新しい在留カードを受け取ります。次に、新しい在留カードとマイナンバーカードを持って${renewWhere}へ行き、カードの有効期間を変更する手続きをします（新しいカードの申請ではありません）。カードを延ばしても電子証明書は延びないので、同じ窓口で電子証明書の発行も申し出てください。`,
    }),
    reissueCertificateAtOffice: () => ({
      title: "市区町村の窓口で電子証明書を再発行する",
      detail: `有効期限が切れても、カードが有効なら${renewWhere}で無料で再発行できます。オンラインではできません。マイナンバーカードを持って行きます。暗証番号を忘れた場合は、その窓口で設定し直せます。`,
    }),
    wait24Hours: () => ({
      // R-CERT-8: the 24 hours are about the insurance system, not every use.
      title: "マイナ保険証には約24時間後に反映されます",
      detail:
        "窓口で手続きをしてから約24時間たつと、医療機関や薬局で新しい電子証明書の有効期限が確認できるようになります。",
    }),
    setUpSmartphoneAgain: ({ evaluation }) => ({
      title: "スマホ用電子証明書を設定し直す",
      detail: `スマートフォンにマイナンバーカードの機能を入れている人は、${newCardIsTheStep(evaluation) ? "新しいカードを受け取った後" : "更新の後"}にもう一度設定してください。`,
    }),
    registerInsuranceAgain: ({ evaluation }) => ({
      title: "マイナ保険証の利用登録をやり直す",
      detail: `${MONTHS.grace}カ月の猶予期間が終わると、マイナ保険証の利用登録が解除されます。${newCardIsTheStep(evaluation) ? "新しいカードを受け取った後" : "再発行の後"}、医療機関のカードリーダーやマイナポータルで登録し直してください。`,
    }),
    eligibilityCertificate: () => ({
      title: "資格確認書で受診できます",
      detail:
        "更新しなかった人には、加入している健康保険から「資格確認書」が届き、それで受診できます。届く時期は保険者によって違います（協会けんぽは有効期限の月末から約2カ月後に勤務先を通じて、国民健康保険は猶予期間が終わるまでに、など）。",
    }),
    showCardAtReception: () => ({
      title: "受付でカードを出して伝える",
      detail: "カードリーダーに「電子証明書が失効しています」と表示されたら、受付窓口に申し出てください。",
    }),
    checkCertificateExpiry: ({ dates }) => {
      const r = dates.renewal;
      if (!r)
        return {
          title: "電子証明書の有効期限を確かめる",
          detail: "カード表面の電子証明書の有効期限の欄（手書き）か、マイナポータルで確認できます。",
        };
      // R-INFER-3: the question in words a person can answer, and what each answer means.
      const notRenewed = r.graceEndPassed
        ? `していなければ、電子証明書は${r.firstExpiry}に切れていて、${r.firstGraceEnds}を最後にマイナ保険証として使えなくなっています。窓口で再発行し、マイナ保険証の利用登録をやり直してください。それまでの間も、加入している健康保険から届く資格確認書で受診できます。受付では、マイナ保険証が使えないことを伝えてください。`
        : `していなければ、電子証明書は${r.firstExpiry}に切れています。マイナ保険証で受診できるのは${r.firstGraceEnds}までで、資格の確認だけです。早めに窓口で再発行してください。`;
      return {
        title: `${r.since}以降に、窓口で電子証明書を更新・再発行しましたか`,
        detail: `カード表面の電子証明書の欄に${r.firstExpiry}より後の日付が手書きされている、またはマイナポータルにログインできるなら、更新済みです。その場合、電子証明書は${r.renewedExpiry}まで有効です。更新・再発行${notRenewed}`,
      };
    },
  },
  bridge: (code, { dates, evaluation }) => {
    const verb = code === "renewCertificateAtOffice" ? "更新" : "再発行";
    const until = evaluation.card?.validityYears === null ? "カードの有効期間を延ばすまで" : "新しいカードが届くまで";
    return {
      title: `${until}使うなら：窓口で電子証明書を${verb}する（しなくてもかまいません）`,
      lead: `${until}もマイナ保険証をいつもどおり使いたいときは、先に電子証明書を${verb}することもできます（カードと同じ${dates.card}までです）。`,
    };
  },
  closedUntilExpiry: ({ dates }) => ({
    title: "窓口は有効期限まで閉まっています：期限のあと、窓口で電子証明書を再発行する",
    detail: `窓口で手続きできる最後の日（${dates.lastCounterDay}）は過ぎ、有効期限の${dates.expiry}までは窓口が閉まっています。期限のあと、窓口が次に開く日（年末年始なら1月4日以降）から、無料で再発行できます。マイナ保険証は${dates.graceEnds}まで受診に使えます（資格の確認だけ）。マイナンバーカードを持って行き、暗証番号を確かめておいてください。`,
  }),
  caveat: {
    cardExpiryInCertificateField: ({ evaluation }) =>
      // R-DATE-6 (review7 #15): 「まで有効」 is how the card prints its own expiry.
      `${field.cardWords}${field.box}10年のカードと一緒に作った電子証明書は、カードより5年早く切れます。${
        cardFaceAnswered(evaluation)
          ? "この日付がカードの有効期限だった場合は、下のとおりです。"
          : `その欄が空いているなら、${field.moveTo}`
      }`,
    certificateExpiryTooLate: () =>
      // R-CERT-1, R-CERT-3: at most the 6th birthday after issue, never after the card.
      `${field.atMost}${field.cardWords}電子証明書の有効期限は、手書きの欄、マイナポータル、有効期限通知書で確かめてください。`,
    renewalUnknown: ({ dates }) => {
      const r = dates.renewal!;
      const shown =
        r.headline === "notRenewed"
          ? `猶予期間の${r.firstGraceEnds}までは、更新していない場合の日付で表示しています。`
          : `猶予期間の${r.firstGraceEnds}も過ぎたので、更新・再発行した場合の日付で表示しています。`;
      return `最初の電子証明書の有効期限は${r.firstExpiry}でした。${r.since}以降に市区町村の窓口で電子証明書を更新・再発行したかどうかは、この入力からは分かりません。${shown}もう一方の場合は下のとおりです。`;
    },
    thresholdTransition: () =>
      "2022年4月から9月に18歳・19歳で発行されたカードは、申請がいつ受け付けられたかで有効期限が変わります（2022年3月までなら5年、4月からなら10年）。早いほうの日付で表示しています。カードに印字された有効期限を入力すると確定します。",
    ageBoundary: ({ evaluation }) =>
      // R-AGE-2 at 15 changes the signature certificate only; at 18 or 20 the card's length.
      atFifteen(evaluation)
        ? "カードが15歳の誕生日の前日に発行されたため、その日を15歳として数えるかで、カードに署名用電子証明書が入っているかが変わります。15歳として数えて（入っているとして）表示しています。"
        : "カードが成年になる誕生日の前日に発行されたため、その日を成年として数えるかで有効期限が変わります。成年として数えた日付で表示しています。カードに印字された有効期限を入力すると確定します。",
    feb29: ({ evaluation }) => {
      // R-DATE-4: which convention, and whether the printed card expiry settled it.
      const { marchFirst, recounted } = feb29Reading(evaluation);
      const day = marchFirst ? "3月1日" : "2月28日";
      return recounted
        ? `2月29日生まれの人は、うるう年でない年の誕生日を${day}として計算しています。3月1日として数える場合もあり、そのときは数え直した日付が下のとおりになります。カードや通知書の日付も確認してください。`
        : evaluation.card?.printed
          ? `2月29日生まれの人の、うるう年でない年の誕生日は、カードに印字された有効期限から${day}として計算しています。`
          : `2月29日生まれの人は、うるう年でない年の誕生日を${day}として計算しています。3月1日として数えても、日付は変わりません。`;
    },
    signatureUncertain: () =>
      "この組み合わせのカードは、ふつう15歳未満で発行されたもので、発行のときには署名用電子証明書は入っていません（15歳の誕生日の前日に発行された場合は入っています）。15歳になった後に窓口で申し出て、発行してもらうこともできます。",
    adultByDayBefore: () =>
      "この組み合わせは、成年になる誕生日（18歳か20歳）の前日に発行された10年のカードだけにあり得ます。日付に間違いがないか確認してください。",
    signatureOnRequest: () =>
      "15歳未満で発行されたカードには、署名用電子証明書は入っていません。15歳になった後に窓口で申し出て発行してもらった場合だけあり、その有効期限は利用者証明用電子証明書と同じか、それより前です。e-Taxなどに使えるかは、この入力だけでは分かりません。",
    certificateDateNearWindow: () =>
      "入力された電子証明書の発行日は、更新できる期間が始まる日の少し前です。この日付どおりなら新しい発行として数えますが、1日違うだけで有効期限が1年変わります。カードの電子証明書の欄やマイナポータルで、日付を確認してください。",
    cardExpiryNotBirthday: () =>
      "カードの有効期限は、ふつう誕生日です。入力された日付は誕生日ではないので、打ち間違いがないか確認してください。在留期間が決まっている人は、在留期間の満了日も入力してください。",
    // R-INFER-6: the earlier birthday (and "see below") only where it is an alternative; a typed
    // certificate date or issue date settles it (closing-note-7 item 7).
    periodOfStay: ({ evaluation, dates }) => {
      // Review8 #23: a stay ending after a birthday C: an ordinary card, whose letter comes.
      if (ordinaryCardWithStay(evaluation))
        return `このカードは、在留期間の満了日より前の誕生日（${dates.card}）で切れる、ふつうのカードです。有効期限通知書は届きます。その日より後も日本に住むなら、新しいカードを申請してください（在留期間の更新とは別の手続きです）。`;
      const early = mayHaveEndedEarlier(evaluation);
      return `在留期間の満了日で切れるカードは、${early ? "発行日が分かりません。また、" : ""}在留期間の更新でカードの期限を延ばしても、電子証明書の期限は延びません。${early ? "そのため、電子証明書は、前の在留期間の満了日や、カードの有効期限より前の誕生日に切れている場合があります（下は誕生日の場合）。カードの電子証明書の欄か、マイナポータルで確認してください。" : ""}在留期間の満了で切れるカードには、有効期限通知書は届きません。`;
    },
    cardExpired: ({ dates }) =>
      // R-INFER-5: the certificate ended on the card expiry at the latest (years earlier for
      // someone who never renewed); never "the same day" as a fact.
      `マイナンバーカードの有効期限（${dates.card}）が過ぎています。電子証明書は、遅くともこの日に切れています。電子証明書を新しくするには、新しいカードの申請が必要です。${dates.renewal ? "下の「更新・再発行していない場合」も見てください。" : ""}`,
    expiryOnClosedDay: ({ dates }) =>
      `有効期限の${dates.expiry}は、市区町村の窓口が閉まっている日（土日・祝日・年末年始）です。有効期限は次の開庁日に延びません（期限は繰り下げません）。窓口で手続きできる最後の日は${dates.lastCounterDay}です。`,
    holidaysProjected: ({ evaluation, date }) =>
      `${projectedDaysNamed(evaluation, date, COUNTER_DAY_ROLE, ["（", "）"]).join("、")}は、まだ正式に発表されていない年の祝日で計算しています（春分の日・秋分の日は前の年の2月に決まり、祝日は法律で変わることもあります）。近くなったら、もう一度確かめてください。`,
    holidaysOutsideFormula: () =>
      "2100年以降と1980年より前の春分の日・秋分の日は、計算式で求められる範囲の外です。窓口の日は2099年（または1980年）と同じ日付で計算しているので、目安として見てください。",
  },
  counter: {
    lastDay: ({ dates }) => `窓口で手続きできる最後の日は${dates.lastCounterDay}です。`,
    graceLastDay: ({ dates }) =>
      `マイナ保険証が使えるうちに窓口で手続きできる最後の日は${dates.graceLastCounterDay}です。`,
    note: "市区町村の窓口は、土曜・日曜・祝日と12月29日〜1月3日は閉まっています。ただ、土曜や日曜に開く窓口（休日窓口）や夜間に開く日がある市区町村も多く、受付時間もそれぞれです。お住まいの市区町村のホームページなどで確かめてください。",
    joiner: "",
  },
  alternative: (a, t) => {
    const label = ASSUMPTIONS[a.assumption] ?? a.assumption;
    const parts = [label + "："];
    if (a.cardExpiresOn) parts.push(`カードの有効期限は${t.date(a.cardExpiresOn)}。`);
    if (a.certificateExpiresOn) parts.push(`電子証明書の有効期限は${t.date(a.certificateExpiresOn)}、`);
    // Issue 9: never "まで使えます" about a past day.
    if (a.graceEndsOn) {
      parts.push(
        a.stage === "lapsed"
          ? `マイナ保険証は${t.date(a.graceEndsOn)}を最後に使えなくなっています。`
          : a.stage === "grace"
            ? `マイナ保険証で受診できるのは${t.date(a.graceEndsOn)}までで、資格の確認だけです。`
            : `マイナ保険証は${t.date(a.graceEndsOn)}まで使えます。`,
      );
    }
    if (a.stage) parts.push(`今日の段階は「${stageName(a.stage, "ja")}」です。`);
    return parts.join("");
  },
  checkCardExpiry: `まず、カードの有効期限を確かめてください。入力された日付は誕生日ではないので、打ち間違いかもしれません。ここからは、入力どおりの日付で、在留期間の満了日で切れるカードだった場合の答えです。`,
  ifStayCard: `入力どおり在留期間の満了日で切れるカードなら：`,
  alternativeWindow: (date) => `この場合、窓口で更新できるのは${date}からです。`,
  checkCertificateField: {
    cardExpiryInCertificateField: `まず確かめてください。${field.cardWords}${field.box}その欄が空いているなら、${field.moveTo}ここからは、電子証明書の有効期限だった場合の答えです。`,
    certificateExpiryTooLate: `まず確かめてください。${field.atMost}カード本体の有効期限（「…まで有効」）なら、${field.moveTo}ここからは、入力どおりの場合の答えです。`,
  },
  inputNote: {
    past_era_end: "{field}は、元号が変わった後の日付なので、{wareki}（{date}）として読みました。",
  },
  condition: (r) =>
    r.since === null
      ? "電子証明書を更新していた場合の答えです。"
      : r.headline === "notRenewed"
        ? `${r.since}以降に窓口で電子証明書を更新・再発行していない場合の答えです。`
        : `${r.since}以降に窓口で電子証明書を更新・再発行していた場合の答えです。`,
  assumed: {
    earlierBirthday:
      "電子証明書がカードの有効期限まで有効な場合の答えです。もっと前の誕生日に切れている場合は、答えが変わります（下のとおり）。",
    issuedInWindow: "入力された発行日どおりの場合の答えです。発行日が1日遅い場合は、答えが変わります（下のとおり）。",
    adultCard: "5年のカードだった場合の答えです。10年のカードだった場合は、答えが変わります（下のとおり）。",
    minorCard: "10年のカード（成年）だった場合の答えです。5年のカードだった場合は、答えが変わります（下のとおり）。",
    march1: "誕生日を2月28日として数えた場合の答えです。3月1日として数えると、答えが変わります（下のとおり）。",
  },
  milestone: {
    noticeExpected: "有効期限通知書が届きはじめるころ",
    renewalOpens: "電子証明書の更新ができるようになる日",
    certificateExpires: "電子証明書の有効期限",
    graceStarts: "期限切れ。資格の確認だけになる日",
    graceEnds: "マイナ保険証を使える最後の日",
    lapses: "マイナ保険証として使えなくなる日",
    cardRenewalOpens: "カードの更新申請ができるようになる日",
    cardExpires: "マイナンバーカードの有効期限",
  },
};

const ASSUMPTIONS: Record<string, string> = {
  cardFace: "この日付がカードの有効期限だった場合",
  cardFaceNotRenewed: "この日付がカードの有効期限で、更新・再発行していない場合",
  cardFaceRenewed: "この日付がカードの有効期限で、更新・再発行していた場合",
  renewed: "更新・再発行していた場合",
  notRenewed: "更新・再発行していない場合",
  adultCard: "10年のカード（成年）だった場合",
  minorCard: "5年のカードだった場合",
  march1: "誕生日を3月1日として数えた場合",
  earlierBirthday: "電子証明書がカードより前の誕生日に切れる場合",
  issuedInWindow: "発行日が1日遅く、更新できる期間に入っていた場合",
  noSignatureCertificate: "15歳の誕生日の前日を15歳と数えない場合（署名用電子証明書はカードに入っていません）",
};
