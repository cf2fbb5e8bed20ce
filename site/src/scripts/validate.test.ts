import { describe, expect, it } from "vitest";
import { CHECK } from "../content/check";
import { validateInput } from "./validate";
import { conversionText } from "./date-text";

const ja = CHECK.ja;

describe("validateInput", () => {
  it("turns typed 西暦 and 和暦 into ISO dates", () => {
    expect(validateInput({ birthDate: "昭和60年11月14日", cardExpiry: "２０３１／１１／１４" }, ja)).toStrictEqual({
      errors: [],
      body: { birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
    });
  });
  it("names the field of a date that cannot be read, with the era suggestion (R-PARSE-3)", () => {
    const { errors } = validateInput({ certificateExpiry: "平成31年5月1日" }, ja);
    expect(errors).toStrictEqual([{ field: "certificateExpiry", message: "その元号の期間を過ぎた日付です。令和元年5月1日のことですか？" }]);
  });
  it("asks for a combination the API accepts", () => {
    expect(validateInput({}, ja).errors[0]?.field).toBe("certificateExpiry");
    expect(validateInput({ cardExpiry: "2031-11-14" }, ja).errors[0]?.field).toBe("birthDate");
    expect(validateInput({ birthDate: "1985-11-14" }, ja).errors[0]?.field).toBe("cardExpiry");
    expect(validateInput({ birthDate: "1985-11-14", cardIssuedOn: "2021-11-01" }, ja).errors).toStrictEqual([]);
  });
});

describe("conversionText", () => {
  it("shows the R-PARSE-4 display form", () => {
    expect(conversionText("1985-11-14", "ja")).toBe("= 1985年11月14日（昭和60年）");
    expect(conversionText("1985-11-14", "en")).toBe("= 14 November 1985 (Shōwa 60)");
  });
});
