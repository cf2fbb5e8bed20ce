/**
 * @module
 * /privacy/: what is sent where (contract.md: fragments never reach a server; the API is a pure
 * function and stores nothing; the list page keeps labels in the browser and stores only when asked).
 */
import { list, type ProsePageContent, p } from "./blocks";

export const PRIVACY: Record<"ja" | "en", ProsePageContent> = {
  ja: {
    title: "プライバシー",
    description: "マイナ期限ナビに入力した日付がどこに送られ、どう扱われるか。",
    lead: ["マイナ期限ナビは、あなたの情報を保存しません。アカウントも、アクセス解析も、広告もありません。"],
    sections: [
      {
        id: "what",
        heading: "何がどこへ送られるか",
        blocks: [
          list(
            "「期限を調べる」で入力した日付（電子証明書の有効期限、生年月日、カードの有効期限、発行日）は、計算のために**このサイトのサーバーにだけ**送られます。名前やマイナンバーは聞きません。",
            "サーバーは、受け取った日付から答えを計算して返すだけです。日付を保存したり、記録に残したりしません。",
            "結果のページのアドレスには、入力した日付が「#」のうしろに入ります。この部分はブラウザーの中だけで使われ、サーバーには送られません。ブックマークや共有をするときは、生年月日が含まれることに気をつけてください。",
          ),
        ],
      },
      {
        id: "list",
        heading: "「まとめて調べる」のリスト",
        blocks: [
          list(
            "[まとめて調べる](/list/)で入力した名前や部屋番号は、このブラウザーの中だけで使い、サーバーには送りません。送るのは日付だけで、答えは行の順番で結果と結びつけます。",
            "読み込んだCSVファイルも、書き出すCSVファイルやカレンダーファイルも、この端末の中で読み書きします。",
            "リストは、「この端末にリストを保存する」にチェックしたときだけ、このブラウザーの保存領域（ローカルストレージ）に保存します。「保存したリストを消す」を押すか、チェックを外すと消えます。チェックしなければ、ページを閉じるとリストは残りません。",
          ),
        ],
      },
      {
        id: "urls",
        heading: "アドレスに日付を入れるとき",
        blocks: [
          list(
            "電子証明書の有効期限は、ふつう持ち主の誕生日と同じ月日です。そのため、有効期限をアドレス（URL）に入れると（たとえば ?certificateExpiry=2026-03-15）、誕生日の月と日がわかってしまいます。アドレスは、サーバーやネットワークの機器、ブラウザーの履歴に記録されることがあります。",
            "このサイトの「期限を調べる」と埋め込み用の部品（ウィジェット）は、日付をアドレスに入れずに送ります。",
            "画像のバッジ（badge.svg）、カレンダーのファイル（calendar.ics）、iframe 用のページ（/embed/）と API の /api/v1/stage は、アドレスに有効期限を入れて使います。ほかのサイトに置くときは、このことを知ったうえで使ってください。",
          ),
        ],
      },
      {
        id: "third",
        heading: "外部のサービス",
        blocks: [
          list(
            "このサイトは、外部のフォント、スクリプト、解析ツールを読み込みません。",
            "結果のGoogleカレンダーへのリンクを押したときだけ、その予定の名前・日付・説明がGoogleに送られます（生年月日は送りません）。",
            "出典のリンクを開くと、その先のサイトの方針が適用されます。このサイトはリンク先に、どこから来たか（リファラー）を伝えません。",
          ),
        ],
      },
      {
        id: "cookies",
        heading: "クッキー",
        blocks: [p("クッキーは使いません。")],
      },
    ],
  },
  en: {
    title: "Privacy",
    description: "Where the dates you enter on マイナ期限ナビ go and how they are handled.",
    lead: ["マイナ期限ナビ keeps nothing about you. There are no accounts, no analytics and no advertising."],
    sections: [
      {
        id: "what",
        heading: "What is sent where",
        blocks: [
          list(
            "The dates you type into the checker (certificate expiry, birth date, card expiry, issue date) are sent **only to this site's server**, to compute your answer. We never ask for your name or your My Number.",
            "The server computes the answer from those dates and returns it. It does not store or log them.",
            "The address of a result holds your dates after the “#”. That part stays in your browser and is never sent to a server. If you bookmark or share it, remember that it may contain your birth date.",
          ),
        ],
      },
      {
        id: "list",
        heading: "The list for many people",
        blocks: [
          list(
            "On [Check many people at once](/en/list/), names and room numbers are used only inside your browser and never sent to the server. Only the dates are sent; the answers are matched to the rows by their order.",
            "A CSV file you import, and the CSV and calendar files you export, are read and written on your device.",
            "The list is kept in this browser's storage (local storage) only if you tick “Keep this list on this device”. “Forget the kept list”, or removing the tick, deletes it. Without the tick nothing remains when you close the page.",
          ),
        ],
      },
      {
        id: "urls",
        heading: "When a date is in the address",
        blocks: [
          list(
            "A certificate usually expires on its holder's birthday (the same month and day). So an address (URL) that holds the expiry, such as ?certificateExpiry=2026-03-15, also tells the month and day of a birth. Addresses can be recorded by servers, network equipment and browser histories.",
            "This site's checker and the embeddable widget send dates without putting them in the address.",
            "The badge image (badge.svg), the calendar file (calendar.ics), the page for iframes (/embed/) and the API's /api/v1/stage take the expiry in the address. If you put them on another site, use them knowing this.",
          ),
        ],
      },
      {
        id: "third",
        heading: "Other services",
        blocks: [
          list(
            "This site loads no outside fonts, scripts or analytics.",
            "Only if you follow one of the result's Google Calendar links are that event's title, date and description sent to Google (never your birth date).",
            "Links to sources take you to other sites with their own policies; this site does not tell them where you came from (no referrer).",
          ),
        ],
      },
      { id: "cookies", heading: "Cookies", blocks: [p("This site sets no cookies.")] },
    ],
  },
};
