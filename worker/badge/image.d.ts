// Written by `npm run lang-texts` (scripts/lang-texts/generate.mjs) beside the module.
export { badgeSvg } from "./svg.ts";
