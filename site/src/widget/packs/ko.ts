// The widget in ko, a module of its own (pack.ts): its words, the stage names from the glossary, its dates.
import { ko as dates } from "#shared/dates/forms/ko.ts";
import { stageNames } from "#shared/messages/glossary/ko.ts";
import type { WidgetPack } from "../pack.ts";
import { texts } from "../texts/ko.ts";

export const pack: WidgetPack = { texts, stageNames, date: dates.day };
