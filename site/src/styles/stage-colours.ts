/**
 * @module
 * A Vite plugin that turns the stage colours' one home (shared/design/stage-look.ts) into the
 * stylesheet `virtual:stage-colours.css`: `--stage-valid`, `--stage-valid-bg`,
 * `--stage-valid-solid`, `--stage-valid-on-solid`, … on `:root`. It is bundled with the site's
 * other CSS into an external file, so the CSP's `style-src 'self'` still holds (no inline style).
 */
import type { Plugin } from "vite";
import { stageColourProperties } from "#shared/design/stage-look.ts";

const ID = "virtual:stage-colours.css";
const RESOLVED = `\0${ID}`;

export function stageColours(): Plugin {
  return {
    name: "myna-expiry:stage-colours",
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `:root{${stageColourProperties("light", "--stage-")}}\n` : undefined),
  };
}
