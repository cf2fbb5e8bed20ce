// The widget in ne, a module of its own (pack.ts): its words, the stage names from the glossary, its dates.
import { ne as dates } from "#shared/dates/forms/ne.ts";
import { stageNames } from "#shared/messages/glossary/ne.ts";
import type { WidgetPack } from "../pack.ts";
import { texts } from "../texts/ne.ts";

export const pack: WidgetPack = { texts, stageNames, date: dates.day };
