// Review8 #9 (R-INFER-6, R-CARD-4): a stay-limited card's certificate may have ended with an
// earlier stay (extending the card does not extend it, R-CERT-1(b) capped it at the old end) or on
// a birthday: where the answer carries the other reading, the caveat names both, in every language.
// (Where "below" points, and that a settled certificate points nowhere: stay-see-below.test.ts.)
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "../holidays/index.ts";
import { LANGS, type Lang } from "../lang/index.ts";
import { evaluate } from "../rules/evaluate.ts";
import { plainDate } from "../rules/plain-date.ts";
import { present } from "./present.ts";

/** Each language's "a previous stay's end", beside the birthday. */
const EARLIER_STAY: Record<Lang, string> = {
  ja: "前の在留期間の満了日や、カードの有効期限より前の誕生日",
  "ja-easy": "前の 在留期間が 終わった 日や、前の 誕生日",
  en: "on the end date of a previous period of stay, or on a birthday",
  "zh-Hans": "以前的在留期间到期日，或在卡的有效期限之前的某个生日",
  ko: "이전 재류기간 만료일이나 카드 유효기한보다 앞선 생일",
  vi: "ngày hết thời hạn lưu trú của lần lưu trú trước, hoặc vào một ngày sinh nhật",
  "pt-BR": "no fim de um período de permanência anterior ou num aniversário",
  tl: "sa dating huling araw ng panahon ng pananatili, o sa isang kaarawan",
  ne: "अघिल्लो निवास अवधि सकिने मितिमा, वा कार्डको म्यादभन्दा अघिको कुनै जन्मदिनमा",
};

describe("periodOfStay names the earlier stay end, not only a birthday (review8 #9)", () => {
  it.each(LANGS)("%s", (lang) => {
    const outcome = evaluate(
      {
        birthDate: plainDate("1990-09-09"),
        cardExpiry: plainDate("2027-01-15"),
        periodOfStayEndsOn: plainDate("2027-01-15"),
      },
      plainDate("2026-12-02"),
      JAPAN_HOLIDAYS,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const presented = present(outcome.evaluation, lang);
    const i = presented.caveats.findIndex((c) => c.code === "periodOfStay");
    expect(presented.caveats[i]?.alternatives.length).toBe(1);
    expect(presented.text.caveats[i]?.message).toContain(EARLIER_STAY[lang]);
  });
});

describe("review8 #23: a stay ending after a birthday C is an ordinary card, whose letter comes", () => {
  it.each(LANGS)("%s", (lang) => {
    const outcome = evaluate(
      {
        birthDate: plainDate("1985-03-03"),
        cardExpiry: plainDate("2028-03-03"),
        periodOfStayEndsOn: plainDate("2028-05-20"),
      },
      plainDate("2026-12-03"),
      JAPAN_HOLIDAYS,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.evaluation.certificate.noticeExpectedFrom).not.toBeNull(); // R-RENEW-3
    const presented = present(outcome.evaluation, lang);
    const i = presented.caveats.findIndex((c) => c.code === "periodOfStay");
    const message = presented.text.caveats[i]!.message;
    // The card's own date, not the stay-limited card's "no letter" sentence.
    const stayLimited = evaluate(
      {
        birthDate: plainDate("1990-09-09"),
        cardExpiry: plainDate("2027-01-15"),
        periodOfStayEndsOn: plainDate("2027-01-15"),
      },
      plainDate("2026-12-03"),
      JAPAN_HOLIDAYS,
    );
    if (!stayLimited.ok) throw new Error("stay-limited card");
    const other = present(stayLimited.evaluation, lang);
    const noLetter = other.text.caveats[other.caveats.findIndex((c) => c.code === "periodOfStay")]!.message;
    expect(message, lang).not.toBe(noLetter);
    expect(message, lang).toMatch(/2028/);
  });

  it("ja and en say the letter comes", () => {
    const outcome = evaluate(
      {
        birthDate: plainDate("1985-03-03"),
        cardExpiry: plainDate("2028-03-03"),
        periodOfStayEndsOn: plainDate("2028-05-20"),
      },
      plainDate("2026-12-03"),
      JAPAN_HOLIDAYS,
    );
    if (!outcome.ok) throw new Error("ordinary card");
    const text = (lang: "ja" | "en") =>
      present(outcome.evaluation, lang)
        .text.caveats.map((c) => c.message)
        .join("");
    expect(text("ja")).toContain("ふつうのカードです。有効期限通知書は届きます。");
    expect(text("ja")).not.toContain("有効期限通知書は届きません");
    expect(text("en")).toContain("the expiry notice letter is sent");
  });
});
