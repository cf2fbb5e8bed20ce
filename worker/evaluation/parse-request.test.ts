// parseRequestBody (answer.ts): the one order `POST /evaluate` and each batch item are read in.
import { describe, expect, it } from "vitest";
import { parseEvaluateBody } from "#shared/schema/index.ts";
import { controlCharacterErrors } from "../input/control-characters.ts";
import { parseRequestBody } from "./answer.ts";

/** The order /evaluate had: the control characters first, then the parser. */
const checkFirst = (body: Record<string, unknown>) => {
  const control = controlCharacterErrors(body);
  return control.length > 0 ? control : parseEvaluateBody(body);
};

describe("parseRequestBody", () => {
  it.each<Record<string, unknown>>([
    { birthDate: "1990-04-10", cardExpiry: "2030-04-10", today: "2026-01-10" },
    { certificateExpiry: "令和8年3月15日", lang: "en" },
    { certificateExpiry: "2026-03-15\u0000" },
    { certificateExpiry: "2026-03-15", note: "x\u202E" },
    { birthDate: "1990-04-10\u2028", cardExpiry: "R12.4.10", lang: "xx" },
    { certificateExpiry: "2026-02-30" },
    { certificateExpiry: 20260315 },
    {},
  ])("gives what checking the control characters first gave: %o", (body) => {
    expect(parseRequestBody(body)).toStrictEqual(checkFirst(body));
  });
});
