/**
 * @module
 * The words of /embed-docs/ and /en/embed-docs/. Code stays in lib/snippets.ts; the strings use
 * the site's inline markup (lib/inline.ts), with `code` spans written as `…`.
 */
import type { Lang } from "#shared/lang/index.ts";
import { BADGE_WIDTH, EMBED_MIN_HEIGHT } from "../lib/embed-sizes";

/** The embed docs exist in Japanese and English (embedders are developers; no やさしい日本語 page). */
export type DocsLang = Extract<Lang, "ja" | "en">;

export interface Row {
  name: string;
  text: string;
}

export interface EmbedDocsContent {
  title: string;
  description: string;
  lead: string[];
  contentsLabel: string;
  demoLabel: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  demoTodayNote: string;
  element: {
    heading: string;
    intro: string[];
    demoDate: string;
    demoCompact: string;
    demoForm: string;
    versionHeading: string;
    version: string[];
    attributesHeading: string;
    attributeColumns: [string, string];
    attributes: Row[];
    eventsHeading: string;
    events: Row[];
    eventExample: string;
    themeHeading: string;
    theme: string[];
    propertyColumns: [string, string];
    properties: Row[];
    parts: Row[];
    partsCaption: string;
  };
  iframe: { heading: string; intro: string[]; resize: string[]; demo: string };
  badge: { heading: string; intro: string[]; demo: string };
  builder: {
    heading: string;
    intro: string;
    noScript: string;
    method: string;
    methods: Record<"element" | "iframe" | "badge", string>;
    lang: string;
    variant: string;
    variants: Record<"default" | "compact", string>;
    theme: string;
    themes: Record<"light" | "dark" | "auto", string>;
    date: string;
    dateHint: string;
    output: string;
    preview: string;
    badgeNeedsDate: string;
  };
  csp: {
    heading: string;
    /** The table's scrolling region: a name of its own, not the section's (axe landmark-unique). */
    tableLabel: string;
    intro: string[];
    rows: { way: string; line: string; note: string }[];
    columns: [string, string, string];
    example: string;
  };
  privacy: { heading: string; items: string[]; more: string };
}

export const CONTENT: Record<DocsLang, EmbedDocsContent> = {
  ja: {
    title: "ウェブサイトに埋め込む",
    description:
      "自治体・医療機関・保険者のウェブサイトに、電子証明書の期限とマイナ保険証の段階を表示する方法（カスタム要素、iframe、画像）。",
    lead: [
      "自治体、医療機関、薬局、保険者のウェブサイトに「電子証明書の期限」と「マイナ保険証の段階」を表示できます。方法は3つです。上から順に便利ですが、ページで使える方法を選んでください。",
      "どの方法も無料で、登録はいりません。表示される答えは、このサイトの「期限を調べる」と同じ計算です。",
    ],
    contentsLabel: "このページの内容",
    demoLabel: "表示例",
    codeLabel: "コード",
    copy: "コピー",
    copied: "コピーしました",
    copyFailed: "コピーできませんでした。コードを選んでコピーしてください。",
    demoTodayNote:
      "表示例では、答えが変わらないように基準日（`today`）を2026年1月10日に固定しています。実際のページでは `today` を書かないでください（日本時間の今日で計算します）。",
    element: {
      heading: "1. カスタム要素（おすすめ）",
      intro: [
        "スクリプトを1行読み込み、`<myna-expiry>` タグを置くだけです。ページのスタイルとは切り離して（Shadow DOM）表示し、ほかのライブラリーは使いません（gzip で 12 KiB 以下）。",
        "`certificate-expiry` を書かないと、日付を入力する小さなフォームになります。和暦（令和8年3月15日）でも西暦（2026-03-15）でも入力できます。",
      ],
      demoDate: "日付を指定した表示",
      demoCompact: 'コンパクト表示（`variant="compact"`）',
      demoForm: "入力フォーム（`certificate-expiry` なし）",
      versionHeading: "バージョン",
      version: [
        "`/widget/v1.js` はバージョン1に固定したファイルです。互換性のある修正だけが入るので、こちらをおすすめします。",
        '`/widget.js` はいつも最新版です（今は `/widget/v1.js` と同じ内容）。読み込んだ版は `customElements.get("myna-expiry").version` でわかります。',
      ],
      attributesHeading: "属性",
      attributeColumns: ["属性", "意味"],
      attributes: [
        {
          name: "certificate-expiry",
          text: "利用者証明用電子証明書の有効期限。和暦・西暦どちらでも。ないときは入力フォームを表示します。",
        },
        {
          name: "lang",
          text: "`ja`（日本語）、`en`（英語）、`zh-Hans`（中国語・簡体字）、`ko`（韓国語）、`vi`（ベトナム語）、`pt-BR`（ポルトガル語）、`tl`（フィリピノ語）、`ne`（ネパール語）。書かないときはページの `lang` に合わせます。やさしい日本語（`ja-easy`）のページでは日本語で表示します。",
        },
        { name: "variant", text: "`compact` で1行の簡潔な表示になります。" },
        {
          name: "theme",
          text: "配色。`light`（明るい配色。書かないときも）、`dark`（暗い配色）、`auto`（閲覧者の端末の設定〈ダークモード〉に合わせる）のどれかです。ページが暗い配色のときだけ `dark` か `auto` にしてください。",
        },
        { name: "today", text: "基準日。説明やテストのためだけに使います。書かないときは日本時間の今日です。" },
        { name: "link-target", text: "「詳しく」リンクの `target`（例：`_blank`）。" },
        {
          name: "api",
          text: "API のオリジン。既定はスクリプトを読み込んだオリジンです。自分でホストするときだけ指定します。",
        },
      ],
      eventsHeading: "イベントと data-stage",
      events: [
        {
          name: "data-stage",
          text: "答えが出ると、要素に `data-stage` 属性（`valid`・`renewal`・`grace`・`lapsed`）が付きます。CSS のセレクターにも使えます。",
        },
        {
          name: "myna-expiry:result",
          text: "答えが出たときに発生します。`event.detail` は API の結果（`stage`、`certificate.expiresOn`、`certificate.renewalOpensOn`、`certificate.graceEndsOn` など）です。",
        },
        {
          name: "myna-expiry:error",
          text: "答えが出せなかったときに発生します。`event.detail.reason` は `invalid`（日付が読めない）、`unavailable`（API が答えられない）、`unreachable`（API につながらない）のどれかです。",
        },
      ],
      eventExample: "どちらのイベントもバブリングし、Shadow DOM の外まで届きます（`bubbles`、`composed`）。",
      themeHeading: "見た目を変える",
      theme: [
        "CSS カスタムプロパティで色や書体を変えられます。ページの CSS で `myna-expiry` に指定してください。色を変えるときは、背景とのコントラスト比を 4.5:1 以上に保ってください。段階は色だけでなく、言葉とアイコンでも示します。",
        '暗い配色（`theme="dark"`、`auto` で端末が暗い配色のとき）では、色のプロパティは名前の後ろに `-dark` を付けたもの（`--myna-expiry-accent-dark` など）を使います。付けないときはウィジェットの暗い配色用の色になり、明るい配色用に決めた色は使いません（明るい背景に合わせた色は、暗い背景では読みにくくなるためです）。',
        "細かい調整には `::part()` を使えます。",
      ],
      propertyColumns: ["カスタムプロパティ", "使われる場所"],
      properties: [
        { name: "--myna-expiry-font", text: "書体" },
        { name: "--myna-expiry-text", text: "文字の色" },
        { name: "--myna-expiry-muted", text: "補足の文字の色" },
        { name: "--myna-expiry-background", text: "背景色" },
        { name: "--myna-expiry-border", text: "枠線と入力欄の線の色" },
        { name: "--myna-expiry-radius", text: "角の丸み" },
        { name: "--myna-expiry-accent", text: "ボタンとリンクの色" },
        { name: "--myna-expiry-accent-text", text: "ボタンの文字の色" },
        { name: "--myna-expiry-focus", text: "キーボード操作中のフォーカス枠の色" },
        {
          name: "--myna-expiry-valid, -renewal, -grace, -lapsed",
          text: "各段階の色（`--myna-expiry-valid-background` などで背景色も）",
        },
        { name: "--myna-expiry-accent-dark など（-dark）", text: "暗い配色のときの、上のそれぞれの色" },
      ],
      partsCaption: "part 名",
      parts: [
        { name: "container", text: "全体の枠" },
        { name: "stage", text: "段階と残りの日数" },
        { name: "dates", text: "日付の一覧" },
        { name: "form", text: "入力フォーム" },
        { name: "input", text: "日付の入力欄" },
        { name: "button", text: "「調べる」ボタン" },
        { name: "link", text: "このサイトへのリンク" },
      ],
    },
    iframe: {
      heading: "2. iframe",
      intro: [
        "ページにスクリプトを置けないときは、`/embed/` を iframe で表示します。どのサイトからでも枠に入れられます。クエリーは `certificateExpiry`（ないときは入力フォーム）、`lang`、`variant`、`theme` です。",
        "iframe には、内容がわかる `title` を付けてください（スクリーンリーダーが読み上げます）。枠線が要らないときは、CSS で `iframe.myna-expiry-frame { border: 0; }` としてください。",
      ],
      resize: [
        `埋め込みページは、表示に必要な高さを親ページに \`postMessage({ type: "myna-expiry:resize", height }, "*")\` で知らせます（答えかフォームを表示したときと、大きさが変わるたび。${EMBED_MIN_HEIGHT} px より小さくは知らせません）。次のスクリプトを自分のサイトの JavaScript ファイルに入れると、iframe の高さが自動で合います。入れないときは \`height\` の値で表示されます。`,
      ],
      demo: "iframe の表示例",
    },
    badge: {
      heading: "3. 画像（バッジ）",
      intro: [
        "スクリプトも iframe も使えない CMS では、SVG 画像を `<img>` で表示できます。画像は表示するたびに今日の段階を描きます。",
        "画像の中の文字はスクリーンリーダーに伝わりません。`alt` には、変わらない情報（有効期限）を書いてください。",
        `画像は1行で折り返さず、幅は言語と段階によって約${BADGE_WIDTH.min}〜${BADGE_WIDTH.max} px です。それより狭い欄に \`max-width: 100%\` で入れると、文字が読めないほど小さくなります。狭い欄（サイドバーなど）には、折り返すカスタム要素か、iframe の \`variant=compact\` を使ってください。`,
      ],
      demo: "バッジの表示例",
    },
    builder: {
      heading: "コードを作る",
      intro: "方法、言語、表示、配色を選ぶと、貼り付けるコードができます。下にそのコードの表示も出ます。",
      noScript: "コードを作る機能には JavaScript が必要です。上の例のコードをそのまま使えます。",
      method: "方法",
      methods: { element: "カスタム要素", iframe: "iframe", badge: "画像（バッジ）" },
      lang: "言語",
      variant: "表示（カスタム要素と iframe）",
      variants: { default: "標準", compact: "コンパクト" },
      theme: "配色（カスタム要素と iframe）",
      themes: { light: "ライト（既定）", dark: "ダーク", auto: "端末の設定に合わせる" },
      date: "電子証明書の有効期限（任意）",
      dateHint: "空欄にすると、カスタム要素と iframe は入力フォームになります。画像には日付が必要です。",
      output: "できたコード",
      preview: "表示",
      badgeNeedsDate: "画像には日付が必要なので、例の日付を入れています。",
    },
    csp: {
      heading: "CSP（コンテンツセキュリティポリシー）",
      tableLabel: "方法ごとに CSP に加えるもの（表）",
      intro: [
        "ページに Content-Security-Policy を設定しているときは、使う方法に合わせて、このサイトのオリジンを次のディレクティブに加えてください。インラインのスクリプトや `eval` は使いません。スタイルは Shadow DOM の中の構築済みスタイルシートなので、`style-src` を変える必要はありません。",
      ],
      columns: ["方法", "加えるディレクティブ", "理由"],
      rows: [
        { way: "カスタム要素", line: "script-src https://HOST", note: "`widget.js` を読み込むため" },
        {
          way: "カスタム要素",
          line: "connect-src https://HOST",
          note: "API（`/api/v1/evaluate`、POST）に日付を問い合わせるため",
        },
        { way: "iframe", line: "frame-src https://HOST", note: "`/embed/` を枠に表示するため" },
        { way: "画像（バッジ）", line: "img-src https://HOST", note: "`/api/v1/badge.svg` を表示するため" },
      ],
      example: "たとえば、カスタム要素を使うページの CSP は次のようになります。",
    },
    privacy: {
      heading: "プライバシー",
      items: [
        "埋め込みが送るのは、有効期限の日付（属性に書いた日付、または閲覧者が入力した文字）と言語（と、指定したときだけ `today`）です。送り先はこのサイトの API だけです。",
        "API は答えを計算して返すだけで、日付を保存したり、記録に残したりしません。",
        "クッキーは使いません（要求にクッキーを付けません）。リファラーも送らないので、どのページに埋め込まれているかも API には伝わりません。",
        "外部のサービス（解析、広告、フォントなど）は読み込みません。",
        "このサイトへのリンクでは、日付を URL の「#」のうしろに入れます。この部分はサーバーに送られません。",
      ],
      more: "このサイト全体のプライバシーについて",
    },
  },
  en: {
    title: "Embed the status on your website",
    description:
      "Show the My Number Card certificate expiry and the マイナ保険証 stage on a municipal, clinic or insurer website: a custom element, an iframe or an image.",
    lead: [
      "Municipalities, clinics, pharmacies and insurers can show “when does the certificate expire, and what does that mean at the clinic” on their own pages. There are three ways: the first is the most capable; use the one your pages allow.",
      "All three are free and need no sign-up. They give the same answer as this site’s checker.",
    ],
    contentsLabel: "On this page",
    demoLabel: "Example",
    codeLabel: "Code",
    copy: "Copy",
    copied: "Copied",
    copyFailed: "Could not copy. Select the code and copy it.",
    demoTodayNote:
      "The examples fix the evaluation day (`today`) to 10 January 2026 so that they do not change. Leave `today` out on your pages: the day is then today in Japan.",
    element: {
      heading: "1. The custom element (recommended)",
      intro: [
        "Load one script and place a `<myna-expiry>` tag. It renders apart from your page’s styles (Shadow DOM) and uses no other library (at most 12 KiB gzip).",
        "Without `certificate-expiry` it shows a small form. People can type the date in the Western calendar (2026-03-15) or the Japanese era calendar (令和8年3月15日).",
      ],
      demoDate: "With a date",
      demoCompact: 'Compact (`variant="compact"`)',
      demoForm: "The form (no `certificate-expiry`)",
      versionHeading: "Versions",
      version: [
        "`/widget/v1.js` is pinned to version 1: it only receives compatible fixes. We recommend it.",
        '`/widget.js` always serves the latest version (today the same as `/widget/v1.js`). `customElements.get("myna-expiry").version` tells which version a page loaded.',
      ],
      attributesHeading: "Attributes",
      attributeColumns: ["Attribute", "Meaning"],
      attributes: [
        {
          name: "certificate-expiry",
          text: "The user certificate’s expiry date, Western or Japanese era. Without it, the element shows a form.",
        },
        {
          name: "lang",
          text: "`ja` (Japanese), `en` (English), `zh-Hans` (Chinese, simplified), `ko` (Korean), `vi` (Vietnamese), `pt-BR` (Portuguese), `tl` (Filipino) or `ne` (Nepali). Without it, the page’s `lang` decides; on a page in easy Japanese (`ja-easy`) the widget speaks Japanese.",
        },
        { name: "variant", text: "`compact`: a single line." },
        {
          name: "theme",
          text: "The colours: `light` (also without the attribute), `dark`, or `auto` (the reader’s device setting, dark mode). Choose `dark` or `auto` only when your page is dark too.",
        },
        { name: "today", text: "The evaluation day, for explanations and tests only. Without it, today in Japan." },
        { name: "link-target", text: "The `target` of the “details” link, e.g. `_blank`." },
        {
          name: "api",
          text: "The API origin. By default the origin the script was loaded from; set it only when you host your own.",
        },
      ],
      eventsHeading: "Events and data-stage",
      events: [
        {
          name: "data-stage",
          text: "Once evaluated, the element carries `data-stage` (`valid`, `renewal`, `grace` or `lapsed`). You can use it in CSS selectors.",
        },
        {
          name: "myna-expiry:result",
          text: "Fired with the answer. `event.detail` is the API result (`stage`, `certificate.expiresOn`, `certificate.renewalOpensOn`, `certificate.graceEndsOn`, …).",
        },
        {
          name: "myna-expiry:error",
          text: "Fired when there is no answer. `event.detail.reason` is `invalid` (the date cannot be read), `unavailable` (the API cannot answer) or `unreachable` (the API cannot be reached).",
        },
      ],
      eventExample: "Both events bubble and cross the shadow boundary (`bubbles`, `composed`).",
      themeHeading: "Changing the look",
      theme: [
        "CSS custom properties set colours and the typeface: set them on `myna-expiry` in your stylesheet. Keep a contrast ratio of at least 4.5:1 against the background. Stages are never shown by colour alone: each has a word and an icon.",
        'In the dark colours (`theme="dark"`, or `auto` on a device in dark mode) each colour property is read with `-dark` after its name (`--myna-expiry-accent-dark` and so on). Without it the widget uses its own dark colour, never the one you chose for light (a colour made for a light background is hard to read on a dark one).',
        "For finer control, style the parts with `::part()`.",
      ],
      propertyColumns: ["Custom property", "Used for"],
      properties: [
        { name: "--myna-expiry-font", text: "Typeface" },
        { name: "--myna-expiry-text", text: "Text colour" },
        { name: "--myna-expiry-muted", text: "Secondary text colour" },
        { name: "--myna-expiry-background", text: "Background colour" },
        { name: "--myna-expiry-border", text: "Border and input outline colour" },
        { name: "--myna-expiry-radius", text: "Corner radius" },
        { name: "--myna-expiry-accent", text: "Button and link colour" },
        { name: "--myna-expiry-accent-text", text: "Button text colour" },
        { name: "--myna-expiry-focus", text: "Keyboard focus ring colour" },
        {
          name: "--myna-expiry-valid, -renewal, -grace, -lapsed",
          text: "Each stage’s colour (and its background with `--myna-expiry-valid-background` etc.)",
        },
        { name: "--myna-expiry-accent-dark etc. (-dark)", text: "Each colour above, in the dark colours" },
      ],
      partsCaption: "Parts",
      parts: [
        { name: "container", text: "The whole box" },
        { name: "stage", text: "The stage and the days left" },
        { name: "dates", text: "The list of dates" },
        { name: "form", text: "The form" },
        { name: "input", text: "The date field" },
        { name: "button", text: "The “Check” button" },
        { name: "link", text: "The link to this site" },
      ],
    },
    iframe: {
      heading: "2. The iframe",
      intro: [
        "When your pages cannot carry scripts, show `/embed/` in an iframe: any site may frame it. Its query takes `certificateExpiry` (without it: a form), `lang`, `variant` and `theme`.",
        "Give the iframe a `title` that says what it shows: screen readers announce it. To drop the frame’s border, add `iframe.myna-expiry-frame { border: 0; }` to your CSS.",
      ],
      resize: [
        `The embed page tells its parent how tall it needs to be with \`postMessage({ type: "myna-expiry:resize", height }, "*")\`, once the widget has drawn its answer (or its form) and whenever its size changes, never less than ${EMBED_MIN_HEIGHT} px. Put this script in one of your site’s JavaScript files and the iframe’s height follows; without it, the frame keeps its \`height\`.`,
      ],
      demo: "The iframe, live",
    },
    badge: {
      heading: "3. The image (badge)",
      intro: [
        "Where a CMS allows neither scripts nor frames, show the SVG badge with `<img>`. It draws today’s stage each time it is shown.",
        "Screen readers cannot read text inside an image: write what does not change (the expiry date) in `alt`.",
        `The badge is one line that never wraps, about ${BADGE_WIDTH.min}–${BADGE_WIDTH.max} px wide depending on the language and the stage. Squeezed into a narrower column with \`max-width: 100%\`, its text shrinks below a readable size: for a narrow column (a sidebar), use the custom element or the iframe with \`variant=compact\`, which wrap.`,
      ],
      demo: "The badge, live",
    },
    builder: {
      heading: "Build your code",
      intro: "Choose the way, language, variant and theme; the code to paste appears, with what it shows below it.",
      noScript: "The builder needs JavaScript. The examples above can be used as they are.",
      method: "Way",
      methods: { element: "Custom element", iframe: "iframe", badge: "Image (badge)" },
      lang: "Language",
      variant: "Variant (element and iframe)",
      variants: { default: "Standard", compact: "Compact" },
      theme: "Theme (element and iframe)",
      themes: { light: "Light (default)", dark: "Dark", auto: "Follow the device" },
      date: "Certificate expiry (optional)",
      dateHint: "Leave it empty and the element and the iframe show a form. The image needs a date.",
      output: "Your code",
      preview: "What it shows",
      badgeNeedsDate: "The image needs a date, so the example date is used.",
    },
    csp: {
      heading: "Content Security Policy",
      tableLabel: "What to add to your CSP for each way (table)",
      intro: [
        "If your pages send a Content-Security-Policy, add this site’s origin to these directives for the way you use. Nothing runs inline and nothing uses `eval`. The styles are constructed stylesheets inside the shadow root, so `style-src` needs no change.",
      ],
      columns: ["Way", "Add", "Why"],
      rows: [
        { way: "Custom element", line: "script-src https://HOST", note: "to load `widget.js`" },
        {
          way: "Custom element",
          line: "connect-src https://HOST",
          note: "to ask the API (`/api/v1/evaluate`, by POST)",
        },
        { way: "iframe", line: "frame-src https://HOST", note: "to show `/embed/` in a frame" },
        { way: "Image (badge)", line: "img-src https://HOST", note: "to show `/api/v1/badge.svg`" },
      ],
      example: "For example, a page that uses the custom element could send:",
    },
    privacy: {
      heading: "Privacy",
      items: [
        "What the embed sends: the expiry date (from the attribute, or as the reader typed it) and the language (and `today`, only if you set it), to this site’s API and nowhere else.",
        "The API computes the answer and returns it. It does not store or log the date.",
        "No cookies: requests carry none. No referrer either, so the API does not even learn which page the widget sits on.",
        "No third parties: no analytics, advertising or web fonts.",
        "Links to this site put the date after the “#” in the address, which is never sent to a server.",
      ],
      more: "Privacy on this site",
    },
  },
};
