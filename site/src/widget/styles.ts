/**
 * @module
 * The widget's stylesheet, adopted into its shadow root. Embedders theme it with the
 * `--myna-expiry-*` custom properties and `::part()` (documented on /embed-docs/); the
 * `--_*` properties are private defaults. Colours meet WCAG 2.2 AA on their backgrounds in
 * both schemes, and every stage also has its own word and icon (R-INS-2, WCAG 1.4.1).
 */

import { stageColourProperties } from "#shared/design/stage-look.ts";
import { STAGES } from "#shared/rules/result.ts";

// Each colour an embedder can set, with the widget's own value in each scheme. In the dark
// scheme the embedder's light colours are NOT used (a host's light accent on the dark card gave
// 3.31:1): each has its own `-dark` property, else the widget's dark default. Resolved once here
// into private `--_*` properties, which the rules below read.
const COLOURS = {
  fg: ["text", "#1a1a1c", "#f2f2f4"],
  bg: ["background", "#ffffff", "#1c1c21"],
  muted: ["muted", "#4d4d52", "#c0c0c8"],
  line: ["border", "#6b6b73", "#8e8e98"],
  accent: ["accent", "#0031d8", "#a8bdff"],
  on: ["accent-text", "#ffffff", "#0b0b10"],
} as const;

/** The default colours of a scheme (tests measure their contrast), without the embedder's. */
export const SCHEME_COLOURS = (scheme: "light" | "dark") =>
  Object.fromEntries(Object.entries(COLOURS).map(([key, value]) => [key, value[scheme === "light" ? 1 : 2]])) as Record<
    keyof typeof COLOURS,
    string
  >;

/** One scheme's private properties: the embedder's colour for that scheme, else the widget's. */
function scheme(dark: boolean): string {
  const own = (name: string, fallback: string) => `var(--myna-expiry-${name}${dark ? "-dark" : ""},${fallback})`;
  return [
    ...Object.entries(COLOURS).map(
      ([key, [name, light, darkValue]]) => `--_${key}:${own(name, dark ? darkValue : light)}`,
    ),
    `--_focus:${own("focus", "var(--_accent)")}`,
    `--_error:${dark ? "#ff9c9c" : "#c00000"}`,
    // The stage colours (--_valid, --_valid-bg, …) come from their one home, shared/design/stage-look.ts.
    stageColourProperties(dark ? "dark" : "light", "--_").slice(0, -1),
    ...STAGES.map(
      (name) =>
        `--_${name}-s:${own(name, `var(--_${name})`)};--_${name}-sb:${own(`${name}-background`, `var(--_${name}-bg)`)}`,
    ),
    `color-scheme:${dark ? "dark" : "light"}`,
  ].join(";");
}

const stage = (name: string) => `:host([data-stage=${name}]){--_s:var(--_${name}-s);--_sb:var(--_${name}-sb)}`;

/**
 * `theme`: `light` (also when absent or unknown: the host page decides, and most are light),
 * `dark`, or `auto` (the reader's device setting).
 */
export const STYLES = `
:host{display:block;${scheme(false)};--_s:var(--_line);--_sb:transparent;font-family:var(--myna-expiry-font,system-ui,"Hiragino Sans","Noto Sans JP","Yu Gothic UI",Meiryo,sans-serif);line-height:1.6;overflow-wrap:anywhere}
:host([hidden]){display:none}
:host([theme=dark]){${scheme(true)}}
@media (prefers-color-scheme:dark){:host([theme=auto]){${scheme(true)}}}
${STAGES.map(stage).join("")}
*{box-sizing:border-box}
.c{color:var(--_fg);background:var(--_bg);border:1px solid var(--_line);border-inline-start:6px solid var(--_s);border-radius:var(--myna-expiry-radius,8px);padding:.75em 1em}
p,dl{margin:0}
.c>*+*,.out>*+*,.more>*+*{margin-block-start:.5em}
.cap,.asof,.hint,dt{color:var(--_muted);font-size:.875em}
.stage{display:flex;flex-wrap:wrap;align-items:center;gap:.25em .75em}
.tag{display:inline-flex;align-items:center;gap:.375em;padding:.125em .75em .125em .5em;border:2px solid currentColor;border-radius:999px;color:var(--_s);background:var(--_sb)}
.icon{flex:none;fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}
.days{font-weight:700}
.c{container-type:inline-size}
.dates{display:grid;grid-template-columns:minmax(0,max-content) 1fr;gap:.25em 1em;align-items:baseline}
.dates div{display:contents}
@container (max-width:30em){.dates{grid-template-columns:1fr;gap:0}dd+dt{margin-block-start:.375em}}
dd{margin:0;font-weight:700}
.nw{white-space:nowrap}
@container (max-width:15em){.nw{white-space:normal}}
a{display:inline-flex;align-items:center;min-block-size:44px;color:var(--_accent);text-underline-offset:.2em;text-decoration-thickness:max(1px,.0625em)}
a:hover{text-decoration-thickness:3px}
label{display:block;font-weight:700}
.row{display:flex;flex-wrap:wrap;gap:.5em}
input,button{min-block-size:44px;font:inherit;border-radius:calc(var(--myna-expiry-radius,8px)/2)}
input{flex:1 1 12em;min-inline-size:0;padding:.375em .625em;color:inherit;background:var(--_bg);border:2px solid var(--_line)}
input[aria-invalid=true]{border-color:var(--_error);border-width:3px}
button{min-inline-size:44px;padding:.375em 1.25em;font-weight:700;color:var(--_on);background:var(--_accent);border:2px solid transparent;cursor:pointer}
button:hover{text-decoration:underline}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.err{color:var(--_error);font-weight:700}
.err:empty{display:none}
.busy{color:var(--_muted)}
.vh{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.out>*,.more>*{animation:myna-expiry-in .2s ease-out}
@keyframes myna-expiry-in{from{opacity:0;transform:translateY(.25em)}}
@media (prefers-reduced-motion:reduce){.out>*,.more>*{animation:none}}
:host([variant=compact]) .c{padding:.25em .75em}
:host([variant=compact]) :is(.cap,.sentence,.dates,.asof){display:none}
:host([variant=compact]) .sentence[data-conditional]{display:block}
.counter{font-weight:700}
:host([variant=compact]) .more{margin:0}
:host([variant=compact]) .c:has(.out>.stage){display:flex;flex-wrap:wrap;align-items:center;gap:0 1em}
:host([variant=compact]) .c:has(.out>.stage)>*{margin:0}
@media (forced-colors:active){.c{border-inline-start-width:1px}}
`;
