// Every way a language reaches the Worker, and every kind of answer worded in it: one list for
// test/api/lang-texts.test.ts (a fresh isolate answers each as a warm one) and
// scripts/lang-texts/compare-answers.mjs (two bundles answer each alike). A plain module, so
// that both Node and the tests' workerd import it as it is.

const json = { "Content-Type": "application/json" };

/**
 * The requests in `lang`, each `[label, method, path, headers, body]` (a string body is sent as
 * it is, anything else as JSON); `other` and `third` are two other languages, for a batch's
 * items (with texts a batch names at most two languages, its own counted: shared/limits) and
 * for a query that names another language than the header.
 */
export function answerRequests(lang, other, third) {
  return [
    ["stage, lang in the query", "GET", `/api/v1/stage?certificateExpiry=2026-11-14&today=2026-09-01&lang=${lang}`, {}],
    [
      "stage, Accept-Language",
      "GET",
      "/api/v1/stage?certificateExpiry=R8.11.14&today=2026-12-01",
      { "Accept-Language": lang },
    ],
    [
      "stage, from the card face",
      "GET",
      `/api/v1/stage?cardExpiry=2031-11-14&birthDate=1985-11-14&today=2026-01-10&lang=${lang}`,
      {},
    ],
    ["stage, an input error", "GET", `/api/v1/stage?certificateExpiry=2026-02-30&lang=${lang}`, {}],
    ["stage, a repeated parameter", "GET", `/api/v1/stage?certificateExpiry=2026-11-14&lang=${lang}&lang=${lang}`, {}],
    ["stage, no date", "GET", `/api/v1/stage?lang=${lang}`, {}],
    ["404", "GET", `/api/v1/nope?lang=${lang}`, {}],
    ["405", "PUT", "/api/v1/stage", { "Accept-Language": lang }],
    ["evaluate, 405", "GET", "/api/v1/evaluate", { "Accept-Language": lang }],
    [
      "evaluate, a certificate expiry",
      "POST",
      "/api/v1/evaluate",
      json,
      { certificateExpiry: "2026-03-15", today: "2026-01-10", lang },
    ],
    [
      "evaluate, lang in the body",
      "POST",
      "/api/v1/evaluate",
      json,
      { birthDate: "昭和60年11月14日", cardExpiry: "2031-11-14", today: "2026-01-10", lang },
    ],
    [
      "evaluate, a card issue day",
      "POST",
      "/api/v1/evaluate",
      json,
      { birthDate: "1990-04-10", cardIssuedOn: "2020-04-10", today: "2026-01-10", lang },
    ],
    [
      "evaluate, a birth date in the future",
      "POST",
      "/api/v1/evaluate",
      json,
      { birthDate: "2030-01-01", cardExpiry: "2040-01-01", today: "2026-01-10", lang },
    ],
    ["evaluate, an input error", "POST", "/api/v1/evaluate", json, { certificateExpiry: "x", lang }],
    [
      "evaluate, an input error and an unknown field",
      "POST",
      "/api/v1/evaluate",
      json,
      { certificateExpiry: "x", nickname: 1, lang },
    ],
    [
      "evaluate, not JSON (Accept-Language, the query naming another)",
      "POST",
      `/api/v1/evaluate?lang=${other}`,
      { "Accept-Language": lang },
      "x",
    ],
    ["evaluate, malformed JSON", "POST", "/api/v1/evaluate", { ...json, "Accept-Language": lang }, "{"],
    [
      "evaluate, not sent as JSON",
      "POST",
      "/api/v1/evaluate",
      { "Content-Type": "text/plain", "Accept-Language": lang },
      "{}",
    ],
    [
      "batch, items in another language",
      "POST",
      "/api/v1/evaluate/batch",
      json,
      {
        lang,
        items: [
          { certificateExpiry: "2026-11-14", today: "2026-09-01" },
          { certificateExpiry: "2026-11-14", today: "2027-03-01", lang: other },
          { birthDate: "1985-11-14", cardExpiry: "2031-11-14", today: "2026-01-10", lang: other },
          { certificateExpiry: "2026-02-30", lang: other },
          5,
        ],
      },
    ],
    [
      "batch, over the language bound with texts (413 too_many_langs_with_texts)",
      "POST",
      "/api/v1/evaluate/batch",
      json,
      {
        lang,
        items: [
          { certificateExpiry: "2026-11-14", today: "2026-09-01", lang: other },
          { certificateExpiry: "2026-11-14", today: "2026-09-01", lang: third },
        ],
      },
    ],
    [
      "batch, compact, an item in another language",
      "POST",
      "/api/v1/evaluate/batch",
      json,
      { texts: false, items: [{ certificateExpiry: "x", lang: other }] },
    ],
    [
      "batch, compact",
      "POST",
      "/api/v1/evaluate/batch",
      json,
      {
        texts: false,
        lang,
        items: [
          { certificateExpiry: "x", lang: other },
          { birthDate: "1985-11-14", cardExpiry: "2031-11-14", today: "2026-01-10", lang: third },
          { certificateExpiry: "2026-02-30", lang: third },
          { certificateExpiry: "2026-11-14", today: "2026-09-01" },
        ],
      },
    ],
    [
      "batch, an envelope error",
      "POST",
      "/api/v1/evaluate/batch",
      { ...json, "Accept-Language": lang },
      { items: [], extra: 1 },
    ],
    ["calendar", "GET", `/api/v1/calendar.ics?certificateExpiry=2026-11-14&today=2026-01-10&lang=${lang}`, {}],
    [
      "calendar, from the card face",
      "GET",
      `/api/v1/calendar.ics?birthDate=1985-11-14&cardExpiry=2031-11-14&today=2026-01-10&lang=${lang}`,
      {},
    ],
    ["badge", "GET", `/api/v1/badge.svg?certificateExpiry=2026-11-14&today=2026-09-01&lang=${lang}`, {}],
    ["badge, in grace", "GET", `/api/v1/badge.svg?certificateExpiry=2026-11-14&today=2027-03-01&lang=${lang}`, {}],
    ["badge, an input error", "GET", `/api/v1/badge.svg?certificateExpiry=x&lang=${lang}`, {}],
  ];
}
