/**
 * @module
 * The embed code an embedder copies, for each of the three ways. One function for the page's
 * static examples (at build time) and the snippet builder (in the browser), so they never differ.
 */
import type { WidgetLang } from "../widget/texts.ts";

export type EmbedMethod = "element" | "iframe" | "badge";

export interface SnippetOptions {
  method: EmbedMethod;
  /** The embed's language: any the widget speaks (all of ours but やさしい日本語, whose readers get Japanese). */
  lang: WidgetLang;
  variant: "default" | "compact";
  /** The widget is light unless the embedder opts into `dark` or `auto` (the device's setting). */
  theme: "light" | "dark" | "auto";
  /** As the embedder typed it (和暦 or 西暦); empty: the element and the iframe show a form. */
  certificateExpiry: string;
  /** The site's origin, e.g. `https://example.org`. */
  origin: string;
}

/** Shown where the origin is not known yet (the page without JavaScript). */
export const ORIGIN_PLACEHOLDER = "https://HOST";

/** The badge needs a date; the builder falls back to this one. */
export const EXAMPLE_EXPIRY = "2026-03-15";

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A suitable starting height for the frame, before the page reports its own. */
export const frameHeight = (options: Pick<SnippetOptions, "variant" | "certificateExpiry">): number =>
  options.variant === "compact" ? (options.certificateExpiry ? 72 : 180) : options.certificateExpiry ? 320 : 200;

// The iframe's title and the badge's alt in each widget language, with each language's
// glossary words (shared/messages/glossary) for the certificate and the card.
const TITLES: Record<WidgetLang, { frame: string; badge: (date: string) => string }> = {
  ja: {
    frame: "電子証明書の期限（マイナ期限ナビ）",
    badge: (date) => `マイナ保険証の電子証明書の状態（有効期限 ${date}）`,
  },
  en: {
    frame: "Certificate expiry (マイナ期限ナビ)",
    badge: (date) => `Status of the My Number Card certificate (expires ${date})`,
  },
  "zh-Hans": {
    frame: "电子证明书的有效期限（マイナ期限ナビ）",
    badge: (date) => `个人编号卡电子证明书的状态（有效期限 ${date}）`,
  },
  ko: {
    frame: "전자증명서 유효기한(マイナ期限ナビ)",
    badge: (date) => `마이넘버 카드 전자증명서 상태(유효기한 ${date})`,
  },
  vi: {
    frame: "Hạn hiệu lực của chứng thư điện tử (マイナ期限ナビ)",
    badge: (date) => `Tình trạng chứng thư điện tử của thẻ My Number (hạn hiệu lực ${date})`,
  },
  "pt-BR": {
    frame: "Validade do certificado eletrônico (マイナ期限ナビ)",
    badge: (date) => `Situação do certificado eletrônico do cartão My Number (validade ${date})`,
  },
  tl: {
    frame: "Expiration date ng electronic certificate (マイナ期限ナビ)",
    badge: (date) => `Katayuan ng electronic certificate ng My Number Card (expiration date ${date})`,
  },
  ne: {
    frame: "इलेक्ट्रोनिक प्रमाणपत्रको म्याद (マイナ期限ナビ)",
    badge: (date) => `माइ नम्बर कार्डको इलेक्ट्रोनिक प्रमाणपत्रको स्थिति (म्याद सकिने मिति ${date})`,
  },
};

/** The iframe's accessible name. */
export const frameTitle = (lang: SnippetOptions["lang"]): string => TITLES[lang].frame;

/** The badge's `alt`: what does not change (the expiry date), since the image redraws the stage. */
export const badgeAlt = (lang: SnippetOptions["lang"], date: string): string => TITLES[lang].badge(date);

/** The query of the embed page or the badge. */
function query(options: SnippetOptions, target: "embed" | "badge"): string {
  const params = new URLSearchParams();
  if (options.certificateExpiry) params.set("certificateExpiry", options.certificateExpiry);
  // Hint: the badge always names its language, or the image would follow each viewer's
  // Accept-Language; the embed page speaks Japanese unless told otherwise.
  if (options.lang !== "ja" || target === "badge") params.set("lang", options.lang);
  if (target === "embed" && options.variant === "compact") params.set("variant", "compact");
  if (target === "embed" && options.theme !== "light") params.set("theme", options.theme);
  return params.toString();
}

/** `/embed/?…` for these options. */
export function embedUrl(options: SnippetOptions): string {
  const search = query(options, "embed");
  return `${options.origin}/embed/${search ? `?${search}` : ""}`;
}

/** `/api/v1/badge.svg?…` for these options (the example date when none is given). */
export const badgeUrl = (options: SnippetOptions): string =>
  `${options.origin}/api/v1/badge.svg?${query({ ...options, certificateExpiry: options.certificateExpiry || EXAMPLE_EXPIRY }, "badge")}`;

export function snippet(options: SnippetOptions): string {
  const { origin, lang } = options;
  if (options.method === "element") {
    const attributes = [
      options.certificateExpiry && ` certificate-expiry="${escapeAttribute(options.certificateExpiry)}"`,
      lang !== "ja" && ` lang="${lang}"`,
      options.variant === "compact" && ` variant="compact"`,
      options.theme !== "light" && ` theme="${options.theme}"`,
    ].filter(Boolean);
    return `<script type="module" src="${origin}/widget/v1.js"></script>\n<myna-expiry${attributes.join("")}></myna-expiry>`;
  }
  if (options.method === "iframe") {
    return (
      `<iframe class="myna-expiry-frame" src="${escapeAttribute(embedUrl(options))}"\n` +
      `  title="${frameTitle(lang)}" width="100%" height="${frameHeight(options)}" loading="lazy"></iframe>`
    );
  }
  const date = options.certificateExpiry || EXAMPLE_EXPIRY;
  return `<img src="${escapeAttribute(badgeUrl(options))}"\n  alt="${escapeAttribute(badgeAlt(lang, date))}">`;
}

/** The parent page's side of the iframe: follow the height the embed page posts. */
export const resizeListener = (origin: string): string =>
  `addEventListener("message", (event) => {
  if (event.origin !== "${origin}" || event.data?.type !== "myna-expiry:resize") return;
  for (const frame of document.querySelectorAll("iframe.myna-expiry-frame")) {
    if (frame.contentWindow === event.source) frame.height = String(event.data.height);
  }
});`;
