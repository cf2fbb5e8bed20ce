// Review finding 1 (R-CARD-5, R-CARD-6, R-INFER-5, R-CERT-4), finding 4 (R-INS-5): the checker's
// answer box, as both the island and the no-JS answer draw it (resultHtml), over many card faces:
// where the first step is the card (a new card, an expired card), the box never tells the
// resident to renew or re-issue the certificate at the counter, nor to bring the 4-digit PIN for
// it; and a lapsed reading side by side names the 資格確認書.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { present } from "#shared/messages/present.ts";
import { cardStep } from "#shared/messages/readings.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { CHECK } from "../content/check";
import { inlineHtml, readingText } from "../lib/inline";
import { type ResultContext, resultHtml } from "./render-result";
import { PAGES, type Page, pageLang, resultContext } from "./test/result-context";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const dateIn = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOfDay);

/** The box alone: from the answer's start to 次にすること (the steps below are the API's own). */
function box(result: PresentedEvaluation, page: Page): string {
  const html = resultHtml(result, resultContext(page), null);
  return html.slice(0, html.indexOf('class="result-steps-heading"'));
}

function presented(birthDate: string, cardExpiry: string, today: string, page: Page) {
  const outcome = evaluate(
    { birthDate: plainDate(birthDate), cardExpiry: plainDate(cardExpiry) },
    plainDate(today),
    JAPAN_HOLIDAYS,
  );
  return outcome.ok ? present(outcome.evaluation, pageLang(page)) : null;
}

describe("the answer box follows the card's step (review finding 1)", () => {
  it("no counter renewal, re-issue or PIN in the box when the card is the step, in every page language", () => {
    let cardBoxes = 0;
    fc.assert(
      fc.property(
        dateIn("1940-01-01", "2016-12-31"),
        fc.integer({ min: -3, max: 12 }),
        dateIn("2025-01-01", "2036-12-31"),
        fc.constantFrom(...PAGES),
        (birth, years, today, page) => {
          const year = Number(today.slice(0, 4)) + years;
          const cardExpiry = `${year}${birth.slice(4)}`.replace(/-02-29$/, "-02-28");
          const result = presented(birth, cardExpiry, today, page);
          if (!result) return;
          const step = cardStep(result);
          if (step !== "newCard" && step !== "cardExpired") return;
          cardBoxes++;
          const html = box(result, page);
          const t = CHECK[page].result;
          // The counter's own sentence and bring line (plain text in every page but やさしい日本語's ruby).
          if (page !== "ja-easy") {
            // The longer part of the stage's counter sentence, either side of its date.
            const [before, after] = t.action[result.stage].split("{date}") as [string, string];
            const part = (before.length > after.length ? before : after).trim();
            expect(html, `${birth} ${cardExpiry} ${today} ${page}`).not.toContain(part);
            expect(html, `${birth} ${cardExpiry} ${today} ${page}`).not.toContain(t.bring);
          }
          expect(html).not.toMatch(/窓口で(電子証明書を)?(更新|再発行)して|4桁の暗証番号|4けたの|4-digit PIN/);
        },
      ),
      { numRuns: 1500 },
    );
    expect(cardBoxes).toBeGreaterThan(150);
  });

  const cases: [string, string, string, string, RegExp][] = [
    // The review's child: card and certificate 2026-12-10, checked 7 days before (R-CARD-5).
    [
      "child's card, renewal stage",
      "2012-12-10",
      "2026-12-10",
      "2026-12-03",
      /新しいマイナンバーカードを申請してください/,
    ],
    // The day after: the card has expired (R-INFER-5, R-CERT-4).
    ["child's card, the day after", "2012-12-10", "2026-12-10", "2026-12-11", /再発行できないので/],
    ["expired adult card", "1956-03-31", "2026-03-31", "2026-12-03", /再発行できないので/],
    // R-INFER-3's renewed reading (valid, ends with the 10-year card): when a new card can be applied for.
    [
      "renewed reading of a 10-year card",
      "1956-03-31",
      "2030-03-31",
      "2029-11-01",
      /新しいマイナンバーカードを申請できます/,
    ],
    // Feb 29 birth, 5-year card ending on Feb 28 of a common year, the day of expiry.
    [
      "Feb 29 birth, day of expiry",
      "2012-02-29",
      "2027-02-28",
      "2027-02-28",
      /新しいマイナンバーカードを申請してください/,
    ],
  ];
  for (const [name, birth, card, today, expected] of cases) {
    it(name, () => {
      const html = box(presented(birth, card, today, "ja")!, "ja");
      expect(html).toMatch(expected);
      expect(html).not.toContain("4桁の暗証番号");
    });
  }

  it("a certificate ending before the card keeps the counter's words (the same day, one card)", () => {
    const html = box(presented("1985-11-14", "2031-11-14", "2026-09-01", "ja")!, "ja");
    expect(html).toContain("市区町村の窓口で更新してください");
    expect(html).toContain("4桁の暗証番号");
  });
});

describe("a lapsed reading side by side names the 資格確認書 (review finding 4, R-INS-5)", () => {
  it("R-INFER-3's not-renewed reading, lapsed since 2025-07-01", () => {
    const ifNo = present(
      (() => {
        const o = evaluate(
          {
            birthDate: plainDate("1956-03-31"),
            cardExpiry: plainDate("2030-03-31"),
            certificateExpiry: plainDate("2025-03-31"),
          },
          plainDate("2026-12-03"),
          JAPAN_HOLIDAYS,
        );
        if (!o.ok) throw new Error("no evaluation");
        return o.evaluation;
      })(),
      "ja",
    );
    expect(ifNo.stage).toBe("lapsed");
    const ifYes = presented("1956-03-31", "2030-03-31", "2026-12-03", "ja")!;
    const question = ifYes.caveats.find((c) => c.code === "renewalUnknown")!.question!;
    const html = resultHtml(ifYes, resultContext("ja"), null, {
      question,
      answer: "unknown",
      readings: { ifNo, ifYes },
    });
    const panels = html.slice(0, html.indexOf('class="result-steps-heading"'));
    expect(panels).toContain("資格確認書");
    expect(panels).toContain('data-care="showCardAtReception"');
    expect(panels).toContain('data-care="eligibilityCertificate"');
  });
});

describe("R-INFER-4 (review finding 2): a card expiry that is not a birthday says to check the card first", () => {
  // 昭和31年3月31日 + 2030年3月30日, a one-day typo of the birthday: both readings are "valid",
  // so no other stage would have made the box check-first; the doubt about the date does.
  const typed = { birthDate: "昭和31年3月31日", cardExpiry: "2030年3月30日", today: "2026-12-02" };
  const withTyped = (page: Page): ResultContext => ({ ...resultContext(page), typed });

  it.each(PAGES)("%s: check-first heading, both readings, then the assumed answer", (page) => {
    const result = presented("1956-03-31", "2030-03-30", "2026-12-02", page)!;
    expect(result.stage).toBe("valid");
    const html = resultHtml(result, withTyped(page), null);
    const panel = html.slice(0, html.indexOf('class="result-steps-heading"'));
    const t = CHECK[page].result;
    expect(panel).toContain("data-check-first");
    const heading = panel.slice(panel.indexOf('id="result-heading"'), panel.indexOf("</h2>"));
    // Both readings, in this order, before the headline's own answer.
    const typo = panel.indexOf('data-reading="birthday"');
    const asTyped = panel.indexOf('data-reading="asTyped"');
    const assumed = panel.indexOf('class="result-assumed"');
    expect(typo).toBeGreaterThan(0);
    expect(asTyped).toBeGreaterThan(typo);
    expect(assumed).toBeGreaterThan(asTyped);
    // The typo reading checks again with the birthday, the other typed values kept.
    expect(panel).toContain('<input type="hidden" name="cardExpiry" value="2030-03-31">');
    expect(panel).toContain(`<input type="hidden" name="birthDate" value="${typed.birthDate}">`);
    expect(panel).toContain('<time datetime="2030-03-31">');
    if (page !== "ja-easy") {
      expect(heading).toContain(inlineHtml(t.checkFirst.card.heading));
      expect(heading).not.toContain(inlineHtml(t.headline.valid));
      // (The other languages' sentences carry Japanese terms, marked lang="ja" in the page.)
      if (page === "ja" || page === "en") expect(panel).toContain(inlineHtml(t.checkFirst.card.asTyped));
    }
  });

  it("the box and the API's sentence decide it the same way, over many card faces", () => {
    let doubtful = 0;
    fc.assert(
      fc.property(
        dateIn("1940-01-01", "2012-12-31"),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: -40, max: 40 }),
        dateIn("2025-01-01", "2030-12-31"),
        (birth, years, offset, today) => {
          const year = Number(today.slice(0, 4)) + years;
          const birthday = `${year}${birth.slice(4)}`.replace(/-02-29$/, "-02-28");
          const cardExpiry = isoOfDay(dayNumber(birthday) + offset);
          const result = presented(birth, cardExpiry, today, "ja");
          if (!result) return;
          const html = resultHtml(result, { ...resultContext("ja"), typed: { birthDate: birth, cardExpiry } }, null);
          const apiChecksCard = result.text.stage.startsWith("まず、カードの有効期限を確かめてください");
          if (apiChecksCard) doubtful++;
          expect(html.includes("まず、カードの有効期限を確かめてください</span></h2>"), `${birth} ${cardExpiry}`).toBe(
            apiChecksCard,
          );
          if (apiChecksCard) expect(html).toContain("data-check-first");
        },
      ),
      { numRuns: 400 },
    );
    expect(doubtful).toBeGreaterThan(100);
  });

  it("a birthday card expiry keeps the plain green answer", () => {
    const result = presented("1985-11-14", "2031-11-14", "2026-01-05", "ja")!;
    const html = resultHtml(result, { ...resultContext("ja"), typed: {} }, null);
    expect(html).not.toContain("data-check-first");
    expect(html).toContain("電子証明書は有効です");
  });
});

describe("the headline names the new card when it is the step (R-CARD-5, R-CARD-6)", () => {
  // The review's child: card and certificate end 2026-12-10, checked on 12-03 (renewal stage).
  it.each(PAGES)("%s: not 「更新する時期です」", (page) => {
    const result = presented("2012-12-10", "2026-12-10", "2026-12-03", page)!;
    expect(result.stage).toBe("renewal");
    expect(cardStep(result)).toBe("newCard");
    const html = box(result, page);
    const heading = html.slice(html.indexOf('id="result-heading"'), html.indexOf("</h2>"));
    const t = CHECK[page].result;
    expect(heading).toContain(inlineHtml(t.newCard.headline));
    expect(heading).not.toContain(inlineHtml(t.headline.renewal));
  });

  it("a certificate renewed at the counter keeps 「電子証明書を更新する時期です」", () => {
    const html = box(presented("1985-11-14", "2031-11-14", "2026-09-01", "ja")!, "ja");
    expect(html).toContain("電子証明書を更新する時期です");
  });
});

describe("brief item 3 (R-CARD-4): a stay-limited card's valid stage gives the stay order too", () => {
  const stayCard = (page: Page) => {
    const outcome = evaluate(
      {
        birthDate: plainDate("1998-05-10"),
        cardExpiry: plainDate("2030-03-31"),
        periodOfStayEndsOn: plainDate("2030-03-31"),
      },
      plainDate("2026-12-02"),
      JAPAN_HOLIDAYS,
    );
    return outcome.ok ? present(outcome.evaluation, pageLang(page)) : null;
  };
  it.each(PAGES)("%s: immigration first, not 「窓口で更新できます」", (page) => {
    const result = stayCard(page)!;
    expect(result.stage).toBe("valid");
    const html = box(result, page);
    const action = html.slice(html.indexOf('class="result-action"'), html.indexOf('class="result-bring"'));
    const t = CHECK[page].result;
    const [before] = t.stay.later.split("{date}") as [string];
    const [ordinary] = t.action.valid.split("{date}") as [string];
    expect(action).toContain(inlineHtml(before).slice(0, 8));
    // The ordinary sentence's own words before its date (where they are more than a word or two).
    if (ordinary.trim().length > 6) expect(action).not.toContain(inlineHtml(ordinary));
    const [, ordinaryAfter = ""] = t.action.valid.split("{date}");
    const office = ordinaryAfter.split(/[.。]/)[0]!;
    if (office.trim().length > 6) expect(action).not.toContain(inlineHtml(office));
    // Review8 #4: no date from the certificate's window, and not "nothing to do until then"
    // (the ordinary sentence's last clause) after "extend your stay first".
    expect(action).not.toContain("<time");
    expect(action).not.toContain(result.certificate.renewalOpensOn);
    const nothingYet = t.action.valid.split(/(?<=[.。।])\s*/).at(-1)!;
    expect(action).not.toContain(inlineHtml(nothingYet).slice(0, 12));
  });

  it("a guessed stay card (R-INFER-4 typo) keeps the ordinary sentence", () => {
    const html = box(presented("1956-03-31", "2030-03-30", "2026-12-02", "ja")!, "ja");
    expect(html).toContain("市区町村の窓口で更新できます");
    expect(html).not.toContain("出入国在留管理局で在留期間を更新します");
  });
});

describe("brief item 6 (R-RENEW-2, R-CERT-2): the bring line names the signature password too", () => {
  it.each(PAGES)("%s: the PIN and the 6–16 character password, at the counter and for a stay card", (page) => {
    const counter = box(presented("1985-11-14", "2031-11-14", "2026-09-01", page)!, page);
    for (const html of [counter]) {
      const bring = html.slice(html.indexOf('class="result-bring"'), html.indexOf('class="result-counter-note"'));
      expect(bring).toMatch(/パスワード|password/i);
      expect(bring).toMatch(/6\s*[〜～~–-]\s*16|6 देखि 16|de 6 a 16/);
    }
    const t = CHECK[page].result;
    expect(t.stay.bring).toMatch(/パスワード|password/i);
    // zh-Hans: 密码 is the glossary's word for the PIN (暗証番号); the password is 口令.
    if (page === "zh-Hans") expect(t.bring).toMatch(/密码（[^）]*暗証番号[^）]*）.*口令（パスワード/);
  });
});

describe("brief item 5 (R-COUNTER-1): the window's opening and its first counter day, both listed, told apart", () => {
  // 2027-03-31: the window opens Fri 2027-01-01 (closed); the first counter day is Mon 01-04.
  const result = (page: Page) => {
    const o = evaluate({ certificateExpiry: plainDate("2027-03-31") }, plainDate("2026-12-02"), JAPAN_HOLIDAYS);
    return o.ok ? present(o.evaluation, pageLang(page)) : null;
  };
  it.each(PAGES)("%s", (page) => {
    const html = resultHtml(result(page)!, resultContext(page), null);
    const dates = html.slice(html.indexOf('class="result-dates"'), html.indexOf("</dl>"));
    const l = CHECK[page].result.dateLabels;
    expect(dates.indexOf(inlineHtml(l.renewalOpens))).toBeLessThan(dates.indexOf(inlineHtml(l.firstCounterDay)));
    expect(dates).toContain('<time datetime="2027-01-01">');
    expect(dates).toContain('<time datetime="2027-01-04">');
    // Plainly different words: neither label is the other's start (e.g. 「更新できるようになる日」 / 「更新できる最初の日」).
    const words = (s: string) => readingText(s).replace(/\s/g, "");
    const [a, b] = [words(l.renewalOpens), words(l.firstCounterDay)];
    expect(a.slice(0, 8)).not.toBe(b.slice(0, 8));
    for (const other of [l.lastCounterDay, l.certificateExpires]) expect(words(other)).not.toBe(b);
  });
});

describe("brief item 4: another reading is drawn in its own stage, not the headline's", () => {
  it("R-INFER-6: a valid headline whose other reading has lapsed", () => {
    const o = evaluate(
      {
        birthDate: plainDate("1998-05-10"),
        cardExpiry: plainDate("2027-03-31"),
        periodOfStayEndsOn: plainDate("2027-03-31"),
      },
      plainDate("2026-12-02"),
      JAPAN_HOLIDAYS,
    );
    if (!o.ok) throw new Error("no evaluation");
    const result = present(o.evaluation, "ja");
    expect(result.stage).toBe("valid");
    const html = resultHtml(result, resultContext("ja"), null);
    const other = html.slice(html.indexOf('class="result-other-reading"'));
    expect(other.startsWith('class="result-other-reading" data-result-stage="lapsed"')).toBe(true);
  });
});
