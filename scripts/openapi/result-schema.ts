/**
 * @module
 * JSON Schemas of what the API answers (the request side is generated from the valibot
 * schemas). Every code list (stages, routes, caveat codes, …) is the runtime array the
 * TypeScript types in shared/rules/result.ts are built from; every object lists exactly the keys
 * of its type (`Fields<T>`, checked by the compiler), and test/api/openapi.test.ts validates real responses against them, so the document
 * cannot drift from the Worker.
 */
import { LANGS } from "#shared/lang/index.ts";
import {
  type Alternative,
  CAPABILITIES,
  CAVEAT_CODES,
  type CardDates,
  type Caveat,
  type CertificateDates,
  type Evaluation,
  EXPIRY_BASES,
  type InputNote,
  MILESTONE_KINDS,
  type Milestone,
  NEXT_STEP_CODES,
  type PresentedEvaluation,
  READER_SCREENS,
  type RenewalQuestion,
  ROUTES,
  SIGNATURE_BOUNDS,
  type SignatureCertificateDates,
  STAGES,
} from "#shared/rules/result.ts";

type Schema = Record<string, unknown>;

const isoDate: Schema = {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  description: "ISO calendar date YYYY-MM-DD.",
};
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: "null" }] });
const object = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: "object",
  properties,
  required,
});
const text = { type: "string" };

/**
 * The properties of an object schema, one per key of `T` (shared/rules/result.ts): a key left out
 * here, or one the type does not have, is a type error, so the document follows the types.
 */
type Fields<T> = { [K in keyof T]-?: Schema };
const oneOf = (codes: readonly (string | number | null)[], description?: string): Schema => ({
  enum: [...codes],
  ...(description ? { description } : {}),
});
/** R-COUNTER-1 (rules.md): a day the municipal counter is open. */
const counterDay = (description: string): Schema => ({ ...isoDate, description: `${description} R-COUNTER-1.` });

/** RFC 9457 problem details; `codes` are every error code the API can send. */
export const problemSchema = (codes: readonly string[]): Schema => ({
  ...object({
    type: { type: "string", description: "A URI naming the kind of problem (RFC 9457)." },
    title: text,
    status: { type: "integer", minimum: 400, maximum: 599 },
    detail: text,
    errors: {
      type: "array",
      items: object(
        {
          field: { type: "string", description: "The request field (or body, query, Content-Type, path, method)." },
          code: { enum: [...codes], description: "A stable code, e.g. invalid_date; the message words it." },
          message: { type: "string", description: "One sentence a person can act on, in the request's language." },
          params: {
            type: "object",
            additionalProperties: { type: "string" },
            description:
              "The values the message names, unworded (dates ISO YYYY-MM-DD, numbers in digits); present only when " +
              "it names any. impossible_card_age: age (on the card expiry), earliestIssue, issueAge and years when an " +
              "issue day would exist but for 2016-01-01 or today, cardFrom for ages 27–28 (R-INFER-1); " +
              "certificate_issued_before_card: earliest (R-INPUT-1); card_expiry_mismatch: expected; past_era_end, " +
              "before_era_start: suggestion (ISO) and suggestionWareki; weekday_mismatch: date and weekday (0 = Sunday); " +
              "year_mismatch: year (as bracketed) and dateWithEra.",
          },
        },
        ["field", "code", "message"],
      ),
    },
  }),
  description: "RFC 9457 problem details (application/problem+json).",
});

/** One other reading of the input (contract.md: certificateExpiresOn, graceEndsOn, stage). */
const AlternativeSchema: Schema = {
  ...object(
    {
      assumption: {
        type: "string",
        description: "What this reading assumes: renewed, notRenewed, adultCard, minorCard, march1, …",
      },
      certificateExpiresOn: isoDate,
      cardExpiresOn: isoDate,
      graceEndsOn: isoDate,
      stage: oneOf(STAGES, "The stage on today under this reading."),
      graceLastCounterDay: {
        ...isoDate,
        description:
          "Last counter day ≤ this reading's graceEndsOn (closed: Sat, Sun, holidays, 12-29–01-03; the grace end never " +
          "moves). Present whenever graceEndsOn is. R-COUNTER-1.",
      },
    } satisfies Fields<Alternative>,
    ["assumption"],
  ),
};

/** R-INFER-3: the question a client asks to settle renewalUnknown. */
const RenewalQuestionSchema: Schema = {
  ...object({
    renewedOnOrAfter: {
      ...isoDate,
      description:
        "W1, the first certificate's renewal-window start. Ask: did you renew or re-issue the certificate at the " +
        "municipal office on or after this day? (A handwritten date later than the first expiry in the card's box, " +
        "or a working マイナポータル login, means yes.) A renewal inside the window counts as much as a re-issue after it.",
    },
    ifYes: {
      ...object({ certificateExpiry: isoDate }),
      description: "Send this certificateExpiry with the same input to settle a yes.",
    },
    ifNo: {
      ...object({ certificateExpiry: isoDate }),
      description: "Send this certificateExpiry with the same input to settle a no.",
    },
  } satisfies Fields<RenewalQuestion>),
  description: "Only on caveat renewalUnknown (rules.md R-INFER-3).",
};

/** What every evaluation holds, with or without texts. */
const evaluationFields = {
  today: isoDate,
  route: oneOf(ROUTES),
  stage: oneOf(STAGES, "rules.md R-INS-2."),
  certificate: object({
    expiresOn: isoDate,
    renewalOpensOn: isoDate,
    graceEndsOn: isoDate,
    noticeExpectedFrom: {
      ...nullable(isoDate),
      description:
        "R-RENEW-3; null when no notice letter is sent (a card that ends with the period of stay, R-CARD-4, R-INFER-6).",
    },
    noticeExpectedTo: nullable(isoDate),
    basis: {
      enum: [...EXPIRY_BASES],
      description:
        "Which rule gave expiresOn. firstCertificate: the certificate issued with the card (rules.md R-INFER-2); " +
        "assumedRenewed: it assumes a renewal or re-issue on or after the first certificate's window start (R-INFER-3, R-INFER-5) — " +
        "the caveat renewalUnknown or cardExpired then carries the not-renewed reading.",
    },
    lastCounterDay: counterDay(
      "Last counter day ≤ expiresOn (closed: Sat, Sun, holidays, 12-29–01-03; the expiry never moves).",
    ),
    firstCounterDay: counterDay("First counter day ≥ renewalOpensOn."),
    graceLastCounterDay: counterDay("Last counter day ≤ graceEndsOn."),
    counterReminderDay: {
      ...nullable(isoDate),
      description:
        "The 「窓口へ」 reminder: 7 days before the counter deadline still ahead on today (lastCounterDay; once that has " +
        "passed, graceLastCounterDay), moved to the nearest counter day before the deadline when the counter is closed " +
        "then (the earlier one on a tie). May be before today (the last week has begun); null once both deadlines have " +
        "passed. The day calendar.ics puts its counterSoon event on. R-COUNTER-1.",
    },
  } satisfies Fields<CertificateDates>),
  card: nullable(
    object({
      expiresOn: isoDate,
      renewalOpensOn: isoDate,
      validityYears: { enum: [10, 5, null] },
      issuedOn: nullable(isoDate),
      printed: { type: "boolean" },
      lastCounterDay: counterDay("Last counter day ≤ expiresOn."),
      firstCounterDay: counterDay("First counter day ≥ renewalOpensOn."),
    } satisfies Fields<CardDates>),
  ),
  signatureCertificate: {
    ...nullable(
      object({ expiresOn: isoDate, bound: oneOf(SIGNATURE_BOUNDS) } satisfies Fields<SignatureCertificateDates>),
    ),
    description:
      "null when none can exist (under 15 at every certificate issue, R-CERT-6). bound atMost: it exists only if it was asked for " +
      "(a card issued under 15) or the input cannot tell; expiresOn is then an upper bound and capabilities.eTaxSignature is null.",
  },
  daysUntil: object({
    renewalOpens: { type: "integer" },
    certificateExpires: { type: "integer" },
    graceEnds: { type: "integer" },
    cardExpires: nullable({ type: "integer" }),
  } satisfies Fields<Evaluation["daysUntil"]>),
  reader: oneOf(READER_SCREENS),
  capabilities: {
    ...object(Object.fromEntries(CAPABILITIES.map((capability) => [capability, { type: ["boolean", "null"] }]))),
    additionalProperties: false,
    description: "Capability → works today (null: the input does not tell).",
  },
  nextSteps: { type: "array", items: oneOf(NEXT_STEP_CODES) },
  timeline: {
    type: "array",
    items: object({
      kind: oneOf(MILESTONE_KINDS),
      date: isoDate,
      stageFrom: nullable(oneOf(STAGES)),
      rule: text,
    } satisfies Fields<Milestone>),
  },
  caveats: {
    type: "array",
    description:
      "What the input does not settle, each with the other readings. renewalUnknown (R-INFER-3): the first certificate " +
      "is past and no later certificate date was given. While today ≤ its grace end the headline is the not-renewed " +
      "reading (basis firstCertificate), after that the renewed one (basis assumedRenewed); alternatives[0] is always " +
      "the other reading, and question says what to ask. cardExpired (R-INFER-5): the card itself has expired; while " +
      "the readings still differ, alternatives[0] is the not-renewed one. expiryOnClosedDay (R-COUNTER-1): the expiry is a " +
      "day the counter is closed; it does not move, and certificate.lastCounterDay is earlier. holidaysProjected " +
      "(R-COUNTER-2): a holiday of a year not yet announced decided the counter days in days. holidaysOutsideFormula (R-COUNTER-2): " +
      "a day examined lies after 2099 (or before 1980), where the equinox formula does not hold. " +
      "periodOfStay (R-INFER-6): a stay-limited card; " +
      "alternatives[0] (earlierBirthday) is the certificate ending on the last birthday before the card. feb29 (R-DATE-4): " +
      "convention names the counting used; alternatives[0] (march1) is a recount with Mar 1 birthdays when it differs. " +
      "signatureOnRequest (R-CERT-6): a card issued under 15; a signature certificate exists only if it was asked for. " +
      "certificateDateNearWindow (R-INPUT-3): a typed issue date just before a window start; alternatives[0] (issuedInWindow) " +
      "is the reading one day later. cardExpiryInCertificateField (R-DATE-6): certificateExpiry was typed with the " +
      "card face's printed words 「…まで有効」, the card's own expiry; certificateExpiryTooLate (R-CERT-1, R-CERT-3): " +
      "certificateExpiry is after the 6th birthday after today (with no birthDate, the latest any birth date allows), " +
      "so no certificate issued by today ends then. Both answer the date as typed (R-INPUT-2) and open text.stage with " +
      "a check-first sentence; with a birthDate and no other cardExpiry, the first of them carries the date read as " +
      "the card's expiry: alternatives cardFace, or cardFaceNotRenewed and cardFaceRenewed where that card's renewal " +
      "is unknown (R-INFER-3), each with cardExpiresOn, leaving out a reading whose certificate is the typed date.",
    items: object(
      {
        code: oneOf(CAVEAT_CODES),
        rule: { type: "string", description: "The rule ID in rules.md, e.g. R-INFER-3." },
        alternatives: { type: "array", items: AlternativeSchema },
        question: RenewalQuestionSchema,
        convention: {
          enum: ["feb28", "mar1"],
          description: "Only on feb29 (R-DATE-4): the convention the headline dates use.",
        },
        days: {
          type: "array",
          items: isoDate,
          description:
            "Only on holidaysProjected (R-COUNTER-2): the counter days (ISO, in order) a holiday of a year not yet announced decided.",
        },
      } satisfies Fields<Caveat>,
      ["code", "rule", "alternatives"],
    ),
  },
  ruleSet: text,
  rules: { type: "array", items: text },
} satisfies Fields<Omit<Evaluation, "inputNotes">>;

/** R-PARSE-3: the notes a typed date was read with (optional on every evaluation). */
const inputNotes: Schema = {
  type: "array",
  items: object({
    field: { type: "string", description: "The request field." },
    code: { enum: ["past_era_end"] },
    date: { ...isoDate, description: "The date as read." },
    wareki: { type: "string", description: "Its name in the era it falls in, e.g. 令和元年5月1日 for 平成31年5月1日." },
  } satisfies Fields<InputNote>),
  description:
    "Only when a typed date needed a note: a 和暦 date past its era's end (平成31年5月1日, 昭和64年1月8日) is accepted as the same " +
    "Gregorian date (rules.md R-PARSE-3) up to 10 years after the era's last day; beyond that it is an error (past_era_end).",
};

/** Adds the optional properties (present only when they apply) to an object schema. */
const withOptional = (schema: Schema, optional: Record<string, Schema>): Schema => ({
  ...schema,
  properties: { ...(schema.properties as Record<string, Schema>), ...optional },
});

export const EvaluationSchema: Schema = {
  ...withOptional(
    object({
      ...evaluationFields,
      lang: { enum: [...LANGS] },
      text: withOptional(
        object({
          stage: text,
          daysLeft: text,
          reader: object({ badge: text, heading: text, message: text, button: text }),
          capabilities: {
            type: "array",
            items: object({ capability: oneOf(CAPABILITIES), works: { type: ["boolean", "null"] }, text }),
          },
          nextSteps: { type: "array", items: object({ code: oneOf(NEXT_STEP_CODES), title: text, detail: text }) },
          caveats: {
            type: "array",
            items: object({ code: oneOf(CAVEAT_CODES), message: text, alternatives: { type: "array", items: text } }),
          },
          timeline: { type: "array", items: object({ kind: oneOf(MILESTONE_KINDS), date: isoDate, label: text }) },
          lastCounterDay: {
            ...nullable(text),
            description:
              "「窓口で手続きできる最後の日は…です。」 when the last counter day comes before the stage's deadline (the expiry; in grace, its end); else null. rules.md R-COUNTER-1.",
          },
          counterNote: {
            ...text,
            description:
              "Counters close on weekends, holidays and 12-29 to 01-03; many offices open some weekends, hours vary.",
          },
        } satisfies Fields<Omit<PresentedEvaluation["text"], "inputNotes">>),
        { inputNotes: { type: "array", items: text, description: "One sentence per inputNotes entry (R-PARSE-3)." } },
      ),
    }),
    { inputNotes },
  ),
  description: "An evaluation with its texts in one language. Same input and same today → same result.",
};

/** A batch item's answer with `"texts": false` (worker/evaluation/compact.ts). */
const { timeline: _derivable, ...compactFields } = evaluationFields;
export const CompactEvaluationSchema: Schema = {
  ...withOptional(object(compactFields), { inputNotes }),
  additionalProperties: false,
  description:
    'An evaluation without sentences (batch with "texts": false). timeline is left out too: its dates are in certificate and card ' +
    "(graceStarts is the day after certificate.expiresOn, lapses the day after certificate.graceEndsOn).",
};

export const BatchResponseSchema: Schema = object({
  results: {
    type: "array",
    description: "One entry per item, in order: the evaluation, or { index, error } for an item that failed.",
    items: {
      oneOf: [
        { $ref: "#/components/schemas/Evaluation" },
        { $ref: "#/components/schemas/CompactEvaluation" },
        {
          ...object({ index: { type: "integer", minimum: 0 }, error: { $ref: "#/components/schemas/Problem" } }),
          additionalProperties: false,
        },
      ],
    },
  },
});
