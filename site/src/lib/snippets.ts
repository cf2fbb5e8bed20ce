/**
 * @module
 * The embed code an embedder copies, for each of the three ways. One function for the page's
 * static examples (at build time) and the snippet builder (in the browser), so they never differ.
 */

export type EmbedMethod = "element" | "iframe" | "badge";

export interface SnippetOptions {
  method: EmbedMethod;
  /** The builder's language: the embed docs are in ja and en (the widget itself speaks every language but やさしい日本語). */
  lang: "ja" | "en";
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

const TITLES = {
  ja: {
    frame: "電子証明書の期限（マイナ期限ナビ）",
    badge: (date: string) => `マイナ保険証の電子証明書の状態（有効期限 ${date}）`,
  },
  en: {
    frame: "Certificate expiry (マイナ期限ナビ)",
    badge: (date: string) => `Status of the My Number Card certificate (expires ${date})`,
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
  if (options.lang === "en" || target === "badge") params.set("lang", options.lang);
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
      lang === "en" && ` lang="en"`,
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
