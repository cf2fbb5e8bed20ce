/**
 * @module
 * 日本語の文言。住民向けに、短く、次に何をすればよいかが分かるように書く。
 * The reader texts quote the MHLW leaflet word for word (R-INS-2), so people recognise them.
 */
import type { Catalog } from "./catalog.ts";
import { stageName } from "./stages.ts";

const renewWhere = "お住まいの市区町村の窓口";

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
    not_a_string: "{field}は文字列で送ってください（例: \"2026-03-15\"）。",
    too_long: "{field}が長すぎます。日付だけを入力してください。",
    unknown_field: "この項目は受け付けていません。項目名を確認してください（使える項目は /api/v1/openapi.json に載っています）。",
    unsupported_lang: "言語は ja、en、ja-easy のどれかを指定してください。",
    not_an_object: "{field}は JSON のオブジェクト（{ … }）で送ってください。",
    invalid_value: "{field}の値を確認してください。",
    birth_date_in_future: "生年月日が今日より後になっています。生年月日を確認してください。",
    card_issued_before_first_cards: "マイナンバーカードの交付は2016年1月に始まりました。カードの発行日を確認してください。",
    card_issued_before_birth: "カードの発行日が生年月日より前になっています。どちらかの日付を確認してください。",
    card_issued_in_future: "カードの発行日が今日より後になっています。発行日を確認してください。",
    application_after_card_issue: "申請の受付日がカードの発行日より後になっています。受付日を確認してください。",
    certificate_issued_before_card: "電子証明書の発行日が、カードの発行日より前になっています。日付を確認してください。",
    certificate_issued_before_birth: "電子証明書の発行日が生年月日より前になっています。日付を確認してください。",
    certificate_issued_after_card_expiry: "電子証明書の発行日が、カードの有効期限より後になっています。日付を確認してください。",
    certificate_issued_in_future: "電子証明書の発行日が今日より後になっています。日付を確認してください。",
    certificate_issued_after_expiry: "電子証明書の発行日が、その有効期限より後になっています。どちらかの日付を確認してください。",
    card_expiry_not_after_birth: "カードの有効期限が生年月日より前になっています。カードに印字された日付を確認してください。",
    card_expiry_not_after_issue: "カードの有効期限が発行日より前になっています。どちらかの日付を確認してください。",
    certificate_expiry_not_after_birth: "電子証明書の有効期限が生年月日より前になっています。日付を確認してください。",
    certificate_outlives_card:
      "電子証明書の有効期限が、カードの有効期限より後になっています。電子証明書はカードより長く有効になることはないので、両方の日付を確認してください。",
    stay_ends_before_card_issue: "在留期間の満了日がカードの発行日より前になっています。日付を確認してください。",
    impossible_card_age:
      "この生年月日とカードの有効期限の組み合わせ（有効期限の日に{age}歳）になるカードはありません。どちらかの日付が違っていないか確認してください。",
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
    renewal: ({ dates }) =>
      `電子証明書の有効期限（${dates.expiry}）まで3カ月を切りました。今、更新の手続きができます。`,
    grace: ({ dates }) =>
      `電子証明書の有効期限（${dates.expiry}）が切れています。${dates.graceEnds}までは、マイナ保険証で受診できますが、保険の資格の確認だけになり、診療情報・薬剤情報は医療機関に提供されません。`,
    lapsed: ({ dates }) =>
      `電子証明書の有効期限（${dates.expiry}）が切れてから3カ月以上たったため、${dates.lapses}からマイナ保険証として使えなくなっています。`,
  },
  daysLeft: {
    valid: (days) => `更新ができるようになるまで、あと${days}日です。`,
    renewal: (days) => (days === 0 ? "今日が有効期限の最後の日です。" : `有効期限まで、あと${days}日です。`),
    grace: (days) => (days === 0 ? "今日が、マイナ保険証を使える最後の日です。" : `マイナ保険証を使える期間は、あと${days}日です。`),
    lapsed: (days) =>
      days === 0 ? "今日から、マイナ保険証として使えなくなりました。" : `マイナ保険証として使えなくなってから${days}日たっています。`,
  },
  reader: {
    normal: {
      badge: "マイナ保険証 使える",
      heading: "いつもどおりの画面",
      message: "有効期限についての表示はありません。マイナ保険証で受診できます。",
      button: "次に進む",
    },
    renewalAlert: {
      badge: "マイナ保険証 使える",
      heading: "有効期限のお知らせ",
      message: "証明書の有効期限が3カ月以内となっています。市区町村の窓口で更新手続きをお願いします。",
      button: "次に進む",
    },
    qualificationOnly: {
      badge: "マイナ保険証 使える（資格情報のみ）",
      heading: "有効期限切れのお知らせ",
      message:
        "電子証明書の有効期限が切れているため、資格情報のみ当機関に提供します。お早めに市区町村の窓口で電子証明書を更新してください。",
      button: "次に進む",
    },
    lapsed: {
      badge: "マイナ保険証 使えない",
      heading: "電子証明書が失効しています",
      message:
        "電子証明書が失効しています。マイナンバーカードを取り出し、受付窓口までお越しください。証明書の更新は、市区町村の窓口で手続きが必要です。",
      button: "",
    },
  },
  capability: {
    insuranceFull: "マイナ保険証で受診（診療情報・薬剤情報の提供も）",
    insuranceQualificationOnly: "マイナ保険証で保険の資格を確認",
    myNaPortalLogin: "マイナポータルへのログイン",
    convenienceStoreCopies: "コンビニでの住民票の写しなどの交付",
    eTaxSignature: "e-Taxなどの電子申請（署名用電子証明書）",
    photoId: "顔写真付きの本人確認書類として使う",
  },
  works: { yes: "できます", no: "できません", unknown: "この入力だけでは分かりません", joiner: "：" },
  nextStep: {
    nothingYet: ({ dates }) => ({
      title: "今は手続きはいりません",
      detail: `電子証明書の更新は${dates.renewalOpens}からできます。`,
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
      detail: `${renewWhere}で、無料で更新できます（${dates.expiry}まで）。オンラインではできません。マイナンバーカードを持って行き、4桁の暗証番号と、署名用の6〜16桁のパスワードを確認しておいてください。代理人による手続きもできます（2回の来庁が必要）。`,
    }),
    renewCard: ({ dates, evaluation, date }) => {
      const expired = evaluation.daysUntil.cardExpires !== null && evaluation.daysUntil.cardExpires < 0;
      return {
        title: "マイナンバーカードを更新する",
        detail: expired
          ? `カードの有効期限（${dates.card}）が過ぎています。新しいカードを申請してください（オンライン、郵送、証明写真機、窓口）。新しいカードに新しい電子証明書が入ります。`
          : `電子証明書はカードの有効期限（${dates.card}）と同じ日に切れるので、カードごと更新します。${dates.cardRenewalOpens ?? date(evaluation.certificate.renewalOpensOn)}から、オンライン、郵送、証明写真機、窓口で申請できます。受け取りは窓口です。`,
      };
    },
    reissueCertificateAtOffice: () => ({
      title: "市区町村の窓口で電子証明書を再発行する",
      detail: `有効期限が切れても、カードが有効なら${renewWhere}で無料で再発行できます。オンラインではできません。マイナンバーカードを持って行き、暗証番号を確認しておいてください。`,
    }),
    wait24Hours: () => ({
      title: "新しい電子証明書は約24時間後から使えます",
      detail: "手続きのすぐ後は、医療機関のカードリーダーに古い有効期限が表示されることがあります。",
    }),
    setUpSmartphoneAgain: () => ({
      title: "スマホ用電子証明書を設定し直す",
      detail: "スマートフォンにマイナンバーカードの機能を入れている人は、更新の後にもう一度設定してください。",
    }),
    registerInsuranceAgain: () => ({
      title: "マイナ保険証の利用登録をやり直す",
      detail: "3カ月の猶予期間が終わると、マイナ保険証の利用登録が解除されます。再発行の後、医療機関のカードリーダーやマイナポータルで登録し直してください。",
    }),
    eligibilityCertificate: () => ({
      title: "資格確認書で受診できます",
      detail: "更新しなかった人には、加入している健康保険から「資格確認書」が届き、それで受診できます。届く時期は保険者によって違います（協会けんぽは有効期限の月末から約2カ月後に勤務先を通じて、国民健康保険は猶予期間が終わるまでに、など）。",
    }),
    showCardAtReception: () => ({
      title: "受付でカードを出して伝える",
      detail: "カードリーダーに「電子証明書が失効しています」と表示されたら、受付窓口に申し出てください。",
    }),
    checkCertificateExpiry: ({ dates }) => ({
      title: "電子証明書の有効期限を確かめる",
      detail: `カード表面の電子証明書の有効期限の欄（手書き）か、マイナポータルで確認できます。${dates.firstCertificate ?? "最初の有効期限"}より後に更新していれば、${dates.card ?? "カードの有効期限"}まで有効です。`,
    }),
  },
  caveat: {
    probablyRenewed: ({ dates }) =>
      `最初の電子証明書は${dates.firstCertificate}に有効期限を迎えています。カードはまだ有効なので、更新したものとして表示しています。更新していない場合は、下の「更新していない場合」を見てください。`,
    thresholdTransition: () =>
      "2022年4月から9月に18歳・19歳で発行されたカードは、申請がいつ受け付けられたかで有効期限が変わります（2022年3月までなら5年、4月からなら10年）。早いほうの日付で表示しています。カードに印字された有効期限を入力すると確定します。",
    ageBoundary: () =>
      "カードが成年になる誕生日の前日に発行されたため、その日を成年として数えるかで有効期限が変わります。成年として数えた日付で表示しています。カードに印字された有効期限を入力すると確定します。",
    feb29: () =>
      "2月29日生まれの人は、うるう年でない年の誕生日を2月28日として計算しています。3月1日として扱う場合もあるため、カードや通知書の日付も確認してください。",
    signatureUncertain: () =>
      "この組み合わせのカードは、ふつう15歳未満で発行されたもので、署名用電子証明書はありません。15歳の誕生日の前日に発行された場合だけ、署名用電子証明書があります。",
    adultByDayBefore: () =>
      "この組み合わせは、18歳の誕生日の前日に発行された10年のカードだけにあり得ます。日付に間違いがないか確認してください。",
    cardExpiryNotBirthday: () =>
      "カードの有効期限は、ふつう誕生日です。入力された日付は誕生日ではないので、打ち間違いがないか確認してください。",
    periodOfStay: () =>
      "在留期間の満了日でカードが切れる場合、有効期限通知書は届きません。在留期間を更新してカードの期限を延ばしても、電子証明書の期限は延びないので、窓口で電子証明書の手続きもしてください。",
    cardExpired: ({ dates }) =>
      `マイナンバーカードの有効期限（${dates.card}）が過ぎています。電子証明書も同じ日に切れており、再発行にはカードの更新が必要です。`,
  },
  alternative: (a, t) => {
    const label = ASSUMPTIONS[a.assumption] ?? a.assumption;
    const parts = [label + "："];
    if (a.cardExpiresOn) parts.push(`カードの有効期限は${t.date(a.cardExpiresOn)}。`);
    if (a.certificateExpiresOn) parts.push(`電子証明書の有効期限は${t.date(a.certificateExpiresOn)}、`);
    if (a.graceEndsOn) parts.push(`マイナ保険証は${t.date(a.graceEndsOn)}まで使えます。`);
    if (a.stage) parts.push(`今日の段階は「${stageName(a.stage, "ja")}」です。`);
    return parts.join("");
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
  weekdays: ["日", "月", "火", "水", "木", "金", "土"],
  formatDate: (y, m, d, w) => `${y}年${m}月${d}日（${w}）`,
};

const ASSUMPTIONS: Record<string, string> = {
  renewed: "更新した場合",
  notRenewed: "更新していない場合",
  adultCard: "10年のカード（成年）だった場合",
  minorCard: "5年のカードだった場合",
  march1: "誕生日を3月1日として数えた場合",
};
