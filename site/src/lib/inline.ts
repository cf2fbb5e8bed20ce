/**
 * @module
 * A tiny inline markup for the text in `content/*.ts`, so texts stay plain strings per language
 * and the markup is written once: `**strong**`, `[link text](/path/)`, `` `code` `` and ruby for
 * やさしい日本語 `{漢字|かんじ}`. Everything else is escaped, so a content string can never inject
 * HTML. Hint: the markup is deliberately smaller than Markdown; nesting is limited to ruby and
 * strong inside link text.
 */
import { RUBY } from "#shared/messages/ruby.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STRONG = /\*\*([^*]+)\*\*/g;
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
const CODE = /`([^`]+)`/g;

/** Ruby only: `{漢字|かんじ}` → `<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>`. */
const ruby = (html: string): string => html.replace(RUBY, "<ruby>$1<rp>(</rp><rt>$2</rt><rp>)</rp></ruby>");

/**
 * Text from the API as HTML: escaped, with ruby only (no links or emphasis), so the API's
 * やさしい日本語 sentences may carry ふりがな as `{漢字|かんじ}` and nothing else can be injected.
 */
export const rubyHtml = (text: string): string => ruby(escapeHtml(text));

/** The reading of a text without its ruby: `{漢字|かんじ}` → `漢字` (for titles and attributes). */
export const plainText = (text: string): string =>
  text.replace(RUBY, "$1").replace(STRONG, "$1").replace(LINK, "$1").replace(CODE, "$1");

/** Ruby written as its reading, for places without ruby (SVG text): `{漢字|かんじ}` → `かんじ`. */
export const readingText = (text: string): string => plainText(text.replace(RUBY, "$2"));

/** Inline markup → HTML. Links to other sites get `rel="noopener noreferrer"` and an external marker. */
export function inlineHtml(text: string): string {
  return ruby(escapeHtml(text))
    .replace(CODE, "<code>$1</code>")
    .replace(STRONG, "<strong>$1</strong>")
    .replace(LINK, (_m, label: string, href: string) => {
      const external = /^https?:/.test(href);
      return external
        ? `<a href="${href}" rel="noopener noreferrer" class="external">${label}</a>`
        : `<a href="${href}">${label}</a>`;
    });
}
