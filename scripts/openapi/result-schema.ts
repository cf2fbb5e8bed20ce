/**
 * @module
 * JSON Schemas of what the API answers (the request side is generated from the valibot
 * schemas). They mirror shared/rules/result.ts; test/api/openapi.test.ts validates real
 * responses against them, so the document cannot drift from the Worker.
 */
import { LANGS } from "#shared/lang/index.ts";
import { STAGES } from "#shared/rules/result.ts";

type Schema = Record<string, unknown>;

const isoDate: Schema = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "ISO calendar date YYYY-MM-DD." };
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: "null" }] });
const object = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: "object",
  properties,
  required,
});
const text = { type: "string" };

/** RFC 9457 problem details; `codes` are every error code the API can send. */
export const problemSchema = (codes: readonly string[]): Schema => ({
  ...object({
    type: { type: "string", description: "A URI naming the kind of problem (RFC 9457)." },
    title: text,
    status: { type: "integer", minimum: 400, maximum: 599 },
    detail: text,
    errors: {
      type: "array",
      items: object({
        field: { type: "string", description: "The request field (or body, query, Content-Type, path, method)." },
        code: { enum: [...codes], description: "A stable code, e.g. invalid_date; the message words it." },
        message: { type: "string", description: "One sentence a person can act on, in the request's language." },
      }),
    },
  }),
  description: "RFC 9457 problem details (application/problem+json).",
});

/** What every evaluation holds, with or without texts. */
const evaluationFields = {
  today: isoDate,
  route: { enum: ["certificateExpiry", "cardFace", "cardIssue"] },
  stage: { enum: [...STAGES], description: "rules.md R-INS-2." },
  certificate: object({
    expiresOn: isoDate,
    renewalOpensOn: isoDate,
    graceEndsOn: isoDate,
    noticeExpectedFrom: isoDate,
    noticeExpectedTo: isoDate,
    basis: { enum: ["given", "fifthBirthday", "sixthBirthday", "cardExpiry", "firstCertificate"] },
  }),
  card: nullable(
    object({
      expiresOn: isoDate,
      renewalOpensOn: isoDate,
      validityYears: { enum: [10, 5, null] },
      issuedOn: nullable(isoDate),
      printed: { type: "boolean" },
    }),
  ),
  signatureCertificate: nullable(object({ expiresOn: isoDate, bound: { enum: ["exact", "atMost"] } })),
  daysUntil: object({
    renewalOpens: { type: "integer" },
    certificateExpires: { type: "integer" },
    graceEnds: { type: "integer" },
    cardExpires: nullable({ type: "integer" }),
  }),
  reader: { enum: ["normal", "renewalAlert", "qualificationOnly", "lapsed"] },
  capabilities: {
    type: "object",
    additionalProperties: { type: ["boolean", "null"] },
    description: "Capability → works today (null: the input does not tell).",
  },
  nextSteps: { type: "array", items: text },
  timeline: {
    type: "array",
    items: object({ kind: text, date: isoDate, stageFrom: nullable({ enum: [...STAGES] }), rule: text }),
  },
  caveats: {
    type: "array",
    items: object({ code: text, rule: text, alternatives: { type: "array", items: { type: "object" } } }),
  },
  ruleSet: text,
  rules: { type: "array", items: text },
};

export const EvaluationSchema: Schema = {
  ...object({
    ...evaluationFields,
    lang: { enum: [...LANGS] },
    text: object({
      stage: text,
      daysLeft: text,
      reader: object({ badge: text, heading: text, message: text, button: text }),
      capabilities: { type: "array", items: object({ capability: text, works: { type: ["boolean", "null"] }, text }) },
      nextSteps: { type: "array", items: object({ code: text, title: text, detail: text }) },
      caveats: { type: "array", items: object({ code: text, message: text, alternatives: { type: "array", items: text } }) },
      timeline: { type: "array", items: object({ kind: text, date: isoDate, label: text }) },
    }),
  }),
  description: "An evaluation with its texts in one language. Same input and same today → same result.",
};

/** A batch item's answer with `"texts": false` (worker/evaluation/compact.ts). */
const { timeline: _derivable, ...compactFields } = evaluationFields;
export const CompactEvaluationSchema: Schema = {
  ...object(compactFields),
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
        { ...object({ index: { type: "integer", minimum: 0 }, error: { $ref: "#/components/schemas/Problem" } }), additionalProperties: false },
      ],
    },
  },
});
