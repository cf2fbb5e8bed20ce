/**
 * @module
 * Every packed language's module, for the build (one file each) and the tests; the widget itself
 * never imports this (it loads one language's module at a time, pack.ts). A language of ours
 * without widget texts is a type error here.
 */
import type { PackedLang, WidgetPack } from "../pack.ts";
import { pack as ko } from "./ko.ts";
import { pack as ne } from "./ne.ts";
import { pack as ptBR } from "./pt-BR.ts";
import { pack as tl } from "./tl.ts";
import { pack as vi } from "./vi.ts";
import { pack as zhHans } from "./zh-Hans.ts";

export const PACKS: Record<PackedLang, WidgetPack> = { "zh-Hans": zhHans, ko, vi, "pt-BR": ptBR, tl, ne };
