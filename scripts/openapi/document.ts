/**
 * @module
 * The OpenAPI 3.1 document, built from the same valibot schemas that validate requests
 * (shared/schema/fields.ts) through @valibot/to-json-schema. Run at build time only
 * (`npm run openapi` writes site/public/api/v1/openapi.json); the Worker serves that file
 * through its static assets (worker/routes/openapi.ts).
 *
 * Hint: this file imports the schema definitions directly (not shared/schema/index.ts), so Node
 * can run it with plain type stripping, without a bundler.
 */
import { toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import {
  LIMIT_TEXT,
  MAX_BATCH_ITEMS,
  MAX_BATCH_ITEMS_WITH_TEXTS,
  MAX_BATCH_LANGS_WITH_TEXTS,
  rateLimitText,
} from "#shared/limits/index.ts";
import { ERROR_CODES } from "#shared/problem/index.ts";
import { CalendarQuerySchema, EvaluateBodySchema, StageQuerySchema } from "#shared/schema/fields.ts";
import { BatchResponseSchema, CompactEvaluationSchema, EvaluationSchema, problemSchema } from "./result-schema.ts";

type Schema = Record<string, unknown>;

function jsonSchema(schema: v.GenericSchema): Schema {
  const { $schema: _dialect, ...rest } = toJsonSchema(schema, { target: "draft-2020-12" }) as Schema;
  return rest;
}

/** An object schema whose `lang` property says `description` (where its precedence is told). */
function withLang(schema: Schema, description: string): Schema {
  const object = schema as { properties: Record<string, Schema> };
  return { ...object, properties: { ...object.properties, lang: { ...object.properties.lang, description } } };
}

/** Which `lang` wins (worker/middleware/json-body, worker/routes/batch.ts). */
const BODY_LANG =
  "Language of texts and error messages. Wins over the query's `lang` when both are given (a body that cannot be read is answered in the query's); as a batch item's, it wins over the batch's for that item. Without any `lang`: Accept-Language, else ja.";
const BATCH_LANG =
  "Language of texts and error messages for the batch and its items, unless an item says its own. Wins over the query's `lang` when both are given (a body that cannot be read is answered in the query's). Without any `lang`: Accept-Language, else ja.";

/** Query parameters from an object schema: one per property, with its own schema. */
function queryParameters(schema: v.GenericSchema): Schema[] {
  const object = jsonSchema(schema) as { properties: Record<string, Schema>; required?: string[] };
  return Object.entries(object.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: object.required?.includes(name) ?? false, description, schema: rest };
  });
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const clientErrors = {
  "400": problem("Invalid input: errors[] names each field, with a code and a sentence in the request's language."),
  "405": problem("Method not allowed; see the Allow header."),
  "429": {
    ...problem("Too many requests from this client: wait the seconds Retry-After gives, then send again."),
    headers: {
      "Retry-After": {
        description: "Seconds to wait: the length of a rate-limit window, so at most what is left of the current one.",
        schema: { type: "integer", minimum: 1 },
      },
    },
  },
};

/** A JSON body refused before it is read (worker/middleware/json-body). */
const unsupportedBody = problem(
  "The body is not sent as application/json, or it is compressed (a Content-Encoding other than identity; the answer's Accept-Encoding says identity).",
);

const cached = {
  ETag: { description: "Strong entity tag of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": {
    description: "A day when `today` is in the query; otherwise until the next midnight in Asia/Tokyo.",
    schema: { type: "string" },
  },
};

/** A query longer than any question needs (worker/middleware/query), on the three GET questions. */
const uriTooLong = {
  "414": problem(
    `The query is longer than ${LIMIT_TEXT.queryChars} characters (code query_too_long): send only the fields you need.`,
  ),
};

const notModified = { "304": { description: "Not modified (If-None-Match matched the ETag)." } };

export function buildOpenApiDocument() {
  const stageParameters = queryParameters(StageQuerySchema);
  // A POST's only query parameter (worker/middleware/json-body): the body's `lang` wins over it.
  const postLang = stageParameters
    .filter((parameter) => parameter.name === "lang")
    .map((parameter) => ({
      ...parameter,
      description:
        "The language of the texts and errors, as the body's `lang`, which wins when both are given; the query's words an answer to a body that cannot be read. Any other query parameter is 400 `unknown_field`.",
    }));
  return {
    openapi: "3.1.0",
    info: {
      title: "マイナ期限ナビ API (myna-expiry)",
      version: "1.0.0",
      summary: "My Number Card certificate expiry and マイナ保険証 stages.",
      description:
        "A pure function of the input and the day: the same question on the same `today` gives the same answer. " +
        "Dates are accepted as ISO, 西暦 or 和暦 and answered as ISO. Any origin may call the API (CORS, no credentials). " +
        `Limits: ${LIMIT_TEXT.singleBody} per body, ${LIMIT_TEXT.batchBody} and ${MAX_BATCH_ITEMS} items per batch, ` +
        `and with texts ${MAX_BATCH_ITEMS_WITH_TEXTS} items in at most ${MAX_BATCH_LANGS_WITH_TEXTS} languages per batch ` +
        `(more with "texts": false), ${LIMIT_TEXT.queryChars} characters of query, ` +
        `${rateLimitText()} per client (a batch counts once). Nothing is logged: no bodies, no query values, no dates.`,
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    // A public API: no credentials of any kind, on every operation.
    security: [],
    paths: {
      "/healthz": {
        get: {
          operationId: "health",
          summary: "Readiness check",
          responses: {
            "200": {
              description: "The Worker is up.",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { status: { const: "ok" } }, required: ["status"] },
                },
              },
            },
            // Never rate limited, so no 429; a method other than GET is refused.
            "405": clientErrors["405"],
          },
        },
      },
      "/api/v1/stage": {
        get: {
          operationId: "getStage",
          summary: "Where am I today, given the certificate expiry?",
          parameters: stageParameters,
          responses: {
            "200": {
              description: "The evaluation with texts.",
              headers: cached,
              content: { "application/json": { schema: { $ref: "#/components/schemas/Evaluation" } } },
            },
            ...notModified,
            ...clientErrors,
            ...uriTooLong,
          },
        },
      },
      "/api/v1/evaluate": {
        post: {
          operationId: "evaluate",
          parameters: postLang,
          summary: "The full question: certificate expiry, or birth date with the card's dates.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EvaluateBody" },
                examples: {
                  cardFace: {
                    summary: "Birth date and the card expiry printed on the card (和暦 as printed)",
                    value: { birthDate: "昭和60年11月14日", cardExpiry: "2031-11-14" },
                  },
                  certificateExpiry: {
                    summary: "The certificate's expiry alone, on a given day, in English",
                    value: { certificateExpiry: "2026-03-15", today: "2026-01-10", lang: "en" },
                  },
                  periodOfStay: {
                    summary: "A foreign resident's card that ends with the period of stay",
                    value: {
                      birthDate: "1990-09-09",
                      cardExpiry: "2027-01-15",
                      periodOfStayEndsOn: "2027-01-15",
                      lang: "vi",
                    },
                  },
                },
              },
            },
          },
          responses: {
            "200": {
              description: "The evaluation with texts.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Evaluation" } } },
            },
            ...clientErrors,
            "413": problem(`The body is larger than ${LIMIT_TEXT.singleBody}.`),
            "415": unsupportedBody,
          },
        },
      },
      "/api/v1/evaluate/batch": {
        post: {
          operationId: "evaluateBatch",
          parameters: postLang,
          summary: "Many questions at once; a bad item does not fail the batch.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/BatchBody" },
                examples: {
                  compact: {
                    summary: 'Bulk: "texts": false, without sentences (up to the batch limit of items)',
                    value: {
                      texts: false,
                      items: [
                        { certificateExpiry: "2026-03-15" },
                        { birthDate: "S60.11.14", cardExpiry: "2031-11-14" },
                      ],
                    },
                  },
                  withTexts: {
                    summary: "With texts, each item in its own language (at most the bound of items and languages)",
                    value: {
                      items: [
                        { certificateExpiry: "2026-03-15", lang: "vi" },
                        { birthDate: "1985-11-14", cardExpiry: "2031-11-14", lang: "ne" },
                      ],
                    },
                  },
                },
              },
            },
          },
          responses: {
            "200": {
              description: 'One result per item, in order: with `"texts": false` each is a CompactEvaluation.',
              content: { "application/json": { schema: { $ref: "#/components/schemas/BatchResponse" } } },
            },
            ...clientErrors,
            "413": problem(
              `The body is larger than ${LIMIT_TEXT.batchBody} or holds more than ${MAX_BATCH_ITEMS} items; or, with texts, ` +
                `more than ${MAX_BATCH_ITEMS_WITH_TEXTS} items (code too_many_items_with_texts) or more than ` +
                `${MAX_BATCH_LANGS_WITH_TEXTS} languages: each item's lang, and the batch's own when an item names none (code too_many_langs_with_texts). ` +
                `The bounds with texts keep every request within 50 ms of CPU, a new isolate's first included: send one batch ` +
                `per language, or "texts": false (up to ${MAX_BATCH_ITEMS} items, in any languages).`,
            ),
            "415": unsupportedBody,
          },
        },
      },
      "/api/v1/calendar.ics": {
        get: {
          operationId: "getCalendar",
          summary:
            "The certificate's milestones from `today` on as an iCalendar file (RFC 5545), each with an alarm at 09:00.",
          parameters: queryParameters(CalendarQuerySchema),
          responses: {
            "200": {
              description:
                "All-day events on or after `today`: renewal opens, the notice letter's last expected day, a 「窓口へ」 reminder a week before the counter deadline, the last counter day, expiry, grace ends. None for a lapsed certificate. " +
                "With `cardExpiry` the events name the card's step where it is one: a new card when the certificate ends with the card (titles of the card, no certificate renewal), a new card and no re-issue when the card has expired (only the grace end is left), a validity extension when `periodOfStayEndsOn` is the same day (no window opening, no letter).",
              headers: cached,
              content: { "text/calendar": { schema: { type: "string" } } },
            },
            ...notModified,
            ...clientErrors,
            ...uriTooLong,
          },
        },
      },
      "/api/v1/badge.svg": {
        get: {
          operationId: "getBadge",
          summary: "The stage as an accessible SVG image, for pages that forbid scripts.",
          parameters: stageParameters,
          responses: {
            "200": {
              description: "An SVG image with role=img and a title.",
              headers: cached,
              content: { "image/svg+xml": { schema: { type: "string" } } },
            },
            ...notModified,
            ...clientErrors,
            ...uriTooLong,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document.",
          responses: {
            "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
            ...notModified,
            "405": clientErrors["405"],
            "429": clientErrors["429"],
          },
        },
      },
    },
    components: {
      schemas: {
        EvaluateBody: withLang(jsonSchema(EvaluateBodySchema), BODY_LANG),
        BatchBody: {
          type: "object",
          properties: {
            items: { type: "array", maxItems: MAX_BATCH_ITEMS, items: { $ref: "#/components/schemas/EvaluateBody" } },
            lang: {
              ...(jsonSchema(EvaluateBodySchema) as { properties: Record<string, Schema> }).properties.lang,
              description: BATCH_LANG,
            },
            texts: {
              type: "boolean",
              default: true,
              description:
                `false: answer without sentences (CompactEvaluation: dates, stage, codes, caveats), for bulk callers; up to ${MAX_BATCH_ITEMS} items. ` +
                `With texts a batch holds at most ${MAX_BATCH_ITEMS_WITH_TEXTS} items (413 too_many_items_with_texts above that) ` +
                `in at most ${MAX_BATCH_LANGS_WITH_TEXTS} languages: each item's lang, and the batch's own (lang, else ?lang=, ` +
                `else Accept-Language, else ja) only when an item names none (413 too_many_langs_with_texts above that).`,
            },
          },
          required: ["items"],
          additionalProperties: false,
        },
        Evaluation: EvaluationSchema,
        CompactEvaluation: CompactEvaluationSchema,
        BatchResponse: BatchResponseSchema,
        Problem: problemSchema([...ERROR_CODES].sort()),
      },
    },
  };
}
