import { describe, expect, it } from "vitest";
import { CHECK } from "../content/check";
import { conversionText } from "./date-text";
import { validateInput } from "./validate";

const ja = CHECK.ja;

describe("validateInput", () => {
  it("turns typed 西暦 and 和暦 into ISO dates", () => {
    expect(validateInput({ birthDate: "昭和60年11月14日", cardExpiry: "２０３１／１１／１４" }, ja)).toStrictEqual({
      errors: [],
      body: { birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
    });
  });
  it("sends a date past its era's end as typed, so the API words its note (R-PARSE-3, review7 #12)", () => {
    expect(validateInput({ certificateExpiry: "平成38年12月30日", today: "2026-12-02" }, ja)).toStrictEqual({
      errors: [],
      body: { certificateExpiry: "平成38年12月30日", today: "2026-12-02" },
    });
  });
  it("names the field of a date that cannot be read, with the era suggestion (R-PARSE-3)", () => {
    const { errors } = validateInput({ certificateExpiry: "平成45年1月1日" }, ja);
    expect(errors).toStrictEqual([
      {
        field: "certificateExpiry",
        message: "電子証明書の有効期限は、その元号が終わった後の日付です。令和15年1月1日のことですか？",
      },
    ]);
  });
  it("gives each field an example that fits it (a birth date for the birth date)", () => {
    const { errors } = validateInput({ birthDate: "しょうわ", cardExpiry: "2031-11-14x" }, ja);
    expect(errors).toStrictEqual([
      { field: "birthDate", message: "生年月日を日付として読めません。「昭和60年11月14日」のように入力してください。" },
      {
        field: "cardExpiry",
        message: "カードの有効期限を日付として読めません。「2031年11月14日」のように入力してください。",
      },
    ]);
    expect(validateInput({ birthDate: "x" }, CHECK.en).errors[0]?.message).toBe(
      "Date of birth: type a date we can read, like 1985-11-14 or 昭和60年11月14日.",
    );
    // やさしい日本語 keeps its ふりがな: the page shows the message with ruby.
    expect(validateInput({ birthDate: "x" }, CHECK["ja-easy"]).errors[0]?.message).toBe(
      "{生|う}まれた {日|ひ}が わかりません。「{昭和|しょうわ}60{年|ねん}11{月|がつ}14{日|にち}」のように {書|か}いて ください。",
    );
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
