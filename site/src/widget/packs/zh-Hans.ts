// The widget in zh-Hans, a module of its own (pack.ts): its words, the stage names from the glossary, its dates.
import { zhHans as dates } from "#shared/dates/forms/zh-Hans.ts";
import { stageNames } from "#shared/messages/glossary/zh-Hans.ts";
import { japaneseInChineseText } from "../../lib/language-of-parts.ts";
import type { WidgetPack } from "../pack.ts";
import { texts } from "../texts/zh-Hans.ts";

export const pack: WidgetPack = { texts, stageNames, date: dates.day, findJapanese: japaneseInChineseText() };
