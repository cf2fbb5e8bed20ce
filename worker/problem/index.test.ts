import { beforeAll, describe, expect, it } from "vitest";
import { API_TEXTS, errorMessage } from "#shared/messages/index.ts";
import { loadTexts } from "../lang-texts.ts";
import { problemBody, problemResponse, safeField } from "./index.ts";

// Only ja is built into the Worker; every path that words an answer loads its language first.
beforeAll(() => Promise.all([loadTexts("en"), loadTexts("ja-easy")]));

describe("safeField", () => {
  it("repeats plain identifiers and hides anything else", () => {
    expect(
      ["birthDate", "Content-Type", "items", "<script>", "a b", "__proto__", "x".repeat(41), ""].map(safeField),
    ).toStrictEqual([
      "birthDate",
      "Content-Type",
      "items",
      "(unnamed)",
      "(unnamed)",
      "(unnamed)",
      "(unnamed)",
      "(unnamed)",
    ]);
  });
});

describe("problemBody", () => {
  it("renders worker codes from its own texts and rule codes through shared/messages, in the language asked", () => {
    expect(
      problemBody("invalid-input", "en", [
        { field: "certificateExpiry", code: "repeated_parameter" },
        { field: "birthDate", code: "invalid_date" },
      ]),
    ).toStrictEqual({
      type: "tag:myna-expiry,2026:problem:invalid-input",
      title: "Check the input",
      status: 400,
      detail: "Correct the fields listed in errors and send the request again.",
      errors: [
        { field: "certificateExpiry", code: "repeated_parameter", message: "Give this field only once in the query." },
        {
          field: "birthDate",
          code: "invalid_date",
          message: errorMessage({ field: "birthDate", code: "invalid_date" }, "en"),
        },
      ],
    });
  });

  it("carries the values a message names as params, unworded, and no params where it names none (O10)", () => {
    const params = { age: "44", earliestIssue: "2014-06-01", years: "10", issueAge: "34" };
    const [withParams, without] = problemBody("invalid-input", "en", [
      { field: "cardExpiry", code: "impossible_card_age", params },
      { field: "birthDate", code: "invalid_date" },
    ]).errors;
    expect(withParams).toStrictEqual({
      field: "cardExpiry",
      code: "impossible_card_age",
      message: errorMessage({ field: "cardExpiry", code: "impossible_card_age", params }, "en"),
      params,
    });
    expect(withParams!.message).toContain("age 44");
    expect(without).not.toHaveProperty("params");
  });

  it("speaks やさしい日本語 in the Worker's own sentences too (issue 8: no fallback to ja)", () => {
    const problem = problemBody("content-too-large", "ja-easy", [{ field: "items", code: "too_many_items" }]);
    expect(problem.title).toBe(API_TEXTS["ja-easy"].problem["content-too-large"].title);
    expect(problem.title).not.toBe(API_TEXTS.ja.problem["content-too-large"].title);
    expect(problem.errors[0]!.message).toBe("一括で 送れるのは 5,000件までです。リストを 分けて 送ってください。");
  });
});

describe("problemResponse", () => {
  it("is uncached problem+json with the extra headers", async () => {
    const res = problemResponse("rate-limited", "ja", [], { "Retry-After": "60" });
    expect([
      res.status,
      res.headers.get("Content-Type"),
      res.headers.get("Cache-Control"),
      res.headers.get("Retry-After"),
      res.headers.get("Content-Language"),
    ]).toStrictEqual([429, "application/problem+json; charset=utf-8", "no-store", "60", "ja"]);
  });
});
