// Written by `npm run lang-texts` (scripts/lang-texts/generate.mjs) beside the module.
import type { LangTexts } from "#shared/messages/catalog.ts";

export declare const texts: LangTexts;
