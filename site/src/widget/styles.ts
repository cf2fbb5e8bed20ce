/**
 * @module
 * The widget's stylesheet, adopted into its shadow root. Embedders theme it with the
 * `--myna-expiry-*` custom properties and `::part()` (documented on /embed-docs/); the
 * `--_*` properties are private defaults. Colours meet WCAG 2.2 AA on their backgrounds in
 * both schemes, and every stage also has its own word and icon (R-INS-2, WCAG 1.4.1).
 */

import { stageColourProperties } from "#shared/design/stage-look.ts";
import { STAGES } from "#shared/rules/result.ts";

// The stage colours (--_valid, --_valid-bg, …) come from their one home, shared/design/stage-look.ts.
const LIGHT =
  "--_fg:#1a1a1c;--_bg:#fff;--_muted:#4d4d52;--_line:#6b6b73;--_accent:#0031d8;--_on:#fff;--_error:#c00000;" +
  stageColourProperties("light", "--_") +
  "color-scheme:light";

const DARK =
  "--_fg:#f2f2f4;--_bg:#1c1c21;--_muted:#c0c0c8;--_line:#8e8e98;--_accent:#a8bdff;--_on:#0b0b10;--_error:#ff9c9c;" +
  stageColourProperties("dark", "--_") +
  "color-scheme:dark";

const stage = (name: string) =>
  `:host([data-stage=${name}]){--_s:var(--myna-expiry-${name},var(--_${name}));--_sb:var(--myna-expiry-${name}-background,var(--_${name}-bg))}`;

export const STYLES = `
:host{display:block;${LIGHT};--_s:var(--_line);--_sb:transparent;font-family:var(--myna-expiry-font,system-ui,"Hiragino Sans","Noto Sans JP","Yu Gothic UI",Meiryo,sans-serif);line-height:1.6;overflow-wrap:anywhere}
:host([hidden]){display:none}
:host([theme=dark]){${DARK}}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK}}}
${STAGES.map(stage).join("")}
*{box-sizing:border-box}
.c{color:var(--myna-expiry-text,var(--_fg));background:var(--myna-expiry-background,var(--_bg));border:1px solid var(--myna-expiry-border,var(--_line));border-inline-start:6px solid var(--_s);border-radius:var(--myna-expiry-radius,8px);padding:.75em 1em}
p,dl{margin:0}
.c>*+*,.out>*+*,.more>*+*{margin-block-start:.5em}
.cap,.asof,.hint,dt{color:var(--myna-expiry-muted,var(--_muted));font-size:.875em}
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
a{display:inline-flex;align-items:center;min-block-size:44px;color:var(--myna-expiry-accent,var(--_accent));text-underline-offset:.2em;text-decoration-thickness:max(1px,.0625em)}
a:hover{text-decoration-thickness:3px}
label{display:block;font-weight:700}
.row{display:flex;flex-wrap:wrap;gap:.5em}
input,button{min-block-size:44px;font:inherit;border-radius:calc(var(--myna-expiry-radius,8px)/2)}
input{flex:1 1 12em;min-inline-size:0;padding:.375em .625em;color:inherit;background:var(--myna-expiry-background,var(--_bg));border:2px solid var(--myna-expiry-border,var(--_line))}
input[aria-invalid=true]{border-color:var(--_error);border-width:3px}
button{min-inline-size:44px;padding:.375em 1.25em;font-weight:700;color:var(--myna-expiry-accent-text,var(--_on));background:var(--myna-expiry-accent,var(--_accent));border:2px solid transparent;cursor:pointer}
button:hover{text-decoration:underline}
:focus-visible{outline:3px solid var(--myna-expiry-focus,var(--myna-expiry-accent,var(--_accent)));outline-offset:2px}
.err{color:var(--_error);font-weight:700}
.err:empty{display:none}
.busy{color:var(--myna-expiry-muted,var(--_muted))}
.vh{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.out>*,.more>*{animation:myna-expiry-in .2s ease-out}
@keyframes myna-expiry-in{from{opacity:0;transform:translateY(.25em)}}
@media (prefers-reduced-motion:reduce){.out>*,.more>*{animation:none}}
:host([variant=compact]) .c{padding:.25em .75em}
:host([variant=compact]) :is(.cap,.sentence,.dates,.asof){display:none}
.counter{font-weight:700}
:host([variant=compact]) .more{margin:0}
:host([variant=compact]) .c:has(.out>.stage){display:flex;flex-wrap:wrap;align-items:center;gap:0 1em}
:host([variant=compact]) .c:has(.out>.stage)>*{margin:0}
@media (forced-colors:active){.c{border-inline-start-width:1px}}
`;
