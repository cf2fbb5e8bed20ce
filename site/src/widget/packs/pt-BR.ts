// The widget in pt-BR, a module of its own (pack.ts): its words, the stage names from the glossary, its dates.
import { ptBR as dates } from "#shared/dates/forms/pt-BR.ts";
import { stageNames } from "#shared/messages/glossary/pt-BR.ts";
import type { WidgetPack } from "../pack.ts";
import { texts } from "../texts/pt-BR.ts";

export const pack: WidgetPack = { texts, stageNames, date: dates.day };
