// A date with its "from"/"until" word, on the side each language puts it.
import { describe, expect, it } from "vitest";
import { dateWithWord } from "./date-word";

describe("dateWithWord", () => {
  it.each([
    ["ja", "2026年11月14日", "から", "2026年11月14日から"],
    ["zh-Hans", "2026年11月14日", "起", "2026年11月14日起"],
    ["ko", "2026년 11월 14일", "부터", "2026년 11월 14일부터"],
    ["ne", "2026 नोभेम्बर 14", "देखि", "2026 नोभेम्बर 14 देखि"],
    ["en", "14 Nov 2026", "from", "from 14 Nov 2026"],
    ["vi", "14 thg 11, 2026", "từ", "từ 14 thg 11, 2026"],
    ["pt-BR", "14 de nov. de 2026", "até", "até 14 de nov. de 2026"],
    ["tl", "Nob 14, 2026", "hanggang", "hanggang Nob 14, 2026"],
  ] as const)("%s", (lang, date, word, text) => expect(dateWithWord(date, word, lang)).toBe(text));
});
