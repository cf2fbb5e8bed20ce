/**
 * @module
 * The checker (/check/): GOV.UK "check if" texts per language. Field names are the API's
 * request fields (contract.md). The island receives this page's language as JSON, so every
 * string here may use the inline markup of lib/inline.ts.
 */

import type { ParseErrorCode } from "#shared/dates/index.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { LangWithPage } from "../i18n/site";
import { content as koCheck } from "./translations/ko/check";
import { content as neCheck } from "./translations/ne/check";
import { content as ptBRCheck } from "./translations/pt-BR/check";
import { content as tlCheck } from "./translations/tl/check";
import { content as viCheck } from "./translations/vi/check";
import { content as zhHansCheck } from "./translations/zh-Hans/check";

export type DateFieldName =
  | "certificateExpiry"
  | "birthDate"
  | "cardExpiry"
  | "cardIssuedOn"
  | "periodOfStayEndsOn"
  | "today";

export interface DateFieldText {
  label: string;
  hint: string;
  /** An example that fits this field, for its error message (a birth date for the birth date). */
  example: string;
}

export interface CheckContent {
  title: string;
  description: string;
  lead: string[];
  cardFigure: { caption: string; items: [string, string, string] };
  knowHeading: string;
  knowHint: string;
  orHeading: string;
  orHint: string;
  issueSummary: string;
  staySummary: string;
  todaySummary: string;
  fields: Record<DateFieldName, DateFieldText>;
  submit: string;
  checking: string;
  /** Why a typed date cannot be read; `{field}` is the field's label, `{example}` its example. */
  parse: Record<Exclude<ParseErrorCode, "empty">, string> & { suggestion: string };
  errors: {
    summaryTitle: string;
    titlePrefix: string;
    prefix: string;
    needInput: string;
    needBirthDate: string;
    /** Failures of the service, not the input: shown apart from the error summary. */
    network: string;
    server: string;
    busy: string;
  };
  result: {
    /** The answer as a short heading that names the stage (R-INS-2). */
    headline: Record<Stage, string>;
    /** One action sentence; `{date}` becomes the action date with its distance (render-result.ts actionDate). */
    action: Record<Stage, string>;
    /** Where to go and what to bring (R-RENEW-2). */
    bring: string;
    /**
     * R-CARD-4: instead of `action` and `bring` when the certificate ends with a stay-limited
     * card (the API's next step `extendCardValidity`): the stay is extended at immigration first,
     * then the card and its certificate at the municipal office. `{date}` is the last counter day.
     */
    stay: {
      action: string;
      /**
       * The same order in the valid stage (R-CARD-4), with no date (review8 #4): the card's
       * validity follows the stay extension, whenever the new residence card comes, not the
       * certificate's renewal window, which gains nothing on this card (R-CERT-1(b)).
       */
      later: string;
      bring: string;
    };
    /**
     * When the headline rests on an assumption whose other reading gives another stage today
     * (R-INFER-6, R-INPUT-3, R-AGE-2, R-DATE-4): the panel's heading says to check first, and
     * `ifSo` labels the headline's own answer under it.
     */
    checkFirst: {
      heading: string;
      ifSo: string;
      /**
       * Review7 #15 (R-DATE-6, R-CERT-3; the API's `certificateFieldDoubt`): the button that checks
       * again with the date typed as the certificate's moved to the card expiry field.
       */
      moveToCard: string;
      /**
       * R-INFER-4: the card expiry typed is not a birthday and no stay end was given (the API's
       * `cardExpiryNotBirthday`, the same decision as its check-first `text.stage`). `why` says
       * what is odd; `typo`, with `{date}` the nearest birthday, and its button `recheck` are one
       * reading; `asTyped` (a stay-limited card) is the other, the one the box below answers.
       */
      card: { heading: string; why: string; typo: string; recheck: string; asTyped: string };
    };
    /**
     * Review finding 1 (R-CARD-5, R-CARD-6): instead of `action` and `bring` when the certificate
     * ends with the card: a new card, not a counter renewal. `action` (renewal stage): `{date}` is
     * the expiry; `later` (valid): `{date}` is the day the card's renewal opens.
     */
    newCard: {
      /** Instead of `headline.renewal` when the renewal stage's step is a new card (the same `cardStep`). */
      headline: string;
      action: string;
      later: string;
      bring: string;
    };
    /** R-INFER-5, R-CERT-4: the card has expired: no re-issue, a new card; `{date}` is the card's expiry. */
    cardExpired: { action: string; bring: string };
    /**
     * Review7 #13 (R-CERT-3, R-CERT-5): in the renewal stage of a first certificate read from the
     * card (routes cardFace, cardIssue), for someone who has already renewed inside the window:
     * how the card shows it (`{date}`, the renewed expiry: the card's own, E1 + 5 years) and that
     * nothing more is needed then.
     */
    alreadyRenewed: string;
    /** The disclosure that holds the longer explanation, the reader screen and the timeline. */
    more: string;
    /** R-INFER-3: the one question when the card cannot tell whether the holder renewed (renewal.ts). */
    question: {
      /** `{date}` is W1, the first certificate's renewal-window start. */
      legend: string;
      /**
       * How to tell from the card or マイナポータル. `{date}` is E1, the first certificate's expiry:
       * only a handwritten date later than E1 means renewed (R-INFER-3); E1 itself written in the
       * box is the first expiry.
       */
      howToTell: string[];
      yes: string;
      no: string;
      unknown: string;
      submit: string;
      intro: string;
      ifNo: string;
      ifYes: string;
    };
    checkedOn: string;
    datesHeading: string;
    dateLabels: {
      renewalOpens: string;
      certificateExpires: string;
      graceEnds: string;
      cardExpires: string;
      signature: string;
      signatureAtMost: string;
      lastCounterDay: string;
      /** R-COUNTER-1: the first open day of the window, listed when the window opens on a closed day. */
      firstCounterDay: string;
    };
    timelineHeading: string;
    timelineCaption: string;
    tableCaption: string;
    tableDate: string;
    tableEvent: string;
    todayRow: string;
    todayMarker: string;
    /** The same, when the person chose the day ("today" in the form or fragment). */
    dayRow: string;
    dayMarker: string;
    before: string;
    from: string;
    until: string;
    readerHeading: string;
    readerCaption: string;
    worksHeading: string;
    worksWord: string;
    notWorksWord: string;
    stepsHeading: string;
    caveatsHeading: string;
    caveatAlternatives: string;
    /** Under the periodOfStay caveat (R-CARD-4, R-INFER-6): the link to the page for residents with a period of stay. */
    stayPage: string;
    calendarHeading: string;
    calendarText: string;
    ics: string;
    /** Before the Google Calendar links, one per event (their titles are the calendar's own words). */
    google: string;
    bookmark: string;
    again: string;
    stagesLink: string;
  };
}

export const CHECK: Record<LangWithPage<"check">, CheckContent> = {
  ja: {
    title: "電子証明書の期限と今の段階を調べる",
    description:
      "マイナンバーカードの電子証明書の有効期限と、マイナ保険証が今どの段階か（使える・期限が近い・期限切れ後の猶予・使えない）を調べます。",
    lead: [
      "わかる日付を入力すると、電子証明書の有効期限、更新できる日、マイナ保険証が使える最後の日と、病院のカードリーダーに出る画面がわかります。",
      "日付は西暦でも和暦でも、カードに書いてあるとおりに入力できます（例：2026年11月14日、令和8年11月14日、R8.11.14、昭和60年11月14日）。",
    ],
    cardFigure: {
      caption: "カードの表のどこに日付があるか（見本）",
      items: [
        "**生年月日**：和暦で印刷されています（例：昭和60年11月14日生）。",
        "**カードの有効期限**：「2031年11月14日まで有効」のように西暦で印刷されています。電子証明書の期限ではありません。",
        "**電子証明書の有効期限**：窓口で手書きする欄です（赤い点線の枠）。空欄のことも多く、そのときはマイナポータルか有効期限通知書で確かめられます。",
      ],
    },
    knowHeading: "電子証明書の有効期限がわかる場合",
    knowHint: "わかればこれだけで十分です。わからなければ空のまま、次の質問に進んでください。",
    orHeading: "有効期限がわからない場合",
    orHint: "生年月日と、カードの表に印刷されたカードの有効期限から計算します。",
    issueSummary: "カードの有効期限のかわりに、カードの発行日を使う",
    staySummary: "在留期間がある外国人住民の方",
    todaySummary: "今日ではない日について調べる",
    fields: {
      certificateExpiry: {
        label: "電子証明書の有効期限",
        hint: "カードの表の「電子証明書の有効期限」欄（窓口で手書きされます。空欄のことも多い）、マイナポータル、または水色の封筒の有効期限通知書に書いてあります（上の図の3）。",
        example: "令和8年3月15日",
      },
      birthDate: {
        label: "生年月日",
        hint: "カードの表に和暦で書いてあるとおりに入力できます（上の図の1）。例：昭和60年11月14日",
        example: "昭和60年11月14日",
      },
      cardExpiry: {
        label: "カードの有効期限",
        hint: "カードの表に「2031年11月14日まで有効」のように印刷されている日付です（上の図の2）。",
        example: "2031年11月14日",
      },
      cardIssuedOn: {
        label: "カードの発行日",
        hint: "カードには印刷されていません。カードが作られた日（受け取った日ではありません）。わかる場合だけ入力してください。",
        example: "2021年11月1日",
      },
      periodOfStayEndsOn: {
        label: "在留期間の満了日",
        hint: "在留カードに書いてある日付です。永住者・高度専門職2号・特別永住者の方は入力しなくてかまいません。",
        example: "2027年4月30日",
      },
      today: {
        label: "調べる日",
        hint: "空のままなら今日（日本時間）について調べます。先の日を入れると「その日にどうなるか」がわかります。",
        example: "令和8年12月2日",
      },
    },
    submit: "調べる",
    checking: "調べています…",
    parse: {
      unrecognised: "{field}を日付として読めません。「{example}」のように入力してください。",
      not_a_real_date: "{field}の日付はカレンダーにありません。月と日を確かめてください。",
      past_era_end: "{field}は、その元号が終わった後の日付です。",
      before_era_start: "{field}は、その元号が始まる前の日付です。",
      before_gregorian: "{field}は、1873年（明治6年）以降の日付で入力してください。",
      weekday_mismatch:
        "{field}の曜日が日付と合いません。{date}ですが、{weekday}と書かれています。日付と曜日を確かめてください。",
      year_mismatch:
        "{field}の年が合いません。かっこの中は「{year}」ですが、この日付は{dateWithEra}です。どちらが正しいか確かめてください。",
      suggestion: "{date}のことですか？",
    },
    errors: {
      summaryTitle: "入力を確かめてください",
      titlePrefix: "エラー：",
      prefix: "エラー：",
      needInput: "電子証明書の有効期限を入力するか、生年月日とカードの有効期限を入力してください。",
      needBirthDate: "生年月日を入力してください。カードの有効期限や発行日だけでは計算できません。",
      network: "答えを受け取れませんでした。通信状態を確かめて、もう一度「調べる」を押してください。",
      server: "答えを受け取れませんでした。しばらくしてから、もう一度お試しください。",
      busy: "いま調べる人が多く、答えを受け取れませんでした。入力はそのままです。1分ほど待ってから、もう一度「調べる」を押してください。",
    },
    result: {
      headline: {
        valid: "電子証明書は有効です",
        renewal: "電子証明書を更新する時期です",
        grace: "電子証明書の期限が切れています",
        lapsed: "マイナ保険証として使えなくなっています",
      },
      action: {
        valid: "{date}から、市区町村の窓口で更新できます。それまで手続きはいりません。",
        renewal: "{date}までに、市区町村の窓口で更新してください。",
        grace: "{date}までに、市区町村の窓口で再発行してください。それまではマイナ保険証で受診できます。",
        lapsed: "{date}から、マイナ保険証として使えません。市区町村の窓口で電子証明書を再発行してください。",
      },
      bring:
        "手続きは、お住まいの市区町村の窓口で（無料）。マイナンバーカードを持って行き、4桁の暗証番号と、署名用電子証明書がある人はそのパスワード（英数字6〜16文字）を確かめておいてください。",
      checkFirst: {
        heading: "まず、電子証明書の有効期限を確かめてください",
        ifSo: "上の前提のとおりだった場合",
        moveToCard: "この日付を「カードの有効期限」に移して調べる",
        card: {
          heading: "まず、カードの有効期限を確かめてください",
          why: "入力されたカードの有効期限は、誕生日ではありません。在留期間で切れるカードでなければ、カードの有効期限は誕生日です。カードの表に「…まで有効」と印刷された日付を、もう一度見てください。",
          typo: "印刷された日付が{date}（誕生日）なら、入力の打ち間違いです。その日付で調べ直してください。",
          recheck: "この日付で調べ直す",
          asTyped:
            "入力どおりの日付なら、在留期間の満了日で切れるカード（外国人住民の方のカード）です。在留期間の満了日も入力すると、答えが確かになります。下は、その場合の答えです。",
        },
      },
      stay: {
        action:
          "まず、出入国在留管理局で在留期間を更新してください。そのあと{date}までに、市区町村の窓口でカードの有効期間を変更し、電子証明書も新しくしてください。",
        later:
          "まず、出入国在留管理局で在留期間を更新します（数週間かかることがあります）。新しい在留カードを受け取ったら、市区町村の窓口でカードの有効期間を変更し、電子証明書も新しくします。",
        bring:
          "市区町村の窓口には、新しい在留カードとマイナンバーカードを持って行き、4桁の暗証番号と、署名用電子証明書がある人はそのパスワード（英数字6〜16文字）を確かめておいてください。",
      },
      newCard: {
        headline: "新しいマイナンバーカードを申請する時期です",
        action:
          "カードの有効期限は{date}です。電子証明書はカードより長くは使えないので（今更新や再発行をしても、この日に切れます）、今、新しいマイナンバーカードを申請してください。",
        later:
          "{date}から、新しいマイナンバーカードを申請できます（電子証明書はカードと同じ日に切れるので、カードを新しくします）。それまで手続きはいりません。",
        bring: "申請はオンライン、郵送、証明写真機、窓口で（顔写真が必要）。申請から受け取りまで1カ月ほどかかります。",
      },
      cardExpired: {
        action:
          "カードの有効期限（{date}）が過ぎています。有効期限が過ぎたカードでは電子証明書を再発行できないので、新しいマイナンバーカードを申請してください。",
        bring:
          "申請はオンライン、郵送、証明写真機、窓口で（顔写真が必要）。受け取りまで1カ月ほどかかり、それまでは資格確認書で受診できます。",
      },
      alreadyRenewed:
        "もう更新した人は、カードの表の「電子証明書の有効期限」の欄に{date}と書いてあれば、更新は済んでいます。手続きはいりません。",
      more: "くわしく見る",
      question: {
        legend: "{date}以降に、市区町村の窓口で電子証明書を更新・再発行しましたか？",
        howToTell: [
          "カードの表の「電子証明書の有効期限」の欄（カードの左下、赤い点線の枠）に、{date}より後の日付が手書きされていれば、更新しています。{date}と書いてあるだけなら、それは最初の期限で、更新したしるしではありません。",
          "今マイナポータルにログインできるなら、更新しています。期限の切れた電子証明書ではログインできません。",
        ],
        yes: "はい",
        no: "いいえ",
        unknown: "わからない",
        submit: "答える",
        intro:
          "答えによって、今の段階が変わります。わからないうちは、両方を見て、早いほうの日付に間に合うようにしてください。",
        ifNo: "更新・再発行していない場合",
        ifYes: "更新・再発行した場合",
      },
      checkedOn: "調べた日：",
      datesHeading: "大事な日付",
      dateLabels: {
        renewalOpens: "更新の期間が始まる日",
        firstCounterDay: "窓口で手続きできる最初の日",
        certificateExpires: "電子証明書の有効期限",
        graceEnds: "マイナ保険証として使える最後の日（資格情報だけ）",
        cardExpires: "カード本体の有効期限",
        signature: "署名用電子証明書の有効期限",
        signatureAtMost: "（住所や氏名が変わると、これより前に失効します）",
        lastCounterDay: "窓口で手続きできる最後の日",
      },
      timelineHeading: "時間の流れ",
      timelineCaption: "あなたの4つの段階（下の表と同じ内容です）",
      tableCaption: "日付とできごと",
      tableDate: "日付",
      tableEvent: "できごと",
      todayRow: "今日",
      todayMarker: "今日",
      dayRow: "調べた日",
      dayMarker: "調べた日",
      before: "より前",
      from: "から",
      until: "まで",
      readerHeading: "この日に病院や薬局のカードリーダーに出る画面",
      readerCaption: "顔認証付きカードリーダーの画面（イメージ）",
      worksHeading: "使えるもの・使えないもの",
      worksWord: "使える",
      notWorksWord: "使えない",
      stepsHeading: "次にすること",
      caveatsHeading: "確かめてほしいこと",
      caveatAlternatives: "ほかの場合：",
      stayPage: "在留期間がある方の手続きの順番と持ち物",
      calendarHeading: "カレンダーに入れる",
      calendarText:
        "これから先の日付を、カレンダーに予定として入れられます。ファイル（.ics）には、それぞれの日の午前9時のお知らせが付いています。",
      ics: "カレンダーファイル（.ics）をダウンロード",
      google: "Googleカレンダーには1件ずつ追加します（お知らせの時刻はGoogleカレンダーの設定によります）：",
      bookmark:
        "このページのアドレスに入力した日付が入っています。ブックマークすると同じ結果をまた見られます。アドレスの「#」から後ろはサーバーに送られません。",
      again: "入力を変えて調べる",
      stagesLink: "4つの段階をくわしく見る",
    },
  },
  en: {
    title: "Check your certificate's expiry and stage",
    description:
      "Find the expiry of the electronic certificate on your My Number Card and the stage your health-insurance card is in: valid, renewal window, grace period or lapsed.",
    lead: [
      "Enter the dates you know. You will see the certificate's expiry, when you can renew, the last day the card works as a health-insurance card, and the screen the clinic's card reader shows.",
      "Type dates as they appear: Western or Japanese calendar (2026-11-14, 2026年11月14日, 令和8年11月14日, R8.11.14, 昭和60年11月14日).",
    ],
    cardFigure: {
      caption: "Where the dates are on the front of the card (sample)",
      items: [
        "**Date of birth**: printed in the Japanese calendar (for example 昭和60年11月14日生).",
        "**Card expiry**: printed like “2031年11月14日まで有効” (valid until 14 November 2031). This is not the certificate's expiry.",
        "**Certificate expiry**: a box filled in by hand at the office (red dashed frame). It is often blank; then マイナポータル or the expiry notice letter tells you.",
      ],
    },
    knowHeading: "If you know the certificate's expiry",
    knowHint: "That is all we need. If you don't know it, leave it empty and go on.",
    orHeading: "If you don't know it",
    orHint: "We work it out from your birth date and the card expiry printed on the card.",
    issueSummary: "Use the card's issue date instead of its expiry",
    staySummary: "If you are a foreign resident with a fixed period of stay",
    todaySummary: "Check a day other than today",
    fields: {
      certificateExpiry: {
        label: "Certificate expiry date",
        hint: "In the box “電子証明書の有効期限” on the card face (handwritten at the office, often blank), on マイナポータル, or in the light-blue expiry notice letter (3 in the picture above).",
        example: "2026-03-15 or 令和8年3月15日",
      },
      birthDate: {
        label: "Date of birth",
        hint: "As printed on the card, in the Japanese calendar if you like. For example 昭和60年11月14日 or 1985-11-14 (1 in the picture above).",
        example: "1985-11-14 or 昭和60年11月14日",
      },
      cardExpiry: {
        label: "Card expiry date",
        hint: "Printed on the card face, for example “2031年11月14日まで有効” (2 in the picture above).",
        example: "2031-11-14",
      },
      cardIssuedOn: {
        label: "Card issue date",
        hint: "Not printed on the card: the day the card was made (not the day you collected it). Only if you know it.",
        example: "2021-11-01",
      },
      periodOfStayEndsOn: {
        label: "End of your period of stay (在留期間満了日)",
        hint: "As written on your residence card. Not needed for permanent residents, Highly Skilled Professionals (ii) and special permanent residents.",
        example: "2027-04-30",
      },
      today: {
        label: "Day to check",
        hint: "Leave empty for today (Japan time). A future day shows what will happen then.",
        example: "2026-12-02",
      },
    },
    submit: "Check",
    checking: "Checking…",
    parse: {
      unrecognised: "{field}: type a date we can read, like {example}.",
      not_a_real_date: "{field}: that day is not on the calendar. Check the month and day.",
      past_era_end: "{field}: that date is after the end of the era.",
      before_era_start: "{field}: that date is before the start of the era.",
      before_gregorian: "{field}: dates before 1873 cannot be used.",
      weekday_mismatch: "{field}: {date} is not a {weekday}. Check the date and the weekday.",
      year_mismatch:
        "{field}: the year in brackets ({year}) does not match the date, {dateWithEra}. Check which year is right.",
      suggestion: "Did you mean {date}?",
    },
    errors: {
      summaryTitle: "There is a problem",
      titlePrefix: "Error: ",
      prefix: "Error: ",
      needInput: "Enter the certificate expiry date, or your date of birth and the card expiry date.",
      needBirthDate: "Enter your date of birth. The card dates alone are not enough.",
      network: "We could not get an answer. Check your connection and select “Check” again.",
      server: "We could not get an answer. Please try again in a moment.",
      busy: "Too many checks right now, so we could not get an answer. Your answers are kept: wait about a minute, then select “Check” again.",
    },
    result: {
      headline: {
        valid: "Your certificate is valid",
        renewal: "It is time to renew your certificate",
        grace: "Your certificate has expired",
        lapsed: "Your card no longer works as a health-insurance card",
      },
      action: {
        valid: "You can renew it at your municipal office from {date}. Until then there is nothing to do.",
        renewal: "Renew it at your municipal office by {date}.",
        grace:
          "Have it re-issued at your municipal office by {date}. Until then you can still see a doctor with the card.",
        lapsed:
          "It stopped working as a health-insurance card on {date}. Have the certificate re-issued at your municipal office.",
      },
      bring:
        "Go to your municipal office (free of charge). Bring the My Number Card and make sure you know its 4-digit PIN and, if you have a signature certificate, its password (6–16 letters and numbers).",
      checkFirst: {
        heading: "First check your certificate's expiry date",
        ifSo: "If the assumption above is right",
        moveToCard: "Use this date as the card expiry",
        card: {
          heading: "First check your card's expiry date",
          why: "The card expiry you entered is not a birthday. Unless a card ends with a period of stay, it expires on a birthday. Look again at the date printed on the front of the card (「…まで有効」).",
          typo: "If the printed date is {date} (your birthday), the date was mistyped: check again with that date.",
          recheck: "Check again with this date",
          asTyped:
            "If the date you entered is right, the card ends with a period of stay (a foreign resident's card). Enter the end of your period of stay too, for a surer answer. The answer below is for that case.",
        },
      },
      stay: {
        action:
          "First extend your period of stay at the immigration office (出入国在留管理局). Then, by {date}, go to your municipal office to extend the card's validity and get a new certificate.",
        later:
          "First you extend your period of stay at the immigration office (出入国在留管理局); it can take weeks. Once you have the new residence card, your municipal office extends the card's validity and gives you a new certificate.",
        bring:
          "Take your new residence card (在留カード) and your My Number Card to the municipal office, and make sure you know the card's 4-digit PIN and, if you have a signature certificate, its password (6–16 letters and numbers).",
      },
      newCard: {
        headline: "Time to apply for a new My Number Card",
        action:
          "Your card expires on {date}, and a certificate never outlives the card (renewed or re-issued now, it would still end that day), so apply for a new My Number Card now.",
        later:
          "From {date} you can apply for a new My Number Card (the certificate ends with the card, so the card itself is replaced). Until then there is nothing to do.",
        bring:
          "Apply online, by post, at a photo booth or at the office (a photo is needed). It takes about a month from applying to collecting the card.",
      },
      cardExpired: {
        action:
          "Your card expired on {date}. A certificate cannot be re-issued on an expired card, so apply for a new My Number Card.",
        bring:
          "Apply online, by post, at a photo booth or at the office (a photo is needed). It takes about a month; until then you can see a doctor with the eligibility certificate (資格確認書).",
      },
      alreadyRenewed:
        "Already renewed? If the certificate expiry box on the front of the card (電子証明書の有効期限) shows {date}, it is done: nothing more is needed.",
      more: "Show more",
      question: {
        legend: "Since {date}, have you renewed or re-issued the certificate at your municipal office?",
        howToTell: [
          "Look at the front of the card: a date later than {date} handwritten at the office in the certificate expiry box (電子証明書の有効期限, the dotted box at the bottom left) means it was renewed. If the box shows just {date}, that is the first expiry, not a sign of renewal.",
          "If you can log in to マイナポータル now, it was renewed: an expired certificate cannot log in.",
        ],
        yes: "Yes",
        no: "No",
        unknown: "I don't know",
        submit: "Answer",
        intro: "Your answer changes your stage. Until you know, look at both and be in time for the earlier date.",
        ifNo: "If you did not renew",
        ifYes: "If you renewed",
      },
      checkedOn: "Checked for: ",
      datesHeading: "Key dates",
      dateLabels: {
        renewalOpens: "Renewal window opens",
        firstCounterDay: "First day at the municipal counter",
        certificateExpires: "Certificate expires on",
        graceEnds: "Last day as a health-insurance card (eligibility only)",
        cardExpires: "Card expires on",
        signature: "Signature certificate expires on",
        signatureAtMost: " (earlier if your address or name changes)",
        lastCounterDay: "Last day at the municipal counter",
      },
      timelineHeading: "Timeline",
      timelineCaption: "Your four stages (the table below has the same facts)",
      tableCaption: "Dates and events",
      tableDate: "Date",
      tableEvent: "Event",
      todayRow: "Today",
      todayMarker: "Today",
      dayRow: "Day checked",
      dayMarker: "Day",
      before: "before",
      from: "from",
      until: "until",
      readerHeading: "What the clinic's card reader shows on this day",
      readerCaption: "The face-recognition card reader's screen (drawing)",
      worksHeading: "What works",
      worksWord: "works",
      notWorksWord: "does not work",
      stepsHeading: "What to do next",
      caveatsHeading: "Please check",
      caveatAlternatives: "Other possibilities:",
      stayPage: "Residents with a period of stay: the order of steps and what to bring",
      calendarHeading: "Add to your calendar",
      calendarText:
        "Add the days still ahead to your calendar. The calendar file (.ics) has a reminder at 9:00 on each day.",
      ics: "Download a calendar file (.ics)",
      google: "Or add them to Google Calendar one at a time (its reminders follow your Google Calendar settings):",
      bookmark:
        "The address of this page holds the dates you entered, so a bookmark shows this result again. The part after “#” is never sent to a server.",
      again: "Change your answers",
      stagesLink: "More about the four stages",
    },
  },
  "ja-easy": {
    title: "{電子証明書|でんししょうめいしょ}の {期限|きげん}を {調|しら}べる",
    description:
      "マイナンバーカードの {電子証明書|でんししょうめいしょ}の {期限|きげん}と、マイナ{保険証|ほけんしょう}が {今|いま} {使|つか}えるかを {調|しら}べます。",
    lead: [
      "わかる {日|ひ}にちを {書|か}いて ください。{期限|きげん}と、{今|いま} {何|なに}を すれば いいかが わかります。",
      "{和暦|われき}（{昭和|しょうわ}・{平成|へいせい}・{令和|れいわ}）でも {書|か}けます。",
    ],
    cardFigure: {
      caption: "カードの {表|おもて}の どこに {日|ひ}にちが あるか（{見本|みほん}）",
      items: [
        "{生|う}まれた {日|ひ}（{例|れい}：{昭和|しょうわ}60{年|ねん}11{月|がつ}14{日|にち}{生|せい}）",
        "カードの {期限|きげん}（{例|れい}：2031{年|ねん}11{月|がつ}14{日|にち}まで{有効|ゆうこう}）",
        "{電子証明書|でんししょうめいしょ}の {期限|きげん}（{赤|あか}い {線|せん}の {中|なか}。{何|なに}も {書|か}いて ないことも あります）",
      ],
    },
    knowHeading: "{電子証明書|でんししょうめいしょ}の {期限|きげん}が わかる {人|ひと}",
    knowHint: "わからない {人|ひと}は、{何|なに}も {書|か}かないで {次|つぎ}へ {進|すす}んで ください。",
    orHeading: "{期限|きげん}が わからない {人|ひと}",
    orHint: "{生|う}まれた {日|ひ}と、カードの {期限|きげん}を {書|か}いて ください。",
    issueSummary: "カードを {作|つく}った {日|ひ}が わかる {人|ひと}",
    staySummary: "{在留|ざいりゅう}{期間|きかん}が ある {外国人|がいこくじん}の {人|ひと}",
    todaySummary: "{今日|きょう}では ない {日|ひ}に ついて {調|しら}べる",
    fields: {
      certificateExpiry: {
        label: "{電子証明書|でんししょうめいしょ}の {期限|きげん}",
        hint: "カードの {表|おもて}の「{電子証明書|でんししょうめいしょ}の {有効期限|ゆうこうきげん}」の ところに {書|か}いて あります（{何|なに}も {書|か}いて ないことも あります）。",
        example: "{令和|れいわ}8{年|ねん}3{月|がつ}15{日|にち}",
      },
      birthDate: {
        label: "{生|う}まれた {日|ひ}",
        hint: "カードに {書|か}いて あるとおりで いいです。{例|れい}：{昭和|しょうわ}60{年|ねん}11{月|がつ}14{日|にち}",
        example: "{昭和|しょうわ}60{年|ねん}11{月|がつ}14{日|にち}",
      },
      cardExpiry: {
        label: "カードの {期限|きげん}",
        hint: "カードの {表|おもて}に「2031{年|ねん}11{月|がつ}14{日|にち}まで{有効|ゆうこう}」のように {書|か}いて あります。",
        example: "2031{年|ねん}11{月|がつ}14{日|にち}",
      },
      cardIssuedOn: {
        label: "カードを {作|つく}った {日|ひ}",
        hint: "カードには {書|か}いて ありません。わかる {人|ひと}だけ {書|か}いて ください。",
        example: "2021{年|ねん}11{月|がつ}1{日|にち}",
      },
      periodOfStayEndsOn: {
        label: "{在留|ざいりゅう}{期間|きかん}が {終|お}わる {日|ひ}",
        hint: "{在留|ざいりゅう}カードに {書|か}いて あります。",
        example: "2027{年|ねん}4{月|がつ}30{日|にち}",
      },
      today: {
        label: "{調|しら}べる {日|ひ}",
        hint: "{何|なに}も {書|か}かなければ、{今日|きょう}に ついて {調|しら}べます。",
        example: "{令和|れいわ}8{年|ねん}12{月|がつ}2{日|にち}",
      },
    },
    submit: "{調|しら}べる",
    checking: "{調|しら}べて います…",
    parse: {
      unrecognised: "{field}が わかりません。「{example}」のように {書|か}いて ください。",
      not_a_real_date: "{field}の {日|ひ}は カレンダーに ありません。",
      past_era_end: "{field}の {年|ねん}は ありません。",
      before_era_start: "{field}の {年|ねん}は ありません。",
      before_gregorian: "{field}に 1873{年|ねん}より {前|まえ}の {日|ひ}は {使|つか}えません。",
      weekday_mismatch:
        "{field}の {曜日|ようび}が {合|あ}いません。{date}ですが、「{weekday}」と {書|か}いて あります。{日|ひ}にちと {曜日|ようび}を もう{一度|いちど} {見|み}て ください。",
      year_mismatch:
        "{field}の {年|ねん}が {合|あ}いません。（ ）の {中|なか}は「{year}」ですが、この {日|ひ}は {dateWithEra}です。どちらが {正|ただ}しいか もう{一度|いちど} {見|み}て ください。",
      suggestion: "{date}ですか？",
    },
    errors: {
      summaryTitle: "{書|か}いた ことを {確|たし}かめて ください",
      titlePrefix: "エラー：",
      prefix: "エラー：",
      needInput:
        "{電子証明書|でんししょうめいしょ}の {期限|きげん}か、{生|う}まれた {日|ひ}と カードの {期限|きげん}を {書|か}いて ください。",
      needBirthDate: "{生|う}まれた {日|ひ}を {書|か}いて ください。",
      network: "{答|こた}えが {来|き}ませんでした。もう一度 {押|お}して ください。",
      server: "{答|こた}えが {来|き}ませんでした。すこし {待|ま}って、もう一度 {押|お}して ください。",
      busy: "いま {使|つか}う {人|ひと}が {多|おお}いです。1{分|ぷん}ぐらい {待|ま}って、もう一度 {押|お}して ください。{書|か}いた ことは {消|き}えません。",
    },
    result: {
      headline: {
        valid: "{電子証明書|でんししょうめいしょ}は {使|つか}えます",
        renewal: "{電子証明書|でんししょうめいしょ}を {更新|こうしん}する {時期|じき}です",
        grace: "{電子証明書|でんししょうめいしょ}の {期限|きげん}が {切|き}れました",
        lapsed: "マイナ{保険証|ほけんしょう}は {使|つか}えません",
      },
      action: {
        valid:
          "{date}から、{市役所|しやくしょ}などの {窓口|まどぐち}で {更新|こうしん}できます。それまで {何|なに}も しなくて いいです。",
        renewal: "{date}までに、{市役所|しやくしょ}などの {窓口|まどぐち}で {更新|こうしん}して ください。",
        grace:
          "{date}までに、{市役所|しやくしょ}などの {窓口|まどぐち}で もう一度 {作|つく}って もらって ください。それまでは マイナ{保険証|ほけんしょう}で {病院|びょういん}に {行|い}けます。",
        lapsed:
          "{date}から、マイナ{保険証|ほけんしょう}は {使|つか}えません。{市役所|しやくしょ}などの {窓口|まどぐち}で もう一度 {作|つく}って もらって ください。",
      },
      bring:
        "{市役所|しやくしょ}などの {窓口|まどぐち}で {手続|てつづ}きします（お{金|かね}は いりません）。マイナンバーカードを {持|も}って {行|い}きます。4けたの {暗証番号|あんしょうばんごう}が {必要|ひつよう}です。{署名用|しょめいよう}の {電子証明書|でんししょうめいしょ}が ある {人|ひと}は、その パスワード（6〜16{文字|もじ}）も {必要|ひつよう}です。",
      checkFirst: {
        heading: "まず、{電子証明書|でんししょうめいしょ}の {期限|きげん}を {確|たし}かめて ください",
        ifSo: "{上|うえ}の とおりだった {人|ひと}",
        moveToCard: "この {日|ひ}を「カードの {期限|きげん}」に {入|い}れて {調|しら}べる",
        card: {
          heading: "まず、カードの {期限|きげん}を {見|み}て ください",
          why: "{書|か}いた カードの {期限|きげん}は、{誕生日|たんじょうび}では ありません。カードの {期限|きげん}は、ふつう {誕生日|たんじょうび}です。カードの {表|おもて}に「…まで{有効|ゆうこう}」と {書|か}いて ある {日|ひ}を、もう {一度|いちど} {見|み}て ください。",
          typo: "カードに {書|か}いて ある {日|ひ}が {date}（{誕生日|たんじょうび}）なら、{書|か}きまちがいです。その {日|ひ}で もう {一度|いちど} {調|しら}べて ください。",
          recheck: "この {日|ひ}で {調|しら}べる",
          asTyped:
            "{書|か}いた {日|ひ}が {正|ただ}しいなら、{在留期間|ざいりゅうきかん}が {終|お}わる {日|ひ}に {終|お}わる カードです。{在留期間|ざいりゅうきかん}が {終|お}わる {日|ひ}も {書|か}くと、もっと よく わかります。{下|した}は、その {人|ひと}の {答|こた}えです。",
        },
      },
      stay: {
        action:
          "まず、{入管|にゅうかん}（{出入国在留管理局|しゅつにゅうこくざいりゅうかんりきょく}）で {在留|ざいりゅう}{期間|きかん}を {延|の}ばして もらって ください。そのあと {date}までに、{市役所|しやくしょ}などの {窓口|まどぐち}で カードの {期限|きげん}を {延|の}ばして もらい、{電子証明書|でんししょうめいしょ}も {新|あたら}しく して ください。",
        later:
          "まず、{入管|にゅうかん}で {在留|ざいりゅう}{期間|きかん}を {延|の}ばして もらいます（{何|なん}{週間|しゅうかん}か かかる ことが あります）。{新|あたら}しい {在留|ざいりゅう}カードを もらったら、{市役所|しやくしょ}などの {窓口|まどぐち}で カードの {期限|きげん}を {延|の}ばして、{電子証明書|でんししょうめいしょ}も {新|あたら}しく します。",
        bring:
          "{市役所|しやくしょ}などの {窓口|まどぐち}には、{新|あたら}しい {在留|ざいりゅう}カードと マイナンバーカードを {持|も}って {行|い}きます。4けたの {暗証番号|あんしょうばんごう}が {必要|ひつよう}です。{署名用|しょめいよう}の {電子証明書|でんししょうめいしょ}が ある {人|ひと}は、その パスワード（6〜16{文字|もじ}）も {必要|ひつよう}です。",
      },
      newCard: {
        headline: "{新|あたら}しい マイナンバーカードを {申|もう}し{込|こ}む ときです",
        action:
          "カードの {期限|きげん}は {date}です。{電子証明書|でんししょうめいしょ}は、{今|いま} {新|あたら}しく しても、この {日|ひ}に {終|お}わります。{今|いま}、{新|あたら}しい マイナンバーカードを {申|もう}し{込|こ}んで ください。",
        later:
          "{date}から、{新|あたら}しい マイナンバーカードを {申|もう}し{込|こ}めます。それまで {何|なに}も しなくて いいです。",
        bring:
          "インターネット、{郵便|ゆうびん}、{写真|しゃしん}の {機械|きかい}、{窓口|まどぐち}で {申|もう}し{込|こ}めます（{顔|かお}の {写真|しゃしん}が {必要|ひつよう}）。{受|う}け{取|と}るまで 1か{月|げつ}ぐらい かかります。",
      },
      cardExpired: {
        action:
          "カードの {期限|きげん}（{date}）が {過|す}ぎました。{電子証明書|でんししょうめいしょ}は もう一度 {作|つく}れません。{新|あたら}しい マイナンバーカードを {申|もう}し{込|こ}んで ください。",
        bring:
          "{受|う}け{取|と}るまで 1か{月|げつ}ぐらい かかります。それまでは「{資格確認書|しかくかくにんしょ}」で {病院|びょういん}に {行|い}けます。",
      },
      alreadyRenewed:
        "もう {更新|こうしん}した {人|ひと}は、カードの {表|おもて}の「{電子証明書|でんししょうめいしょ}の {有効期限|ゆうこうきげん}」の ところに {date}と {書|か}いて あれば、{何|なに}も しなくて いいです。",
      more: "くわしく {見|み}る",
      question: {
        legend:
          "{date}か その あとに、{市役所|しやくしょ}などの {窓口|まどぐち}で {電子証明書|でんししょうめいしょ}を {更新|こうしん}しましたか？",
        howToTell: [
          "カードの {表|おもて}の「{電子証明書|でんししょうめいしょ}の {有効期限|ゆうこうきげん}」の ところ（カードの {左下|ひだりした}の {枠|わく}）に、{date}より あとの {日|ひ}にちが {手|て}で {書|か}いて あれば、{更新|こうしん}して います。{date}と {書|か}いて あるだけなら、それは {最初|さいしょ}の {期限|きげん}です。{更新|こうしん}した しるしでは ありません。",
          "いま マイナポータルに ログイン できれば、{更新|こうしん}して います。",
        ],
        yes: "はい",
        no: "いいえ",
        unknown: "わからない",
        submit: "{答|こた}える",
        intro:
          "{答|こた}えで {結果|けっか}が かわります。わからない ときは、{早|はや}い ほうの {日|ひ}に {間|ま}に{合|あ}うように して ください。",
        ifNo: "{更新|こうしん}して いない とき",
        ifYes: "{更新|こうしん}した とき",
      },
      checkedOn: "{調|しら}べた {日|ひ}：",
      datesHeading: "{大切|たいせつ}な {日|ひ}",
      dateLabels: {
        renewalOpens: "{更新|こうしん}の {期間|きかん}が {始|はじ}まる {日|ひ}",
        firstCounterDay: "{窓口|まどぐち}で {手続|てつづ}きが できる {最初|さいしょ}の {日|ひ}",
        certificateExpires: "{電子証明書|でんししょうめいしょ}の {期限|きげん}",
        graceEnds: "マイナ{保険証|ほけんしょう}が {使|つか}える {最後|さいご}の {日|ひ}",
        cardExpires: "カードの {期限|きげん}",
        signature: "{署名用|しょめいよう}{電子証明書|でんししょうめいしょ}の {期限|きげん}",
        signatureAtMost: "（{引|ひ}っ{越|こ}すと {早|はや}く {終|お}わります）",
        lastCounterDay: "{窓口|まどぐち}で {手続|てつづ}きが できる {最後|さいご}の {日|ひ}",
      },
      timelineHeading: "これからの {流|なが}れ",
      timelineCaption: "4つの {段階|だんかい}（{下|した}の {表|ひょう}と {同|おな}じです）",
      tableCaption: "{日|ひ}にちと できごと",
      tableDate: "{日|ひ}にち",
      tableEvent: "できごと",
      todayRow: "{今日|きょう}",
      todayMarker: "きょう",
      dayRow: "{調|しら}べた {日|ひ}",
      dayMarker: "この{日|ひ}",
      before: "より まえ",
      from: "から",
      until: "まで",
      readerHeading: "この {日|ひ}の {病院|びょういん}の カードリーダーの {画面|がめん}",
      readerCaption: "カードリーダーの {画面|がめん}（イメージ）",
      worksHeading: "{使|つか}えるもの",
      worksWord: "{使|つか}える",
      notWorksWord: "{使|つか}えない",
      stepsHeading: "これから すること",
      caveatsHeading: "{気|き}を つけて ほしい こと",
      caveatAlternatives: "ほかの {場合|ばあい}：",
      stayPage: "{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}の {手続|てつづ}き",
      calendarHeading: "カレンダーに {入|い}れる",
      calendarText:
        "これからの {大切|たいせつ}な {日|ひ}を カレンダーに {入|い}れられます。ファイル（.ics）には、その {日|ひ}の {朝|あさ} 9{時|じ}の お{知|し}らせが {入|はい}って います。",
      ics: "カレンダーの ファイル（.ics）を ダウンロード",
      google:
        "Googleカレンダーには 1つずつ {入|い}れます。お{知|し}らせの {時間|じかん}は、Googleカレンダーの {設定|せってい}の とおりです：",
      bookmark: "この ページを ブックマークすると、また {同|おな}じ {結果|けっか}を {見|み}られます。",
      again: "もう一度 {調|しら}べる",
      stagesLink: "4つの {段階|だんかい}を {見|み}る",
    },
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansCheck,
  ko: koCheck,
  vi: viCheck,
  "pt-BR": ptBRCheck,
  tl: tlCheck,
  ne: neCheck,
};
