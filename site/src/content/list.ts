/**
 * @module
 * The list page (/list/): many people at once, for families and care facilities (issue 12).
 * Labels stay in the browser; only dates are sent (contract.md: "/list/ checks many people at
 * once"). The island receives this page's language as JSON, so every string here may use the
 * inline markup of lib/inline.ts. `{n}`, `{date}`, `{label}`, … are filled in by the island.
 */

import type { ParseErrorCode } from "#shared/dates/index.ts";
import type { Catalog, TextContext } from "#shared/messages/catalog.ts";
import { en as enMessages } from "#shared/messages/en.ts";
import { ja as jaMessages } from "#shared/messages/ja.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { LangWithPage } from "../i18n/site";
import type { Encoding } from "../scripts/list/decode";
import type { ActionKind } from "../scripts/list/next-action";
import type { Column } from "../scripts/list/row";
import { CHECK } from "./check";

export type RowProblemCode = Exclude<ParseErrorCode, "empty"> | "needDates" | "needBirthDate";

export interface ListContent {
  title: string;
  description: string;
  lead: string[];
  noScript: string;
  editor: {
    heading: string;
    intro: string[];
    caption: string;
    number: string;
    controls: string;
    /** "{n}行目" for the names of a row's fields and buttons. */
    rowName: string;
    moveUp: string;
    moveDown: string;
    remove: string;
    add: string;
    added: string;
    moved: string;
    removed: string;
    /** With the row's label; and the undo of a removal (review B9). */
    removedNamed: string;
    undo: string;
    restored: string;
    pasted: string;
    /** A pasted header with a room and a name: both kept in the label (review A6). */
    pastedJoined: string;
  };
  columns: Record<Column, string>;
  import: {
    heading: string;
    intro: string[];
    fileLabel: string;
    fileHint: string;
    previewHeading: string;
    encoding: string;
    encodings: Record<Encoding, string>;
    headerFound: string;
    headerMissing: string;
    /** Two or more columns read as the label, joined (review A6). */
    joined: string;
    /** Review7 finding 3: a period-of-stay column is not read; enter the certificate expiry (R-INFER-6). */
    stayNotRead: string;
    columnsCaption: string;
    columnHeader: string;
    columnN: string;
    firstRow: string;
    readAs: string;
    ignore: string;
    readCount: string;
    failedHeading: string;
    failedNone: string;
    notesHeading: string;
    note: string;
    line: string;
    add: string;
    cancel: string;
    nothing: string;
    addedRows: string;
    /** Review7 finding 7: the unreadable lines added too, to fix in the table (`{m}` of them). */
    addAll: string;
    addedAll: string;
    /** Re-importing (review B8): the list's size, rows already in it, and replacing it. */
    inList: string;
    duplicates: string;
    skipped: string;
    /** A line that repeats an earlier line of the same file: not added (like `duplicates`). */
    repeated: string;
    repeatedSkipped: string;
    replace: string;
    replaced: string;
    unreadable: string;
    /** A line with no card date (scripts/list/row.ts noCardDates): added, not checked (results.notChecked). */
    noDates: string;
  };
  problems: Record<RowProblemCode, string> & { suggestion: string };
  today: { summary: string; label: string; hint: string };
  submit: string;
  checking: string;
  /** After an edit, paste, import or removal: the results shown are for the list before it (A4). */
  stale: { notice: string; again: string };
  errors: {
    summaryTitle: string;
    titlePrefix: string;
    row: string;
    /** With the row's label (review B12): "{n}行目（{label}）：{message}". */
    rowNamed: string;
    empty: string;
    network: string;
    server: string;
  };
  results: {
    heading: string;
    checkedOn: string;
    counts: string;
    filterLabel: string;
    all: string;
    problem: string;
    caption: string;
    /**
     * Item 5: the table's order, what needs doing first (`action`, next-action.ts) or by the
     * label (rooms and names, numbers as numbers); `captionByLabel` replaces `caption` then.
     */
    sortLabel: string;
    sort: { action: string; label: string };
    captionByLabel: string;
    head: {
      label: string;
      stage: string;
      action: string;
      certificateExpires: string;
      /**
       * The grace end of the certificate in the column before (R-INS-1): true of each reading
       * of a row in doubt (R-INFER-3), so never "if not renewed" over the renewed reading's date.
       */
      graceEnds: string;
      details: string;
    };
    details: string;
    /**
     * Review finding 18: on a phone each row is one short card (name, stage, action); this button
     * shows the rest (the notes, both dates, the link). `{label}` is whose, for a screen reader.
     */
    more: string;
    actions: Record<ActionKind, string>;
    /**
     * `{date}` is the action's date; "check": the card expiry typed (R-INFER-4); "apply": a new
     * card's application, now (R-CARD-6, R-INFER-5), `{date}` the grace end (R-INS-1, R-INS-5).
     */
    relation: { from: string; by: string; since: string; check: string; apply: string };
    /** The filter's names for the rows to check (next-action.ts); the stages name their own. */
    filters: { checkRenewal: string; checkCardExpiry: string; checkCertificateExpiry: string };
    /**
     * The two readings' labels: not renewed / renewed (the checker's, content/check.ts), the
     * certificate ends on an earlier birthday / with the card (R-INFER-6), "as typed" (R-INFER-4).
     */
    readings: {
      ifNo: string;
      ifYes: string;
      ifEarlier: string;
      ifWithCard: string;
      /** R-DATE-6 (review8 #16): the date typed as the certificate's, read as the card's expiry. */
      ifCardExpiry: string;
      asTyped: string;
    };
    /** Item 4: the two readings' labels on paper, short, so that a row in doubt keeps to two lines. */
    printedReadings: { ifNo: string; ifYes: string; ifEarlier: string; ifWithCard: string; ifCardExpiry: string };
    /**
     * R-DATE-6, R-CERT-3 (review8 #16): the certificate's column holds the card's printed
     * 「まで有効」 (`cardExpiryInCertificateField`) or a date too late for a certificate
     * (`certificateExpiryTooLate`); then, with a birth date, the card-face reading by its stage
     * (`{expiry}`, `{graceEnds}`, `{by}` its grace's last counter day), else `noBirthDate`.
     */
    field: {
      cardExpiryInCertificateField: string;
      certificateExpiryTooLate: string;
      ifCard: Record<Stage, string>;
      noBirthDate: string;
      settle: string;
      /** The calendar's title on the card-face reading's last counter day in its grace. */
      counterDay: string;
    };
    /**
     * R-INFER-6 (review7 finding 3), a card that ends with the period of stay: the earlier
     * reading by its stage (`{expiry}` the earlier birthday, `{graceEnds}`, `{by}` its grace's last
     * counter day), then the card's (`{expiry}` the card's, `{by}` its last counter day, R-CARD-4);
     * beside a new card (R-INFER-5) `earlierUntil`/`earlierEnded`; `howToTell` and how to settle it.
     */
    stay: {
      earlier: Record<Stage, string>;
      withCard: string;
      /** `withCard` when the card's last counter day is its expiry itself (`{by}` not repeated). */
      withCardSameDay: string;
      earlierUntil: string;
      earlierEnded: string;
      howToTell: string;
      /** The calendar's title on the earlier reading's last counter day in its grace. */
      counterDay: string;
    };
    /**
     * R-INFER-3, R-INFER-5: the other reading in words (`{since}` W1, `{expiry}`, `{graceEnds}`);
     * `ifNotRenewedFirst` for an expired card, whose question has no W1. R-INFER-4: `typo`.
     * R-INS-5: `eligibility` on a row that is or may be lapsed, `eligibilityNote` once under the
     * table. `howToTell` and `settle` say how to end the doubt: the checker's lines, but the card
     * line says "the row's first expiry" where the checker names E1 (R-INFER-3: only a later
     * handwritten date means renewed).
     */
    doubt: {
      ifNotRenewed: string;
      /** In the first grace (R-INFER-3), for the calendar's check: re-issue by `{by}`. */
      ifNotRenewedGrace: string;
      ifNotRenewedFirst: string;
      ifRenewed: string;
      otherStage: string;
      typo: string;
      eligibility: string;
      eligibilityNote: string;
      checkHeading: string;
      howToTell: string[];
      settle: string;
      /** The words of `howToTell` and `settle` for the row's E1, which a calendar follows with the date. */
      firstExpiry: string;
    };
    itemError: string;
    /**
     * No card date (review finding 3, scripts/list/row.ts noCardDates): `notChecked`, then
     * what helps a resident without a card (R-INS-5: `noCard`) and one with a card (`addDates`).
     */
    notChecked: string;
    noCard: string;
    addDates: string;
    /** After why a row's date does not read (review8 #2): it was not sent; fix it, then check again. */
    fixInTable: string;
    /** B1: what is due now, most urgent first, whatever its month. */
    monthHeading: string;
    /** Renewals opening in the month of the day checked (`{month}`), not due yet. */
    monthOpens: string;
    monthNone: string;
    unnamed: string;
  };
  export: {
    heading: string;
    intro: string;
    csv: string;
    ics: string;
    print: string;
    /** The input columns' headers in the CSV, as the import reads them back (columns.ts). */
    csvColumns: Record<Column, string>;
    csvHead: {
      stage: string;
      action: string;
      actionDate: string;
      /**
       * The reading the result columns follow where there are two (R-INFER-3, R-INFER-5), or
       * "as entered" (R-INFER-4): the readings' labels; empty when nothing is assumed.
       */
      basis: string;
      certificateExpires: string;
      renewalOpens: string;
      /** The result's certificate's grace end: true of either reading (not "if not renewed"). */
      graceEnds: string;
      cardExpires: string;
      problem: string;
      /** A5: what to check (R-INFER-3/4/5) in words, and the other reading's stage and dates. */
      check: string;
      otherStage: string;
      otherCertificateExpires: string;
      otherGraceEnds: string;
    };
  };
  storage: {
    heading: string;
    keep: string;
    keepHint: string;
    forget: string;
    saved: string;
    forgotten: string;
    restored: string;
    unavailable: string;
  };
  printTitle: string;
}

/**
 * CSV headers in Japanese for ja and やさしい日本語 alike, input and result columns (review B13): a
 * spreadsheet's headers carry no ruby, and the input columns' headers are the ones the import
 * recognises (scripts/list/columns.ts).
 */
const CSV_COLUMNS_JA: Record<Column, string> = {
  label: "名前・部屋番号",
  birthDate: "生年月日",
  cardExpiry: "カードの有効期限",
  certificateExpiry: "電子証明書の有効期限",
  cardIssuedOn: "カードの発行日",
  periodOfStayEndsOn: "在留期間満了日",
};

const CSV_HEAD_JA = {
  stage: "段階",
  action: "次にすること",
  actionDate: "日付",
  basis: "結果の列の前提",
  certificateExpires: "結果：電子証明書の有効期限",
  renewalOpens: "結果：窓口で更新できるようになる日",
  graceEnds: "結果：その期限の電子証明書で、マイナ保険証が使える最後の日",
  cardExpires: "結果：カードの有効期限",
  problem: "計算できなかった理由",
  check: "確かめること",
  otherStage: "確かめること：もう一方の場合の段階",
  otherCertificateExpires: "確かめること：もう一方の場合の電子証明書の有効期限",
  otherGraceEnds: "確かめること：もう一方の場合のマイナ保険証が使える最後の日",
};

/**
 * R-INS-5: the 資格確認書 step in the API's own words (shared/messages), so the list and the
 * checker say the same. These steps take no dates; やさしい日本語 writes them with ふりがな below.
 */
const NO_DATES = {} as TextContext;
const eligibility = (catalog: Catalog, stop: string) => {
  const step = catalog.nextStep.eligibilityCertificate(NO_DATES);
  return { eligibility: step.title + stop, eligibilityNote: step.detail };
};

/**
 * R-INFER-5, R-CARD-6 (review finding 7): the new card's step in the API's own words, its title
 * for an expired card ("apply for a new card"), which is true of a card about to expire too.
 */
const newCard = (catalog: Catalog) =>
  catalog.nextStep.renewCard({
    ...NO_DATES,
    evaluation: { daysUntil: { cardExpires: -1 } },
    dates: {},
    date: String,
  } as unknown as TextContext).title;

/** R-INFER-6, R-CARD-4: these steps' titles in the API's own words; they take no dates. */
const stayTitles = (catalog: Catalog) => {
  const context = { ...NO_DATES, dates: {} } as unknown as TextContext;
  return {
    checkCertificateExpiry: catalog.nextStep.checkCertificateExpiry(context).title,
    extendCardValidity: catalog.nextStep.extendCardValidity(context).title,
  };
};

export const LIST: Record<LangWithPage<"list">, ListContent> = {
  ja: {
    title: "何人分もまとめて調べる",
    description:
      "家族や施設の利用者など、何人分もの電子証明書の期限をまとめて調べます。名前はこの端末から送られません。",
    lead: [
      "家族の分や、介護施設で預かっている利用者の方の分など、何人分もの電子証明書の期限と、次に窓口へ行く日をまとめて調べられます。",
      "**名前や部屋番号はこの端末の中だけで使い、送りません。** 計算のためにサーバーへ送るのは日付だけです。",
    ],
    noScript: "このページにはJavaScriptが必要です。1人ずつなら[期限を調べる](/check/)で調べられます。",
    editor: {
      heading: "リストを作る",
      intro: [
        "1行に1人ずつ入力します。電子証明書の有効期限がわかればそれだけで、わからなければ生年月日とカードの有効期限（またはカードの発行日）を入れてください。日付は西暦でも和暦でもかまいません（例：昭和60年11月14日、R8.3.15）。",
        "表計算ソフト（Excelなど）でコピーした範囲は、表の欄にそのまま貼り付けられます。1行目が見出しなら、見出しで列を合わせます。",
      ],
      caption: "調べる人のリスト",
      number: "番号",
      controls: "行の操作",
      rowName: "{n}行目",
      moveUp: "上へ",
      moveDown: "下へ",
      remove: "削除",
      add: "行を追加",
      added: "{n}行目を追加しました。",
      moved: "{n}行目に移しました。",
      removed: "行を削除しました。",
      removedNamed: "{n}行目（{label}）を削除しました。",
      undo: "削除を取り消す",
      restored: "{n}行目に戻しました。",
      pasted: "{n}行を貼り付けました。",
      pastedJoined: "{columns}の列は、つないで「名前・部屋番号」に入れました。",
    },
    columns: {
      label: "名前・部屋番号",
      birthDate: "生年月日",
      cardExpiry: "カードの有効期限",
      certificateExpiry: "電子証明書の有効期限",
      cardIssuedOn: "カードの発行日",
      periodOfStayEndsOn: "在留期間の満了日",
    },
    import: {
      heading: "CSVファイルから読み込む",
      intro: [
        "ExcelなどのCSVファイル（UTF-8でもShift_JISでもかまいません）を読み込めます。1行目に「氏名」「生年月日」「カードの有効期限」「電子証明書の有効期限」「発行日」「在留期間満了日」のような見出しがあれば、その列を読みます。",
        "読み込む前に、どの列を何として読んだか、読めなかった行とその理由をお見せします。ファイルはこの端末の中で読み、送りません。",
      ],
      fileLabel: "CSVファイルを選ぶ",
      fileHint: "拡張子が .csv か .txt のファイル。区切りはカンマでもタブでもかまいません。",
      previewHeading: "読み込む内容の確認",
      encoding: "文字コード：{encoding}",
      encodings: {
        "utf-8": "UTF-8",
        "utf-16le": "UTF-16",
        "utf-16be": "UTF-16",
        shift_jis: "Shift_JIS（Excelの日本語CSV）",
      },
      headerFound: "1行目を見出しとして読みました。",
      headerMissing:
        "見出しの行が見つかりませんでした。左の列から順に、名前・生年月日・カードの有効期限として読んでいます。違う場合は「読み方」を変えてください。",
      joined: "{columns}の列をつないで、「名前・部屋番号」として読みます（例：{example}）。",
      stayNotRead:
        "{columns}の列は読んでいません。在留期間の満了日の列なら、「読み方」で「在留期間の満了日」を選んでください（期限のある在留資格の人は、在留カードの有効期限が在留期間の満了日です）。在留期間で切れるカードの人は、満了日があると、電子証明書がその前の誕生日に切れている場合も分かります。",
      columnsCaption: "列の読み方",
      columnHeader: "ファイルの見出し",
      columnN: "{n}列目",
      firstRow: "最初の行の内容",
      readAs: "読み方",
      ignore: "読まない",
      readCount: "{n}行を読み取りました。",
      failedHeading: "読めなかった行（{n}行）",
      failedNone: "読めなかった行はありません。",
      notesHeading: "確かめてほしい行",
      note: "{column}は、その元号の期間を過ぎた日付なので、{date}として読みました。",
      line: "{n}行目",
      add: "読み取った行をリストに入れる",
      cancel: "やめる",
      nothing: "使える行がありません。見出しと列の読み方を確かめてください。",
      addedRows: "{n}行をリストに入れました。読めなかった行は入っていません。",
      addAll: "読めなかった行も入れる（あとで表で直す）",
      addedAll:
        "{n}行と、読めなかった{m}行をリストに入れました。読めなかった行は、直すまで「計算できなかった人」として結果に出ます。",
      inList: "リストには、すでに{m}人います。",
      duplicates: "読み取った行のうち{d}行は、リストにある行と名前も日付も同じなので、入れません。",
      skipped: "リストにあった同じ行（{d}行）は、入れていません。",
      repeated: "{first}行目と名前も日付も同じなので、入れません。",
      repeatedSkipped: "ファイルの中で同じだった行（{d}行）は、1回だけ入れました。",
      replace: "リストをこのファイルの内容に入れ替える",
      replaced: "リストを、読み取った{n}行に入れ替えました。読めなかった行は入っていません。",
      unreadable: "このファイルは読めませんでした。CSVファイルを選んでください。",
      noDates: "カードの日付がないので、リストには入れますが、調べません。",
    },
    problems: {
      unrecognised: "{column}が日付として読めません。",
      not_a_real_date: "{column}がカレンダーにない日付です。",
      past_era_end: "{column}が、その元号の期間を過ぎた日付です。",
      before_era_start: "{column}が、その元号が始まる前の日付です。",
      before_gregorian: "{column}が1873年（明治6年）より前の日付です。",
      weekday_mismatch: "{column}の曜日が日付と合いません。{date}ですが、{weekday}と書かれています。",
      year_mismatch: "{column}の年が合いません。かっこの中は「{year}」ですが、この日付は{dateWithEra}です。",
      needDates: "日付がありません。電子証明書の有効期限か、生年月日とカードの有効期限を入れてください。",
      needBirthDate: "生年月日がありません。カードの日付だけでは計算できません。",
      suggestion: "（{date}のことですか？）",
    },
    today: {
      summary: "今日ではない日について調べる",
      label: "調べる日",
      hint: "空のままなら今日（日本時間）について調べます。",
    },
    submit: "まとめて調べる",
    checking: "{n}人分を調べています…",
    stale: {
      notice:
        "リストが変わりました。もう一度まとめて調べてください。下の結果は変える前のリストのもので、書き出しと印刷はもう一度調べるまで使えません。",
      again: "もう一度まとめて調べる",
    },
    errors: {
      summaryTitle: "入力を確かめてください",
      titlePrefix: "エラー：",
      row: "{n}行目：{message}",
      rowNamed: "{n}行目（{label}）：{message}",
      empty: "調べる人がいません。表に1人以上入力してください。",
      network: "答えを受け取れませんでした。通信状態を確かめて、もう一度「まとめて調べる」を押してください。",
      server: "答えを受け取れませんでした。しばらくしてから、もう一度お試しください。",
    },
    results: {
      heading: "結果",
      checkedOn: "調べた日：{date}",
      counts: "{n}人",
      filterLabel: "段階で絞り込む",
      all: "すべて",
      problem: "計算できなかった人",
      caption: "結果（先にすることが必要な人から順に）",
      sortLabel: "並べ方",
      sort: { action: "急ぐ順", label: "名前・部屋番号の順" },
      captionByLabel: "結果（名前・部屋番号の順）",
      head: {
        label: "名前・部屋番号",
        stage: "段階",
        action: "次にすること",
        certificateExpires: "電子証明書の有効期限",
        graceEnds: "その期限の電子証明書で、マイナ保険証が使える最後の日",
        details: "詳しく",
      },
      details: "詳しく見る",
      more: "日付と説明",
      actions: {
        renewalOpens: "更新できるようになる",
        cardRenewalOpens: "新しいマイナンバーカードを申請できるようになる",
        renewCertificateAtOffice: "窓口で電子証明書を更新する",
        reissueCertificateAtOffice: "窓口で電子証明書を再発行する",
        renewCard: newCard(jaMessages),
        checkRenewal: "更新したか確かめる",
        checkCardExpiry: "カードの有効期限を確かめる",
        ...stayTitles(jaMessages),
      },
      relation: {
        from: "{date}から",
        by: "{date}まで",
        since: "{date}で猶予が終わっています",
        check: "入力された{date}は誕生日ではありません",
        apply: "今すぐ。受け取りまで1カ月ほどかかります。{date}まではこのカードで、そのあとは資格確認書で受診できます",
      },
      filters: {
        checkRenewal: "更新したか確かめる人",
        checkCardExpiry: "カードの有効期限を確かめる人",
        checkCertificateExpiry: "電子証明書の有効期限を確かめる人",
      },
      readings: {
        ifNo: CHECK.ja.result.question.ifNo,
        ifYes: CHECK.ja.result.question.ifYes,
        ifEarlier: "電子証明書がカードより前の誕生日に切れる場合",
        ifWithCard: "電子証明書がカードと同じ日に切れる場合",
        ifCardExpiry: "カードの有効期限だった場合",
        asTyped: "入力どおりなら",
      },
      printedReadings: {
        ifNo: "更新していない場合",
        ifYes: "更新した場合",
        ifEarlier: "前の誕生日の場合",
        ifWithCard: "カードと同じ場合",
        ifCardExpiry: "カードの期限の場合",
      },
      field: {
        cardExpiryInCertificateField:
          "「まで有効」は、カードの有効期限の書き方です。電子証明書の有効期限は、カードの表面の手書きの欄か、マイナポータルで確かめてください。",
        certificateExpiryTooLate:
          "入力された電子証明書の有効期限は、今日から6年より先で、電子証明書にはありえない日付です。カードの有効期限ではないか、確かめてください。",
        ifCard: {
          valid: "カードの有効期限なら、電子証明書は{expiry}まで有効です。",
          renewal: "カードの有効期限なら、電子証明書は{expiry}に切れるので、その前に窓口で更新してください。",
          grace:
            "カードの有効期限なら、電子証明書は{expiry}に切れています。マイナ保険証を使い続けるには、{by}までに窓口で再発行してください。",
          lapsed:
            "カードの有効期限なら、電子証明書は{expiry}に切れていて、{graceEnds}を最後にマイナ保険証として使えなくなっています。窓口で再発行してください。",
        },
        noBirthDate: "カードの有効期限なら、「カードの有効期限」の列に移して、生年月日も入れてください。",
        settle:
          "分かったら、日付を正しい列（「電子証明書の有効期限」か、「カードの有効期限」と生年月日）に入れて、もう一度「まとめて調べる」を押してください。",
        counterDay: "窓口へ：入力された日付がカードの有効期限なら、電子証明書を再発行できる最後の日",
      },
      stay: {
        earlier: {
          valid: "電子証明書がカードより前の誕生日に切れる場合も、{expiry}までは有効です。",
          renewal: "電子証明書がカードより前の誕生日の{expiry}に切れるなら、その前に窓口で更新してください。",
          grace:
            "電子証明書がカードより前の誕生日の{expiry}に切れていれば、マイナ保険証を使い続けるには、{by}までに窓口で再発行してください。",
          lapsed:
            "電子証明書がカードより前の誕生日の{expiry}に切れていれば、{graceEnds}を最後にマイナ保険証として使えなくなっています。窓口で再発行してください。",
        },
        withCard:
          "カードと同じ{expiry}まで有効なら、在留期間を更新してから、{by}までに窓口でカードの有効期間を延ばしてください。",
        withCardSameDay:
          "カードと同じ{expiry}まで有効なら、在留期間を更新してから、その日までに窓口でカードの有効期間を延ばしてください。",
        earlierUntil:
          "電子証明書がカードより前の誕生日の{expiry}に切れていれば、このカードでマイナ保険証が使えるのは{graceEnds}までです。",
        earlierEnded:
          "電子証明書がカードより前の誕生日の{expiry}に切れていれば、{graceEnds}を最後にマイナ保険証として使えなくなっています。",
        howToTell:
          "どちらかは、カードの表面の電子証明書の欄（手書き）か、マイナポータルで分かります。分かったら、その日付を「電子証明書の有効期限」の列に入れて、もう一度「まとめて調べる」を押してください。",
        counterDay: "窓口へ：電子証明書が前の誕生日に切れていた場合、再発行できる最後の日",
      },
      doubt: {
        ifNotRenewed:
          "{since}以降に更新・再発行していなければ、電子証明書は{expiry}に切れていて、{graceEnds}を最後にマイナ保険証として使えなくなっています。",
        ifNotRenewedGrace:
          "{since}以降に更新・再発行していなければ、電子証明書は{expiry}に切れています。マイナ保険証を使い続けるには、{by}までに窓口で再発行してください。",
        ifNotRenewedFirst:
          "最初の電子証明書を更新・再発行していなければ、電子証明書は{expiry}に切れていて、{graceEnds}を最後にマイナ保険証として使えなくなっています。",
        ifRenewed: "{since}以降に更新・再発行していれば、電子証明書は{expiry}まで有効です。",
        otherStage: "{reading}の段階は「{stage}」です。",
        typo: "打ち間違いがないか、カードで確かめてください。在留期間で切れるカードなら、「在留期間の満了日」の列に満了日を入れると、その場合の答えになります。",
        ...eligibility(jaMessages, "。"),
        checkHeading: "更新したかどうかを確かめるには",
        howToTell: [
          "カードの表の「電子証明書の有効期限」の欄（カードの左下、赤い点線の枠）に、その行の最初の期限より後の日付が手書きされていれば、更新しています。最初の期限と同じ日付が書いてあるだけなら、更新したしるしではありません。",
          ...CHECK.ja.result.question.howToTell.slice(1),
        ],
        settle:
          "わかったら、更新していれば欄に手書きされた日付を、していなければその行の最初の期限を「電子証明書の有効期限」の列に入れて、もう一度「まとめて調べる」を押してください。それで答えが一つに決まります。",
        firstExpiry: "その行の最初の期限",
      },
      itemError: "計算できませんでした：{message}",
      notChecked: "カードの日付がないので、調べていません。",
      noCard: "カードがない人は、資格確認書で受診できます。",
      addDates: "カードがあれば、電子証明書の有効期限か、生年月日とカードの有効期限を入れて、もう一度調べてください。",
      fixInTable: "表で日付を直して、もう一度「まとめて調べる」を押してください。",
      monthHeading: "今すること（急ぐ順）",
      monthOpens: "{month}に更新できるようになる人",
      monthNone: "今、窓口へ行く必要のある人や、確かめることのある人はいません。",
      unnamed: "（名前なし）",
    },
    export: {
      heading: "書き出す・印刷する",
      intro:
        "書き出すファイルは、この端末の中で作ります。どのファイルにも名前が入ります。カレンダーファイルには、名前と生年月日などの日付が入ります（予定ごとのリンクの中）。共有のカレンダーやクラウドのカレンダーに入れると、そこへ送られます。",
      csv: "CSVファイル（Excel用）",
      ics: "カレンダーファイル（.ics、全員の予定）",
      print: "印刷する",
      csvColumns: CSV_COLUMNS_JA,
      csvHead: CSV_HEAD_JA,
    },
    storage: {
      heading: "この端末に保存する",
      keep: "この端末にリストを保存する",
      keepHint:
        "チェックしたときだけ、名前と日付をこのブラウザーに保存し、次に開いたときに読み込みます。どこにも送りません。共用のパソコンでは保存しないでください。",
      forget: "保存したリストを消す",
      saved: "この端末に保存しています。",
      forgotten: "保存したリストを消しました。",
      restored: "この端末に保存したリストを読み込みました。",
      unavailable: "このブラウザーでは保存できません。",
    },
    printTitle: "電子証明書の期限のリスト",
  },
  en: {
    title: "Check many people at once",
    description:
      "Check the certificate expiry of several people at once: a family, or the residents of a care home. Names never leave this device.",
    lead: [
      "For a family, or for the residents whose cards a care home keeps: the certificate expiry of each person and the next day someone has to go to the municipal office, in one list.",
      "**Names and room numbers stay on this device and are never sent.** Only the dates go to the server, to compute the answers.",
    ],
    noScript: "This page needs JavaScript. One person at a time, use [Check your dates](/en/check/).",
    editor: {
      heading: "Make the list",
      intro: [
        "One person per row. The certificate expiry alone is enough; without it, give the birth date and the card expiry (or the card's issue date). Dates may be Western or Japanese era (e.g. 昭和60年11月14日, R8.3.15).",
        "You can paste a range copied from a spreadsheet (Excel and the like) into any cell of the table. If its first line is a header, the columns are matched by it.",
      ],
      caption: "The people to check",
      number: "No.",
      controls: "Row actions",
      rowName: "row {n}",
      moveUp: "Up",
      moveDown: "Down",
      remove: "Remove",
      add: "Add a row",
      added: "Row {n} added.",
      moved: "Moved to row {n}.",
      removed: "Row removed.",
      removedNamed: "Row {n} ({label}) removed.",
      undo: "Undo the removal",
      restored: "Put back as row {n}.",
      pasted: "{n} rows pasted.",
      pastedJoined: " The columns {columns} were joined into “Name or room”.",
    },
    columns: {
      label: "Name or room",
      birthDate: "Birth date",
      cardExpiry: "Card expiry",
      certificateExpiry: "Certificate expiry",
      cardIssuedOn: "Card issue date",
      periodOfStayEndsOn: "Period of stay ends",
    },
    import: {
      heading: "Import a CSV file",
      intro: [
        "You can import a CSV file from Excel and the like, in UTF-8 or Shift_JIS. A first line of headers such as 氏名, 生年月日, カードの有効期限, 電子証明書の有効期限, 発行日, 在留期間満了日 (or Name, Birth date, Card expiry, Certificate expiry, Card issue date, Period of stay ends) tells which column is which.",
        "Before anything is added you see how each column was read, and which lines could not be read and why. The file is read on this device and never sent.",
      ],
      fileLabel: "Choose a CSV file",
      fileHint: "A .csv or .txt file, separated by commas or tabs.",
      previewHeading: "Check what will be imported",
      encoding: "Character encoding: {encoding}",
      encodings: {
        "utf-8": "UTF-8",
        "utf-16le": "UTF-16",
        "utf-16be": "UTF-16",
        shift_jis: "Shift_JIS (Excel's Japanese CSV)",
      },
      headerFound: "The first line was read as headers.",
      headerMissing:
        "No header line was found. The columns are read from the left as name, birth date and card expiry. If that is wrong, change “Read as”.",
      joined: "The columns {columns} are joined into “Name or room” (e.g. {example}).",
      stayNotRead:
        "The {columns} column is not read. If it holds the day the period of stay ends, choose “Period of stay ends” under “Read as” (with a fixed period of stay, the residence card's expiry is that day). For a card that ends with the stay, that day shows whether the certificate may have ended on an earlier birthday.",
      columnsCaption: "How each column is read",
      columnHeader: "Header in the file",
      columnN: "column {n}",
      firstRow: "First line",
      readAs: "Read as",
      ignore: "Not read",
      readCount: "{n} rows read.",
      failedHeading: "Lines that could not be read ({n})",
      failedNone: "Every line could be read.",
      notesHeading: "Lines to check",
      note: "{column} is after the end of its era, so it was read as {date}.",
      line: "line {n}",
      add: "Add the rows read to the list",
      cancel: "Cancel",
      nothing: "No usable rows. Check the headers and how each column is read.",
      addedRows: "{n} rows added to the list. Lines that could not be read were left out.",
      addAll: "Add the unreadable lines too (to fix in the table)",
      addedAll:
        "Added {n} lines, and {m} that could not be read: until their dates are fixed in the table, the results list them as not computed.",
      inList: "The list already has {m} people.",
      duplicates: " {d} of the rows read are already in it, with the same name and dates, and will not be added again.",
      skipped: " {d} rows already in the list were not added again.",
      repeated: "Same name and dates as line {first}, so it is not added.",
      repeatedSkipped: " Lines repeated in the file ({d}) were added once.",
      replace: "Replace the list with these rows",
      replaced: "The list was replaced by the {n} rows read. Lines that could not be read were left out.",
      unreadable: "This file could not be read. Choose a CSV file.",
      noDates: "No card dates: added to the list, but not checked.",
    },
    problems: {
      unrecognised: "{column} is not a date we can read.",
      not_a_real_date: "{column} is not a real date.",
      past_era_end: "{column} is after the end of that era.",
      before_era_start: "{column} is before the start of that era.",
      before_gregorian: "{column} is before 1873 (Meiji 6).",
      weekday_mismatch: "{column}: {date} is not a {weekday}.",
      year_mismatch: "{column}: the year in brackets ({year}) does not match the date, {dateWithEra}.",
      needDates: "No dates. Give the certificate expiry, or the birth date and the card expiry.",
      needBirthDate: "No birth date. The card's dates alone are not enough.",
      suggestion: " (Did you mean {date}?)",
    },
    today: {
      summary: "Check a day other than today",
      label: "Day to check",
      hint: "Leave it empty for today in Japan.",
    },
    submit: "Check everyone",
    checking: "Checking {n} people…",
    stale: {
      notice:
        "The list has changed. Check everyone again: the results below are for the list as it was, and export and print wait until then.",
      again: "Check everyone again",
    },
    errors: {
      summaryTitle: "Check what you entered",
      titlePrefix: "Error: ",
      row: "Row {n}: {message}",
      rowNamed: "Row {n} ({label}): {message}",
      empty: "Nobody to check. Enter at least one person in the table.",
      network: "No answer came back. Check your connection and press “Check everyone” again.",
      server: "No answer came back. Please try again in a little while.",
    },
    results: {
      heading: "Results",
      checkedOn: "Checked for: {date}",
      counts: "{n}",
      filterLabel: "Show stage",
      all: "All",
      problem: "Could not compute",
      caption: "Results (whoever needs something done first at the top)",
      sortLabel: "Order",
      sort: { action: "Most urgent first", label: "By name or room" },
      captionByLabel: "Results (by name or room)",
      head: {
        label: "Name or room",
        stage: "Stage",
        action: "Next step",
        certificateExpires: "Certificate expiry",
        graceEnds: "Last day as a health-insurance card on that certificate",
        details: "Details",
      },
      details: "Details",
      more: "Dates and notes",
      actions: {
        renewalOpens: "Renewal opens",
        cardRenewalOpens: "A new card can be applied for",
        renewCertificateAtOffice: "Renew the certificate at the office",
        reissueCertificateAtOffice: "Have the certificate re-issued at the office",
        renewCard: newCard(enMessages),
        checkRenewal: "Check whether the certificate was renewed",
        checkCardExpiry: "Check the card expiry",
        ...stayTitles(enMessages),
      },
      relation: {
        from: "from {date}",
        by: "by {date}",
        since: "grace ended on {date}",
        check: "{date}, as entered, is not a birthday",
        apply:
          "now: it takes about a month. Until {date} this card works at the clinic, and after that the eligibility certificate, 資格確認書, does",
      },
      filters: {
        checkRenewal: "Check whether renewed",
        checkCardExpiry: "Check the card expiry",
        checkCertificateExpiry: "Check the certificate expiry",
      },
      readings: {
        ifNo: CHECK.en.result.question.ifNo,
        ifYes: CHECK.en.result.question.ifYes,
        ifEarlier: "If the certificate ends on a birthday before the card",
        ifWithCard: "If the certificate ends with the card",
        ifCardExpiry: "If it is the card's expiry",
        asTyped: "As entered",
      },
      printedReadings: {
        ifNo: "Not renewed",
        ifYes: "Renewed",
        ifEarlier: "Earlier birthday",
        ifWithCard: "With the card",
        ifCardExpiry: "Card's expiry",
      },
      field: {
        cardExpiryInCertificateField:
          "“まで有効” (valid until) is how the card's own expiry is printed. The certificate expiry is in the handwritten box on the card's front, or on Mynaportal.",
        certificateExpiryTooLate:
          "The certificate expiry entered is more than 6 years away, which no certificate can be. Check that it is not the card's expiry.",
        ifCard: {
          valid: " If it is the card's expiry, the certificate is valid until {expiry}.",
          renewal:
            " If it is the card's expiry, the certificate expires on {expiry}: renew it at the municipal office before then.",
          grace:
            " If it is the card's expiry, the certificate expired on {expiry}: have it re-issued at the municipal office by {by} to keep using the card as a health-insurance card.",
          lapsed:
            " If it is the card's expiry, the certificate expired on {expiry} and the card stopped working as a health-insurance card after {graceEnds}: have it re-issued at the municipal office.",
        },
        noBirthDate: " If it is the card's expiry, move it to the “Card expiry” column and enter the birth date too.",
        settle:
          "Then put the date in the right column (“Certificate expiry”, or “Card expiry” with the birth date) and press “Check everyone” again.",
        counterDay: "To the office: last day to re-issue the certificate if the date entered is the card's expiry",
      },
      stay: {
        earlier: {
          valid: "If the certificate ends on a birthday before the card, it is still valid until {expiry}.",
          renewal:
            "If the certificate ends on the earlier birthday, {expiry}, renew it at the municipal office before then.",
          grace:
            "If the certificate ended on the earlier birthday, {expiry}, have it re-issued at the municipal office by {by} to keep using the card as a health-insurance card.",
          lapsed:
            "If the certificate ended on the earlier birthday, {expiry}, the card stopped working as a health-insurance card after {graceEnds}: have the certificate re-issued at the municipal office.",
        },
        withCard:
          " If it runs to the card's expiry, {expiry}, extend the period of stay first, then the card's validity at the municipal office by {by}.",
        withCardSameDay:
          " If it runs to the card's expiry, {expiry}, extend the period of stay first, then the card's validity at the municipal office by that day.",
        earlierUntil:
          "If the certificate ended on the earlier birthday, {expiry}, the card works as a health-insurance card only until {graceEnds}.",
        earlierEnded:
          "If the certificate ended on the earlier birthday, {expiry}, the card stopped working as a health-insurance card after {graceEnds}.",
        howToTell:
          "The handwritten certificate box on the card's front, or Mynaportal, tells which. Then enter that date as the certificate expiry and press “Check everyone” again.",
        counterDay: "To the office: last day to re-issue the certificate if it ended on the earlier birthday",
      },
      doubt: {
        ifNotRenewed:
          "If it was not renewed or re-issued on or after {since}, the certificate expired on {expiry} and the card stopped working as a health-insurance card after {graceEnds}.",
        ifNotRenewedGrace:
          "If it was not renewed or re-issued on or after {since}, the certificate expired on {expiry}: re-issue it at the municipal office by {by} to keep using the card as a health-insurance card.",
        ifNotRenewedFirst:
          "If the first certificate was never renewed or re-issued, it expired on {expiry} and the card stopped working as a health-insurance card after {graceEnds}.",
        ifRenewed: "If it was renewed or re-issued on or after {since}, the certificate is valid until {expiry}.",
        otherStage: "{reading}, the stage is “{stage}”.",
        typo: "Check the card for a typo. If the card ends with a period of stay, enter the day it ends in the “Period of stay ends” column for that case's answer.",
        ...eligibility(enMessages, "."),
        checkHeading: "How to tell whether it was renewed",
        howToTell: [
          "Look at the front of the card: a date later than the row's first expiry handwritten in the certificate expiry box (電子証明書の有効期限, the dotted box at the bottom left) means it was renewed. The first expiry itself written there is not a sign of renewal.",
          ...CHECK.en.result.question.howToTell.slice(1),
        ],
        settle:
          "Then enter, as the certificate expiry, the handwritten date if it was renewed, or the row's first expiry if it was not, and press “Check everyone” again. That settles the answer.",
        firstExpiry: "the row's first expiry",
      },
      itemError: "Could not compute: {message}",
      notChecked: "Not checked: no card dates.",
      noCard: "Without a card, the resident can see a doctor with the eligibility certificate (資格確認書).",
      addDates:
        "If there is a card, enter the certificate expiry, or the birth date and the card expiry, and check again.",
      fixInTable: "Fix the date in the table, then press “Check everyone” again.",
      monthHeading: "To do now (most urgent first)",
      monthOpens: "Renewal opens in {month}",
      monthNone: "Nobody needs to go to the office or check anything now.",
      unnamed: "(no name)",
    },
    export: {
      heading: "Export and print",
      intro:
        "The files are made on this device. Every file includes the names. The calendar file also holds each person's dates, the birth date included (in each event's link): put it into a shared or cloud calendar and they are sent there.",
      csv: "CSV file (for Excel)",
      ics: "Calendar file (.ics, everyone's dates)",
      print: "Print",
      csvColumns: {
        label: "Name or room",
        birthDate: "Birth date",
        cardExpiry: "Card expiry",
        certificateExpiry: "Certificate expiry",
        cardIssuedOn: "Card issue date",
        periodOfStayEndsOn: "Period of stay ends",
      },
      csvHead: {
        stage: "Stage",
        action: "Next step",
        actionDate: "Date",
        basis: "Result columns assume",
        certificateExpires: "Result: certificate expiry",
        renewalOpens: "Result: renewal opens at the counter",
        graceEnds: "Result: last day as a health-insurance card on that certificate",
        cardExpires: "Result: card expiry",
        problem: "Why it could not be computed",
        check: "To check",
        otherStage: "To check: stage in the other case",
        otherCertificateExpires: "To check: certificate expiry in the other case",
        otherGraceEnds: "To check: last day as a health-insurance card in the other case",
      },
    },
    storage: {
      heading: "Keep on this device",
      keep: "Keep this list on this device",
      keepHint:
        "Only when ticked are the names and dates kept in this browser, to load them the next time. They are sent nowhere. Do not keep it on a shared computer.",
      forget: "Forget the kept list",
      saved: "The list is kept on this device.",
      forgotten: "The kept list was deleted.",
      restored: "Loaded the list kept on this device.",
      unavailable: "This browser cannot keep the list.",
    },
    printTitle: "Certificate expiry list",
  },
  "ja-easy": {
    title: "{何人|なんにん}かを まとめて {調|しら}べる",
    description:
      "{家族|かぞく}などの {電子証明書|でんししょうめいしょ}の {期限|きげん}を まとめて {調|しら}べます。{名前|なまえ}は {送|おく}りません。",
    lead: [
      "{家族|かぞく}など、{何人|なんにん}かの {電子証明書|でんししょうめいしょ}の {期限|きげん}を まとめて {調|しら}べられます。",
      "**{名前|なまえ}は {送|おく}りません。** {送|おく}るのは {日|ひ}にちだけです。",
    ],
    noScript:
      "この ページは JavaScriptが {必要|ひつよう}です。1{人|り}ずつなら [{期限|きげん}を {調|しら}べる](/easy/check/)を {使|つか}って ください。",
    editor: {
      heading: "リストを {作|つく}る",
      intro: [
        "1{行|ぎょう}に 1{人|り}ずつ {書|か}いて ください。{電子証明書|でんししょうめいしょ}の {期限|きげん}が わからない {人|ひと}は、{生|う}まれた {日|ひ}と カードの {期限|きげん}を {書|か}いて ください。{和暦|われき}でも {書|か}けます。",
        "Excelなどで コピーした ものを、{表|ひょう}に はりつける ことも できます。",
      ],
      caption: "{調|しら}べる {人|ひと}の リスト",
      number: "{番号|ばんごう}",
      controls: "{行|ぎょう}の {操作|そうさ}",
      rowName: "{n}{行目|ぎょうめ}",
      moveUp: "{上|うえ}へ",
      moveDown: "{下|した}へ",
      remove: "{消|け}す",
      add: "{行|ぎょう}を {増|ふ}やす",
      added: "{n}{行目|ぎょうめ}を {増|ふ}やしました。",
      moved: "{n}{行目|ぎょうめ}に {動|うご}かしました。",
      removed: "{行|ぎょう}を {消|け}しました。",
      removedNamed: "{n}{行目|ぎょうめ}（{label}）を {消|け}しました。",
      undo: "{消|け}した {行|ぎょう}を {戻|もど}す",
      restored: "{n}{行目|ぎょうめ}に {戻|もど}しました。",
      pasted: "{n}{行|ぎょう}を はりつけました。",
      pastedJoined:
        "{columns}の {列|れつ}は、つないで「{名前|なまえ}・{部屋|へや}の {番号|ばんごう}」に {入|い}れました。",
    },
    columns: {
      label: "{名前|なまえ}・{部屋|へや}の {番号|ばんごう}",
      birthDate: "{生|う}まれた {日|ひ}",
      cardExpiry: "カードの {期限|きげん}",
      certificateExpiry: "{電子証明書|でんししょうめいしょ}の {期限|きげん}",
      cardIssuedOn: "カードを {作|つく}った {日|ひ}",
      periodOfStayEndsOn: "{在留期間|ざいりゅうきかん}の {最後|さいご}の {日|ひ}",
    },
    import: {
      heading: "CSVファイルを {読|よ}み{込|こ}む",
      intro: [
        "ExcelなどのCSVファイルを {読|よ}み{込|こ}めます。1{行目|ぎょうめ}に「{氏名|しめい}」「{生年月日|せいねんがっぴ}」などの {見出|みだ}しが あると、よく {読|よ}めます。",
        "{読|よ}み{込|こ}む {前|まえ}に、{読|よ}めなかった {行|ぎょう}を {見|み}せます。ファイルは {送|おく}りません。",
      ],
      fileLabel: "CSVファイルを {選|えら}ぶ",
      fileHint: ".csv か .txt の ファイルです。",
      previewHeading: "{読|よ}み{込|こ}む {前|まえ}の {確認|かくにん}",
      encoding: "{文字|もじ}コード：{encoding}",
      encodings: { "utf-8": "UTF-8", "utf-16le": "UTF-16", "utf-16be": "UTF-16", shift_jis: "Shift_JIS" },
      headerFound: "1{行目|ぎょうめ}を {見出|みだ}しとして {読|よ}みました。",
      headerMissing:
        "{見出|みだ}しが ありません。{左|ひだり}から {名前|なまえ}・{生|う}まれた {日|ひ}・カードの {期限|きげん}として {読|よ}みました。{違|ちが}う ときは「{読|よ}み{方|かた}」を {変|か}えて ください。",
      joined:
        "{columns}の {列|れつ}を つないで、「{名前|なまえ}・{部屋|へや}の {番号|ばんごう}」として {読|よ}みます（{例|れい}：{example}）。",
      stayNotRead:
        "{columns}の {列|れつ}は {読|よ}んで いません。{在留期間|ざいりゅうきかん}の {最後|さいご}の {日|ひ}の {列|れつ}なら、「{読|よ}み{方|かた}」で「{在留期間|ざいりゅうきかん}の {最後|さいご}の {日|ひ}」を {選|えら}んで ください。",
      columnsCaption: "{列|れつ}の {読|よ}み{方|かた}",
      columnHeader: "ファイルの {見出|みだ}し",
      columnN: "{n}{列目|れつめ}",
      firstRow: "{最初|さいしょ}の {行|ぎょう}",
      readAs: "{読|よ}み{方|かた}",
      ignore: "{読|よ}まない",
      readCount: "{n}{行|ぎょう}を {読|よ}みました。",
      failedHeading: "{読|よ}めなかった {行|ぎょう}（{n}{行|ぎょう}）",
      failedNone: "{読|よ}めなかった {行|ぎょう}は ありません。",
      notesHeading: "{確|たし}かめて ほしい {行|ぎょう}",
      note: "{column}は {元号|げんごう}が {違|ちが}うので、{date}として {読|よ}みました。",
      line: "{n}{行目|ぎょうめ}",
      add: "{読|よ}んだ {行|ぎょう}を リストに {入|い}れる",
      cancel: "やめる",
      nothing: "{使|つか}える {行|ぎょう}が ありません。",
      addedRows: "{n}{行|ぎょう}を リストに {入|い}れました。{読|よ}めなかった {行|ぎょう}は {入|はい}って いません。",
      addAll: "{読|よ}めなかった {行|ぎょう}も {入|い}れる（あとで {直|なお}す）",
      addedAll:
        "{n}{行|ぎょう}と、{読|よ}めなかった {m}{行|ぎょう}を {入|い}れました。{読|よ}めなかった {行|ぎょう}は、{直|なお}すまで「{計算|けいさん}できなかった {人|ひと}」として {結果|けっか}に {出|で}ます。",
      inList: "リストには もう {m}{人|にん} います。",
      duplicates:
        "{読|よ}んだ {行|ぎょう}の うち {d}{行|ぎょう}は、リストに ある {行|ぎょう}と {名前|なまえ}も {日|ひ}にちも {同|おな}じなので、{入|い}れません。",
      skipped: "{同|おな}じ {行|ぎょう}（{d}{行|ぎょう}）は {入|い}れて いません。",
      repeated: "{first}{行目|ぎょうめ}と {名前|なまえ}も {日|ひ}にちも {同|おな}じなので、{入|い}れません。",
      repeatedSkipped:
        "ファイルの {中|なか}で {同|おな}じだった {行|ぎょう}（{d}{行|ぎょう}）は、1{回|かい}だけ {入|い}れました。",
      replace: "リストを この ファイルの {中身|なかみ}に {入|い}れ{替|か}える",
      replaced:
        "リストを {読|よ}んだ {n}{行|ぎょう}に {入|い}れ{替|か}えました。{読|よ}めなかった {行|ぎょう}は {入|はい}って いません。",
      unreadable: "この ファイルは {読|よ}めませんでした。",
      noDates: "カードの {日|ひ}にちが ないので、リストに {入|い}れますが、{調|しら}べません。",
    },
    problems: {
      unrecognised: "{column}が {日|ひ}にちとして {読|よ}めません。",
      not_a_real_date: "{column}が カレンダーに ない {日|ひ}にちです。",
      past_era_end: "{column}の {元号|げんごう}が {違|ちが}います。",
      before_era_start: "{column}の {元号|げんごう}が {違|ちが}います。",
      before_gregorian: "{column}が {古|ふる}すぎます。",
      weekday_mismatch:
        "{column}の {曜日|ようび}が {合|あ}いません。{date}ですが、「{weekday}」と {書|か}いて あります。",
      year_mismatch:
        "{column}の {年|ねん}が {合|あ}いません。（ ）の {中|なか}は「{year}」ですが、この {日|ひ}は {dateWithEra}です。",
      needDates: "{日|ひ}にちが ありません。",
      needBirthDate: "{生|う}まれた {日|ひ}が ありません。",
      suggestion: "（{date}ですか？）",
    },
    today: {
      summary: "{今日|きょう}では ない {日|ひ}に ついて {調|しら}べる",
      label: "{調|しら}べる {日|ひ}",
      hint: "{何|なに}も {書|か}かないと、{今日|きょう}に ついて {調|しら}べます。",
    },
    submit: "まとめて {調|しら}べる",
    checking: "{n}{人|にん}を {調|しら}べて います…",
    stale: {
      notice:
        "リストが {変|か}わりました。もう{一度|いちど} まとめて {調|しら}べて ください。{下|した}の {結果|けっか}は {前|まえ}の リストの ものです。もう{一度|いちど} {調|しら}べるまで、ファイルに する ことと {印刷|いんさつ}は できません。",
      again: "もう{一度|いちど} まとめて {調|しら}べる",
    },
    errors: {
      summaryTitle: "{書|か}いた ことを {確|たし}かめて ください",
      titlePrefix: "エラー：",
      row: "{n}{行目|ぎょうめ}：{message}",
      rowNamed: "{n}{行目|ぎょうめ}（{label}）：{message}",
      empty: "{調|しら}べる {人|ひと}が いません。1{人|り}{以上|いじょう} {書|か}いて ください。",
      network: "{答|こた}えが {来|き}ませんでした。もう{一度|いちど} {押|お}して ください。",
      server: "{答|こた}えが {来|き}ませんでした。あとで もう{一度|いちど} {押|お}して ください。",
    },
    results: {
      heading: "{結果|けっか}",
      checkedOn: "{調|しら}べた {日|ひ}：{date}",
      counts: "{n}{人|にん}",
      filterLabel: "{段階|だんかい}で {選|えら}ぶ",
      all: "ぜんぶ",
      problem: "{計算|けいさん}できなかった {人|ひと}",
      caption: "{結果|けっか}（{早|はや}く {行|い}く {必要|ひつよう}が ある {人|ひと}から）",
      sortLabel: "{並|なら}べ{方|かた}",
      sort: {
        action: "{急|いそ}ぐ {順|じゅん}",
        label: "{名前|なまえ}・{部屋|へや}の {番号|ばんごう}の {順|じゅん}",
      },
      captionByLabel: "{結果|けっか}（{名前|なまえ}・{部屋|へや}の {番号|ばんごう}の {順|じゅん}）",
      head: {
        label: "{名前|なまえ}・{部屋|へや}の {番号|ばんごう}",
        stage: "{段階|だんかい}",
        action: "{次|つぎ}に すること",
        certificateExpires: "{電子証明書|でんししょうめいしょ}の {期限|きげん}",
        graceEnds:
          "その {期限|きげん}の {電子証明書|でんししょうめいしょ}で、マイナ{保険証|ほけんしょう}が {使|つか}える {最後|さいご}の {日|ひ}",
        details: "くわしく",
      },
      details: "くわしく {見|み}る",
      more: "{日|ひ}にちと {説明|せつめい}",
      actions: {
        renewalOpens: "{更新|こうしん}できるように なる",
        cardRenewalOpens: "{新|あたら}しい マイナンバーカードを {申|もう}し{込|こ}めるように なる",
        renewCertificateAtOffice: "{市役所|しやくしょ}などで {更新|こうしん}する",
        reissueCertificateAtOffice:
          "{市役所|しやくしょ}などで {電子証明書|でんししょうめいしょ}を もう{一度|いちど} {作|つく}って もらう",
        // The API's words (shared/messages/ja-easy.ts), with ふりがな.
        renewCard: "{新|あたら}しい マイナンバーカードを {申|もう}し{込|こ}む",
        checkRenewal: "{更新|こうしん}したか {確|たし}かめる",
        checkCardExpiry: "カードの {期限|きげん}を {確|たし}かめる",
        // The API's words (shared/messages/ja-easy.ts), with ふりがな.
        checkCertificateExpiry: "{電子証明書|でんししょうめいしょ}の {期限|きげん}を {見|み}る",
        extendCardValidity:
          "まず {入管|にゅうかん}で {在留期間|ざいりゅうきかん}を {延|の}ばす。{次|つぎ}に カードの {期限|きげん}を {延|の}ばす",
      },
      relation: {
        from: "{date}から",
        by: "{date}まで",
        since: "マイナ{保険証|ほけんしょう}が {使|つか}える {期間|きかん}は {date}で {終|お}わりました",
        check: "{書|か}いた {date}は {誕生日|たんじょうび}では ありません",
        apply:
          "いま すぐ。できるまで 1か{月|げつ}ぐらい かかります。{date}までは この カードで、その あとは「{資格確認書|しかくかくにんしょ}」で {病院|びょういん}に かかれます",
      },
      filters: {
        checkRenewal: "{更新|こうしん}したか {確|たし}かめる {人|ひと}",
        checkCardExpiry: "カードの {期限|きげん}を {確|たし}かめる {人|ひと}",
        checkCertificateExpiry: "{電子証明書|でんししょうめいしょ}の {期限|きげん}を {見|み}る {人|ひと}",
      },
      readings: {
        ifNo: CHECK["ja-easy"].result.question.ifNo,
        ifYes: CHECK["ja-easy"].result.question.ifYes,
        ifEarlier:
          "{電子証明書|でんししょうめいしょ}が カードより {前|まえ}の {誕生日|たんじょうび}に {終|お}わる とき",
        ifWithCard: "{電子証明書|でんししょうめいしょ}が カードと {同|おな}じ {日|ひ}に {終|お}わる とき",
        ifCardExpiry: "カードの {期限|きげん}だった とき",
        asTyped: "{書|か}いた とおりなら",
      },
      printedReadings: {
        ifNo: "{更新|こうしん}して いない",
        ifYes: "{更新|こうしん}した",
        ifEarlier: "{前|まえ}の {誕生日|たんじょうび}",
        ifWithCard: "カードと {同|おな}じ",
        ifCardExpiry: "カードの {期限|きげん}",
      },
      field: {
        cardExpiryInCertificateField:
          "「まで {有効|ゆうこう}」は、カードの {期限|きげん}の {書|か}き{方|かた}です。{電子証明書|でんししょうめいしょ}の {期限|きげん}は、カードの {表|おもて}の {手書|てが}きの {欄|らん}か、マイナポータルで {見|み}て ください。",
        certificateExpiryTooLate:
          "{書|か}いた {電子証明書|でんししょうめいしょ}の {期限|きげん}は、6{年|ねん}より {先|さき}です。{電子証明書|でんししょうめいしょ}では ありえません。カードの {期限|きげん}では ないか、{見|み}て ください。",
        ifCard: {
          valid: "カードの {期限|きげん}なら、{電子証明書|でんししょうめいしょ}は {expiry}まで {使|つか}えます。",
          renewal:
            "カードの {期限|きげん}なら、{電子証明書|でんししょうめいしょ}は {expiry}に {終|お}わります。その {前|まえ}に {市役所|しやくしょ}などで {更新|こうしん}して ください。",
          grace:
            "カードの {期限|きげん}なら、{電子証明書|でんししょうめいしょ}は {expiry}に {終|お}わりました。{by}までに {市役所|しやくしょ}などで もう{一度|いちど} {作|つく}って もらって ください。",
          lapsed:
            "カードの {期限|きげん}なら、{電子証明書|でんししょうめいしょ}は {expiry}に {終|お}わりました。{graceEnds}の あと、マイナ{保険証|ほけんしょう}は {使|つか}えません。{市役所|しやくしょ}などで もう{一度|いちど} {作|つく}って もらって ください。",
        },
        noBirthDate:
          "カードの {期限|きげん}なら、「カードの {期限|きげん}」に {書|か}いて、{生|う}まれた {日|ひ}も {書|か}いて ください。",
        settle:
          "わかったら、{日|ひ}にちを {正|ただ}しい ところに {書|か}いて、もう{一度|いちど}「まとめて {調|しら}べる」を {押|お}して ください。",
        counterDay:
          "{窓口|まどぐち}へ：{書|か}いた {日|ひ}にちが カードの {期限|きげん}なら、{電子証明書|でんししょうめいしょ}を もう{一度|いちど} {作|つく}って もらえる {最後|さいご}の {日|ひ}",
      },
      stay: {
        earlier: {
          valid:
            "{電子証明書|でんししょうめいしょ}が カードより {前|まえ}の {誕生日|たんじょうび}に {終|お}わる ときも、{expiry}までは {使|つか}えます。",
          renewal:
            "{電子証明書|でんししょうめいしょ}が カードより {前|まえ}の {誕生日|たんじょうび}の {expiry}に {終|お}わる ときは、その {前|まえ}に {市役所|しやくしょ}などで {更新|こうしん}して ください。",
          grace:
            "{電子証明書|でんししょうめいしょ}が カードより {前|まえ}の {誕生日|たんじょうび}の {expiry}に {終|お}わって いたら、{by}までに {市役所|しやくしょ}などで もう{一度|いちど} {作|つく}って もらって ください。",
          lapsed:
            "{電子証明書|でんししょうめいしょ}が カードより {前|まえ}の {誕生日|たんじょうび}の {expiry}に {終|お}わって いたら、{graceEnds}の あと、マイナ{保険証|ほけんしょう}は {使|つか}えません。{市役所|しやくしょ}などで もう{一度|いちど} {作|つく}って もらって ください。",
        },
        withCard:
          "カードと {同|おな}じ {expiry}まで {使|つか}える ときは、まず {在留期間|ざいりゅうきかん}を {延|の}ばして、{by}までに {市役所|しやくしょ}などで カードの {期限|きげん}を {延|の}ばして ください。",
        withCardSameDay:
          "カードと {同|おな}じ {expiry}まで {使|つか}える ときは、まず {在留期間|ざいりゅうきかん}を {延|の}ばして、その {日|ひ}までに {市役所|しやくしょ}などで カードの {期限|きげん}を {延|の}ばして ください。",
        earlierUntil:
          "{電子証明書|でんししょうめいしょ}が カードより {前|まえ}の {誕生日|たんじょうび}の {expiry}に {終|お}わって いたら、マイナ{保険証|ほけんしょう}が {使|つか}えるのは {graceEnds}までです。",
        earlierEnded:
          "{電子証明書|でんししょうめいしょ}が カードより {前|まえ}の {誕生日|たんじょうび}の {expiry}に {終|お}わって いたら、{graceEnds}の あと、マイナ{保険証|ほけんしょう}は {使|つか}えません。",
        howToTell:
          "カードの {表|おもて}の {手書|てが}きの {欄|らん}か、マイナポータルで わかります。わかったら、その {日|ひ}にちを「{電子証明書|でんししょうめいしょ}の {期限|きげん}」に {書|か}いて、もう{一度|いちど}「まとめて {調|しら}べる」を {押|お}して ください。",
        counterDay:
          "{窓口|まどぐち}へ：{電子証明書|でんししょうめいしょ}が {前|まえ}の {誕生日|たんじょうび}に {終|お}わって いたら、もう{一度|いちど} {作|つく}って もらえる {最後|さいご}の {日|ひ}",
      },
      doubt: {
        ifNotRenewed:
          "{since}か その あとに {更新|こうしん}して いない {人|ひと}は、{電子証明書|でんししょうめいしょ}が {expiry}に {終|お}わりました。{graceEnds}の あと、マイナ{保険証|ほけんしょう}は {使|つか}えません。",
        ifNotRenewedGrace:
          "{since}か その あとに {更新|こうしん}して いない {人|ひと}は、{電子証明書|でんししょうめいしょ}が {expiry}に {終|お}わりました。{by}までに {市役所|しやくしょ}などで もう{一度|いちど} {作|つく}って もらって ください。",
        ifNotRenewedFirst:
          "{最初|さいしょ}の {電子証明書|でんししょうめいしょ}を {更新|こうしん}して いない {人|ひと}は、{電子証明書|でんししょうめいしょ}が {expiry}に {終|お}わりました。{graceEnds}の あと、マイナ{保険証|ほけんしょう}は {使|つか}えません。",
        ifRenewed:
          "{since}か その あとに {更新|こうしん}した {人|ひと}は、{電子証明書|でんししょうめいしょ}を {expiry}まで {使|つか}えます。",
        otherStage: "{reading}は「{stage}」です。",
        typo: "{打|う}ち{間違|まちが}いが ないか、カードを {見|み}て ください。{在留期間|ざいりゅうきかん}で {終|お}わる カードの {人|ひと}は、「{在留期間|ざいりゅうきかん}の {最後|さいご}の {日|ひ}」も {書|か}いて ください。",
        // The API's words (shared/messages/ja-easy.ts), with ふりがな.
        eligibility: "「{資格確認書|しかくかくにんしょ}」で {病院|びょういん}に かかれます。",
        eligibilityNote:
          "{手続|てつづ}きを しなかった {人|ひと}には、{保険|ほけん}から「{資格確認書|しかくかくにんしょ}」が {届|とど}きます。それで {病院|びょういん}に かかれます。{届|とど}く {時期|じき}は {保険|ほけん}に よって ちがいます。",
        checkHeading: "{更新|こうしん}したか どうかの {見|み}かた",
        howToTell: [
          "カードの {表|おもて}の「{電子証明書|でんししょうめいしょ}の {有効期限|ゆうこうきげん}」の ところ（カードの {左下|ひだりした}の {枠|わく}）に、その {行|ぎょう}の {最初|さいしょ}の {期限|きげん}より あとの {日|ひ}にちが {手|て}で {書|か}いて あれば、{更新|こうしん}して います。{最初|さいしょ}の {期限|きげん}と {同|おな}じ {日|ひ}にちが {書|か}いて あるだけなら、{更新|こうしん}した しるしでは ありません。",
          ...CHECK["ja-easy"].result.question.howToTell.slice(1),
        ],
        settle:
          "わかったら、{更新|こうしん}した {人|ひと}は カードに {手|て}で {書|か}いて ある {日|ひ}にちを、して いない {人|ひと}は その {行|ぎょう}の {最初|さいしょ}の {期限|きげん}を「{電子証明書|でんししょうめいしょ}の {期限|きげん}」に {書|か}いて、もう{一度|いちど}「まとめて {調|しら}べる」を {押|お}して ください。",
        firstExpiry: "その {行|ぎょう}の {最初|さいしょ}の {期限|きげん}",
      },
      itemError: "{計算|けいさん}できませんでした：{message}",
      notChecked: "カードの {日|ひ}にちが ないので、{調|しら}べて いません。",
      noCard: "カードが ない {人|ひと}は、「{資格確認書|しかくかくにんしょ}」で {病院|びょういん}に かかれます。",
      addDates: "カードが ある {人|ひと}は、{日|ひ}にちを {書|か}いて、もう{一度|いちど} {調|しら}べて ください。",
      fixInTable:
        "{表|ひょう}で {日|ひ}にちを {直|なお}して、もう{一度|いちど}「まとめて {調|しら}べる」を {押|お}して ください。",
      monthHeading: "いま すること（{急|いそ}ぐ {順|じゅん}）",
      monthOpens: "{month}に {更新|こうしん}できるように なる {人|ひと}",
      monthNone:
        "いま、{市役所|しやくしょ}などへ {行|い}く {人|ひと}や、{確|たし}かめる ことが ある {人|ひと}は いません。",
      unnamed: "（{名前|なまえ}なし）",
    },
    export: {
      heading: "ファイルに する・{印刷|いんさつ}する",
      intro:
        "ファイルは この {端末|たんまつ}の {中|なか}で {作|つく}ります。{名前|なまえ}も {入|はい}ります。カレンダーファイルには {生|う}まれた {日|ひ}も {入|はい}ります。みんなで {使|つか}う カレンダーや インターネットの カレンダーに {入|い}れると、そこに {送|おく}られます。",
      csv: "CSVファイル（Excel{用|よう}）",
      ics: "カレンダーファイル（.ics）",
      print: "{印刷|いんさつ}する",
      csvColumns: CSV_COLUMNS_JA,
      csvHead: CSV_HEAD_JA,
    },
    storage: {
      heading: "この {端末|たんまつ}に {残|のこ}す",
      keep: "この {端末|たんまつ}に リストを {残|のこ}す",
      keepHint:
        "チェックした ときだけ、この ブラウザーに {残|のこ}します。どこにも {送|おく}りません。みんなで {使|つか}う パソコンでは {残|のこ}さないで ください。",
      forget: "{残|のこ}した リストを {消|け}す",
      saved: "この {端末|たんまつ}に {残|のこ}して います。",
      forgotten: "{残|のこ}した リストを {消|け}しました。",
      restored: "{残|のこ}して あった リストを {読|よ}み{込|こ}みました。",
      unavailable: "この ブラウザーでは {残|のこ}せません。",
    },
    printTitle: "{電子証明書|でんししょうめいしょ}の {期限|きげん}の リスト",
  },
};
