/**
 * @module
 * The request fields and their shapes, as valibot schemas: the single source for validation
 * (parse.ts) and for the OpenAPI document (generated from these at build time).
 */
import * as v from "valibot";
import { LANGS } from "../lang/index.ts";
import { MAX_DATE_LENGTH } from "../limits/index.ts";

/** A date as people type it: ISO, 西暦 or 和暦 (R-PARSE-1). Parsed after the shape check. */
export const TypedDate = v.pipe(
  v.string(),
  v.maxLength(MAX_DATE_LENGTH),
  v.description(
    "A calendar date: ISO YYYY-MM-DD, or as typed in Japan: 2026/3/15, 2026年3月15日, 令和8年3月15日, R8.3.15, full-width digits.",
  ),
  // No examples here: each field gives its own (FIELD_EXAMPLES), and valibot's JSON Schema joins
  // the examples of a pipe's parts.
);

export const Lang = v.pipe(v.picklist(LANGS), v.description("Language of texts and error messages (default ja)."));

/** contract.md: the fields of `POST /api/v1/evaluate`, all dates. */
export const DATE_FIELDS = [
  "certificateExpiry",
  "birthDate",
  "cardExpiry",
  "cardIssuedOn",
  "applicationReceivedOn",
  "certificateIssuedOn",
  "periodOfStayEndsOn",
  "today",
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

const FIELD_DESCRIPTIONS: Record<DateField, string> = {
  certificateExpiry: "The user certificate's expiry (利用者証明用電子証明書の有効期限), if known.",
  birthDate: "Birth date (生年月日); 和暦 as printed on the card is fine.",
  cardExpiry: "The card expiry printed on the card face (「…まで有効」).",
  cardIssuedOn: "The card issue date (J-LIS production date; not printed on the card).",
  applicationReceivedOn: "When J-LIS received the card application; matters only around 2022-04-01.",
  certificateIssuedOn: "When the current user certificate was issued or renewed, if not with the card.",
  periodOfStayEndsOn: "Foreign residents with a fixed period of stay: 在留期間満了日.",
  today: "The day to evaluate; default today's date in Asia/Tokyo.",
};

/** Dates a caller of each field might send (OpenAPI's "Try it out" fills fields with the first):
 *  one person's, as ISO and as typed, so that no example is a baby's birth date. */
const FIELD_EXAMPLES: Record<DateField, string[]> = {
  certificateExpiry: ["2026-03-15", "令和8年3月15日", "R8.3.15"],
  birthDate: ["1985-11-14", "昭和60年11月14日", "S60.11.14"],
  cardExpiry: ["2031-11-14", "令和13年11月14日", "2031/11/14"],
  cardIssuedOn: ["2021-10-20", "令和3年10月20日"],
  applicationReceivedOn: ["2022-03-25", "令和4年3月25日"],
  certificateIssuedOn: ["2026-09-01", "令和8年9月1日"],
  periodOfStayEndsOn: ["2027-01-15", "令和9年1月15日"],
  today: ["2026-12-02", "令和8年12月2日"],
};

/** A typed date as `field`, with its description and examples. */
const dateField = (field: DateField, description = FIELD_DESCRIPTIONS[field]) =>
  v.pipe(TypedDate, v.description(description), v.examples(FIELD_EXAMPLES[field]));

const dateEntries = Object.fromEntries(
  DATE_FIELDS.map((field) => [field, v.optional(dateField(field))]),
) as unknown as Record<DateField, v.OptionalSchema<v.GenericSchema<string>, undefined>>;

/** Body of `POST /api/v1/evaluate`, and each item of a batch. Unknown keys are errors. */
export const EvaluateBodySchema = v.strictObject({ ...dateEntries, lang: v.optional(Lang) });

/** Query of `GET /api/v1/stage` (also the badge and the embed page). */
export const StageQuerySchema = v.strictObject({
  certificateExpiry: dateField("certificateExpiry"),
  today: v.optional(dateField("today")),
  lang: v.optional(Lang),
});

/**
 * Query of `GET /api/v1/calendar.ics`: the stage's query; `today` leaves out the days before it.
 * `cardExpiry` (and `periodOfStayEndsOn` on the same day for a card that ends with the stay)
 * tells what the card needs, so the events name a new card where the certificate ends with the
 * card or the card has expired (R-CARD-4, R-CARD-5, R-CERT-4, R-INFER-5). No birth date.
 */
export const CalendarQuerySchema = v.strictObject({
  ...StageQuerySchema.entries,
  cardExpiry: v.optional(
    dateField(
      "cardExpiry",
      "The card expiry printed on the card face, when the certificate ends with the card or the card has expired: the events then name a new card (a certificate cannot be renewed past the card, nor re-issued on an expired card).",
    ),
  ),
  periodOfStayEndsOn: v.optional(
    dateField(
      "periodOfStayEndsOn",
      "Foreign residents: 在留期間満了日. Equal to cardExpiry, the card ends with the period of stay: the events name extending the card's validity, not a new card.",
    ),
  ),
  estimated: v.optional(
    v.pipe(
      v.literal("true"),
      v.description(
        "`true` when certificateExpiry is an estimate (the answer rests on an assumption, e.g. basis assumedRenewed): every event then says so and how to check the date.",
      ),
    ),
  ),
  cardExpiryNotBirthday: v.optional(
    v.pipe(
      v.literal("true"),
      v.description(
        "`true` when the card was taken as ending with the period of stay only because its expiry is not a birthday (the answer's caveat cardExpiryNotBirthday): most likely a typo. The events then say to check the card first, and name the extension as a condition.",
      ),
    ),
  ),
});
