// The widget in vi, a module of its own (pack.ts): its words, the stage names from the glossary, its dates.
import { vi as dates } from "#shared/dates/forms/vi.ts";
import { stageNames } from "#shared/messages/glossary/vi.ts";
import type { WidgetPack } from "../pack.ts";
import { texts } from "../texts/vi.ts";

export const pack: WidgetPack = { texts, stageNames, date: dates.day };
