// The widget in tl, a module of its own (pack.ts): its words, the stage names from the glossary, its dates.
import { tl as dates } from "#shared/dates/forms/tl.ts";
import { stageNames } from "#shared/messages/glossary/tl.ts";
import type { WidgetPack } from "../pack.ts";
import { texts } from "../texts/tl.ts";

export const pack: WidgetPack = { texts, stageNames, date: dates.day };
